#include "gui_session.h"

#include "alerts/alert_service.h"
#include "alerts/alerts_page.h"
#include "alerts/notification_center.h"
#include "analytics/analytics_service.h"
#include "fraud/fraud_desk.h"
#include "fraud/fraud_monitor.h"
#include "fraud/fraud_page.h"
#include "fraud/rules_desk.h"
#include "main_window.h"
#include "reconcile/holiday_calendar.h"
#include "reconcile/reconcile_service.h"
#include "reconciliation/reconciliation_page.h"
#include "sandbox/embedded_sandbox.h"
#include "secrets/secret_store.h"
#include "store/data_directory.h"
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "sync/sync_service.h"

#include <QThread>

namespace paydeck::app {

struct GuiSession::Parts
{
    explicit Parts(const QString &storePath) : writer(storePath) {}
    store::StoreWriter writer;
    sandbox::EmbeddedSandbox embeddedSandbox;
    QThread networkThread;
    QThread readerThread;
    QThread reconcileThread;
    QThread analyticsThread;
    QThread alertsThread;
    QThread fraudThread;
    QThread fraudDeskThread;
    fraud::FraudMonitor *fraudMonitor = nullptr;
    fraud::FraudDesk *fraudDesk = nullptr;
    fraud::RulesDesk *rulesDesk = nullptr; // on the fraud desk's thread
    sync::SyncService *sync = nullptr;
    alerts::AlertService *alerts = nullptr;
    alerts::NotificationCenter *notifications = nullptr;
    analytics::AnalyticsService *analytics = nullptr;
    store::StoreReader *reader = nullptr;
    reconcile::ReconcileService *reconcileService = nullptr;
    // The change feed, at the pace a screen can follow (the writer emits on its own thread).
    store::ChangeCoalescer changes{500};
    std::unique_ptr<ui::MainWindow> window;
};

Result<std::unique_ptr<GuiSession>> GuiSession::open(const QString &dataDir)
{
    auto directory = store::DataDirectory::open(dataDir);
    if (!directory)
        return makeError(directory.error());
    for (const QString &note : directory->notes())
        qInfo("%s", qPrintable(note));
    std::unique_ptr<GuiSession> session(new GuiSession);
    const QString storePath = directory->storePath();
    session->m_parts = std::make_unique<Parts>(storePath);
    Parts &p = *session->m_parts;
    if (auto started = p.writer.start(); !started)
        return makeError(started.error());

    p.networkThread.setObjectName(QStringLiteral("network"));
    // The embedded default: Paydeck's own sandbox provider, when no account is configured.
    sandbox::EmbeddedSandbox *embedded = &p.embeddedSandbox;
    const std::shared_ptr<secrets::SecretStore> secretStore(secrets::openSecretStore(*directory));
    p.sync = new sync::SyncService(
        dataDir,
        &p.writer,
        secretStore,
        sync::EmbeddedDefault{[embedded, dataDir] { return embedded->start(dataDir); },
                              [embedded] {
                                  embedded->stop();
                              }});
    p.sync->moveToThread(&p.networkThread);
    QObject::connect(&p.networkThread, &QThread::finished, p.sync, &QObject::deleteLater);

    // The banks' closing days payouts are expected around; a broken holidays.json is reported
    // and the built-in calendars used meanwhile.
    auto holidays = reconcile::loadHolidayCalendar(dataDir);
    const reconcile::HolidayCalendar calendar
        = holidays ? holidays.value() : reconcile::HolidayCalendar::withDefaults();

    p.readerThread.setObjectName(QStringLiteral("reader"));
    p.reader = new store::StoreReader(storePath);
    p.reader->setHolidayCalendar(calendar);
    p.reader->moveToThread(&p.readerThread);
    QObject::connect(&p.readerThread, &QThread::finished, p.reader, &QObject::deleteLater);

    p.reconcileThread.setObjectName(QStringLiteral("reconcile"));
    p.reconcileService = new reconcile::ReconcileService(storePath, &p.writer);
    p.reconcileService->moveToThread(&p.reconcileThread);
    QObject::connect(
        &p.reconcileThread, &QThread::finished, p.reconcileService, &QObject::deleteLater);

    p.analyticsThread.setObjectName(QStringLiteral("analytics"));
    p.analytics = new analytics::AnalyticsService(storePath);
    p.analytics->moveToThread(&p.analyticsThread);
    QObject::connect(&p.analyticsThread, &QThread::finished, p.analytics, &QObject::deleteLater);

    p.alertsThread.setObjectName(QStringLiteral("alerts"));
    p.alerts = new alerts::AlertService(storePath, &p.writer);
    p.alerts->setHolidayCalendar(calendar);
    p.alerts->moveToThread(&p.alertsThread);
    QObject::connect(&p.alertsThread, &QThread::finished, p.alerts, &QObject::deleteLater);
    // Webhooks for what fires, to the targets kept in the store (set on the alert centre).
    p.notifications = new alerts::NotificationCenter(storePath, &p.writer, secretStore);
    p.notifications->moveToThread(&p.alertsThread);
    QObject::connect(&p.alertsThread, &QThread::finished, p.notifications, &QObject::deleteLater);
    QObject::connect(p.alerts,
                     &alerts::AlertService::evaluated,
                     p.notifications->notifier(),
                     &alerts::AlertNotifier::onSnapshot);
    QObject::connect(p.alerts,
                     &alerts::AlertService::transitioned,
                     p.notifications->notifier(),
                     &alerts::AlertNotifier::onTransitions);

    // Fraud: each commit scored as it lands (the queue within milliseconds); the desk answers
    // the fraud screen and follows the queue's changes.
    p.fraudThread.setObjectName(QStringLiteral("fraud"));
    p.fraudMonitor = new fraud::FraudMonitor(storePath, &p.writer);
    p.fraudMonitor->moveToThread(&p.fraudThread);
    QObject::connect(&p.fraudThread, &QThread::finished, p.fraudMonitor, &QObject::deleteLater);
    p.fraudDesk = new fraud::FraudDesk(storePath, &p.writer, secretStore);
    // The desk on a thread of its own: a replay of the history never keeps an analyst waiting.
    p.fraudDeskThread.setObjectName(QStringLiteral("fraud-desk"));
    p.fraudDesk->moveToThread(&p.fraudDeskThread);
    QObject::connect(&p.fraudDeskThread, &QThread::finished, p.fraudDesk, &QObject::deleteLater);
    p.rulesDesk = new fraud::RulesDesk(storePath, &p.writer);
    p.rulesDesk->moveToThread(&p.fraudDeskThread);
    QObject::connect(&p.fraudDeskThread, &QThread::finished, p.rulesDesk, &QObject::deleteLater);
    // A refund needs the source's key; the sync service knows it (the embedded sandbox's only
    // lives there). Asked from the desk's thread; the network thread never waits for it.
    p.fraudDesk->setSourceResolver([service = p.sync](qint64 sourceId) {
        std::optional<store::SourceConfig> config;
        QMetaObject::invokeMethod(
            service,
            [&config, service, sourceId] { config = service->runningConfig(sourceId); },
            Qt::BlockingQueuedConnection);
        return config;
    });
    QObject::connect(&p.writer,
                     &store::StoreWriter::committed,
                     p.fraudMonitor,
                     &fraud::FraudMonitor::applyChange,
                     Qt::QueuedConnection);
    QObject::connect(&p.writer,
                     &store::StoreWriter::committed,
                     p.fraudDesk,
                     &fraud::FraudDesk::applyChange,
                     Qt::QueuedConnection);
    QObject::connect(&p.writer,
                     &store::StoreWriter::committed,
                     p.rulesDesk,
                     &fraud::RulesDesk::applyChange,
                     Qt::QueuedConnection);

    QObject::connect(
        &p.writer, &store::StoreWriter::committed, &p.changes, &store::ChangeCoalescer::add);
    // Alerts judge each commit as it lands, not at the screens' pace: a declined payment that
    // tips a rule fires it within the second.
    QObject::connect(&p.writer,
                     &store::StoreWriter::committed,
                     p.alerts,
                     &alerts::AlertService::applyChange,
                     Qt::QueuedConnection);
    // The analytics engine counts each commit once (and answers the screens after it has).
    QObject::connect(&p.changes,
                     &store::ChangeCoalescer::changed,
                     p.analytics,
                     &analytics::AnalyticsService::applyChange);
    // The reader's index first: a screen's refresh after the same change then finds it applied.
    QObject::connect(
        &p.changes, &store::ChangeCoalescer::changed, p.reader, &store::StoreReader::applyChange);

    p.networkThread.start();
    p.readerThread.start();
    p.reconcileThread.start();
    p.analyticsThread.start();
    p.alertsThread.start();
    p.fraudThread.start();
    p.fraudDeskThread.start();
    QMetaObject::invokeMethod(p.fraudMonitor, &fraud::FraudMonitor::start, Qt::QueuedConnection);
    // Counting the store happens on its own thread; the screens ask and are answered when ready.
    QMetaObject::invokeMethod(
        p.analytics, &analytics::AnalyticsService::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(p.alerts, &alerts::AlertService::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        p.notifications, &alerts::NotificationCenter::start, Qt::QueuedConnection);
    p.window = std::make_unique<ui::MainWindow>(
        p.reader, p.sync, p.reconcileService, p.analytics, p.alerts, &p.changes, p.fraudDesk);
    p.window->reconciliation()->setSandboxFiles(sandbox::EmbeddedSandbox::statementPath(dataDir),
                                                sandbox::EmbeddedSandbox::ledgerPath(dataDir));
    p.window->alerts()->setNotificationCenter(p.notifications);
    p.window->fraud()->setRulesDesk(p.rulesDesk);
    if (!holidays)
        p.window->onProblem(holidays.error());
    return session;
}

ui::MainWindow &GuiSession::window()
{
    return *m_parts->window;
}

store::StoreReader *GuiSession::reader() const
{
    return m_parts->reader;
}

analytics::AnalyticsService *GuiSession::analytics() const
{
    return m_parts->analytics;
}

sync::SyncService *GuiSession::sync() const
{
    return m_parts->sync;
}

void GuiSession::startSync()
{
    QMetaObject::invokeMethod(m_parts->sync, &sync::SyncService::start, Qt::QueuedConnection);
}

GuiSession::~GuiSession()
{
    if (!m_parts)
        return;
    Parts &p = *m_parts;
    if (p.networkThread.isRunning())
        QMetaObject::invokeMethod(p.sync, &sync::SyncService::stop, Qt::BlockingQueuedConnection);
    p.window.reset();
    p.writer.flush(); // answers of jobs still queued reach their services before these go
    if (p.reconcileService)
        p.reconcileService->cancelFlag() = true; // a long run stops, the store unchanged
    // The desk may be asking the network thread for a source: it ends while that one runs.
    p.fraudDeskThread.quit();
    p.fraudDeskThread.wait();
    const auto threads = {&p.networkThread,
                          &p.readerThread,
                          &p.reconcileThread,
                          &p.analyticsThread,
                          &p.alertsThread,
                          &p.fraudThread};
    for (QThread *thread : threads)
        thread->quit();
    for (QThread *thread : threads)
        thread->wait();
    p.writer.stop();
}

} // namespace paydeck::app
