// The in-memory index of the Transactions screen against the store's SQL over the same rows: the
// same keys in the same order for every column, direction, search and filter — built at once,
// built in steps, and kept current while rows arrive and change.
#include "browse/transaction_index.h"
#include "store/session.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "test_support.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace paydeck;
using Column = store::TransactionColumn;
using browse::TransactionIndex;

namespace {

QString describe(const store::TransactionQuery &q)
{
    return QStringLiteral("column %1 %2, search '%3', filter type '%4' currency '%5' status '%6' "
                          "source %7 from %8 before %9")
        .arg(int(q.sortColumn))
        .arg(q.order == Qt::AscendingOrder ? u"asc" : u"desc")
        .arg(q.search, q.filter.type, q.filter.currency, q.filter.status)
        .arg(q.filter.sourceId)
        .arg(q.filter.createdFrom)
        .arg(q.filter.createdBefore);
}

void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestTransactionIndex : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_secondSource = 0;
    QString m_email;  // a part of a customer's e-mail
    QString m_last4;  // a card's last four digits
    QString m_idHead; // the beginning of a balance transaction's id
    QString m_payoutHead;
    qint64 m_middle = 0; // a moment in the middle of the history

    void syncSandbox(store::StoreWriter &writer, const QString &name, quint64 seed, int count)
    {
        sandbox::SandboxOptions options;
        options.seed = seed;
        options.historyDays = 20;
        options.backfillCount = count;
        options.anchor = 1790000000;
        QDir().mkpath(m_dir.filePath(name));
        auto sandbox = test::startSandbox(m_dir.filePath(name), options);
        store::SourceConfig source;
        source.name = name;
        source.baseUrl = sandbox->baseUrl();
        source.apiKey = QStringLiteral("sk_test_index");
        source.caCertificate = sandbox->caCertificatePath();
        {
            auto db = store::openSession(m_path).value();
            source.id = db->sources().save(source).value();
        }
        m_secondSource = source.id;
        sync::SourceSync sync(source, &writer, m_path);
        QSignalSpy finished(&sync, &sync::SourceSync::finished);
        sync.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<sync::SyncReport>().ok);
        writer.flush();
    }

    static TransactionIndex buildIndex(store::Session &db, int page, qint64 upToKey = 0)
    {
        TransactionIndex index;
        qint64 after = 0;
        for (;;) {
            auto rows = db.browse().indexRowsAfter(after, page);
            if (!rows || rows.value().empty())
                break;
            std::vector<store::TransactionIndexRow> part;
            for (auto &row : rows.value()) {
                if (upToKey == 0 || row.key <= upToKey)
                    part.push_back(row);
            }
            after = rows.value().back().key;
            const bool last = part.size() < rows.value().size();
            index.upsert(std::move(part));
            if (last)
                break;
        }
        return index;
    }

    QList<store::TransactionQuery> queries(bool everyColumn) const
    {
        QList<store::TransactionQuery> list;
        for (int column = 0; column < int(Column::Count); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                store::TransactionQuery q;
                q.sortColumn = Column(column);
                q.order = order;
                list << q;
            }
        }
        if (!everyColumn)
            list = list.mid(0, 2) + list.mid(2 * int(Column::Customer), 2)
                   + list.mid(2 * int(Column::Amount), 2) + list.mid(2 * int(Column::Status), 2);
        const QStringList terms = {m_email,
                                   m_email.toUpper(),
                                   QStringLiteral("Order #1"),
                                   QStringLiteral("ch_"),
                                   QStringLiteral("txn_"),
                                   m_idHead,
                                   m_payoutHead,
                                   m_last4,
                                   QStringLiteral("refund"),
                                   QStringLiteral("%"),
                                   QStringLiteral("_"),
                                   QStringLiteral("  no such thing ")};
        QList<store::TransactionQuery> searches;
        for (const QString &term : terms) {
            for (const Column column : {Column::Created, Column::Amount, Column::Customer}) {
                store::TransactionQuery q;
                q.sortColumn = column;
                q.order = Qt::DescendingOrder;
                q.search = term;
                searches << q;
            }
        }
        const auto filter = [](const char *type, const char *currency, const char *status) {
            store::TransactionFilter f;
            f.type = QString::fromLatin1(type);
            f.currency = QString::fromLatin1(currency);
            f.status = QString::fromLatin1(status);
            return f;
        };
        QList<store::TransactionFilter> filters = {filter("charge", "", ""),
                                                   filter("", "eur", ""),
                                                   filter("", "", "pending"),
                                                   filter("no such type", "", ""),
                                                   filter("refund", "usd", "")};
        filters.last().sourceId = m_secondSource;
        filters << filter("", "", "") << filter("", "", "");
        filters[5].sourceId = m_secondSource;
        filters[6].createdFrom = m_middle;
        filters[6].createdBefore = m_middle + 3 * 86400;
        for (const store::TransactionFilter &f : filters) {
            for (const QString &term : {QString(), m_email, QStringLiteral("Order #1")}) {
                store::TransactionQuery q;
                q.sortColumn = Column::Net;
                q.order = Qt::AscendingOrder;
                q.search = term;
                q.filter = f;
                searches << q;
            }
        }
        return list + searches;
    }

    void compareWithStore(TransactionIndex &index, store::Session &db, bool everyColumn)
    {
        for (const store::TransactionQuery &q : queries(everyColumn)) {
            const auto expected = db.browse().transactionKeys(q);
            QVERIFY2(expected.ok(), qPrintable(expected.error()));
            const std::vector<qint64> actual = index.keys(q);
            QVERIFY2(actual == expected.value(),
                     qPrintable(QStringLiteral("%1: %2 keys from the index, %3 from the store")
                                    .arg(describe(q))
                                    .arg(actual.size())
                                    .arg(expected.value().size())));
        }
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        syncSandbox(writer, QStringLiteral("north"), 4, 1500);
        syncSandbox(writer, QStringLiteral("south"), 5, 700);
        writer.stop();

        auto db = store::openSession(m_path, store::Access::ReadOnly).value();
        TransactionIndex index = buildIndex(*db, 1000);
        QCOMPARE(index.size(), size_t(2200));
        // Search terms taken from the data, so that each finds something.
        auto rows = db->browse().indexRowsAfter(0, 2200).value();
        for (const auto &row : rows) {
            if (m_email.isEmpty() && row.email.size() > 6)
                m_email = QString::fromStdString(row.email.substr(1, 4));
            if (m_last4.isEmpty() && row.cardLast4 >= 1000)
                m_last4 = QString::number(row.cardLast4);
            if (m_payoutHead.isEmpty() && row.payout.size() > 8)
                m_payoutHead = QString::fromStdString(row.payout.substr(0, 8));
        }
        m_idHead = QString::fromStdString(rows[777].id.substr(0, 9));
        m_middle = rows[1100].created;
        QVERIFY(!m_email.isEmpty() && !m_last4.isEmpty() && !m_payoutHead.isEmpty());
    }

    void findsWhatTheStoreFindsInItsOrder()
    {
        auto db = store::openSession(m_path, store::Access::ReadOnly).value();
        TransactionIndex index = buildIndex(*db, 333);
        compareWithStore(index, *db, true);
        // Built from one pass over each table, as the reader builds it.
        TransactionIndex scanned;
        size_t parts = 0;
        QVERIFY(db->browse()
                    .scanIndexRows(500,
                                   [&](std::vector<store::TransactionIndexRow> &&rows) {
                                       ++parts;
                                       scanned.upsert(std::move(rows));
                                       return true;
                                   })
                    .ok());
        QCOMPARE(parts, size_t(5));
        QCOMPARE(scanned.size(), size_t(2200));
        compareWithStore(scanned, *db, true);
        index.prepareOrders(); // the same, from orders computed ahead
        compareWithStore(index, *db, true);
    }

    void staysTrueWhileRowsArriveAndChange()
    {
        // A copy of the store to change behind the index's back.
        const QString copy = m_dir.filePath(QStringLiteral("changing.sqlite"));
        exec(m_path, qPrintable(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        auto db = store::openSession(copy, store::Access::ReadOnly).value();
        TransactionIndex index = buildIndex(*db, 400, 1100);
        QCOMPARE(index.size(), size_t(1100));
        index.prepareOrders();
        // The rest arrives in small pages, into orders already computed.
        for (qint64 after = 1100;;) {
            auto rows = db->browse().indexRowsAfter(after, 97).value();
            if (rows.empty())
                break;
            after = rows.back().key;
            index.upsert(std::move(rows));
        }
        compareWithStore(index, *db, true);

        // Transactions change (a status, an amount), and charges (their customer's e-mail).
        db.reset();
        exec(copy,
             "UPDATE balance_transactions SET status = 'available', amount = amount + 7 "
             "WHERE rowid % 13 = 0; UPDATE charges SET email = 'zed@example.org' "
             "WHERE rowid % 11 = 0");
        db = store::openSession(copy, store::Access::ReadOnly).value();
        std::vector<qint64> changedKeys;
        for (qint64 key = 13; key <= 2200; key += 13)
            changedKeys.push_back(key);
        index.upsert(db->browse().indexRowsByKeys(changedKeys).value());
        std::unordered_set<std::string> changedCharges;
        const auto everyRow = db->browse().indexRowsAfter(0, 5000).value();
        for (const auto &row : everyRow) {
            if (row.email == "zed@example.org")
                changedCharges.insert(row.source);
        }
        QVERIFY(changedCharges.size() > 20);
        index.upsert(db->browse().indexRowsByKeys(index.keysOfSources(changedCharges)).value());
        compareWithStore(index, *db, true);
        store::TransactionQuery zed;
        zed.search = QStringLiteral("zed@");
        QCOMPARE(index.keys(zed).size(), db->browse().transactionKeys(zed).value().size());
    }

    void saysWhatTheFiltersHidAndSuggestsANearWord()
    {
        auto db = store::openSession(m_path, store::Access::ReadOnly).value();
        TransactionIndex index = buildIndex(*db, 1000);
        store::TransactionQuery q;
        q.search = QStringLiteral("Order #1");
        q.filter.type = QStringLiteral("no such type");
        QVERIFY(index.keys(q).empty());
        q.filter.type.clear();
        const auto unfiltered = qint64(index.keys(q).size());
        QVERIFY(unfiltered > 0);
        q.filter.type = QStringLiteral("no such type");
        QCOMPARE(index.hint(q).withoutFilters, unfiltered);

        // A customer's name with one letter wrong.
        const auto rows = db->browse().indexRowsAfter(0, 50).value();
        std::string name;
        for (const auto &row : rows) {
            if (row.customerName.size() >= 6 && name.empty())
                name = row.customerName.substr(0, row.customerName.find(' '));
        }
        QVERIFY(name.size() >= 4);
        std::string typo = name;
        typo[2] = typo[2] == 'x' ? 'y' : 'x';
        store::TransactionQuery misspelt;
        misspelt.search = QString::fromStdString(typo);
        QVERIFY(index.keys(misspelt).empty());
        QCOMPARE(index.hint(misspelt).didYouMean, QString::fromStdString(name).toLower());
        misspelt.search = QStringLiteral("qqqqqqqq");
        QVERIFY(index.hint(misspelt).didYouMean.isEmpty());
    }

    void mentionsObjectsOfOtherKindsWithTheId()
    {
        auto db = store::openSession(m_path, store::Access::ReadOnly).value();
        auto failed = db->browse().objectsWithIdPrefix(QStringLiteral("ch_"), 500).value();
        const auto it = std::find_if(
            failed.begin(), failed.end(), [](const auto &o) { return o.status == u"failed"; });
        QVERIFY2(it != failed.end(), "the sandbox has failed charges");
        const auto found = db->browse().objectsWithIdPrefix(it->id.left(12), 5).value();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().type, QStringLiteral("charge"));
        QVERIFY(
            std::any_of(found.begin(), found.end(), [&](const auto &o) { return o.id == it->id; }));
        store::TransactionQuery q;
        q.search = it->id;
        QVERIFY(db->browse().transactionKeys(q).value().empty()); // a failed charge moved no money
    }
};

QTEST_GUILESS_MAIN(TestTransactionIndex)
#include "test_transaction_index.moc"
