#include "analytics_service.h"

#include "analytics_feed.h"
#include "fx/fx_import.h"
#include "store/session.h"

#include <QElapsedTimer>

namespace paydeck::analytics {

AnalyticsService::AnalyticsService(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<DashboardRequest>();
    qRegisterMetaType<Dashboard>();
    qRegisterMetaType<DrillRequest>();
    qRegisterMetaType<DrillAnswer>();
    qRegisterMetaType<store::ChangeSet>();
}

AnalyticsService::~AnalyticsService() = default;

void AnalyticsService::start()
{
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return;
    }
    m_session = std::move(session).value();
    QElapsedTimer clock;
    clock.start();
    auto built
        = rebuildFromStore(*m_session, m_engine, [this](qint64 n) { emit rebuildProgress(n); });
    if (!built) {
        emit failed(built.error());
        return;
    }
    reloadRates();
    m_ready = true;
    emit ready(built.value(), clock.elapsed());
    emit updated(++m_version);
    for (const DashboardRequest &request : std::exchange(m_waiting, {}))
        requestDashboard(request);
}

void AnalyticsService::reloadRates()
{
    auto rates = fx::loadFxTable(*m_session);
    if (!rates) {
        emit failed(rates.error());
        return;
    }
    m_rates = std::move(rates).value();
}

void AnalyticsService::applyChange(const store::ChangeSet &change)
{
    if (!m_ready)
        return; // the rebuild at start reads the store as it is then, changes included
    bool changed = false;
    if (change.touches(store::ChangeSet::Rates)) {
        reloadRates();
        changed = true;
    }
    if (change.touches(store::ChangeSet::Objects)) {
        auto applied = analytics::applyChange(*m_session, m_engine, change);
        if (!applied) {
            emit failed(applied.error());
            return;
        }
        changed = changed || applied.value() > 0;
    }
    if (changed)
        emit updated(++m_version);
}

void AnalyticsService::requestDashboard(const DashboardRequest &request)
{
    if (!m_ready) {
        std::erase_if(m_waiting, [&](const DashboardRequest &r) { return r.id == request.id; });
        m_waiting.push_back(request);
        return;
    }
    Dashboard dashboard = computeDashboard(m_engine, m_rates, request);
    dashboard.version = m_version;
    emit dashboardReady(dashboard);
}

void AnalyticsService::requestDrillDown(const DrillRequest &request)
{
    DrillAnswer answer;
    answer.id = request.id;
    answer.title = request.title;
    answer.filter = request.filter;
    if (!m_session) {
        answer.error = tr("The analytics have not read the store yet.");
    } else if (auto facts = factsMatching(*m_session, request.filter)) {
        answer.facts = std::move(facts).value();
    } else {
        answer.error = facts.error();
    }
    emit drillDownReady(answer);
}

} // namespace paydeck::analytics
