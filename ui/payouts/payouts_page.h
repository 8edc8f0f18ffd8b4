#pragma once

// The payout calendar: when each payout's money is expected at the bank (arrival date plus
// the bank's learned lag in business days) and whether it came — expected, arrived, another
// amount, late, missing. The data is read on the reader's thread (StoreReader) and follows the
// change feed.

#include "reconcile/payout_calendar.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace paydeck::ui {

class PayoutListModel;
class PayoutMonthModel;

class PayoutsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PayoutsPage(QWidget *parent = nullptr);

    PayoutMonthModel *monthModel() const { return m_month; }
    PayoutListModel *listModel() const { return m_list; }
    QString summaryText() const;

public slots:
    void setPayouts(const std::vector<paydeck::reconcile::ExpectedPayout> &payouts,
                    const QDate &today);
    void showMonth(const QDate &anyDayOfIt);
    /// The payouts expected on `day` in the list below the calendar.
    void showDay(const QDate &day);
    /// The payouts that need someone (missing, late, another amount) in the list.
    void showAttention();

signals:
    /// The page wants fresh data (it is shown, or its day passed).
    void refreshRequested();
    /// Opens a payout's trail (its transactions and bank lines) on the Reconciliation screen.
    void payoutTrailRequested(const QString &payoutId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateMonthLabel();

    PayoutMonthModel *m_month;
    PayoutListModel *m_list;
    QTableView *m_calendar;
    QTableView *m_table;
    QLabel *m_monthLabel;
    QLabel *m_summary;
    QLabel *m_listTitle;
    std::vector<reconcile::ExpectedPayout> m_payouts;
    QDate m_today;
    QDate m_shownDay; // invalid: the attention list is shown
};

} // namespace paydeck::ui
