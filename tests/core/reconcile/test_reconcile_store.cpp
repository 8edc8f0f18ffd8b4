// Statement and ledger imports into a real SQLite store, and reconciliation runs on it:
// all-or-nothing imports, duplicates recognised, people's decisions kept, every action audited.
#include "reconcile/reconcile_actions.h"
#include "reconcile/reconcile_run.h"
#include "reconcile/statement_import.h"
#include "store/reconciliation_repository.h"
#include "store/sqlite/database.h"
#include "store/sqlite/schema.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paydeck;
using namespace paydeck::reconcile;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(store::Database &db, const char *sql)
{
    auto query = db.prepare(sql);
    if (!query || query.value().step() != store::Statement::Step::Row)
        return -1;
    return query.value().columnInt(0);
}

QByteArray mt940(const QString &id, const QStringList &lines, qint64 opening, qint64 closing)
{
    // lines: "YYMMDD|C|12,50|text"
    QString out = u":20:"_s + id + u"\n:25:DE89370400440532013000\n:28C:1/1\n"_s;
    const auto amount = [](qint64 minor) {
        return QStringLiteral("%1,%2")
            .arg(std::abs(minor) / 100)
            .arg(std::abs(minor) % 100, 2, 10, QChar(u'0'));
    };
    out += u":60F:"_s + (opening < 0 ? u'D' : u'C') + u"240101EUR"_s + amount(opening) + u'\n';
    for (const QString &line : lines) {
        const QStringList f = line.split(u'|');
        out += QStringLiteral(":61:%1%2%3NTRFNONREF//%4\n:86:%5\n")
                   .arg(f[0], f[1], f[2], f[4], f[3]);
    }
    out += u":62F:"_s + (closing < 0 ? u'D' : u'C') + u"240131EUR"_s + amount(closing) + u"\n-\n"_s;
    return out.toLatin1();
}

