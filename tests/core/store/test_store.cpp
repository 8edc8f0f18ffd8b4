#include "store/change_feed.h"
#include "store/sqlite/audit_chain.h"
#include "store/sqlite/bulk_load.h"
#include "store/sqlite/object_store.h"
#include "store/sqlite/schema.h"
#include "store/sqlite/sqlite_session.h"
#include "store/store_writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::store;
using namespace Qt::StringLiterals;

namespace {

BalanceTransaction makeBt(const std::string &id, qint64 amount, qint64 created = 1700000000)
{
    BalanceTransaction bt;
    bt.id = id;
    bt.amount = amount;
    bt.currency = "eur";
    bt.fee = 10;
    bt.net = amount - 10;
    bt.feeDetails.push_back(FeeDetail{10, "eur", "stripe_fee", "Stripe processing fees", {}});
    bt.status = "pending";
    bt.type = "charge";
    bt.reportingCategory = "charge";
    bt.created = created;
    return bt;
}

qint64 count(Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    if (!s || s.value().step() != Statement::Step::Row)
        return -1;
    return s.value().columnInt(0);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<Database> openMigrated()
    {
        auto db = Database::open(path());
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        if (auto ok = migrate(*db.value()); !ok)
            qFatal("%s", qPrintable(ok.error()));
        return std::move(db).value();
    }
    qint64 addSource(Database &db)
    {
        SourceConfig source;
        source.name = QStringLiteral("test");
        source.baseUrl = QStringLiteral("https://127.0.0.1:1");
        source.apiKey = QStringLiteral("sk_test_1");
        return SqliteSourceRepository(db).save(source).value();
    }

private slots:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + "-wal");
        QFile::remove(path() + "-shm");
    }

    void migrationsRunOnceAndAreIdempotent()
    {
        auto db = openMigrated();
        QCOMPARE(count(*db, "PRAGMA user_version"), currentSchemaVersion());
        QVERIFY(migrate(*db).ok());
        QCOMPARE(
            count(*db, "SELECT count(*) FROM sqlite_master WHERE name='balance_transactions_key'"),
            1);
    }

    void aStoreFromANewerPaydeckIsRefused()
    {
        auto db = openMigrated();
        QVERIFY(db->exec("PRAGMA user_version=999").ok());
        const auto result = migrate(*db);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(u"newer"));
    }

    void aSessionOpensTheBackendItsLocationNames()
    {
        // A file path is SQLite: a read-write session migrates it, a read-only one reads it.
        auto writable = openSession(path(), Access::ReadWrite);
        QVERIFY2(writable.ok(), qPrintable(writable.ok() ? QString() : writable.error()));
        QVERIFY(dynamic_cast<SqliteSession *>(writable.value().get()));
        QCOMPARE(writable.value()->location(), path());
        QVERIFY(writable.value()->sources().all().empty());
        auto readable = openSession(path(), Access::ReadOnly);
        QVERIFY(readable.ok());
        QCOMPARE(readable.value()->access(), Access::ReadOnly);
        // A server store this build has no backend for is refused, without echoing the
        // connection string (it can carry a password) and without touching any file.
        auto server = openSession(u"postgresql://paydeck:s3cret@db.example/paydeck"_s);
        QVERIFY(!server.ok());
        QVERIFY(server.error().contains(u"PostgreSQL"));
        QVERIFY(!server.error().contains(u"s3cret"));
    }

    void aFailedTransactionKeepsNothing()
    {
        auto session = openSession(path(), Access::ReadWrite).value();
        SourceConfig source;
        source.name = u"kept"_s;
        source.baseUrl = u"https://127.0.0.1:1"_s;
        QVERIFY(session
                    ->inTransaction([&]() -> Result<void> {
                        if (auto saved = session->sources().save(source); !saved)
                            return makeError(saved.error());
                        // Nested: the inner one fails alone, the outer one commits.
                        (void)session->inTransaction([&]() -> Result<void> {
                            SourceConfig other = source;
                            other.name = u"dropped"_s;
                            (void)session->sources().save(other);
                            return makeError(u"inner failure"_s);
                        });
                        return {};
                    })
                    .ok());
        QVERIFY(session->sources().byName(u"kept"_s).has_value());
        QVERIFY(!session->sources().byName(u"dropped"_s).has_value());
        QVERIFY(!session
                     ->inTransaction([&]() -> Result<void> {
                         source.name = u"rolled back"_s;
                         (void)session->sources().save(source);
                         return makeError(u"outer failure"_s);
                     })
                     .ok());
        QVERIFY(!session->sources().byName(u"rolled back"_s).has_value());
    }

    void sourceChangesAreAuditedAndChained()
    {
        auto db = openMigrated();
        SqliteSourceRepository sources(*db);
        SourceConfig source;
        source.name = u"stripe-eu"_s;
        source.baseUrl = u"https://api.example.com"_s;
        source.apiKey = u"sk_live_secret"_s;
        auto added = sources.save(source, {u"anna"_s});
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(sources.save(source, {u"anna"_s}).ok()); // unchanged: nothing to audit
        source.baseUrl = u"https://eu.example.com"_s;
        source.requestsPerSecond = 20;
        QVERIFY(sources.save(source, {u"ben"_s, true}).ok());

        auto entries
            = db->prepare("SELECT user, action, items, detail FROM recon_audit ORDER BY id");
        QVERIFY(entries.ok());
        Statement &s = entries.value();
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnString(0), u"anna"_s);
        QCOMPARE(s.columnString(1), u"source_added"_s);
        QVERIFY(s.columnString(2).contains(u"stripe-eu"));
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnString(0), u"ben"_s);
        QCOMPARE(s.columnString(1), u"source_changed"_s);
        const QJsonObject changed = QJsonDocument::fromJson(s.columnString(3).toUtf8()).object();
        QCOMPARE(changed.keys(),
                 (QStringList{u"base_url"_s, u"requests_per_second"_s, u"secrets"_s}));
        QCOMPARE(changed[u"base_url"_s][u"from"_s].toString(), u"https://api.example.com"_s);
        QCOMPARE(changed[u"base_url"_s][u"to"_s].toString(), u"https://eu.example.com"_s);
        QCOMPARE(changed[u"secrets"_s].toString(), u"replaced"_s); // never the key itself
        QVERIFY(!s.columnString(3).contains(u"sk_live"));
        QCOMPARE(s.step(), Statement::Step::Done);

        auto intact = verifyAuditChain(*db);
        QVERIFY(intact.ok() && intact.value().intact);
        QCOMPARE(intact.value().entries, 2);
        // Someone rewrites which URL the source was pointed at, behind Paydeck's back.
        QVERIFY(db->exec("UPDATE recon_audit SET detail = replace(detail, 'eu.example', "
                         "'evil.example') WHERE action = 'source_changed'")
                    .ok());
        auto broken = verifyAuditChain(*db);
        QVERIFY(broken.ok() && !broken.value().intact);
        QCOMPARE(broken.value().brokenAt, 2);
    }

    void upsertsAreIdempotent()
    {
        auto db = openMigrated();
        const qint64 source = addSource(*db);
        ObjectStore objects(*db);
        const BalanceTransaction bt = makeBt("txn_a", 1000);
        QCOMPARE(objects.upsert(source, bt).value(), UpsertOutcome::Inserted);
        QCOMPARE(objects.upsert(source, bt).value(), UpsertOutcome::Unchanged);
        BalanceTransaction changed = bt;
        changed.status = "available";
        changed.payout = "po_1";
        QCOMPARE(objects.upsert(source, changed).value(), UpsertOutcome::Updated);
        QCOMPARE(objects.upsert(source, changed).value(), UpsertOutcome::Unchanged);
        QCOMPARE(count(*db, "SELECT count(*) FROM balance_transactions"), 1);
        QCOMPARE(count(*db, "SELECT version FROM balance_transactions"), 2);
        const auto loaded = objects.load<BalanceTransaction>(source, "txn_a");
        QVERIFY(loaded.has_value());
        QVERIFY(loaded.value() == changed);
    }

    void insertAfterAnInsertIntoAnotherTableIsStillAnInsert()
    {
        // Regression: last_insert_rowid is per connection, not per table.
        auto db = openMigrated();
        const qint64 source = addSource(*db);
        ObjectStore objects(*db);
        Charge charge;
        charge.id = "ch_1";
        charge.amount = 5;
        charge.currency = "usd";
        charge.created = 1;
        QCOMPARE(objects.upsert(source, charge).value(), UpsertOutcome::Inserted);
        QCOMPARE(objects.upsert(source, makeBt("txn_1", 5)).value(), UpsertOutcome::Inserted);
    }

    void theSameIdInTwoSourcesIsTwoObjects()
    {
        auto db = openMigrated();
        const qint64 first = addSource(*db);
        SourceConfig other;
        other.name = QStringLiteral("other");
        other.baseUrl = QStringLiteral("https://127.0.0.1:2");
        other.apiKey = QStringLiteral("sk_test_2");
        const qint64 second = SqliteSourceRepository(*db).save(other).value();
        ObjectStore objects(*db);
        QCOMPARE(objects.upsert(first, makeBt("txn_same", 1)).value(), UpsertOutcome::Inserted);
        QCOMPARE(objects.upsert(second, makeBt("txn_same", 1)).value(), UpsertOutcome::Inserted);
    }

    void cursorAndDataAreCommittedTogether()
    {
        qint64 source = 0;
        {
            auto db = openMigrated();
            source = addSource(*db);
        }
        StoreWriter writer(path());
        QVERIFY(writer.start().ok());
        QSignalSpy committed(&writer, &StoreWriter::batchesCommitted);

        SyncBatch good;
        good.sourceId = source;
        good.balanceTransactions = {makeBt("txn_1", 100), makeBt("txn_2", 200)};
        good.cursor.runFloor = 0;
        good.cursor.startingAfter = "txn_2";
        good.cursor.maxCreated = 1700000000;
        SyncBatch bad = good;
        bad.balanceTransactions = {makeBt("txn_3", 300), makeBt("", 400)}; // an id-less object
        bad.cursor.startingAfter = "txn_bad";
        // Whether the writer groups them or not, the bad batch leaves no trace and does not
        // take the good one down.
        writer.submit(good);
        writer.submit(bad);
        writer.flush();
        QList<BatchOutcome> outcomes;
        for (const auto &signal : committed)
            outcomes += signal.first().value<QList<BatchOutcome>>();
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].error.isEmpty());
        QVERIFY(!outcomes[1].error.isEmpty());

        auto db = Database::open(path(), Database::Mode::ReadOnly).value();
        QCOMPARE(count(*db, "SELECT count(*) FROM balance_transactions"), 2);
        QCOMPARE(count(*db, "SELECT count(*) FROM balance_transactions WHERE id='txn_3'"), 0);
        const SyncCursor cursor = SqliteSourceRepository(*db).cursor(source, "balance_transaction");
        QCOMPARE(cursor.startingAfter, std::string("txn_2"));
        QCOMPARE(cursor.runFloor.value_or(-1), 0);
        writer.stop();
    }

    void everyCommitIsPublishedOnTheChangeFeed()
    {
        qint64 source = 0;
        {
            auto db = openMigrated();
            source = addSource(*db);
        }
        StoreWriter writer(path());
        QVERIFY(writer.start().ok());
        QSignalSpy feed(&writer, &StoreWriter::committed);
        SyncBatch batch;
        batch.sourceId = source;
        batch.balanceTransactions
            = {makeBt("txn_a", 100, 1700000100), makeBt("txn_b", 200, 1700000050)};
        batch.cursor.runFloor = 0;
        writer.submit(batch);
        writer.flush();
        QCOMPARE(feed.count(), 1);
        const auto first = feed.takeFirst().first().value<ChangeSet>();
        QVERIFY(first.touches(ChangeSet::Objects));
        QVERIFY(first.touches(ObjectType::BalanceTransaction));
        QVERIFY(!first.touches(ObjectType::Charge));
        QCOMPARE(first.sourceId, source);
        QCOMPARE(first.inserted, 2);
        QCOMPARE(first.ids, (std::vector<std::string>{"txn_a", "txn_b"}));
        QCOMPARE(first.createdFrom, 1700000050);
        QCOMPARE(first.createdTo, 1700000100);

        // The same page again changes nothing, and nothing is published.
        writer.submit(batch);
        writer.flush();
        QCOMPARE(feed.count(), 0);

        // A job publishes the domains it declared, after its commit, with a later number;
        // a failed job publishes nothing.
        writer.submitJob([](Session &) { return Result<void>(); }, {}, ChangeSet::Decisions);
        writer.submitJob(
            [](Session &) -> Result<void> { return makeError(u"no"_s); }, {}, ChangeSet::Decisions);
        writer.flush();
        QCOMPARE(feed.count(), 1);
        const auto job = feed.takeFirst().first().value<ChangeSet>();
        QCOMPARE(job.domains, quint32(ChangeSet::Decisions));
        QVERIFY(job.sequence > first.sequence);
        writer.stop();
    }

    void changesAreCoalescedForSlowSubscribers()
    {
        ChangeCoalescer coalescer(200);
        QSignalSpy out(&coalescer, &ChangeCoalescer::changed);
        ChangeSet a;
        a.domains = ChangeSet::Objects;
        a.objectTypes = 1u << int(ObjectType::Charge);
        a.sourceId = 1;
        a.ids = {"ch_1"};
        a.sequence = 1;
        coalescer.add(a); // the first goes out at once
        QCOMPARE(out.count(), 1);
        ChangeSet b = a;
        b.sequence = 2;
        b.sourceId = 2;
        b.objectTypes = 1u << int(ObjectType::Payout);
        b.ids = {"po_1"};
        ChangeSet c;
        c.domains = ChangeSet::Reconciliation;
        c.sequence = 3;
        coalescer.add(b);
        coalescer.add(c);
        QCOMPARE(out.count(), 1); // the rest waits for the interval, merged
        QTRY_COMPARE(out.count(), 2);
        const auto merged = out.at(1).first().value<ChangeSet>();
        QCOMPARE(merged.sequence, quint64(3));
        QVERIFY(merged.touches(ObjectType::Payout) && !merged.touches(ObjectType::Charge));
        QVERIFY(merged.touches(ChangeSet::Reconciliation));
        QCOMPARE(merged.sourceId, 2);
        QCOMPARE(merged.ids, std::vector<std::string>{"po_1"});
    }

    void bulkLoadBuildsIndexesWhenTheRunEnds()
    {
        qint64 source = 0;
        {
            auto db = openMigrated();
            source = addSource(*db);
        }
        StoreWriter writer(path());
        QVERIFY(writer.start().ok());
        SyncBatch batch;
        batch.sourceId = source;
        for (int i = 0; i < 500; ++i)
            batch.balanceTransactions.push_back(
                makeBt("txn_" + std::to_string(i), i, 1700000000 + i));
        batch.cursor.runFloor = 0;
        batch.cursor.startingAfter = "txn_499";
        writer.submit(batch);
        writer.flush();
        {
            auto db = Database::open(path(), Database::Mode::ReadOnly).value();
            QCOMPARE(count(*db, "SELECT count(*) FROM bulk_loads"), 1);
            QCOMPARE(
                count(*db,
                      "SELECT count(*) FROM sqlite_master WHERE name='balance_transactions_key'"),
                0);
        }
        SyncBatch last;
        last.sourceId = source;
        last.balanceTransactions = {makeBt("txn_last", 1)};
        last.cursor.maxCreated = 1700000499; // no runFloor: the run is complete
        writer.submit(last);
        writer.flush();
        auto db = Database::open(path(), Database::Mode::ReadOnly).value();
        QTRY_COMPARE(count(*db, "SELECT count(*) FROM bulk_loads"), 0);
        QCOMPARE(
            count(*db, "SELECT count(*) FROM sqlite_master WHERE name='balance_transactions_key'"),
            1);
        QCOMPARE(
            count(*db,
                  "SELECT count(*) FROM sqlite_master WHERE name='balance_transactions_created'"),
            1);
        QCOMPARE(count(*db, "SELECT count(*) FROM balance_transactions"), 501);
        writer.stop();
    }

    void anInterruptedBulkLoadIsFinishedAtTheNextStart()
    {
        {
            auto db = openMigrated();
            const qint64 source = addSource(*db);
            ObjectStore objects(*db);
            QVERIFY(beginBulkLoad(*db, "balance_transactions").ok());
            // The same object twice, as an overlapping run could have inserted it.
            QVERIFY(objects.insert(source, makeBt("txn_dup", 1)).ok());
            QVERIFY(objects.insert(source, makeBt("txn_dup", 2)).ok());
        }
        StoreWriter writer(path());
        QVERIFY(writer.start().ok());
        writer.stop();
        auto db = Database::open(path(), Database::Mode::ReadOnly).value();
        QCOMPARE(count(*db, "SELECT count(*) FROM bulk_loads"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM balance_transactions"), 1);
        QCOMPARE(count(*db, "SELECT amount FROM balance_transactions"), 2); // the newest row wins
        QCOMPARE(
            count(*db, "SELECT count(*) FROM sqlite_master WHERE name='balance_transactions_key'"),
            1);
    }

    void anUnwritablePathIsAClearError()
    {
        StoreWriter writer(QStringLiteral("/proc/paydeck/nope.sqlite"));
        const auto started = writer.start();
        QVERIFY(!started.ok());
        QVERIFY(started.error().contains(u"/proc/paydeck/nope.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
