#pragma once

#include "alerts/alert_service.h"

#include <QAbstractTableModel>

namespace paydeck::ui {

/// Every alert rule with its alert: firing first, then pending, then the rest (the service's
/// order); state, severity, what it measures now against what is normal, since when.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Severity, Alert, Value, Normal, Since, Labels, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1, StateRole };

    explicit AlertsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces what is shown: in place when the same alerts are in the same order (the
    /// selection and scroll position stay), reset otherwise.
    void setSnapshot(const alerts::AlertSnapshot &snapshot);
    const alerts::AlertView *alertAt(int row) const;
    int rowOf(const QString &ruleId) const;

    static QString stateText(alerts::State state);
    static QString severityText(alerts::Severity severity);
    /// A metric's value as its users read it: rates in %, amounts in their currency.
    static QString valueText(const alerts::AlertRule &rule, const std::optional<double> &value);
    /// What the rule watches, in a sentence.
    static QString conditionText(const alerts::AlertRule &rule);

private:
    alerts::AlertSnapshot m_snapshot;
};

} // namespace paydeck::ui