class Store
{
public:
    Store()
    {
        auto opened = store::Database::open(m_dir.filePath(u"paydeck.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        QVERIFY(store::migrate(*m_db).ok());
        auto session = store::openSession(m_dir.filePath(u"paydeck.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        QVERIFY(m_db->exec("INSERT INTO sources (id, name, base_url, api_key, created_at) VALUES "
                           "(1, 's', 'https://x', 'sk_test', 0)")
                    .ok());
    }
    /// The store as the engine sees it; m_db is the same file, for fixtures in SQL.
    store::Session &db() { return *m_session; }
    store::Database &sql() { return *m_db; }
    void payout(const char *id, qint64 amount, const char *arrival, const char *currency = "eur")
    {
        const qint64 at = QDateTime(QDate::fromString(QLatin1String(arrival), Qt::ISODate),
                                    QTime(0, 0),
                                    Qt::UTC)
                              .toSecsSinceEpoch();
        auto s = m_db->prepare("INSERT INTO payouts (source_id, id, amount, currency, "
                               "arrival_date, created, status, digest)"
                               " VALUES (1, ?, ?, ?, ?, ?, 'paid', 0)");
        QVERIFY(s.ok());
        s.value().bindText(1, id);
        s.value().bind(2, amount);
        s.value().bindText(3, currency);
        s.value().bind(4, at);
        s.value().bind(5, at - 2 * 86400);
        QVERIFY(s.value().run().ok());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Session> m_session;
};

} // namespace

/// One payout, the bank line that names it, and a run that matched the two by reference.
void matchOnePayoutByReference(Store &store)
{
    store.payout("po_A", 10000, "2024-01-02");
    QVERIFY(
        importStatementFile(store.db(),
                            mt940(u"A"_s, {u"240103|C|100,00|STRIPE PAYOUT po_A|B1"_s}, 0, 10000),
                            u"a.sta"_s)
            .ok());
    QVERIFY(runReconciliation(store.db(), ReconcileOptions()).ok());
}

class TestReconcileStore : public QObject
{
    Q_OBJECT

private slots:
    void everySharedSampleImportsOnceAndOnlyOnce();
    void overlappingStatementsDoNotImportAnEntryTwice();
    void identicalEntriesInOneStatementAreBothKept();
    void brokenFilesLeaveTheStoreAsItWas_data();
    void brokenFilesLeaveTheStoreAsItWas();
    void failedBalanceProofIsStoredAndReported();
    void csvStatementWithGermanConventions();
    void ledgerImportWithDetectedAndSavedMapping();
    void ledgerMappingThatDoesNotFitNamesFileAndColumn();
    void rerunKeepsManualDecisionsAndAuditsThem();
    void dryRunWritesNothing();
    void unmatchAndRestoreUndoEachOther();
    void theAuditTrailCatchesEditsBehindPaydecksBack();
    void anOlderAuditTrailIsChainedWhenMigrated();
    void cancelledRunChangesNothing();
    void aPeriodRunLeavesOtherPeriodsAlone();
    void aCancelledImportLeavesNothing();
};

void TestReconcileStore::everySharedSampleImportsOnceAndOnlyOnce()
{
    PAYDECK_REQUIRE_SAMPLES();
    Store store;
    int files = 0;
    for (const QString &dir : {u"camt"_s, u"mt940"_s}) {
        const QDir folder(test::samplePath(u"statements/"_s + dir));
        for (const QString &name : folder.entryList(QDir::Files)) {
            const QString path = folder.filePath(name);
            const QByteArray data = test::readFile(path);
            auto first = importStatementFile(store.db(), data, path);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QVERIFY(!first.value().alreadyImported);
            QVERIFY(!first.value().statements.isEmpty());
            auto second = importStatementFile(store.db(), data, path);
            QVERIFY(second.ok());
            QVERIFY2(second.value().alreadyImported, qPrintable(name));
            ++files;
        }
    }
    QCOMPARE(files, 9);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM import_files"), 9);
    // 10 + 4 + 97 + the ASN file's 1 + …: every entry exactly once.
    QCOMPARE(scalar(store.sql(), "SELECT sum(entry_count) FROM bank_statements"),
             scalar(store.sql(), "SELECT count(*) FROM bank_entries")
                 + scalar(store.sql(), "SELECT sum(duplicates) FROM bank_statements"));
}

void TestReconcileStore::overlappingStatementsDoNotImportAnEntryTwice()
{
    Store store;
    const QByteArray first = mt940(
        u"A"_s, {u"240102|C|10,00|Invoice 1|B1"_s, u"240103|C|20,00|Invoice 2|B2"_s}, 0, 3000);
    const QByteArray second
        = mt940(u"B"_s, {u"240103|C|20,00|Invoice 2|B2"_s, u"240104|D|5,00|Fee|B3"_s}, 1000, 2500);
    auto imported = importStatementFile(store.db(), first, u"a.sta"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    auto report = importStatementFile(store.db(), second, u"b.sta"_s);
    QVERIFY(report.ok());
    QCOMPARE(report.value().statements.first().newEntries, 1);
    QCOMPARE(report.value().statements.first().duplicates, 1);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM bank_entries"), 3);
    QCOMPARE(scalar(store.sql(), "SELECT sum(amount) FROM bank_entries"), 2500);
}

void TestReconcileStore::identicalEntriesInOneStatementAreBothKept()
{
    Store store;
    const QByteArray data = mt940(
        u"A"_s, {u"240102|C|10,00|Coffee|NONREF"_s, u"240102|C|10,00|Coffee|NONREF"_s}, 0, 2000);
    auto report = importStatementFile(store.db(), data, u"a.sta"_s);
    QVERIFY(report.ok());
    QCOMPARE(report.value().statements.first().newEntries, 2);
    QCOMPARE(report.value().statements.first().proofDifference, std::optional<qint64>(0));
}

void TestReconcileStore::brokenFilesLeaveTheStoreAsItWas_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("cut");
    const auto own = [](const char *name) {
        return test::fixturePath(u"statements/"_s + QLatin1String(name));
    };
    QTest::newRow("own camt cut in the middle of an entry")
        << own("camt053.001.08_batch-charges-fx-reversal.xml") << 1500;
    QTest::newRow("own camt cut before the end tag")
        << own("camt053.001.02_two-statements.xml") << -20;
    QTest::newRow("own mt940 cut inside the last message")
        << own("mt940_nl-envelope_intermediate.sta") << -30;
    if (!test::samplesAvailable())
        return; // the shared samples exist only in the workplace
    const auto sample = [](const char *name) {
        return test::samplePath(u"statements/"_s + QLatin1String(name));
    };
    QTest::newRow("camt cut in the middle of an entry")
        << sample("camt/camt053.001.04_postfinance-ch_charges-batches-reversals.xml") << 30000;
    QTest::newRow("camt cut before the end tag")
        << sample("camt/camt053.001.02_genkgo_multi-statement.xml") << -20;
    QTest::newRow("mt940 cut after the last line")
        << sample("mt940/mt940_de-sepa_97-txns_debit-balance.sta") << -30;
}

void TestReconcileStore::brokenFilesLeaveTheStoreAsItWas()
{
    QFETCH(QString, path);
    QFETCH(int, cut);
    Store store;
    QVERIFY(importStatementFile(
                store.db(), mt940(u"A"_s, {u"240102|C|10,00|x|B1"_s}, 0, 1000), u"a.sta"_s)
                .ok());
    const qint64 before = scalar(store.sql(), "SELECT count(*) FROM bank_entries");
    const QByteArray whole = test::readFile(path);
    const QByteArray broken = cut > 0 ? whole.left(cut) : whole.left(whole.size() + cut);
    auto report = importStatementFile(store.db(), broken, u"/data/broken.file"_s);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(u"/data/broken.file:"), qPrintable(report.error()));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM bank_entries"), before);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM import_files"), 1);
}

