#pragma once

#include "analytics/drill_down.h"
#include "store/store_reader.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace paydeck::ui {

class DrillDownPanel;
class FilterBar;
class TransactionsModel;

/// Transactions: every balance transaction, sortable by any column and searchable, with a
/// detail pane that shows every field of the transaction and of what caused it.
class TransactionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionsPage(store::StoreReader *reader, QWidget *parent = nullptr);
    TransactionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *detail() const { return m_detail; }
    QString countText() const;
    FilterBar *filters() const { return m_filters; }
    /// What the screen says when nothing was found (empty while something is).
    QString hintText() const;
    /// Searches as typing does (after the pause).
    void search(const QString &text);
    void refresh();
    /// Shows the objects behind a figure of the Analytics screen instead of every transaction,
    /// until the user goes back (or searches).
    void showDrillDown(const analytics::DrillAnswer &answer);
    void closeDrillDown();
    DrillDownPanel *drillDown() const { return m_drillDown; }
    bool showsDrillDown() const;

signals:
    /// A bank line of the trail was activated: the payout's trail on the Reconciliation screen.
    void payoutTrailRequested(const QString &payoutId);

private:
    void showDetail(qint64 key, const store::DetailFields &fields);
    void updateCount();
    /// After new keys: the selected transaction stays selected where it now is, or, when it left
    /// the result, the detail pane is emptied (it never shows a row that is not there).
    void followSelection();
    void copyDetailValue();
    void updateHint();
    /// Adds the trail at the top of the detail: charge → transaction → payout → bank line, the
    /// ids as links that search for them.
    void showTrail(qint64 key,
                   const QString &source,
                   const QString &transaction,
                   const reconcile::PayoutTrail &payout);
    void followTrailItem(QTreeWidgetItem *item);
    void onHintLink(const QString &link);

    store::StoreReader *m_reader;
    TransactionsModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTreeWidget *m_detail;
    QLabel *m_count;
    FilterBar *m_filters;
    QLabel *m_hint;
    QTimer *m_searchDelay;
    QStackedWidget *m_stack;
    DrillDownPanel *m_drillDown;
    qint64 m_shownKey = 0;
};

} // namespace paydeck::ui
