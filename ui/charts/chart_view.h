#pragma once

#include <QChartView>

namespace paydeck::ui {

/// A chart view whose chart can be saved as PNG or SVG (context menu, or `save`), under a
/// file name made of the chart's name.
class ChartView final : public QChartView
{
    Q_OBJECT
public:
    ChartView(QChart *chart, const QString &fileStem, QWidget *parent = nullptr);
    /// Writes the chart as it is drawn: SVG when `path` ends in .svg, else PNG. Empty on
    /// success, else what went wrong, naming the file.
    QString save(const QString &path);

signals:
    /// Saved, or not (the message names the file and why).
    void saved(const QString &message);

private:
    void saveAs(const QString &suffix);
    QString m_fileStem;
};

} // namespace paydeck::ui
