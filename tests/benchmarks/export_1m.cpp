// The exports benchmark: 1M balance transactions in a store, exported as `paydeck-cli export
// transactions` does, against `sqlite3 -csv` of the same rows and columns (CSV) and openpyxl's
// write-only mode writing the same typed rows (XLSX), in the same run; and the XLSX export's
// resident memory as a process of its own. Prints `name: value` lines.
#include "bench_process.h"
#include "bench_store.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/store_writer.h"
#include "store/sync_batches.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <random>

using namespace paydeck;

namespace {

constexpr qint64 kStart = 1735689600; // 2025-01-01
const char *const kCurrencies[] = {"usd", "eur", "gbp", "jpy", "chf"};
const char *const kTypes[] = {"charge", "charge", "charge", "refund", "payout", "adjustment"};

std::vector<BalanceTransaction> year(qint64 count)
{
    std::mt19937_64 random(20261129);
    std::vector<BalanceTransaction> out(static_cast<size_t>(count));
    const double step = 365.0 * 86400 / double(count);
    for (qint64 n = 0; n < count; ++n) {
        BalanceTransaction &bt = out[size_t(n)];
        bt.id = "txn_b" + std::to_string(n);
        bt.created = kStart + qint64(double(n) * step);
        bt.availableOn = bt.created + 2 * 86400;
        bt.currency = kCurrencies[random() % 5];
        bt.type = kTypes[random() % 6];
        bt.reportingCategory = bt.type;
        bt.amount = qint64(random() % 200000) - (bt.type == "charge" ? 0 : 100000);
        bt.fee = bt.type == "charge" ? bt.amount * 29 / 1000 + 30 : 0;
        bt.net = bt.amount - bt.fee;
        bt.status = "available";
        bt.description = n % 97 == 0 ? "=HYPERLINK(\"x\") order " + std::to_string(n)
                                     : "Order #" + std::to_string(n);
        bt.source = "ch_b" + std::to_string(n);
        bt.payout = "po_b" + std::to_string(n / 5000);
    }
    return out;
}

struct Run
{
    double seconds = -1;
    qint64 maxRssMb = -1;
};

/// Runs a program to its end; its time and its own peak resident memory.
Run runProcess(const QString &program, const QStringList &arguments, const QString &stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    else
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "bench: %s did not start\n", qPrintable(program));
        return {};
    }
    const pid_t pid = pid_t(process.processId());
    // The child's own peak (VmHWM), read while it runs: the fork's rusage would count the pages
    // it shared with this process before exec.
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    qint64 peakKb = -1;
    int status = 0;
    for (;;) {
        QFile statusFile(statusPath);
        if (statusFile.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : statusFile.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peakKb
                        = std::max(peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
        }
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0) {
            std::fprintf(stderr, "bench: %s could not be waited for\n", qPrintable(program));
            return {};
        }
        QThread::msleep(20);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench: %s failed\n", qPrintable(program));
        return {};
    }
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.maxRssMb = peakKb / 1024;
    process.waitForFinished(1000);
    return run;
}

const char *const kSqlite3Columns
    = "SELECT s.name, b.id, datetime(b.created, 'unixepoch'), datetime(b.available_on, "
      "'unixepoch'), b.type, b.reporting_category, b.description, upper(b.currency), b.amount / "
      "100.0, b.fee / 100.0, b.net / 100.0, b.status, b.source, b.payout FROM balance_transactions "
      "b "
      "JOIN sources s ON s.id = b.source_id ORDER BY b.created, b.source_id, b.id";

const char *const kOpenpyxl = R"py(
import sqlite3, sys, datetime
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
wb = Workbook(write_only=True)
ws = wb.create_sheet("Transactions")
ws.freeze_panes = "A2"
ws.append(["Source", "ID", "Created (UTC)", "Available on (UTC)", "Type", "Reporting category",
           "Description", "Currency", "Amount", "Fee", "Net", "Status", "Cause", "Payout"])
epoch = datetime.datetime(1970, 1, 1)
def money(v):
    c = WriteOnlyCell(ws, value=v / 100.0)
    c.number_format = "#,##0.00"
    return c
def moment(v):
    c = WriteOnlyCell(ws, value=epoch + datetime.timedelta(seconds=v))
    c.number_format = "yyyy-mm-dd hh:mm:ss"
    return c
