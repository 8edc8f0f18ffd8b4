// The whole GUI as `paydeck` starts it (GuiSession), offscreen, over a data directory: how long
// until the window is up and the Overview shows figures, and how long the GUI thread ever
// stalls (a 10 ms heartbeat timer: any gap beyond its interval is a stall a user feels).
//
//   bench_gui_window open DATA_DIR          a store that is there (1M rows): start-up, idle
//   bench_gui_window live DATA_DIR URL CA   a fresh store backfilling from URL while shown
//
// Prints `name: value` lines.
#include "bench_process.h"
#include "gui_session.h"
#include "main_window.h"
#include "overview/overview_page.h"
#include "secrets/secret_store.h"
#include "secrets/source_secrets.h"
#include "store/data_directory.h"
#include "store/session.h"
#include "store/store_reader.h"
#include "sync/sync_service.h"
#include "util/memory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace paydeck;
using bench::cpuSeconds;
using bench::residentMb;

namespace {

/// Longest gap between the ticks of a 10 ms timer on the GUI thread, beyond the 10 ms.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_clock.isValid())
                m_worst = std::max(m_worst, m_clock.restart() - 10);
            else
                m_clock.start();
        });
        m_timer.start();
    }
    qint64 worstStallMs() const { return m_worst; }
    void reset()
    {
        m_worst = 0;
        m_clock.invalidate();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

bool addSource(const QString &dataDir, const QString &url, const QString &ca)
{
    auto directory = store::DataDirectory::open(dataDir);
    if (!directory)
        return false;
    auto db = store::openSession(directory->storePath());
    if (!db)
        return false;
    store::SourceConfig source;
    source.name = QStringLiteral("bench");
    source.baseUrl = url;
    source.apiKey = QStringLiteral("sk_test_gui_bench");
    source.caCertificate = ca;
    auto saved = db.value()->sources().save(source);
    if (!saved)
        return false;
    source.id = saved.value();
    // The key goes where the app keeps keys (never the store).
    std::unique_ptr<secrets::SecretStore> keys(secrets::openSecretStore(*directory));
    return secrets::saveSecrets(*keys, source).ok();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    util::returnFreedMemoryPromptly(); // as the app does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool live = args.value(1) == u"live";
    if (args.size() < 3 || (live && args.size() < 5)) {
        std::fprintf(stderr, "usage: bench_gui_window open DATA_DIR | live DATA_DIR URL CA\n");
        return 2;
    }
    const QString dataDir = args[2];
    if (live && !addSource(dataDir, args[3], args[4])) {
        std::fprintf(stderr, "cannot add the source to %s\n", qPrintable(dataDir));
        return 1;
    }
    auto session = app::GuiSession::open(dataDir);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error()));
        return 1;
    }
    ui::MainWindow &window = session.value()->window();
    qint64 populatedMs = -1;
    QObject::connect(window.overview(), &ui::OverviewPage::figuresShown, &window, [&] {
        if (populatedMs < 0 && window.overview()->hours().balanceTransactions > 0)
            populatedMs = sinceStart.elapsed();
    });
    bool backfilled = false;
    QObject::connect(session.value()->sync(),
                     &sync::SyncService::statusChanged,
                     &window,
                     [&](const sync::SourceStatus &status) {
                         backfilled = backfilled
                                      || (status.state == sync::SourceStatus::State::Idle
                                          && status.lastSuccess > 0 && status.insertedTotal > 0);
                     });
    Heartbeat heartbeat;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents(); // the first paint
    std::printf(live ? "gui_live_first_window_seconds: %.2f\n" : "gui_first_window_seconds: %.2f\n",
                double(sinceStart.elapsed()) / 1000.0);
    session.value()->startSync();

    if (!live) {
        if (!QTest::qWaitFor([&] { return populatedMs >= 0; }, 60000))
            std::fprintf(stderr, "the Overview had no figures within a minute\n");
        std::printf("gui_overview_populated_seconds: %.2f\n", double(populatedMs) / 1000.0);
        std::printf("gui_startup_max_stall_ms: %lld\n", heartbeat.worstStallMs());
        QTest::qWait(15000); // the index is built, the first sync run ends
        heartbeat.reset();
        const double before = cpuSeconds();
        QTest::qWait(10000);
        std::printf("gui_window_idle_cpu_percent: %.1f\n", (cpuSeconds() - before) / 10.0 * 100.0);
        std::printf("gui_window_idle_max_stall_ms: %lld\n", heartbeat.worstStallMs());
        std::printf("gui_window_rss_mb: %lld\n", residentMb());
        return 0;
    }
    QElapsedTimer backfill;
    backfill.start();
    const bool done = QTest::qWaitFor([&] { return backfilled; }, 900000);
    std::printf("gui_live_backfill_seconds: %.1f%s\n",
                double(backfill.elapsed()) / 1000.0,
                done ? "" : " (not finished)");
    std::printf("gui_max_stall_ms: %lld\n", heartbeat.worstStallMs());
    std::printf("gui_live_rss_mb: %lld\n", residentMb());
    return done ? 0 : 1;
}
