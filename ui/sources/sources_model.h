#pragma once

#include "sync/sync_service.h"

#include <QAbstractTableModel>
#include <QList>

namespace paydeck::ui {

/// Every base URL of every source with its health: which one is active, its breaker, error rate,
/// latency, and the source's lag behind the provider. Updated from the sync service's signals.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Source,
        Url,
        State,
        Breaker,
        LastSuccess,
        Lag,
        ErrorRate,
        LatencyP50,
        LatencyP95,
        Events,
        LastError,
        Count
    };

    explicit SourcesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void update(const sync::SourceStatus &status);

private:
    struct Row
    {
        sync::SourceStatus source;
        sync::EndpointState endpoint;
    };
    QList<Row> rowsFor(const sync::SourceStatus &status) const;
    QList<Row> m_rows;
};

} // namespace paydeck::ui
