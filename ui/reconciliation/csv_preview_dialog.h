#pragma once

#include "reconcile/csv_mapping.h"

#include <QDialog>

class QLineEdit;

namespace paydeck::ui {

/// Shows what column detection found in a CSV export (delimiter, decimal separator, date format,
/// sign convention, which column is what, the first rows and any doubt) and asks for the name
/// under which to keep it as a preset.
class CsvPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    CsvPreviewDialog(const reconcile::CsvPreview &preview, QWidget *parent = nullptr);
    QString presetName() const;
    reconcile::CsvMapping mapping() const;

private:
    reconcile::CsvPreview m_preview;
    QLineEdit *m_name;
};

} // namespace paydeck::ui