void TestReconcileStore::failedBalanceProofIsStoredAndReported()
{
    PAYDECK_REQUIRE_SAMPLES();
    Store store;
    const QString path
        = test::samplePath(u"statements/camt/camt053.001.02_de-genossenschaftsbank_batch.xml"_s);
    QVERIFY(importStatementFile(store.db(), test::readFile(path), path).ok());
    QCOMPARE(scalar(store.sql(), "SELECT proof_difference FROM bank_statements"), 1277414);
    ReconcileOptions options;
    auto summary = runReconciliation(store.db(), options);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary.value().parts.at(u"statement"_s).exceptionCounts.at(u"balance_proof"_s), 1);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE kind = 'balance_proof' AND amount "
                    "= 1277414"),
             1);
}

void TestReconcileStore::csvStatementWithGermanConventions()
{
    Store store;
    const QByteArray csv = "Buchungstag;Valuta;Verwendungszweck;Betrag;S/H;W\xe4hrung\n"
                           "02.01.2024;02.01.2024;STRIPE PAYOUT po_1;1.234,56;H;EUR\n"
                           "03.01.2024;03.01.2024;Miete;800,00;S;EUR\n";
    auto preview = detectCsvMapping(csv, CsvMapping::Kind::Statement, u"umsaetze.csv"_s);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    const CsvMapping &m = preview.value().mapping;
    QCOMPARE(m.delimiter, QChar(u';'));
    QCOMPARE(m.decimalSeparator, QChar(u','));
    QCOMPARE(m.dateFormat, u"dd.MM.yyyy"_s);
    QCOMPARE(int(m.sign), int(CsvMapping::Sign::IndicatorColumn));
    QVERIFY(preview.value().doubts.isEmpty());
    auto report = importStatementFile(store.db(), csv, u"umsaetze.csv"_s);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(scalar(store.sql(), "SELECT sum(amount) FROM bank_entries"), 123456 - 80000);
    QCOMPARE(
        scalar(store.sql(), "SELECT count(*) FROM bank_entries WHERE booking_date = '2024-01-03'"),
        1);
}

