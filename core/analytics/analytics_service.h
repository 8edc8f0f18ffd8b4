#pragma once

// The analytics engine as a service on its own thread: rebuilt from the store when it starts,
// then kept current by the change feed; the screens ask it for figures and get them back by
// signal (the GUI thread never computes or reads the store for them).

#include "analytics_engine.h"
#include "dashboard.h"
#include "drill_down.h"
#include "figures.h"
#include "fx/fx_table.h"
#include "store/change_feed.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace paydeck::store {
class Session;
}

namespace paydeck::analytics {

class AnalyticsService : public QObject
{
    Q_OBJECT
public:
    explicit AnalyticsService(QString storePath, QObject *parent = nullptr);
    ~AnalyticsService() override;

    /// The engine, for code on the service's thread only.
    const AnalyticsEngine &engine() const { return m_engine; }

public slots:
    /// Opens the store and counts everything in it (progress, then ready or failed).
    void start();
    /// One commit (or several coalesced): objects applied, rates reloaded.
    void applyChange(const paydeck::store::ChangeSet &change);
    /// Everything a screen draws for a period (answered once the engine is ready).
    void requestDashboard(const paydeck::analytics::DashboardRequest &request);
    /// The objects behind a figure.
    void requestDrillDown(const paydeck::analytics::DrillRequest &request);

signals:
    void rebuildProgress(qint64 objects);
    void ready(qint64 objects, qint64 milliseconds);
    /// The figures may have changed: ask again what is on screen.
    void updated(quint64 version);
    void dashboardReady(const paydeck::analytics::Dashboard &dashboard);
    void drillDownReady(const paydeck::analytics::DrillAnswer &answer);
    void failed(const QString &message);

private:
    void reloadRates();

    QString m_storePath;
    std::unique_ptr<store::Session> m_session;
    AnalyticsEngine m_engine;
    fx::FxTable m_rates;
    quint64 m_version = 0;
    bool m_ready = false;
    // Asked before the engine was ready: answered when it is (the latest per id).
    std::vector<DashboardRequest> m_waiting;
};

} // namespace paydeck::analytics
