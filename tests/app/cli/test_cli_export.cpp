// `paydeck-cli export transactions` over a store synced from the sandbox over HTTPS: every
// balance transaction of the period once, amounts that add up per currency to the store's own
// (read back with Python's csv module and with openpyxl, as the people who open them would),
// and bad options, an unwritable place and a cancelled export refused without a file left.
#include "export/transactions_export.h"
#include "store/object_repository.h"
#include "store/session.h"
#include "store/sources.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace paydeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAnchor = 1790000000; // 2026-09-21 14:13 UTC

/// Rows and the sum of each currency's amounts in minor units, as Python reads the file.
const char *const kSums = R"(
import csv, json, sys
from decimal import Decimal
exponent = {'JPY': 0, 'KRW': 0, 'BHD': 3, 'KWD': 3}
rows, sums, ids = 0, {}, set()
def add(row):
    global rows
    rows += 1
    ids.add(row[1])
    currency, amount = row[7], Decimal(str(row[8]))
    sums[currency] = sums.get(currency, 0) + int(amount * 10 ** exponent.get(currency, 2))
if sys.argv[1].endswith('.csv'):
    with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
        reader = csv.reader(f)
        header = next(reader)
        for row in reader:
            add(row)
else:
    from openpyxl import load_workbook
    wb = load_workbook(sys.argv[1], read_only=True)
    header = None
    for ws in wb.worksheets:
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i == 0:
                header = list(row)
                continue
            add(list(row))
print(json.dumps({'rows': rows, 'distinct': len(ids), 'sums': sums, 'header': header}))
)";

QJsonObject sumsOf(const QString &path)
{
    QProcess python;
    python.start(QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s,
                 {u"-c"_s, QString::fromUtf8(kSums), path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("python3: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    qint64 m_count = 0;
    std::map<QString, qint64> m_sums; // upper-case currency → minor units

    paydeck::test::CliRun cli(const QStringList &arguments) const
    {
        return paydeck::test::runCli(arguments, m_data);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QProcess sandbox;
        const auto address = paydeck::test::startSandbox(sandbox,
                                                         file(u"sandbox"_s),
                                                         {u"--seed"_s,
                                                          u"11"_s,
                                                          u"--history-days"_s,
                                                          u"20"_s,
                                                          u"--anchor"_s,
                                                          QString::number(kAnchor)});
        QVERIFY2(address.ok(), qPrintable(address.line));
        m_data = file(u"store"_s);
        const auto synced = paydeck::test::syncFromSandbox(address, m_data);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        // What the store holds, to compare the files with.
        auto session = store::openSession(QDir(m_data).filePath(u"paydeck.sqlite"_s),
                                          store::Access::ReadOnly);
        QVERIFY2(session.ok(), qPrintable(session.error()));
        for (const store::SourceConfig &source : session.value()->sources().all()) {
            for (const BalanceTransaction &bt :
                 session.value()->objects().loadAll<BalanceTransaction>(source.id)) {
                ++m_count;
                m_sums[QString::fromStdString(bt.currency).toUpper()] += bt.amount;
            }
        }
        QVERIFY2(m_count > 1000, qPrintable(QString::number(m_count)));
    }

    void everyTransactionOnceInBothFormats()
    {
        for (const QString &format : {u"csv"_s, u"xlsx"_s}) {
            const QString out = file(u"all."_s + format);
            const auto run = cli({u"export"_s,
                                  u"transactions"_s,
                                  u"--from"_s,
                                  u"2020-01-01"_s,
                                  u"--to"_s,
                                  u"2030-12-31"_s,
                                  u"--format"_s,
                                  format.toUpper(),
                                  u"--out"_s,
                                  out,
                                  u"--json"_s});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject said = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(said[u"rows"_s].toInteger(), m_count);
            QCOMPARE(said[u"format"_s].toString(), format);
            const QJsonObject read = sumsOf(out);
            QCOMPARE(read[u"rows"_s].toInteger(), m_count);
            QCOMPARE(read[u"distinct"_s].toInteger(), m_count);
            QCOMPARE(read[u"header"_s].toArray()[8].toString(), u"Amount"_s);
            const QJsonObject sums = read[u"sums"_s].toObject();
            QCOMPARE(sums.size(), qsizetype(m_sums.size()));
            for (const auto &[currency, minor] : m_sums)
                QVERIFY2(sums[currency].toInteger() == minor,
                         qPrintable(QStringLiteral("%1: %2 in the %3, %4 stored")
                                        .arg(currency)
                                        .arg(sums[currency].toInteger())
                                        .arg(format)
                                        .arg(minor)));
        }
    }

    void aPeriodTakesItsDaysOnly()
    {
        const QString out = file(u"day.csv"_s);
        const auto run = cli({u"export"_s,
                              u"transactions"_s,
                              u"--from"_s,
                              u"2026-09-20"_s,
                              u"--to"_s,
                              u"2026-09-20"_s,
                              u"--format"_s,
                              u"csv"_s,
                              u"--out"_s,
                              out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("from 2026-09-20 to 2026-09-20 written to"), run.out.constData());
        const QJsonObject read = sumsOf(out);
        QVERIFY(read[u"rows"_s].toInteger() > 0);
        QVERIFY(read[u"rows"_s].toInteger() < m_count);
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].isEmpty() || lines[i].contains(",2026-09-20 "), lines[i].constData());
    }

    void badRequestsLeaveNothing()
    {
        const auto pdf = cli({u"export"_s,
                              u"transactions"_s,
                              u"--format"_s,
                              u"pdf"_s,
                              u"--out"_s,
                              file(u"x.pdf"_s)});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.contains("--format is csv or xlsx"), pdf.err.constData());
        const auto noOut = cli({u"export"_s, u"transactions"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY2(noOut.err.contains("usage: export transactions"), noOut.err.constData());
        const QString nowhere = file(u"missing/dir/t.xlsx"_s);
        const auto unwritable
            = cli({u"export"_s, u"transactions"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, nowhere});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(nowhere.toUtf8()), unwritable.err.constData());
        QVERIFY(!QFile::exists(nowhere));
    }

    // Cancelled half way, an export keeps nothing under its name, and no part beside it.
    void aCancelledExportLeavesNothing()
    {
        auto session = store::openSession(QDir(m_data).filePath(u"paydeck.sqlite"_s),
                                          store::Access::ReadOnly);
        QVERIFY(session.ok());
        for (const auto format : {exporting::ExportFormat::Csv, exporting::ExportFormat::Xlsx}) {
            QTemporaryDir dir;
            const QString out = dir.filePath(u"cancelled"_s);
            qint64 heard = 0;
            const auto rows = exporting::exportTransactions(
                *session.value(), 0, 4000000000, format, out, [&](qint64 written) {
                    heard = written;
                    return written < m_count / 2;
                });
            QVERIFY(!rows.ok());
            QVERIFY2(rows.error().contains(u"cancelled"_s), qPrintable(rows.error()));
            QVERIFY(heard >= m_count / 2);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
        }
    }
};

QTEST_MAIN(TestCliExport)
#include "test_cli_export.moc"
