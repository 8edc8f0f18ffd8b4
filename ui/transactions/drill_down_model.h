#pragma once

#include "analytics/fact.h"

#include <QAbstractTableModel>

#include <vector>

namespace paydeck::ui {

/// The objects behind a figure of the Analytics screen, as the engine counted them: when, what,
/// how much, the outcome and why, card brand and country.
class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Id, Amount, Currency, Outcome, Why, Brand, Country, ColumnCount };

    explicit DrillDownModel(QObject *parent = nullptr);
    void setFacts(std::vector<analytics::Fact> facts);
    const analytics::Fact &fact(int row) const { return m_facts[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<analytics::Fact> m_facts;
};

} // namespace paydeck::ui