void TestReconcileStore::ledgerImportWithDetectedAndSavedMapping()
{
    Store store;
    const QByteArray csv = "Invoice,Customer,Amount,Currency,Date\nORD-1,Jane,25.00,USD,2026-11-"
                           "02\nORD-2,Joe,\"1,250.00\",USD,2026-11-03\n";
    auto preview = detectCsvMapping(csv, CsvMapping::Kind::Ledger, u"ledger.csv"_s);
    QVERIFY(preview.ok());
    CsvMapping mapping = preview.value().mapping;
    mapping.name = u"erp"_s;
    QVERIFY(store.db().statements().saveCsvMapping(mapping).ok());
    auto loaded = store.db().statements().loadCsvMapping(u"erp"_s);
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->referenceColumn, u"Invoice"_s);
    auto report = importLedgerFile(store.db(), csv, u"ledger.csv"_s, *loaded.value());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report.value().newEntries, 2);
    QCOMPARE(scalar(store.sql(), "SELECT sum(amount) FROM ledger_entries"), 2500 + 125000);
    // A later export repeating ORD-1 does not book it twice.
    const QByteArray later = "Invoice,Customer,Amount,Currency,Date\nORD-1,Jane,25.00,USD,2026-11-"
                             "02\nORD-3,Ann,9.99,USD,2026-11-05\n";
    auto again = importLedgerFile(store.db(), later, u"ledger2.csv"_s, *loaded.value());
    QVERIFY(again.ok());
    QCOMPARE(again.value().newEntries, 1);
    QCOMPARE(again.value().duplicates, 1);
}

void TestReconcileStore::ledgerMappingThatDoesNotFitNamesFileAndColumn()
{
    Store store;
    CsvMapping mapping;
    mapping.name = u"erp"_s;
    mapping.kind = CsvMapping::Kind::Ledger;
    mapping.dateColumn = u"Date"_s;
    mapping.amountColumn = u"Amount"_s;
    mapping.referenceColumn = u"Invoice"_s;
    mapping.defaultCurrency = u"USD"_s;
    auto missing = importLedgerFile(
        store.db(), "Date,Total,Invoice\n2026-11-02,5.00,A\n", u"x.csv"_s, mapping);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"x.csv") && missing.error().contains(u"\"Amount\""),
             qPrintable(missing.error()));
    auto badRow = importLedgerFile(store.db(),
                                   "Date,Amount,Invoice\n2026-11-02,5.00,A\n2026-11-03,five,B\n",
                                   u"y.csv"_s,
                                   mapping);
    QVERIFY(!badRow.ok());
    QVERIFY2(badRow.error().startsWith(u"y.csv:3:"), qPrintable(badRow.error()));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM ledger_entries"), 0);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM import_files"), 0);
}

