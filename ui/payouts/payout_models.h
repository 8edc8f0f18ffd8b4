#pragma once

// The payout calendar's models: a month as a grid of days, each day with the payouts expected
// at the bank on it coloured by how they stand; and a list of payouts (a day's, or those that
// need someone: missing, late, another amount).

#include "reconcile/payout_calendar.h"

#include <QAbstractTableModel>
#include <QDate>

#include <map>
#include <vector>

namespace paydeck::ui {

/// What a state is called and shown as, everywhere payouts are.
QString arrivalStateText(reconcile::ArrivalState state);
QColor arrivalStateColor(reconcile::ArrivalState state);

class PayoutMonthModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DateRole = Qt::UserRole, WorstStateRole };
    explicit PayoutMonthModel(QObject *parent = nullptr);

    void setPayouts(const std::vector<reconcile::ExpectedPayout> &payouts);
    void setMonth(QDate anyDayOfIt);
    QDate month() const { return m_first; }
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(QDate day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    /// The payouts expected on each day (indices into m_payouts).
    std::map<QDate, std::vector<size_t>> m_byDay;
    std::vector<reconcile::ExpectedPayout> m_payouts;
    QDate m_first;     // the month's first day
    QDate m_gridStart; // the Monday on or before it
};

class PayoutListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Payout, Amount, Arrival, Expected, State, Bank, Overdue, ColumnCount };
    explicit PayoutListModel(QObject *parent = nullptr);

    void setPayouts(std::vector<reconcile::ExpectedPayout> payouts);
    const reconcile::ExpectedPayout *payoutAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<reconcile::ExpectedPayout> m_payouts;
};

} // namespace paydeck::ui
