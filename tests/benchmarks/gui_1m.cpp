// The Transactions screen's model over a store of 1M balance transactions (made by gui.sh):
// how long each sort and search takes until the first rows are on screen, the process's memory
// after a session of them, and its CPU while nothing happens. Prints `name: value` lines.
// Offscreen; the store is read on its own thread, as in the app.
#include "bench_process.h"
#include "store/store_reader.h"
#include "transactions/transactions_model.h"
#include "util/memory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace paydeck;
using bench::cpuSeconds;
using bench::residentMb;
using Column = store::TransactionColumn;

namespace {

/// Milliseconds until the model has its keys and its first page (what a user waits for).
qint64 timeUntilShown(ui::TransactionsModel &model, const std::function<void()> &change)
{
    QElapsedTimer clock;
    clock.start();
    change();
    const bool shown = QTest::qWaitFor(
        [&] {
            return !model.isLoading()
                   && (model.rowCount() == 0
                       || model.data(model.index(0, 0), ui::TransactionsModel::LoadedRole)
                              .toBool());
        },
        120000);
    return shown ? clock.elapsed() : -1; // -1: not within two minutes
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    util::returnFreedMemoryPromptly(); // as the app does
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_1m STORE\n");
        return 2;
    }
    QThread readerThread;
    auto *reader = new store::StoreReader(QString::fromLocal8Bit(argv[1]));
    reader->moveToThread(&readerThread);
    QObject::connect(&readerThread, &QThread::finished, reader, &QObject::deleteLater);
    readerThread.start();

    QElapsedTimer sinceStart;
    sinceStart.start();
    QSignalSpy indexReady(reader, &store::StoreReader::indexReady);
    ui::TransactionsModel model(reader);
    const qint64 firstMs = timeUntilShown(model, [&] { model.refresh(); });
    std::printf("gui_transactions_rows: %d\n", model.rowCount());
    std::printf("gui_transactions_first_page_ms: %lld\n", firstMs);
    // Sorts and searches are answered from the in-memory index once it is built (until then by
    // the store's SQL, as fast as before): the figures below are the index's.
    if (!indexReady.wait(300000)) {
        std::fprintf(stderr, "the transactions index was not ready within 5 minutes\n");
        return 1;
    }
    std::printf("gui_index_ready_seconds: %.2f\n", double(sinceStart.elapsed()) / 1000.0);
    std::printf("gui_index_build_seconds: %.2f\n",
                double(indexReady.first().at(1).toLongLong()) / 1000.0);
    std::printf("gui_rss_mb_after_index: %lld\n", residentMb());

    qint64 worstSort = 0;
    for (int column = 0; column < int(Column::Count); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const qint64 ms = timeUntilShown(model, [&] { model.sort(column, order); });
            worstSort = std::max(worstSort, ms);
            std::printf("gui_sort_1m_ms_column_%d_%s: %lld\n",
                        column,
                        order == Qt::AscendingOrder ? "asc" : "desc",
                        ms);
        }
    }
    std::printf("gui_sort_1m_ms_max: %lld\n", worstSort);
    model.sort(int(Column::Created), Qt::DescendingOrder);
    timeUntilShown(model, [] {});

    // A whole id from the middle of the list, shortened as a pasted id may be.
    const QModelIndex middle = model.index(1234, int(Column::Id));
    model.data(middle, ui::TransactionsModel::LoadedRole); // asks for its page
    if (!QTest::qWaitFor(
            [&] { return model.data(middle, ui::TransactionsModel::LoadedRole).toBool(); }, 60000))
        return 1;
    const QString someId = model.data(middle).toString();
    std::vector<qint64> searches;
    for (const QString &term : {QStringLiteral("emma"),
                                QStringLiteral("ch_"),
                                someId.left(14),
                                QStringLiteral("Order #12345"),
                                QStringLiteral("4242"),
                                QStringLiteral("no such thing"),
                                QString()}) {
        searches.push_back(timeUntilShown(model, [&] { model.setSearch(term); }));
        std::printf("gui_search_1m_ms_%zu: %lld (%d rows)\n",
                    searches.size(),
                    searches.back(),
                    model.rowCount());
    }
    std::sort(searches.begin(), searches.end());
    std::printf("gui_search_1m_ms_p95: %lld\n",
                searches[std::min(searches.size() - 1, size_t(searches.size() * 0.95))]);
    std::printf("gui_rss_mb: %lld\n", residentMb());

    const double before = cpuSeconds();
    QTest::qWait(5000);
    std::printf("gui_idle_cpu_percent: %.1f\n", (cpuSeconds() - before) / 5.0 * 100.0);
    readerThread.quit();
    readerThread.wait();
    return 0;
}