void TestReconcileStore::rerunKeepsManualDecisionsAndAuditsThem()
{
    Store store;
    store.payout("po_A", 10000, "2024-01-02");
    store.payout("po_B", 7000, "2024-01-03");
    QVERIFY(importStatementFile(
                store.db(),
                mt940(u"A"_s,
                      {u"240103|C|100,00|STRIPE PAYOUT po_A|B1"_s, u"240104|C|69,00|STRIPE|B2"_s},
                      0,
                      16900),
                u"a.sta"_s)
                .ok());
    auto first = runReconciliation(store.db(), ReconcileOptions());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value().parts.at(QString::fromLatin1(kPayoutBank)).byRule.at(u"reference"_s), 1);
    // The 69.00 line is unmatched; po_B is still inside its window (the statement ends a day
    // later).
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE reconciliation = 'payout_bank' "
                    "AND kind = 'unmatched' AND side = 'bank'"),
             1);
    QCOMPARE(first.value().parts.at(QString::fromLatin1(kPayoutBank)).provider.pending, 1);

    // A person decides the 69.00 line is po_B, short by a fee they know of.
    const qint64 payoutB = scalar(store.sql(), "SELECT rowid FROM payouts WHERE id = 'po_B'");
    const qint64 line = scalar(store.sql(), "SELECT id FROM bank_entries WHERE amount = 6900");
    ManualDecision decision{
        QString::fromLatin1(kPayoutBank), {payoutB}, {line}, QString(), u"anna"_s};
    QVERIFY(!store.db().reconciliation().matchManually(decision).ok()); // a note is required
    decision.note = u"Correspondent bank fee of 1.00, confirmed by phone"_s;
    auto manual = store.db().reconciliation().matchManually(decision);
    QVERIFY2(manual.ok(), qPrintable(manual.error()));
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE reconciliation = 'payout_bank'"),
             0);

    auto rerun = runReconciliation(store.db(), ReconcileOptions());
    QVERIFY(rerun.ok());
    QCOMPARE(rerun.value().manualKept, 1);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_matches WHERE decided = 'manual' AND left_id = "
                    "(SELECT rowid FROM payouts WHERE id = 'po_B')"),
             1);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE reconciliation = 'payout_bank'"),
             0);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_audit WHERE action = 'match' AND user = 'anna' AND "
                    "note LIKE 'Correspondent%'"),
             1);
}

void TestReconcileStore::dryRunWritesNothing()
{
    Store store;
    store.payout("po_A", 10000, "2024-01-02");
    QVERIFY(
        importStatementFile(store.db(),
                            mt940(u"A"_s, {u"240103|C|100,00|STRIPE PAYOUT po_A|B1"_s}, 0, 10000),
                            u"a.sta"_s)
            .ok());
    ReconcileOptions options;
    options.dryRun = true;
    auto dry = runReconciliation(store.db(), options);
    QVERIFY(dry.ok());
    QCOMPARE(dry.value().wouldAdd, 1);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_matches"), 0);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_runs"), 0);
    QVERIFY(runReconciliation(store.db(), ReconcileOptions()).ok());
    auto again = runReconciliation(store.db(), options);
    QVERIFY(again.ok());
    QCOMPARE(again.value().wouldAdd, 0);
    QCOMPARE(again.value().unchanged, 1);
}

void TestReconcileStore::unmatchAndRestoreUndoEachOther()
{
    Store store;
    matchOnePayoutByReference(store);
    const qint64 group
        = scalar(store.sql(), "SELECT group_id FROM recon_matches WHERE kind = 'payout_bank'");
    auto removed = store.db().reconciliation().unmatch(group, u"wrong payout"_s, u"ben"_s);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_matches WHERE kind = 'payout_bank'"),
             0);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE reconciliation = 'payout_bank'"),
             2);
    // Listed with what a person needs to see: the items' amounts, currency and dates.
    QCOMPARE(
        scalar(store.sql(),
               "SELECT sum(amount) FROM recon_exceptions WHERE reconciliation = 'payout_bank'"),
        20000);
    QCOMPARE(
        scalar(store.sql(),
               "SELECT count(*) FROM recon_exceptions WHERE item_date IS NOT NULL AND currency = "
               "'EUR' AND reference != ''"),
        2);
    QVERIFY(store.db().reconciliation().restoreMatch(removed.value(), u"undo"_s, u"ben"_s).ok());
    QCOMPARE(
        scalar(
            store.sql(),
            "SELECT count(*) FROM recon_matches WHERE kind = 'payout_bank' AND rule = 'reference'"),
        1);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_exceptions WHERE reconciliation = 'payout_bank'"),
             0);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_audit"), 2);
}

