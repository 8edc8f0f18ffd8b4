#include "alerts_model.h"

#include "common/money_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace paydeck::ui {

using alerts::AlertRule;
using alerts::Condition;
using alerts::Metric;

AlertsModel::AlertsModel(QObject *parent) : QAbstractTableModel(parent) {}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertsModel::stateText(alerts::State state)
{
    switch (state) {
    case alerts::State::Normal:
        return tr("Normal");
    case alerts::State::Pending:
        return tr("Pending");
    case alerts::State::Firing:
        return tr("Firing");
    case alerts::State::Resolved:
        return tr("Resolved");
    case alerts::State::NoData:
        return tr("No data");
    case alerts::State::Error:
        return tr("Error");
    }
    return {};
}

QString AlertsModel::severityText(alerts::Severity severity)
{
    switch (severity) {
    case alerts::Severity::Info:
        return tr("Info");
    case alerts::Severity::Warning:
        return tr("Warning");
    case alerts::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertsModel::valueText(const AlertRule &rule, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    const QLocale locale;
    if (alerts::isRate(rule.metric))
        return tr("%1 %").arg(locale.toString(*value * 100, 'f', 1));
    if (rule.metric == Metric::ChargeVolume || rule.metric == Metric::LargePayment
        || rule.metric == Metric::UnmatchedBankAmount)
        return moneyText(qint64(*value), rule.filter.currency, locale);
    if (rule.metric == Metric::SyncLag || rule.metric == Metric::WebhookSilence) {
        const qint64 seconds = qint64(*value);
        if (seconds >= 3600)
            return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
        return tr("%n min", nullptr, int(seconds / 60));
    }
    return locale.toString(*value, 'f', *value == qint64(*value) ? 0 : 1);
}

QString AlertsModel::conditionText(const AlertRule &rule)
{
    const QLocale locale;
    const QString window = rule.windowSeconds % 3600 == 0
                               ? tr("%n hour(s)", nullptr, int(rule.windowSeconds / 3600))
                               : tr("%n minute(s)", nullptr, int(rule.windowSeconds / 60));
    const QString threshold = locale.toString(rule.threshold, 'g', 4);
    if (alerts::isOperational(rule.metric))
        return rule.condition == Condition::Below
                   ? tr("now, below %1").arg(valueText(rule, rule.threshold))
                   : tr("now, above %1").arg(valueText(rule, rule.threshold));
    switch (rule.condition) {
    case Condition::Above:
        return tr("over the last %1, above %2").arg(window, valueText(rule, rule.threshold));
    case Condition::Below:
        return tr("over the last %1, below %2").arg(window, valueText(rule, rule.threshold));
    case Condition::DropBelowBaseline:
        return tr("over the last %1, %2 % below the same hour of the last %n week(s)",
                  nullptr,
                  rule.baselineWeeks)
            .arg(window, locale.toString(rule.threshold * 100, 'f', 0));
    case Condition::RiseAboveBaseline:
        return tr("over the last %1, %2 % above the same hour of the last %n week(s)",
                  nullptr,
                  rule.baselineWeeks)
            .arg(window, locale.toString(rule.threshold * 100, 'f', 0));
    case Condition::ZScoreAbove:
        return tr("over the last %1, %2 standard errors above the same hour of the last %n "
                  "week(s)",
                  nullptr,
                  rule.baselineWeeks)
            .arg(window, threshold);
    case Condition::ZScoreBelow:
        return tr("over the last %1, %2 standard errors below the same hour of the last %n "
                  "week(s)",
                  nullptr,
                  rule.baselineWeeks)
            .arg(window, threshold);
    }
    return {};
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const alerts::AlertView &a = m_snapshot.alerts[size_t(index.row())];
    const alerts::State state = a.record.state;
    if (role == RuleIdRole)
        return a.rule.id;
    if (role == StateRole)
        return int(state);
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (state == alerts::State::Firing)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (state == alerts::State::Pending)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole)
        return a.rule.description + u'\n' + conditionText(a.rule);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case State: {
        QString text = stateText(state);
        if (a.silenced)
            text += tr(" (silenced)");
        if (a.record.acknowledgedAt)
            text += tr(" (acknowledged)");
        return text;
    }
    case Severity:
        return severityText(a.rule.severity);
    case Alert:
        return a.rule.enabled ? a.rule.name : tr("%1 (off)").arg(a.rule.name);
    case Value:
        return valueText(a.rule, a.record.value);
    case Normal:
        return a.rule.usesBaseline() ? valueText(a.rule, a.record.baseline) : QString();
    case Since:
        if (a.record.since <= 0 || state == alerts::State::Normal)
            return QString();
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(a.record.since),
                                  QLocale::ShortFormat);
    case Labels: {
        QStringList labels;
        for (auto it = a.rule.labels.begin(); it != a.rule.labels.end(); ++it)
            labels << it.key() + u'=' + it.value();
        return labels.join(u", ");
    }
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Severity:
        return tr("Severity");
    case Alert:
        return tr("Alert");
    case Value:
        return tr("Now");
    case Normal:
        return tr("Normal");
    case Since:
        return tr("Since");
    case Labels:
        return tr("Labels");
    }
    return {};
}

void AlertsModel::setSnapshot(const alerts::AlertSnapshot &snapshot)
{
    bool sameRows = snapshot.alerts.size() == m_snapshot.alerts.size();
    for (size_t i = 0; sameRows && i < snapshot.alerts.size(); ++i)
        sameRows = snapshot.alerts[i].rule.id == m_snapshot.alerts[i].rule.id;
    if (!sameRows) {
        beginResetModel();
        m_snapshot = snapshot;
        endResetModel();
        return;
    }
    m_snapshot = snapshot;
    if (!m_snapshot.alerts.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const alerts::AlertView *AlertsModel::alertAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_snapshot.alerts[size_t(row)];
}

int AlertsModel::rowOf(const QString &ruleId) const
{
    for (size_t i = 0; i < m_snapshot.alerts.size(); ++i) {
        if (m_snapshot.alerts[i].rule.id == ruleId)
            return int(i);
    }
    return -1;
}

} // namespace paydeck::ui
