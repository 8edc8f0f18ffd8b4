#include "drill_down_panel.h"

#include "drill_down_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace paydeck::ui {

DrillDownPanel::DrillDownPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DrillDownModel(this))
    , m_view(new QTableView(this))
    , m_headline(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_headline->setObjectName(QStringLiteral("drillDownHeadline"));
    m_headline->setWordWrap(true);
    bar->addWidget(m_headline, 1);
    auto *back = new QPushButton(tr("Show all transactions"), this);
    bar->addWidget(back);
    layout->addLayout(bar);
    // A few thousand rows at most: sorting a proxy over them is instant.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // newest first, as read
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {150, 110, 240, 110, 70, 90, 170, 100};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column]);
    m_view->setToolTip(tr("Double-click a row to find it among the transactions."));
    layout->addWidget(m_view, 1);
    connect(back, &QPushButton::clicked, this, &DrillDownPanel::closed);
    connect(m_view, &QTableView::activated, this, [this, sorted](const QModelIndex &index) {
        const QModelIndex source = sorted->mapToSource(index);
        emit objectActivated(QString::fromStdString(m_model->fact(source.row()).id));
    });
}

void DrillDownPanel::show(const analytics::DrillAnswer &answer)
{
    m_model->setFacts(answer.facts);
    if (!answer.error.isEmpty()) {
        m_headline->setText(tr("%1 — could not be read: %2").arg(answer.title, answer.error));
        return;
    }
    m_headline->setText(tr("%1: %Ln object(s), as the Analytics screen counted them.",
                           nullptr,
                           int(answer.facts.size()))
                            .arg(answer.title));
}

QString DrillDownPanel::headline() const
{
    return m_headline->text();
}

} // namespace paydeck::ui