void TestReconcileStore::cancelledRunChangesNothing()
{
    Store store;
    store.payout("po_A", 10000, "2024-01-02");
    QVERIFY(
        importStatementFile(store.db(),
                            mt940(u"A"_s, {u"240103|C|100,00|STRIPE PAYOUT po_A|B1"_s}, 0, 10000),
                            u"a.sta"_s)
            .ok());
    std::atomic_bool cancel{false};
    ReconcileOptions options;
    options.cancel = &cancel;
    options.progress = [&](int percent) {
        if (percent >= 80)
            cancel = true;
    };
    auto run = runReconciliation(store.db(), options);
    QVERIFY(!run.ok());
    QVERIFY(run.error().contains(u"cancelled"));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_matches"), 0);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_runs"), 0);
}

void TestReconcileStore::aPeriodRunLeavesOtherPeriodsAlone()
{
    Store store;
    store.payout("po_JAN", 10000, "2024-01-30");
    store.payout("po_FEB", 10000, "2024-02-01");
    // Only January's payout is named; February's line has the same amount and no reference.
    QVERIFY(importStatementFile(store.db(),
                                mt940(u"A"_s,
                                      {u"240131|C|100,00|STRIPE PAYOUT po_JAN|B1"_s,
                                       u"240202|C|100,00|STRIPE|B2"_s},
                                      0,
                                      20000),
                                u"a.sta"_s)
                .ok());
    QVERIFY(runReconciliation(store.db(), ReconcileOptions()).ok());
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_matches WHERE kind = 'payout_bank'"),
             2);
    // February again: its line is still free for it, January's stays January's.
    ReconcileOptions february;
    february.from = QDate(2024, 2, 1);
    february.to = QDate(2024, 2, 29);
    auto run = runReconciliation(store.db(), february);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM recon_matches WHERE kind = 'payout_bank'"),
             2);
    QCOMPARE(
        scalar(store.sql(),
               "SELECT count(DISTINCT right_id) FROM recon_matches WHERE kind = 'payout_bank'"),
        2);
    QCOMPARE(scalar(store.sql(),
                    "SELECT count(*) FROM recon_matches m JOIN payouts p ON p.rowid = m.left_id"
                    " WHERE p.id = 'po_JAN' AND m.rule = 'reference'"),
             1);
}

void TestReconcileStore::aCancelledImportLeavesNothing()
{
    Store store;
    // The German sample where the workplace has it, else the project's own German statement.
    const bool shared = test::samplesAvailable();
    const QString path
        = shared ? test::samplePath(u"statements/mt940/mt940_de-sepa_97-txns_debit-balance.sta"_s)
                 : test::fixturePath(u"statements/mt940_de-structured_reversal_latin1.sta"_s);
    std::atomic_bool cancel{true};
    auto report = importStatementFile(store.db(), test::readFile(path), path, nullptr, &cancel);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(u"cancelled"), qPrintable(report.error()));
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM import_files"), 0);
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM bank_statements"), 0);
    cancel = false;
    QVERIFY(importStatementFile(store.db(), test::readFile(path), path, nullptr, &cancel).ok());
    QCOMPARE(scalar(store.sql(), "SELECT count(*) FROM bank_entries"), shared ? 97 : 3);
}

