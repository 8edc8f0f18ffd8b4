// paydeck-cli end to end: the real executable, a real sandbox process, real HTTPS and SQLite.
#include "domain/money.h"
#include "store/sqlite/database.h"
#include "test_support.h"
#include "truth.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <signal.h>

using namespace Qt::StringLiterals;

qint64 scalarOf(paydeck::store::Database &db, const char *sql)
{
    auto query = db.prepare(sql);
    if (!query || query.value().step() != paydeck::store::Statement::Step::Row)
        return -1;
    return query.value().columnInt(0);
}

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_url;
    QString m_ca;

    using Run = paydeck::test::CliRun;
    static Run cli(const QStringList &arguments, const QString &dataDir)
    {
        return paydeck::test::runCli(arguments, dataDir);
    }
    QString truthPath() const { return m_dir.filePath(QStringLiteral("truth.jsonl")); }
    /// `sync --json` against the shared sandbox.
    QStringList syncArguments() const
    {
        return {QStringLiteral("sync"),
                QStringLiteral("--stripe-url"),
                m_url,
                QStringLiteral("--api-key"),
                QStringLiteral("sk_test_cli"),
                QStringLiteral("--ca-cert"),
                m_ca,
                QStringLiteral("--json")};
    }

private slots:
    void sandboxMonthReconcilesToExactlyItsDeliberateExceptions_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("camt.053.001.08") << QStringLiteral("camt053");
        QTest::newRow("MT940") << QStringLiteral("mt940");
    }
    void sandboxMonthReconcilesToExactlyItsDeliberateExceptions()
    {
        // sync -> the sandbox's bank statement -> import -> reconcile, as a finance user would.
        QFETCH(QString, format);
        const QString dir = m_dir.filePath(QStringLiteral("month-") + format);
        const QString statement
            = dir + QStringLiteral("/statement.")
              + (format == u"mt940" ? QStringLiteral("sta") : QStringLiteral("xml"));
        const QString truth = dir + QStringLiteral("/truth.jsonl");
        const QString ledger = dir + QStringLiteral("/receivables.csv");
        QProcess sandbox;
        paydeck::test::endsWithTest(sandbox);
        sandbox.start(QStringLiteral(PAYDECK_CLI_PATH),
                      {QStringLiteral("--data-dir"),
                       dir + QStringLiteral("/sandbox"),
                       QStringLiteral("sandbox"),
                       QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--seed"),
                       QStringLiteral("11"),
                       QStringLiteral("--history-days"),
                       QStringLiteral("31"),
                       QStringLiteral("--backfill-count"),
                       QStringLiteral("8000"),
                       QStringLiteral("--statement-out"),
                       statement,
                       QStringLiteral("--statement-format"),
                       format,
                       QStringLiteral("--ledger-out"),
                       ledger,
                       QStringLiteral("--truth"),
                       truth});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 30000);
        const QStringList ready = QString::fromUtf8(sandbox.readLine()).trimmed().split(u' ');
        QCOMPARE(ready.size(), 3);
        const QString data = dir + QStringLiteral("/store");
        const Run sync = cli({QStringLiteral("sync"),
                              QStringLiteral("--stripe-url"),
                              ready[1],
                              QStringLiteral("--api-key"),
                              QStringLiteral("sk_test_month"),
                              QStringLiteral("--ca-cert"),
                              ready[2].mid(3)},
                             data);
        sandbox.terminate();
        sandbox.waitForFinished(10000);
        QVERIFY2(sync.exitCode == 0, sync.err.right(4000).constData());

        QJsonObject expected, expectedLedger;
        QFile truthFile(truth);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        while (!truthFile.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(truthFile.readLine()).object();
            if (line.value(u"object") == QJsonValue(QStringLiteral("reconciliation_expectation")))
                expected = line;
            if (line.value(u"object") == QJsonValue(QStringLiteral("ledger_expectation")))
                expectedLedger = line;
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(!expectedLedger.isEmpty());
        // The company's receivables, read with a detected mapping saved under a name.
        const Run books = cli({QStringLiteral("import-ledger"),
                               ledger,
                               QStringLiteral("--mapping"),
                               QStringLiteral("erp"),
                               QStringLiteral("--json")},
                              data);
        QVERIFY2(books.exitCode == 0, books.err.constData());
        QCOMPARE(QJsonDocument::fromJson(books.out).object().value(u"new_entries").toInt(),
                 expectedLedger.value(u"invoices").toInt());

        const Run imported
            = cli({QStringLiteral("import-statement"), statement, QStringLiteral("--json")}, data);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray statements = QJsonDocument::fromJson(imported.out)
                                          .array()
                                          .first()
                                          .toObject()
                                          .value(u"statements")
                                          .toArray();
        QCOMPARE(statements.size(), 8); // one account per currency
        int entries = 0;
        for (const auto &value : statements) {
            QCOMPARE(value.toObject().value(u"balance_proof").toString(), QStringLiteral("ok"));
            entries += value.toObject().value(u"entries").toInt();
        }
        // Each booked payout is one line, a split one two, the merged pair one, the duplicate two.
        QCOMPARE(entries,
                 expected.value(u"payouts_booked").toInt()
                     + expected.value(u"split_payouts").toArray().size()
                     - expected.value(u"merged_payouts").toArray().size() + 1);
        const Run twice = cli({QStringLiteral("import-statement"), statement}, data);
        QCOMPARE(twice.exitCode, 0);
        QVERIFY(twice.out.contains("already imported"));

        const Run dry = cli(
            {QStringLiteral("reconcile"), QStringLiteral("--dry-run"), QStringLiteral("--json")},
            data);
        QCOMPARE(dry.exitCode, 0);
        const Run run = cli({QStringLiteral("reconcile"), QStringLiteral("--json")}, data);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonObject bank
            = report.value(u"reconciliations").toObject().value(u"payout_bank").toObject();
        const QJsonObject exceptions = bank.value(u"exceptions").toObject();
        QCOMPARE(exceptions.keys(),
                 (QStringList{QStringLiteral("amount_mismatch"),
                              QStringLiteral("duplicate"),
                              QStringLiteral("unmatched")}));
        for (const QString &kind : exceptions.keys())
            QCOMPARE(exceptions.value(kind).toObject().value(u"count").toInt(), 1);
        QCOMPARE(bank.value(u"provider").toObject().value(u"matched").toInt(),
                 expected.value(u"payouts_booked").toInt());
        QCOMPARE(bank.value(u"provider").toObject().value(u"pending").toInt(),
                 expected.value(u"payouts_not_yet_booked").toInt());
        QCOMPARE(bank.value(u"matched_by_rule").toObject().value(u"many_to_one").toInt(), 1);
        // Amounts for machines: exact decimal strings under their ISO code, never display text.
        const QJsonObject mismatch
            = exceptions.value(u"amount_mismatch").toObject().value(u"amounts").toObject();
        QCOMPARE(mismatch.size(), 1);
        const QString mismatchAmount = mismatch.begin().value().toString();
        QVERIFY2(QRegularExpression(u"^-?\\d+(\\.\\d+)?$"_s).match(mismatchAmount).hasMatch(),
                 qPrintable(mismatchAmount));
        QVERIFY2(QRegularExpression(u"^[A-Z]{3}$"_s).match(mismatch.begin().key()).hasMatch(),
                 qPrintable(mismatch.begin().key()));
        QVERIFY(report.value(u"reconciliations")
                    .toObject()
                    .value(u"payout_transactions")
                    .toObject()
                    .value(u"exceptions")
                    .toObject()
                    .isEmpty());
        // Charges against the books: the missing invoice and the orphan are unmatched, the typo is
        // an amount mismatch, the invoice booked twice a duplicate, the net bookings fee-aware.
        const QJsonObject books2
            = report.value(u"reconciliations").toObject().value(u"charge_ledger").toObject();
        const QJsonObject ledgerExceptions = books2.value(u"exceptions").toObject();
        QCOMPARE(ledgerExceptions.value(u"unmatched").toObject().value(u"count").toInt(), 2);
        QCOMPARE(ledgerExceptions.value(u"amount_mismatch").toObject().value(u"count").toInt(), 1);
        QCOMPARE(ledgerExceptions.value(u"duplicate").toObject().value(u"count").toInt(), 1);
        QCOMPARE(ledgerExceptions.size(), 3);
        QCOMPARE(books2.value(u"matched_by_rule").toObject().value(u"fee_aware").toInt(),
                 expectedLedger.value(u"booked_net").toInt());

        // And exactly the deliberate ones: the same payouts the sandbox chose.
        auto db = paydeck::store::Database::open(data + QStringLiteral("/paydeck.sqlite"),
                                                 paydeck::store::Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto rows = db.value()->prepare("SELECT kind, reference, amount FROM recon_exceptions "
                                        "WHERE reconciliation = 'payout_bank' ORDER BY kind");
        QVERIFY(rows.ok());
        QStringList found;
        while (rows.value().step() == paydeck::store::Statement::Step::Row)
            found << rows.value().columnString(0) + u':'
                         + rows.value().columnString(1).left(
                             rows.value().columnString(0) == u"duplicate" ? 0 : 99);
        QStringList wanted;
        for (const auto &value : expected.value(u"exceptions").toArray()) {
            const QJsonObject e = value.toObject();
            wanted << e.value(u"kind").toString() + u':'
                          + (e.value(u"kind").toString() == u"duplicate"
                                 ? QString()
                                 : e.value(u"payout").toString());
        }
        wanted.sort();
        QCOMPARE(found, wanted);
        auto ledgerRows = db.value()->prepare(
            "SELECT kind, side, reference FROM recon_exceptions WHERE reconciliation = "
            "'charge_ledger' ORDER BY kind, side");
        QVERIFY(ledgerRows.ok());
        QStringList ledgerFound;
        while (ledgerRows.value().step() == paydeck::store::Statement::Step::Row)
            ledgerFound << ledgerRows.value().columnString(0) + u':'
                               + ledgerRows.value().columnString(1) + u':'
                               + ledgerRows.value().columnString(2);
        QCOMPARE(
            ledgerFound,
            (QStringList{
                u"amount_mismatch:provider:"_s
                    + expectedLedger.value(u"wrong_amount_charge").toString(),
                u"duplicate:ledger:"_s + expectedLedger.value(u"duplicated_invoice").toString(),
                u"unmatched:ledger:"_s + expectedLedger.value(u"orphan_invoice").toString(),
                u"unmatched:provider:"_s
                    + expectedLedger.value(u"missing_invoice_charge").toString()}));
        QCOMPARE(
            scalarOf(*db.value(),
                     "SELECT amount FROM recon_exceptions WHERE kind = 'amount_mismatch' AND "
                     "reconciliation = 'payout_bank'"),
            expected.value(u"exceptions").toArray()[1].toObject().value(u"difference").toInteger());
        if (format == u"camt053")
            workTheExceptionsFromTheCommandLine(data);
    }

    /// Month-end work from a script: list the exceptions with their candidates, write one off,
    /// undo it, each audited; a decision without a note is refused.
    void workTheExceptionsFromTheCommandLine(const QString &data)
    {
        const Run listed = cli({u"exceptions"_s, u"--json"_s, u"--candidates"_s}, data);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray open = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(open.size(), 7); // three at the bank, four in the books
        QJsonObject duplicate;
        for (const auto &value : open) {
            const QJsonObject e = value.toObject();
            // For machines: exact decimals with their code, ISO dates, no display text.
            QVERIFY2(QRegularExpression(u"^-?\\d+(\\.\\d+)?$"_s)
                         .match(e.value(u"amount").toString())
                         .hasMatch(),
                     qPrintable(e.value(u"amount").toString()));
            QVERIFY(QRegularExpression(u"^[A-Z]{3}$"_s)
                        .match(e.value(u"currency").toString())
                        .hasMatch());
            QVERIFY(QDate::fromString(e.value(u"item_date").toString(), Qt::ISODate).isValid());
            QVERIFY(e.value(u"candidates").isArray());
            if (e.value(u"kind").toString() == u"duplicate"
                && e.value(u"reconciliation").toString() == u"payout_bank")
                duplicate = e;
        }
        QVERIFY(!duplicate.isEmpty());
        const QString id = QString::number(duplicate.value(u"id").toInteger());

        const Run noNote = cli({u"decide"_s, u"write-off"_s, u"--exception"_s, id}, data);
        QCOMPARE(noNote.exitCode, 2);
        QVERIFY2(noNote.err.contains("--note"), noNote.err.constData());

        const Run writtenOff = cli({u"decide"_s,
                                    u"write-off"_s,
                                    u"--exception"_s,
                                    id,
                                    u"--note"_s,
                                    u"bank booked it twice; refund requested"_s,
                                    u"--json"_s},
                                   data);
        QVERIFY2(writtenOff.exitCode == 0, writtenOff.err.constData());
        const qint64 group
            = QJsonDocument::fromJson(writtenOff.out).object().value(u"group").toInteger();
        QVERIFY(group > 0);
        const Run after = cli({u"exceptions"_s, u"--json"_s}, data);
        QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 6);

        const Run undone = cli({u"decide"_s,
                                u"unmatch"_s,
                                u"--group"_s,
                                QString::number(group),
                                u"--note"_s,
                                u"written off by mistake"_s},
                               data);
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        const Run again = cli({u"exceptions"_s, u"--json"_s}, data);
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 7);
        // Both decisions are in the audit trail, with their notes.
        auto db = paydeck::store::Database::open(QDir(data).filePath(u"paydeck.sqlite"_s),
                                                 paydeck::store::Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(scalarOf(*db.value(),
                          "SELECT count(*) FROM recon_audit WHERE note IN ('bank booked it twice; "
                          "refund requested', 'written off by mistake')"),
                 2);
        // The source came first, added by the sync (its settings, never its secrets).
        QCOMPARE(scalarOf(*db.value(),
                          "SELECT count(*) FROM recon_audit WHERE id = 1 AND action = "
                          "'source_added'"),
                 1);
        const qint64 editedEntry = scalarOf(
            *db.value(), "SELECT id FROM recon_audit WHERE note = 'written off by mistake'");
        db.value().reset();

        // The trail is a hash chain: intact now, and an edit behind Paydeck's back is named.
        const Run verified = cli({u"audit"_s, u"verify"_s}, data);
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QVERIFY2(verified.out.contains("intact"), verified.out.constData());
        {
            auto writable
                = paydeck::store::Database::open(QDir(data).filePath(u"paydeck.sqlite"_s));
            QVERIFY(writable.ok());
            QVERIFY(writable.value()
                        ->exec("UPDATE recon_audit SET note = 'nothing happened' WHERE note = "
                               "'written off by mistake'")
                        .ok());
        }
        const Run tampered = cli({u"audit"_s, u"verify"_s, u"--json"_s}, data);
        QCOMPARE(tampered.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(tampered.out).object();
        QCOMPARE(report.value(u"intact").toBool(true), false);
        QCOMPARE(report.value(u"broken_at").toInteger(), editedEntry);
        QCOMPARE(report.value(u"entries").toInteger(), 3);
    }

    void brokenStatementFailsClearlyAndChangesNothing()
    {
        const QString data = m_dir.filePath(QStringLiteral("broken"));
        const QString path = m_dir.filePath(QStringLiteral("broken.sta"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            ":20:X\n:25:NL81\n:28C:1/"
            "1\n:60F:C200101EUR444,29\n:61:2001XX0101D65,00NOVB\n:62F:C200101EUR379,29\n-\n");
        file.close();
        const Run run = cli({QStringLiteral("import-statement"), path}, data);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path.toUtf8() + ":5:"), run.err.constData());
        auto db = paydeck::store::Database::open(data + QStringLiteral("/paydeck.sqlite"),
                                                 paydeck::store::Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(scalarOf(*db.value(), "SELECT count(*) FROM import_files"), 0);
    }

    void initTestCase()
    {
        paydeck::test::endsWithTest(m_sandbox);
        m_sandbox.start(QStringLiteral(PAYDECK_CLI_PATH),
                        {QStringLiteral("--data-dir"),
                         m_dir.filePath(QStringLiteral("sandbox")),
                         QStringLiteral("sandbox"),
                         QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--seed"),
                         QStringLiteral("3"),
                         QStringLiteral("--history-days"),
                         QStringLiteral("10"),
                         QStringLiteral("--backfill-count"),
                         QStringLiteral("1500"),
                         QStringLiteral("--truth"),
                         truthPath()});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
        const QString ready = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        // Exactly: ready https://127.0.0.1:PORT ca=/abs/path/ca.pem
        const QRegularExpression pattern(
            QStringLiteral("^ready (https://127\\.0\\.0\\.1:[0-9]+) ca=(/\\S+\\.pem)$"));
        const auto match = pattern.match(ready);
        QVERIFY2(match.hasMatch(), qPrintable(ready));
        m_url = match.captured(1);
        m_ca = match.captured(2);
        QVERIFY(QFile::exists(m_ca));
        QVERIFY(QFile::exists(truthPath()));
    }
    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10000));
        QCOMPARE(m_sandbox.exitCode(), 0);
    }

    void syncThenStatusMatchTheTruth()
    {
        const QString data = m_dir.filePath(QStringLiteral("store"));
        const Run first = cli(syncArguments(), data);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(report.value(u"inserted").toObject().value(u"balance_transaction").toInteger(),
                 1500);
        QVERIFY(report.value(u"seconds").toDouble() > 0);
        QVERIFY(report.value(u"transactions_per_second").toDouble() > 0);

        // What the sandbox served, from its truth file.
        const TruthSummary truth = readTruth(truthPath());
        QCOMPARE(truth.counts.at(QStringLiteral("balance_transaction")), 1500);

        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")}, data);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.out).object();
        compareObjectsWithTruth(state.value(u"objects").toObject(), truth);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject source = state.value(u"sources").toArray().first().toObject();
        QCOMPARE(source.value(u"name").toString(), QStringLiteral("stripe"));
        QVERIFY(!source.value(u"last_success").toString().isEmpty());
        QVERIFY(source.value(u"last_error").isNull());

        const Run again = cli(syncArguments(), data);
        QCOMPARE(again.exitCode, 0);
        const QJsonObject inserted
            = QJsonDocument::fromJson(again.out).object().value(u"inserted").toObject();
        for (const auto &value : inserted)
            QCOMPARE(value.toInteger(), 0);
    }

    void secretsNeverReachTheStoreAndFilesStayPrivate()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("secrets"));
        const QString keyFile = m_dir.filePath(QStringLiteral("stripe.key"));
        const QByteArray key = "sk_test_secret_4f1c9e";
        {
            QFile file(keyFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(key + "\n");
        }
        // A key file others can read is refused, naming it and the fix; nothing is written.
        QFile::setPermissions(keyFile,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QStringList arguments = syncArguments();
        arguments.replace(arguments.indexOf(u"--api-key"_s) + 1, keyFile);
        arguments.replace(arguments.indexOf(u"--api-key"_s), u"--api-key-file"_s);
        Run refused = cli(arguments, dataDir);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(keyFile.toUtf8()) && refused.err.contains("chmod 600"),
                 refused.err.constData());

        QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Run synced = cli(arguments, dataDir);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        // The next run finds the key it was given before; the key is in no output or store file.
        Run again = cli({u"sync"_s, u"--stripe-url"_s, m_url, u"--ca-cert"_s, m_ca}, dataDir);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        Run status = cli({u"status"_s, u"--json"_s}, dataDir);
        QCOMPARE(status.exitCode, 0);
        for (const QByteArray &output : {synced.out, synced.err, again.out, status.out})
            QVERIFY(!output.contains(key));
        const QString store = QDir(dataDir).filePath(u"paydeck.sqlite"_s);
        QVERIFY(!paydeck::test::readFile(store).contains(key));
        QVERIFY(paydeck::test::readFile(QDir(dataDir).filePath(u"secrets.json"_s)).contains(key));
        // Private: the folder 0700, every file in it 0600.
        QCOMPARE(QFileInfo(dataDir).permissions() & 0x0077, QFileDevice::Permissions());
        for (const QFileInfo &file : QDir(dataDir).entryInfoList(QDir::Files))
            QVERIFY2((file.permissions() & 0x0077) == QFileDevice::Permissions(),
                     qPrintable(file.filePath()));

        // A folder an older version left open is made private on start, with a note.
        QFile::setPermissions(dataDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
        QFile::setPermissions(
            store, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        Run fixed = cli({u"status"_s, u"--json"_s}, dataDir);
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY2(fixed.err.contains("made ") && fixed.err.contains("private"),
                 fixed.err.constData());
        QCOMPARE(QFileInfo(store).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dataDir).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void webhookVerifyGivesTheRecordedVerdicts()
    {
        // stripe-node's recorded verdicts where the workplace has them, else the project's own.
        const QString vectors = QStringLiteral("webhooks/webhook_vectors.json");
        const QJsonObject root
            = QJsonDocument::fromJson(
                  paydeck::test::readFile(paydeck::test::samplesAvailable()
                                              ? paydeck::test::samplePath(vectors)
                                              : paydeck::test::fixturePath(vectors)))
                  .object();
        for (const auto &value : root.value(u"vectors").toArray()) {
            const QJsonObject v = value.toObject();
            const QString payloadPath
                = m_dir.filePath(v.value(u"name").toString() + QStringLiteral(".json"));
            QFile payload(payloadPath);
            QVERIFY(payload.open(QIODevice::WriteOnly));
            payload.write(v.value(u"payload").toString().toUtf8());
            payload.close();
            const Run run = cli({QStringLiteral("webhook"),
                                 QStringLiteral("verify"),
                                 QStringLiteral("--secret"),
                                 v.value(u"secret").toString(),
                                 QStringLiteral("--header"),
                                 v.value(u"header").toString(),
                                 QStringLiteral("--payload-file"),
                                 payloadPath,
                                 QStringLiteral("--now"),
                                 QString::number(v.value(u"received_at").toInteger())},
                                m_dir.filePath(QStringLiteral("webhook")));
            const bool valid = v.value(u"expected").toObject().value(u"valid").toBool();
            QVERIFY2(run.exitCode == (valid ? 0 : 1),
                     qPrintable(v.value(u"name").toString() + QStringLiteral(": ")
                                + QString::fromUtf8(run.err)));
            if (!valid)
                QVERIFY(run.err.startsWith("paydeck-cli: invalid signature: "));
        }
    }

    void killedSyncsEndInExactlyTheProvidersData()
    {
        // A bigger sandbox of its own, so that a sync runs long enough to be killed in the middle.
        QProcess provider;
        paydeck::test::endsWithTest(provider);
        const QString truth = m_dir.filePath(QStringLiteral("crash-truth.jsonl"));
        provider.start(QStringLiteral(PAYDECK_CLI_PATH),
                       {QStringLiteral("--data-dir"),
                        m_dir.filePath(QStringLiteral("crash-sandbox")),
                        QStringLiteral("sandbox"),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--seed"),
                        QStringLiteral("8"),
                        QStringLiteral("--history-days"),
                        QStringLiteral("60"),
                        QStringLiteral("--backfill-count"),
                        QStringLiteral("60000"),
                        QStringLiteral("--truth"),
                        truth});
        QVERIFY(provider.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(provider.canReadLine(), 60000);
        const QStringList ready = QString::fromUtf8(provider.readLine()).trimmed().split(u' ');
        QCOMPARE(ready.size(), 3);
        const QString url = ready[1];
        const QString ca = ready[2].mid(3);
        const QString data = m_dir.filePath(QStringLiteral("crash-store"));
        const QStringList syncArguments{QStringLiteral("--data-dir"),
                                        data,
                                        QStringLiteral("sync"),
                                        QStringLiteral("--stripe-url"),
                                        url,
                                        QStringLiteral("--api-key"),
                                        QStringLiteral("sk_test_crash"),
                                        QStringLiteral("--ca-cert"),
                                        ca};

        // SIGKILL at several random moments of successive runs (each resumes the last; the data
        // is large enough that the first rounds are killed mid-way on any machine).
        QRandomGenerator random(20261127);
        int killed = 0;
        bool killedInParallelWalk = false;
        for (int round = 0; round < 6; ++round) {
            QProcess sync;
            paydeck::test::endsWithTest(sync);
            sync.start(QStringLiteral(PAYDECK_CLI_PATH), syncArguments);
            QVERIFY(sync.waitForStarted());
            const int delay = random.bounded(40, 500);
            if (!sync.waitForFinished(delay)) {
                ::kill(pid_t(sync.processId()), SIGKILL);
                sync.waitForFinished(10000);
                ++killed;
                const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")}, data);
                killedInParallelWalk |= rangesInProgress(status.out) > 1;
            }
        }
        QVERIFY(killed >= 3);
        // The backfill splits its history into ranges walked in parallel: some kill hit one.
        QVERIFY(killedInParallelWalk);
        const Run finish = cli({QStringLiteral("sync"),
                                QStringLiteral("--stripe-url"),
                                url,
                                QStringLiteral("--api-key"),
                                QStringLiteral("sk_test_crash"),
                                QStringLiteral("--ca-cert"),
                                ca,
                                QStringLiteral("--json")},
                               data);
        QVERIFY2(finish.exitCode == 0, finish.err.constData());

        // Nothing lost, nothing twice: counts and per-currency sums equal the truth.
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")}, data);
        QCOMPARE(status.exitCode, 0);
        compareObjectsWithTruth(
            QJsonDocument::fromJson(status.out).object().value(u"objects").toObject(),
            readTruth(truth));
        provider.terminate();
        provider.waitForFinished(10000);
    }

    void webhooksFromTheSandboxReachTheStore()
    {
        // serve listens for webhooks; a live sandbox delivers signed ones for its new payments.
        const QString data = m_dir.filePath(QStringLiteral("serve-store"));
        const QString anchor = QString::number(QDateTime::currentSecsSinceEpoch() / 60 * 60);
        QProcess provider;
        paydeck::test::endsWithTest(provider);
        provider.start(QStringLiteral(PAYDECK_CLI_PATH),
                       {QStringLiteral("--data-dir"),
                        m_dir.filePath(QStringLiteral("serve-sandbox")),
                        QStringLiteral("sandbox"),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--seed"),
                        QStringLiteral("4"),
                        QStringLiteral("--history-days"),
                        QStringLiteral("3"),
                        QStringLiteral("--backfill-count"),
                        QStringLiteral("300"),
                        QStringLiteral("--anchor"),
                        anchor});
        QVERIFY(provider.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(provider.canReadLine(), 30000);
        const QStringList ready = QString::fromUtf8(provider.readLine()).trimmed().split(u' ');
        // A second sandbox process would be a different account: restart it with webhooks on
        // once serve's port is known. Same seed and anchor, same data.
        QProcess serve;
        paydeck::test::endsWithTest(serve);
        serve.start(QStringLiteral(PAYDECK_CLI_PATH),
                    {QStringLiteral("--data-dir"),
                     data,
                     QStringLiteral("serve"),
                     QStringLiteral("--webhook-listen"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--webhook-secret"),
                     QStringLiteral("whsec_e2e"),
                     QStringLiteral("--stripe-url"),
                     ready[1],
                     QStringLiteral("--api-key"),
                     QStringLiteral("sk_test_e2e"),
                     QStringLiteral("--ca-cert"),
                     ready[2].mid(3)});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 30000);
        const QString listening = QString::fromUtf8(serve.readLine()).trimmed();
        QVERIFY2(listening.startsWith(u"listening http://127.0.0.1:"), qPrintable(listening));
        const QString webhookUrl = listening.mid(10);
        provider.terminate();
        QVERIFY(provider.waitForFinished(10000));

        QProcess live;

        paydeck::test::endsWithTest(live);
        live.start(QStringLiteral(PAYDECK_CLI_PATH),
                   {QStringLiteral("--data-dir"),
                    m_dir.filePath(QStringLiteral("serve-sandbox")),
                    QStringLiteral("sandbox"),
                    QStringLiteral("--listen"),
                    ready[1].mid(ready[1].lastIndexOf(u'/') + 1),
                    QStringLiteral("--seed"),
                    QStringLiteral("4"),
                    QStringLiteral("--history-days"),
                    QStringLiteral("3"),
                    QStringLiteral("--backfill-count"),
                    QStringLiteral("300"),
                    QStringLiteral("--anchor"),
                    anchor,
                    QStringLiteral("--rate"),
                    QStringLiteral("120"),
                    QStringLiteral("--webhook-url"),
                    webhookUrl,
                    QStringLiteral("--webhook-secret"),
                    QStringLiteral("whsec_e2e")});
        QVERIFY(live.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(live.canReadLine(), 30000);

        // Within seconds, events that came by webhook are recorded and their payments stored.
        const QString storePath = data + QStringLiteral("/paydeck.sqlite");
        auto countWebhookEvents = [&]() -> qint64 {
            auto db = paydeck::store::Database::open(storePath,
                                                     paydeck::store::Database::Mode::ReadOnly);
            if (!db)
                return 0;
            auto s
                = db.value()->prepare("SELECT count(*) FROM events WHERE received_via = 'webhook'");
            return s && s.value().step() == paydeck::store::Statement::Step::Row
                       ? s.value().columnInt(0)
                       : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(countWebhookEvents() >= 3, 30000);
        live.terminate();
        serve.terminate();
        QVERIFY(live.waitForFinished(10000));
        QVERIFY(serve.waitForFinished(10000));
        QVERIFY2(serve.exitStatus() == QProcess::NormalExit && serve.exitCode() == 0,
                 serve.readAllStandardError().right(3000).constData());
    }

    void errorsExitNonZeroWithOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong key") << QStringList{QStringLiteral("sync"),
                                                  QStringLiteral("--stripe-url"),
                                                  QStringLiteral("URL"),
                                                  QStringLiteral("--api-key"),
                                                  QStringLiteral("sk_live_nope"),
                                                  QStringLiteral("--ca-cert"),
                                                  QStringLiteral("CA")}
                                   << "401";
        QTest::newRow("no CA") << QStringList{QStringLiteral("sync"),
                                              QStringLiteral("--stripe-url"),
                                              QStringLiteral("URL"),
                                              QStringLiteral("--api-key"),
                                              QStringLiteral("sk_test_x")}
                               << "TLS";
        QTest::newRow("plain http") << QStringList{QStringLiteral("sync"),
                                                   QStringLiteral("--stripe-url"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("--api-key"),
                                                   QStringLiteral("sk_test_x")}
                                    << "https://";
        QTest::newRow("missing key") << QStringList{QStringLiteral("sync"),
                                                    QStringLiteral("--stripe-url"),
                                                    QStringLiteral("URL")}
                                     << "--api-key";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("status without store")
            << QStringList{QStringLiteral("status"), QStringLiteral("--json")} << "no store";
        QTest::newRow("serve options on sync") << QStringList{QStringLiteral("sync"),
                                                              QStringLiteral("--stripe-url"),
                                                              QStringLiteral("URL"),
                                                              QStringLiteral("--api-key"),
                                                              QStringLiteral("sk_test_x"),
                                                              QStringLiteral("--webhook-listen"),
                                                              QStringLiteral("127.0.0.1:1")}
                                               << "--webhook-listen";
        QTest::newRow("budget not a number") << QStringList{QStringLiteral("sync"),
                                                            QStringLiteral("--stripe-url"),
                                                            QStringLiteral("URL"),
                                                            QStringLiteral("--api-key"),
                                                            QStringLiteral("sk_test_x"),
                                                            QStringLiteral("--requests-per-second"),
                                                            QStringLiteral("fast")}
                                             << "--requests-per-second";
    }
    void errorsExitNonZeroWithOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.replaceInStrings(QStringLiteral("URL"), m_url);
        arguments.replaceInStrings(QStringLiteral("CA"), m_ca);
        static int counter = 0;
        const Run run = cli(arguments, m_dir.filePath(QStringLiteral("err%1").arg(++counter)));
        QVERIFY(run.exitCode != 0);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY2(err.trimmed().split(u'\n').last().startsWith(u"paydeck-cli:"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
