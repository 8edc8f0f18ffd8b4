// The transactions model over a real store synced from the sandbox, under QAbstractItemModelTester.
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "test_support.h"
#include "transactions/transactions_model.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace paydeck;
using Column = store::TransactionColumn;

class TestModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QThread m_readerThread;
    store::StoreReader *m_reader = nullptr;
    qint64 m_total = 0;

    /// Waits until every row of the model has its page loaded.
    void loadAll(ui::TransactionsModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        for (int row = 0; row < model.rowCount(); row += ui::TransactionsModel::kPageSize)
            model.data(model.index(row, 0), ui::TransactionsModel::LoadedRole);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                // Every row, read for the current keys.
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (!model.data(model.index(row, 0), ui::TransactionsModel::LoadedRole)
                             .toBool())
                        return false;
                }
                return true;
            }(),
            20000);
    }

    /// A reader of its own on its own thread (one that answers from its index once built).
    struct OwnReader
    {
        explicit OwnReader(const QString &path)
            : reader(new store::StoreReader(path))
            , indexReady(reader, &store::StoreReader::indexReady)
        {
            reader->moveToThread(&thread);
            QObject::connect(&thread, &QThread::finished, reader, &QObject::deleteLater);
            thread.start();
        }
        ~OwnReader()
        {
            thread.quit();
            thread.wait();
        }
        QThread thread;
        store::StoreReader *reader;
        QSignalSpy indexReady;
    };

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = 9;
        options.historyDays = 10;
        options.backfillCount = 1200;
        options.anchor = 1790000000;
        auto sandbox = test::startSandbox(m_dir.path(), options);
        m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        store::SourceConfig source;
        source.name = QStringLiteral("sandbox");
        source.baseUrl = sandbox->baseUrl();
        source.apiKey = QStringLiteral("sk_test_models");
        source.caCertificate = sandbox->caCertificatePath();
        {
            auto db = store::openSession(m_path).value();
            source.id = db->sources().save(source).value();
        }
        sync::SourceSync sync(source, &writer, m_path);
        QSignalSpy finished(&sync, &sync::SourceSync::finished);
        sync.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<sync::SyncReport>().ok);
        writer.flush();
        writer.stop();
        m_total = 1200;

        m_reader = new store::StoreReader(m_path);
        m_reader->moveToThread(&m_readerThread);
        connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
        m_readerThread.start();
    }
    void cleanupTestCase()
    {
        m_readerThread.quit();
        m_readerThread.wait();
    }

    void modelIsConsistentWhileLoadingSortingAndSearching()
    {
        ui::TransactionsModel model(m_reader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        loadAll(model);
        QCOMPARE(model.rowCount(), int(m_total));
        QCOMPARE(model.columnCount(), int(Column::Count));
        for (int column = 0; column < int(Column::Count); ++column) {
            model.sort(column, Qt::AscendingOrder);
            loadAll(model);
            QCOMPARE(model.rowCount(), int(m_total));
        }
        model.setSearch(QStringLiteral("Order #1"));
        loadAll(model);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < int(m_total));
        model.setSearch(QStringLiteral("no such thing %_"));
        QTRY_COMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        loadAll(model);
        QCOMPARE(model.rowCount(), int(m_total));
    }

    void sortingIsDoneByTheStore_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("amount ascending") << int(Column::Amount) << int(Qt::AscendingOrder);
        QTest::newRow("amount descending") << int(Column::Amount) << int(Qt::DescendingOrder);
        QTest::newRow("created descending") << int(Column::Created) << int(Qt::DescendingOrder);
        QTest::newRow("net ascending") << int(Column::Net) << int(Qt::AscendingOrder);
    }
    void sortingIsDoneByTheStore()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ui::TransactionsModel model(m_reader);
        model.sort(column, Qt::SortOrder(order));
        loadAll(model);
        QCOMPARE(model.rowCount(), int(m_total));
        // Amounts sort within their currency (no exchange rates here); ties newest first.
        const bool perCurrency = column != int(Column::Created);
        QString previousCurrency;
        qint64 previous = 0;
        qint64 previousCreated = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString currency = model
                                         .data(model.index(row, int(Column::Currency)),
                                               ui::TransactionsModel::RawValueRole)
                                         .toString();
            const qint64 value
                = model.data(model.index(row, column), ui::TransactionsModel::RawValueRole)
                      .toLongLong();
            const qint64 created = model
                                       .data(model.index(row, int(Column::Created)),
                                             ui::TransactionsModel::RawValueRole)
                                       .toLongLong();
            if (row > 0 && perCurrency && currency != previousCurrency) {
                QVERIFY2(currency > previousCurrency, qPrintable(currency));
            } else if (row > 0) {
                QVERIFY(order == Qt::AscendingOrder ? value >= previous : value <= previous);
                if (value == previous && perCurrency)
                    QVERIFY2(created <= previousCreated, "ties are not newest first");
            }
            previousCurrency = currency;
            previous = value;
            previousCreated = created;
        }
    }

    void searchFindsIdsByTheirBeginning()
    {
        ui::TransactionsModel model(m_reader);
        model.refresh();
        loadAll(model);
        int charges = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            charges += model.data(model.index(row, int(Column::Type))).toString() == u"charge";
        QVERIFY(charges > 0);
        const QString id = model.data(model.index(7, int(Column::Id))).toString();
        QVERIFY(id.size() > 20);

        // A partial id, as pasted from an e-mail cut short.
        model.setSearch(id.left(14));
        loadAll(model);
        QVERIFY(model.rowCount() >= 1);
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            found |= model.data(model.index(row, int(Column::Id))).toString() == id;
        QVERIFY(found);

        // "ch_": every charge's transaction (their source is a charge), not only texts that
        // mention one.
        model.setSearch(QStringLiteral("ch_"));
        loadAll(model);
        int found_charges = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            found_charges
                += model.data(model.index(row, int(Column::Type))).toString() == u"charge";
        QCOMPARE(found_charges, charges);
    }

    void newRowsArriveAsInsertsWhereTheyFallInAnySort()
    {
        // Sorted by amount: three new transactions land in the middle. The model inserts them
        // there (no reset: selection and scroll hold) and keeps showing the rows it had read.
        ui::TransactionsModel model(m_reader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(Column::Amount), Qt::DescendingOrder);
        loadAll(model);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        // The reader follows the change feed (its index takes the new rows in).
        connect(&writer,
                &store::StoreWriter::committed,
                m_reader,
                &store::StoreReader::applyChange,
                Qt::QueuedConnection);
        store::SyncBatch batch;
        batch.sourceId = 1;
        batch.saveCursor = false;
        for (int i = 0; i < 3; ++i) {
            BalanceTransaction bt;
            bt.id = "txn_live_" + std::to_string(i);
            bt.amount = 12345 + i * 1000;
            bt.net = bt.amount;
            bt.currency = "usd";
            bt.created = 1790000000 + i;
            bt.type = "charge";
            bt.status = "available";
            batch.balanceTransactions.push_back(bt);
        }
        writer.submit(std::move(batch));
        writer.flush();
        writer.stop();

        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 3, 20000);
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 1);
        // Rows read before the change are still shown while they are read again (no "…").
        QVERIFY(model.data(model.index(0, int(Column::Id))).toString().startsWith(u"txn_"));
        loadAll(model);
        int live = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            live += model.data(model.index(row, int(Column::Id)))
                        .toString()
                        .startsWith(u"txn_live_");
        QCOMPARE(live, 3);
    }

    void aBulkCommitsNewRowsArriveAndTheIndexIsBuiltAgainWhenCalm()
    {
        // A commit too large to list its ids (a backfill's): its new rows are taken in by key at
        // once, and the index is built again after the store has been calm for a while.
        OwnReader own(m_path);
        store::StoreReader *reader = own.reader;
        QSignalSpy &indexReady = own.indexReady;
        ui::TransactionsModel model(reader);
        model.refresh();
        QVERIFY(indexReady.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        const int before = model.rowCount();

        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        store::SyncBatch batch;
        batch.sourceId = 1;
        batch.saveCursor = false;
        for (int i = 0; i < 5; ++i) {
            BalanceTransaction bt;
            bt.id = "txn_bulk_" + std::to_string(i);
            bt.amount = 777 + i;
            bt.net = bt.amount;
            bt.currency = "eur";
            bt.created = 1790000100 + i;
            bt.type = "charge";
            bt.status = "pending";
            batch.balanceTransactions.push_back(bt);
        }
        writer.submit(std::move(batch));
        writer.flush();
        writer.stop();
        store::ChangeSet bulk; // as the writer says it when the ids are too many to list
        bulk.domains = store::ChangeSet::Objects;
        bulk.objectTypes = 1u << int(ObjectType::BalanceTransaction);
        bulk.idsComplete = false;
        bulk.createdFrom = 1790000100;
        bulk.createdTo = 1790000104;
        QMetaObject::invokeMethod(reader, [reader, bulk] { reader->applyChange(bulk); });
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 5, 20000);
        model.setSearch(QStringLiteral("txn_bulk_"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 20000);
        // Calm: built again, with every row.
        QVERIFY(indexReady.wait(20000));
        QCOMPARE(indexReady.last().first().toLongLong(), qint64(before + 5));
    }

    void filtersCombineWithTheSearchAndAnEmptyResultSaysWhy()
    {
        // A reader of its own, answering from its index once built.
        OwnReader own(m_path);
        store::StoreReader *reader = own.reader;
        QSignalSpy &indexReady = own.indexReady;
        ui::TransactionsModel model(reader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QVERIFY(indexReady.wait(20000));
        QCOMPARE(indexReady.first().first().toLongLong(), qint64(model.rowCount()));

        store::TransactionFilter charges;
        charges.type = QStringLiteral("charge");
        model.setFilter(charges);
        loadAll(model);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < int(m_total));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, int(Column::Type))).toString(),
                     QStringLiteral("charge"));

        // A search the filter hides: the hint says how many there are without it.
        model.setSearch(QStringLiteral("Refund"));
        store::TransactionFilter refundsOnly = charges;
        refundsOnly.type = QStringLiteral("no such type");
        model.setFilter(refundsOnly);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.hint().withoutFilters > 0, 20000);
        QCOMPARE(model.rowCount(), 0);

        // A name with a letter wrong: "did you mean".
        model.setFilter({});
        model.setSearch(QStringLiteral("no such thing"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 0, 20000);
        QVERIFY(model.hint().didYouMean.isEmpty());
        auto db = store::openSession(m_path, store::Access::ReadOnly).value();
        const auto rows = db->browse().indexRowsAfter(0, 200).value();
        const auto named = std::find_if(rows.begin(), rows.end(), [](const auto &r) {
            return r.customerName.find(' ') != std::string::npos && r.customerName.find(' ') >= 5;
        });
        QVERIFY(named != rows.end());
        QString word
            = QString::fromStdString(named->customerName.substr(0, named->customerName.find(' ')));
        QString typo = word;
        typo[1] = typo[1] == u'q' ? u'z' : u'q';
        model.setSearch(typo);
        QTRY_COMPARE_WITH_TIMEOUT(model.hint().didYouMean, word.toLower(), 20000);
        QCOMPARE(model.rowCount(), 0);

        // A failed charge's id: no transaction, and the hint says where the id is.
        const auto failed = db->browse().objectsWithIdPrefix(QStringLiteral("ch_"), 1000).value();
        const auto it = std::find_if(
            failed.begin(), failed.end(), [](const auto &o) { return o.status == u"failed"; });
        QVERIFY(it != failed.end());
        model.setSearch(it->id);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hint().objects.isEmpty(), 20000);
        QCOMPARE(model.hint().objects.first().id, it->id);
        model.setSearch(QString());
        loadAll(model);
        QCOMPARE(size_t(model.rowCount()), db->browse().transactionKeys({}).value().size());
        QVERIFY(model.hint().objects.isEmpty());
    }

    void amountsAreShownWithTheirCurrency()
    {
        ui::TransactionsModel model(m_reader);
        model.setSearch(QStringLiteral("jpy-never-matches"));
        model.setSearch(QString());
        model.refresh();
        loadAll(model);
        bool sawYen = false;
        for (int row = 0; row < model.rowCount() && !sawYen; ++row) {
            if (model.data(model.index(row, int(Column::Currency))).toString() == u"JPY") {
                const QString amount = model.data(model.index(row, int(Column::Amount))).toString();
                QVERIFY2(amount.contains(u'¥') && !amount.contains(u'.'), qPrintable(amount));
                sawYen = true;
            }
        }
        QVERIFY(sawYen);
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
