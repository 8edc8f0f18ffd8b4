#include "csv_preview_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydeck::ui {

CsvPreviewDialog::CsvPreviewDialog(const reconcile::CsvPreview &preview, QWidget *parent)
    : QDialog(parent), m_preview(preview), m_name(new QLineEdit(preview.mapping.name, this))
{
    setWindowTitle(tr("CSV columns"));
    auto *layout = new QVBoxLayout(this);
    auto *found = new QLabel(preview.mapping.describe().join(u'\n'), this);
    found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(new QLabel(tr("Paydeck read the file like this:"), this));
    layout->addWidget(found);
    if (!preview.doubts.isEmpty()) {
        auto *doubts = new QLabel(
            tr("Please check: %1").arg(preview.doubts.join(QStringLiteral("; "))), this);
        doubts->setObjectName(QStringLiteral("warning"));
        doubts->setWordWrap(true);
        layout->addWidget(doubts);
    }
    auto *table = new QTableWidget(int(preview.firstRows.size()), int(preview.header.size()), this);
    table->setHorizontalHeaderLabels(preview.header);
    for (int r = 0; r < preview.firstRows.size(); ++r)
        for (int c = 0; c < preview.firstRows[r].size() && c < preview.header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(preview.firstRows[r][c]));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep as preset:"), m_name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    layout->addWidget(buttons);
    resize(760, 420);
}

QString CsvPreviewDialog::presetName() const
{
    return m_name->text().trimmed();
}

reconcile::CsvMapping CsvPreviewDialog::mapping() const
{
    reconcile::CsvMapping mapping = m_preview.mapping;
    mapping.name = presetName();
    return mapping;
}

} // namespace paydeck::ui
