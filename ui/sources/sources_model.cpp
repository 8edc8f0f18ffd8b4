#include "sources_model.h"

#include "common/freshness.h"

#include <QDateTime>
#include <QLocale>

namespace paydeck::ui {

SourcesModel::SourcesModel(QObject *parent) : QAbstractTableModel(parent) {}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == int(Column::Lag))
        return tr("Time since the last complete sync: how old the newest data may be. Up to "
                  "date means within two sync intervals.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Source:
        return tr("Source");
    case Column::Url:
        return tr("Endpoint");
    case Column::State:
        return tr("State");
    case Column::Breaker:
        return tr("Circuit");
    case Column::LastSuccess:
        return tr("Last success");
    case Column::Lag:
        return tr("Lag");
    case Column::ErrorRate:
        return tr("Errors");
    case Column::LatencyP50:
        return tr("p50");
    case Column::LatencyP95:
        return tr("p95");
    case Column::Events:
        return tr("Events");
    case Column::LastError:
        return tr("Last error");
    case Column::Count:
        break;
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &row = m_rows[index.row()];
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case Column::Source:
        return row.source.name;
    case Column::Url:
        return row.endpoint.url.isEmpty() ? row.source.url : row.endpoint.url;
    case Column::State:
        if (!row.endpoint.url.isEmpty() && !row.endpoint.active)
            return tr("standby");
        switch (row.source.state) {
        case sync::SourceStatus::State::Starting:
            return tr("starting");
        case sync::SourceStatus::State::Syncing:
            return tr("syncing");
        case sync::SourceStatus::State::Idle:
            if (!isCurrent(row.source, QDateTime::currentSecsSinceEpoch()))
                return tr("active, behind");
            return row.source.warnings.isEmpty() ? tr("active, up to date")
                                                 : tr("active, degraded");
        case sync::SourceStatus::State::Failed:
            return tr("failing");
        }
        return {};
    case Column::Breaker:
        if (row.endpoint.breaker == u"open")
            return tr("open");
        if (row.endpoint.breaker == u"half-open")
            return tr("probing");
        return row.endpoint.breaker.isEmpty() ? QString() : tr("closed");
    case Column::LastSuccess:
        return row.endpoint.lastSuccess > 0 ? locale.toString(
                   QDateTime::fromSecsSinceEpoch(row.endpoint.lastSuccess), QLocale::ShortFormat)
                                            : QString();
    case Column::Lag:
        // Lag: time since the last complete sync, how old the newest data on screen may be.
        // (Not the age of the newest payment: a quiet account is not behind.)
        if (row.source.lastSuccess <= 0)
            return {};
        return durationText(QDateTime::currentSecsSinceEpoch() - row.source.lastSuccess);
    case Column::ErrorRate:
        return row.endpoint.url.isEmpty()
                   ? QString()
                   : locale.toString(row.endpoint.errorRate * 100.0, 'f', 1) + u'%';
    case Column::LatencyP50:
        return row.endpoint.latencyP50Ms >= 0 ? tr("%1 ms").arg(row.endpoint.latencyP50Ms)
                                              : QString();
    case Column::LatencyP95:
        return row.endpoint.latencyP95Ms >= 0 ? tr("%1 ms").arg(row.endpoint.latencyP95Ms)
                                              : QString();
    case Column::Events:
        return locale.toString(row.source.eventsApplied);
    case Column::LastError:
        if (!row.endpoint.lastError.isEmpty())
            return row.endpoint.lastError;
        return row.source.lastError.isEmpty() ? row.source.warnings.join(u'\n')
                                              : row.source.lastError;
    case Column::Count:
        break;
    }
    return {};
}

QList<SourcesModel::Row> SourcesModel::rowsFor(const sync::SourceStatus &status) const
{
    QList<Row> rows;
    if (status.endpoints.isEmpty())
        rows << Row{status, {}};
    for (const sync::EndpointState &endpoint : status.endpoints)
        rows << Row{status, endpoint};
    return rows;
}

void SourcesModel::update(const sync::SourceStatus &status)
{
    const QList<Row> fresh = rowsFor(status);
    int first = -1;
    int count = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].source.sourceId == status.sourceId) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    if (first < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        return;
    }
    if (count == fresh.size()) {
        for (int i = 0; i < count; ++i)
            m_rows[first + i] = fresh[i];
        emit dataChanged(index(first, 0), index(first + count - 1, columnCount() - 1));
        return;
    }
    beginRemoveRows({}, first, first + count - 1);
    m_rows.remove(first, count);
    endRemoveRows();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (int i = 0; i < fresh.size(); ++i)
        m_rows.insert(first + i, fresh[i]);
    endInsertRows();
}

} // namespace paydeck::ui