for row in db.execute("SELECT s.name, b.id, b.created, b.available_on, b.type, "
                      "b.reporting_category, b.description, upper(b.currency), b.amount, b.fee, "
                      "b.net, b.status, b.source, b.payout FROM balance_transactions b JOIN sources "
                      "s ON s.id = b.source_id WHERE b.created >= ? AND b.created < ? "
                      "ORDER BY b.created, b.source_id, b.id", (int(sys.argv[3]), int(sys.argv[4]))):
    ws.append([row[0], row[1], moment(row[2]), moment(row[3]), row[4], row[5], row[6], row[7],
               money(row[8]), money(row[9]), money(row[10]), row[11], row[12], row[13]])
wb.save(sys.argv[2])
)py";

void print(const char *name, double value)
{
    std::printf("%s: %.3f\n", name, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString path = data + QStringLiteral("/paydeck.sqlite");
    QDir().mkpath(data);
    qint64 sourceId = 0;
    if (!bench::fillStore(path,
                          year(count),
                          ObjectType::BalanceTransaction,
                          &store::SyncBatch::balanceTransactions,
                          sourceId)) {
        std::fprintf(stderr, "bench: the store could not be filled\n");
        return 1;
    }
    const QString cli
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/paydeck-cli");
    const QStringList period{QStringLiteral("--from"),
                             QStringLiteral("2024-01-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2027-12-31")};
    auto exportRun = [&](const QString &format, const QStringList &days) {
        return runProcess(cli,
                          QStringList{QStringLiteral("--data-dir"),
                                      data,
                                      QStringLiteral("export"),
                                      QStringLiteral("transactions")}
                              + days
                              + QStringList{QStringLiteral("--format"),
                                            format,
                                            QStringLiteral("--out"),
                                            dir.filePath(QStringLiteral("out.") + format)});
    };
    std::printf("export_rows: %lld\n", static_cast<long long>(count));
    const Run csv = exportRun(QStringLiteral("csv"), period);
    const Run sqlite = runProcess(QStringLiteral("sqlite3"),
                                  {QStringLiteral("-csv"),
                                   QStringLiteral("-header"),
                                   path,
                                   QString::fromLatin1(kSqlite3Columns)},
                                  dir.filePath(QStringLiteral("sqlite3.csv")));
    print("export_csv_1m_seconds", csv.seconds);
    print("export_sqlite3_csv_1m_seconds", sqlite.seconds);
    if (csv.seconds > 0 && sqlite.seconds > 0)
        print("export_csv_ratio_vs_sqlite3", csv.seconds / sqlite.seconds);
    std::printf("export_csv_1m_rss_mb: %lld\n", static_cast<long long>(csv.maxRssMb));
    std::printf("export_sqlite3_csv_1m_rss_mb: %lld\n", static_cast<long long>(sqlite.maxRssMb));
    const Run xlsx = exportRun(QStringLiteral("xlsx"), period);
    print("export_xlsx_1m_seconds", xlsx.seconds);
    std::printf("export_xlsx_1m_rss_mb: %lld\n", static_cast<long long>(xlsx.maxRssMb));
    // openpyxl writes ~3k typed rows a second (318 s for the 1M here): compared on the first 37
    // days (~100k rows of the 1M), the same rows for both.
    const QStringList sample{QStringLiteral("--from"),
                             QStringLiteral("2025-01-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2025-02-06")};
    const qint64 sampleEnd = kStart + 37 * 86400;
    const Run xlsxSample = exportRun(QStringLiteral("xlsx"), sample);
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    const Run openpyxl = runProcess(python,
                                    {QStringLiteral("-c"),
                                     QString::fromLatin1(kOpenpyxl),
                                     path,
                                     dir.filePath(QStringLiteral("openpyxl.xlsx")),
                                     QString::number(kStart),
                                     QString::number(sampleEnd)});
    std::printf("export_xlsx_sample_rows: %lld\n", static_cast<long long>(count * 37 / 365));
    print("export_xlsx_sample_seconds", xlsxSample.seconds);
    print("export_openpyxl_sample_seconds", openpyxl.seconds);
    if (xlsxSample.seconds > 0 && openpyxl.seconds > 0)
        print("export_xlsx_ratio_vs_openpyxl", xlsxSample.seconds / openpyxl.seconds);
    return 0;
}