void TestReconcileStore::theAuditTrailCatchesEditsBehindPaydecksBack()
{
    Store store;
    matchOnePayoutByReference(store);
    auto &recon = store.db().reconciliation();
    // Three audited decisions: unmatch, undo, unmatch again.
    const auto group = [&] {
        return scalar(store.sql(), "SELECT group_id FROM recon_matches WHERE kind = 'payout_bank'");
    };
    auto removed = recon.unmatch(group(), u"wrong payout"_s, u"ben"_s);
    QVERIFY(removed.ok());
    QVERIFY(recon.restoreMatch(removed.value(), u"undo"_s, u"ben"_s).ok());
    QVERIFY(recon.unmatch(group(), u"wrong after all"_s, u"anna"_s).ok());
    auto intact = recon.verifyAudit();
    QVERIFY(intact.ok());
    QCOMPARE(intact.value().entries, 3);
    QVERIFY(intact.value().intact);
    QCOMPARE(intact.value().headHash.size(), 64);

    // A note edited in the file: that entry is named.
    QVERIFY(store.sql().exec("UPDATE recon_audit SET note = 'nothing to see' WHERE id = 2").ok());
    auto edited = recon.verifyAudit();
    QVERIFY(edited.ok() && !edited.value().intact);
    QCOMPARE(edited.value().brokenAt, 2);
    QVERIFY2(edited.value().problem.contains(u"changed"), qPrintable(edited.value().problem));
    QVERIFY(store.sql().exec("UPDATE recon_audit SET note = 'undo' WHERE id = 2").ok());
    QVERIFY(recon.verifyAudit().value().intact); // put back exactly: the chain holds again

    // A hash recomputed for the edit does not help: the next entry no longer follows.
    QVERIFY(store.sql()
                .exec("UPDATE recon_audit SET user = 'mallory', hash = 'f00' WHERE id = 2")
                .ok());
    QCOMPARE(recon.verifyAudit().value().brokenAt, 2);
    QVERIFY(store.sql()
                .exec("UPDATE recon_audit SET hash = (SELECT prev_hash FROM recon_audit "
                      "WHERE id = 3) WHERE id = 2")
                .ok());
    QCOMPARE(recon.verifyAudit().value().brokenAt, 2); // its own content no longer matches

    // An entry removed: the one after it is named.
    QVERIFY(store.sql().exec("DELETE FROM recon_audit WHERE id = 2").ok());
    auto removedEntry = recon.verifyAudit();
    QCOMPARE(removedEntry.value().entries, 2);
    QCOMPARE(removedEntry.value().brokenAt, 3);
    QVERIFY2(removedEntry.value().problem.contains(u"does not follow"),
             qPrintable(removedEntry.value().problem));
}

void TestReconcileStore::anOlderAuditTrailIsChainedWhenMigrated()
{
    Store store;
    matchOnePayoutByReference(store);
    const qint64 group
        = scalar(store.sql(), "SELECT group_id FROM recon_matches WHERE kind = 'payout_bank'");
    QVERIFY(store.db().reconciliation().unmatch(group, u"wrong payout"_s, u"ben"_s).ok());
    // As a store of schema 7 had it: entries without links.
    QVERIFY(store.sql().exec("ALTER TABLE recon_audit DROP COLUMN prev_hash").ok());
    QVERIFY(store.sql().exec("ALTER TABLE recon_audit DROP COLUMN hash").ok());
    QVERIFY(store.sql().exec("DROP TABLE sync_ranges").ok()); // and what later migrations add
    QVERIFY(store.sql().exec("ALTER TABLE sources DROP COLUMN requests_per_second").ok());
    QVERIFY(store.sql().exec("DROP TABLE fx_rates").ok());
    QVERIFY(store.sql().exec("DROP INDEX balance_transactions_converted").ok());
    for (const char *table : {"alert_rules",
                              "alert_rule_versions",
                              "alert_states",
                              "alert_transitions",
                              "alert_silences",
                              "notification_targets",
                              "alert_deliveries",
                              "fraud_rule_versions",
                              "fraud_reviews",
                              "fraud_review_events",
                              "fraud_scoring"})
        QVERIFY(store.sql().exec(("DROP TABLE " + std::string(table)).c_str()).ok());
    QVERIFY(store.sql().exec("PRAGMA user_version=7").ok());
    QVERIFY(store::migrate(store.sql()).ok());
    auto chain = store.db().reconciliation().verifyAudit();
    QVERIFY(chain.ok());
    QCOMPARE(chain.value().entries, 1);
    QVERIFY(chain.value().intact);
}

QTEST_GUILESS_MAIN(TestReconcileStore)
#include "test_reconcile_store.moc"
