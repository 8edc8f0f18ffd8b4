// 1,000,000 payouts against 1,000,000 bank lines, from the store with results persisted, next to
// a pandas baseline on the same rows in the same run (reconcile_pandas.py).
// 97% of lines name their payout, 2% only match by amount, currency and date, 1% are noise
// and 1% of payouts never arrive. Prints `name: value` lines.
#include "reconcile/reconcile_run.h"
#include "store/sqlite/database.h"
#include "store/sqlite/schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace paydeck;

namespace {

constexpr int kRows = 1000000;
const char *const kCurrencies[] = {"usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "bhd"};

bool fill(store::Database &db)
{
    std::mt19937_64 random(20261127);
    const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    if (!db.exec("BEGIN").ok()
        || !db.exec("INSERT INTO sources (id, name, base_url, api_key, created_at) VALUES (1, "
                    "'bench', 'https://x', 'sk_test', 0)")
                .ok())
        return false;
    auto payout = db.prepare("INSERT INTO payouts (source_id, id, amount, currency, arrival_date, "
                             "created, status, digest)"
                             " VALUES (1, ?, ?, ?, ?, ?, 'paid', 0)");
    auto line = db.prepare(
        "INSERT INTO bank_entries (statement_id, fingerprint, account, currency, amount, "
        "booking_date,"
        " value_date, reversal, status, end_to_end_id, servicer_ref, remittance, charges, "
        "batch_count)"
        " VALUES (1, ?, 'DE89370400440532013000', ?, ?, ?, ?, 0, 'BOOK', ?, ?, ?, 0, 0)");
    if (!payout || !line
        || !db.exec("INSERT INTO import_files (id, name, sha256, kind, format, imported_at, "
                    "statements, entries, duplicates)"
                    " VALUES (1, 'bench', 'x', 'statement', 'camt.053.001.08', 0, 1, 0, 0)")
                .ok()
        || !db.exec(
                  "INSERT INTO bank_statements (id, file_id, format, account, currency, "
                  "entry_count, credit_sum, debit_sum, duplicates)"
                  " VALUES (1, 1, 'camt.053.001.08', 'DE89370400440532013000', 'EUR', 0, 0, 0, 0)")
                .ok())
        return false;
    const qint64 start = 1735689600; // 2025-01-01
    for (int i = 0; i < kRows; ++i) {
        std::string id = "po_";
        for (int c = 0; c < 24; ++c)
            id.push_back(alphabet[random() % 62]);
        const std::string currency = kCurrencies[random() % 8];
        const qint64 amount = 100 + qint64(random() % 10000000);
        const qint64 arrival = start + qint64(random() % 365) * 86400;
        auto &p = payout.value();
        p.bindText(1, id);
        p.bind(2, amount);
        p.bindText(3, currency);
        p.bind(4, arrival);
        p.bind(5, arrival - 2 * 86400);
        if (!p.run().ok())
            return false;
        p.reset();
        const int kind = i % 100; // 0..96 by reference, 97..98 by amount and date, 99 never arrives
        std::string upper = currency;
        for (char &ch : upper)
            ch = char(ch - 'a' + 'A');
        const auto addLine = [&](const std::string &ccy,
                                 qint64 value,
                                 qint64 booked,
                                 const std::string &remittance,
                                 const std::string &e2e) {
            char date[16];
            const time_t t = time_t(booked);
            std::strftime(date, sizeof date, "%Y-%m-%d", gmtime(&t));
            const std::string fingerprint = "f" + std::to_string(i);
            const std::string ref = "B" + std::to_string(i);
            auto &l = line.value();
            l.bindText(1, fingerprint);
            l.bindText(2, ccy);
            l.bind(3, value);
            l.bindText(4, date);
            l.bindText(5, date);
            l.bindText(6, e2e);
            l.bindText(7, ref);
            l.bindText(8, remittance);
            const bool ok = l.run().ok();
            l.reset();
            return ok;
        };
        const qint64 booked = arrival + qint64(random() % 3) * 86400; // 0–2 days later
        bool ok = true;
        if (kind < 97)
            ok = addLine(
                upper, amount, booked, "STRIPE PAYOUT " + id, kind % 3 == 0 ? id : std::string());
        else if (kind < 99)
            ok = addLine(upper, amount, booked, "STRIPE TRANSFER", std::string());
        else // noise instead of this payout's line: another amount, no reference
            ok = addLine(
                upper, 7 + qint64(random() % 999), booked, "SEPA CT ACME SUPPLIES", std::string());
        if (!ok)
            return false;
    }
    return db.exec("COMMIT").ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto db = store::Database::open(path);
        if (!db || !store::migrate(*db.value()).ok() || !fill(*db.value())) {
            std::fprintf(stderr, "bench: cannot build the 1M store\n");
            return 1;
        }
        (void)db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    // pandas first, on the same file (it reads, it does not write).
    const QString script
        = QCoreApplication::applicationDirPath() + QStringLiteral("/reconcile_pandas.py");
    double pandasSeconds = -1;
    qint64 pandasReference = -1, pandasAmount = -1;
    QProcess pandas;
    // Debian's interpreter, where python3-pandas lives (a pyenv shim may come first in PATH).
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    pandas.start(python, {script, path});
    if (pandas.waitForFinished(600000) && pandas.exitCode() == 0) {
        for (const QByteArray &lineText : pandas.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = lineText.split(':');
            if (parts.size() != 2)
                continue;
            const QByteArray key = parts[0].trimmed();
            if (key == "pandas_1m_seconds")
                pandasSeconds = parts[1].trimmed().toDouble();
            else if (key == "pandas_matched_by_reference")
                pandasReference = parts[1].trimmed().toLongLong();
            else if (key == "pandas_matched_by_amount_date")
                pandasAmount = parts[1].trimmed().toLongLong();
        }
    } else {
        std::fprintf(stderr,
                     "bench: pandas baseline skipped (%s)\n",
                     pandas.readAllStandardError().left(300).constData());
    }

    auto session = store::openSession(path);
    if (!session)
        return 1;
    reconcile::ReconcileOptions options;
    options.only = {QString::fromLatin1(reconcile::kPayoutBank)};
    QElapsedTimer timer;
    timer.start();
    auto summary = reconcile::runReconciliation(*session.value(), options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(summary.error()));
        return 1;
    }
    const auto &part = summary.value().parts.at(QString::fromLatin1(reconcile::kPayoutBank));
    const auto count = [&](const char *rule) {
        const auto it = part.byRule.find(QString::fromLatin1(rule));
        return it == part.byRule.end() ? 0 : it->second;
    };
    std::printf("reconcile_1m_seconds: %.2f\n", seconds);
    std::printf("reconcile_1m_load_seconds: %.2f\n", double(summary.value().loadMs) / 1000);
    std::printf("reconcile_1m_match_seconds: %.2f\n", double(summary.value().matchMs) / 1000);
    std::printf("reconcile_1m_persist_seconds: %.2f\n", double(summary.value().persistMs) / 1000);
    std::printf("reconcile_1m_matched_by_reference: %d\n", count("reference"));
    std::printf("reconcile_1m_matched_by_amount_date: %d\n", count("amount_date"));
    std::printf("reconcile_1m_exceptions: %d\n",
                int(part.exceptionCounts.count(QStringLiteral("unmatched"))
                        ? part.exceptionCounts.at(QStringLiteral("unmatched"))
                        : 0));
    if (pandasSeconds > 0) {
        std::printf("pandas_1m_seconds: %.2f\n", pandasSeconds);
        std::printf("reconcile_1m_ratio_vs_pandas: %.2f\n", seconds / pandasSeconds);
        const bool agree
            = pandasReference == count("reference") && pandasAmount == count("amount_date");
        std::printf("reconcile_1m_agrees_with_pandas: %d\n", agree ? 1 : 0);
        if (!agree)
            std::fprintf(stderr,
                         "bench: pandas found %lld by reference and %lld by amount and date\n",
                         pandasReference,
                         pandasAmount);
    }
    return 0;
}
