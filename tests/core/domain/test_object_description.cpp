// The one description of each provider object (domain/object_fields.h) drives the Stripe mapping,
// the sandbox's serializer and the store. These tests fill every described field with a value of
// its own — so a field added to the description is covered here without touching this file — and
// follow it through every place: JSON as the sandbox writes it, the mapping back, a SQLite store
// and back, and the store's columns.

#include "providers/stripe/stripe_mapping.h"
#include "sandbox/stripe_serializer.h"
#include "store/object_repository.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/sqlite/database.h"
#include "store/sqlite/object_fields.h"
#include "store/sqlite/schema.h"
#include "store/store_writer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace Qt::StringLiterals;

namespace {

/// Gives every field a value that differs from its default and from every other field's.
struct FillEveryField
{
    int counter = 0;
    void operator()(const FieldSpec &field, std::string &v)
    {
        const std::string_view name(field.name);
        ++counter;
        if (field.wire == Wire::Currency)
            v = "eur";
        else if (field.wire == Wire::RawObject)
            v = "{\"key\":\"" + std::string(name) + "\"}";
        else if (field.wire == Wire::RawNumber)
            v = "1.0" + std::to_string(counter);
        else
            v = std::string(name) + "_" + std::to_string(counter);
    }
    void operator()(const FieldSpec &, qint64 &v) { v = 1000 + ++counter; }
    void operator()(const FieldSpec &, int &v) { v = ++counter; }
    void operator()(const FieldSpec &, bool &v)
    {
        ++counter;
        v = true;
    }
    void operator()(const FieldSpec &, std::vector<FeeDetail> &v)
    {
        v = {FeeDetail{++counter, "eur", "stripe_fee", "fees", "app_1"}};
    }
    void operator()(const FieldSpec &field, std::vector<std::string> &v)
    {
        v = {std::string(field.name) + "_a", std::string(field.name) + "_b"};
    }
};

template<typename T>
T everyFieldSet()
{
    T object;
    visitFields(object, FillEveryField{});
    return object;
}

template<typename T>
QStringList describedNames()
{
    QStringList names;
    T probe;
    visitFields(probe, [&](const FieldSpec &field, const auto &) {
        names << QString::fromLatin1(field.name);
    });
    return names;
}

} // namespace

class TestObjectDescription : public QObject
{
    Q_OBJECT

    template<typename T>
    void roundTripThroughStripeJson()
    {
        const T object = everyFieldSet<T>();
        const std::string json = sandbox::toStripeJson(object);
        simdjson::dom::parser parser;
        const auto mapped = stripe::mapObject<T>(parser.parse(json));
        QVERIFY2(mapped.ok(), qPrintable(mapped.ok() ? QString() : mapped.error()));
        // On a difference, both objects as JSON show which field went astray.
        QVERIFY2(
            mapped.value() == object,
            qPrintable(QStringLiteral("sent %1\nmapped back %2")
                           .arg(QString::fromStdString(json),
                                QString::fromStdString(sandbox::toStripeJson(mapped.value())))));
    }

    template<typename T>
    void roundTripThroughTheStore(store::Session &session, qint64 sourceId)
    {
        const T object = everyFieldSet<T>();
        const auto loaded = session.objects().load<T>(sourceId, object.id);
        QVERIFY2(loaded.has_value(), objectTypeName(typeOf(object)));
        QVERIFY2(loaded.value() == object, objectTypeName(typeOf(object)));
    }

    template<typename T>
    void everyFieldHasAColumn(store::Database &db)
    {
        auto info = db.prepare(std::string("SELECT name, type FROM pragma_table_info('")
                               + store::TableOf<T>::name + "')");
        QVERIFY(info.ok());
        QSet<QString> columns;
        while (info.value().step() == store::Statement::Step::Row)
            columns.insert(info.value().columnString(0));
        for (const QString &name : describedNames<T>())
            QVERIFY2(columns.contains(name),
                     qPrintable(QStringLiteral("%1.%2").arg(
                         QString::fromLatin1(store::TableOf<T>::name), name)));
    }

private slots:
    void everyFieldSurvivesTheSandboxJsonAndTheMapping()
    {
        roundTripThroughStripeJson<BalanceTransaction>();
        roundTripThroughStripeJson<Charge>();
        roundTripThroughStripeJson<Refund>();
        roundTripThroughStripeJson<Payout>();
        roundTripThroughStripeJson<Dispute>();
    }

    void alternativePathsAreReadInOrderAndAllWritten()
    {
        // The e-mail lives in billing_details and receipt_email; either one is enough.
        simdjson::dom::parser parser;
        const std::string onlyReceipt
            = R"({"id":"ch_1","object":"charge","amount":1,"currency":"usd","created":1,)"
              R"("billing_details":{"email":null},"receipt_email":"r@example.com"})";
        QCOMPARE(stripe::mapObject<Charge>(parser.parse(onlyReceipt)).value().email,
                 std::string("r@example.com"));
        const Charge charge = everyFieldSet<Charge>();
        const std::string json = sandbox::toStripeJson(charge);
        const std::string quoted = "\"" + charge.email + "\"";
        const size_t first = json.find(quoted);
        QVERIFY(first != std::string::npos);
        QVERIFY(json.find(quoted, first + 1) != std::string::npos); // written at both paths
    }

    void everyFieldSurvivesTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        qint64 sourceId = 0;
        writer.submitJob([&](store::Session &session) -> Result<void> {
            store::SourceConfig source;
            source.name = u"described"_s;
            source.baseUrl = u"https://127.0.0.1:1"_s;
            auto saved = session.sources().save(source);
            if (!saved)
                return makeError(saved.error());
            sourceId = saved.value();
            return {};
        });
        writer.flush();
        QVERIFY(sourceId > 0);
        store::SyncBatch batch;
        batch.sourceId = sourceId;
        batch.saveCursor = false;
        batch.balanceTransactions = {everyFieldSet<BalanceTransaction>()};
        batch.charges = {everyFieldSet<Charge>()};
        batch.refunds = {everyFieldSet<Refund>()};
        batch.payouts = {everyFieldSet<Payout>()};
        batch.disputes = {everyFieldSet<Dispute>()};
        writer.submit(std::move(batch));
        writer.flush();
        writer.stop();
        auto session = store::openSession(path, store::Access::ReadOnly);
        QVERIFY(session.ok());
        roundTripThroughTheStore<BalanceTransaction>(*session.value(), sourceId);
        roundTripThroughTheStore<Charge>(*session.value(), sourceId);
        roundTripThroughTheStore<Refund>(*session.value(), sourceId);
        roundTripThroughTheStore<Payout>(*session.value(), sourceId);
        roundTripThroughTheStore<Dispute>(*session.value(), sourceId);
    }

    void aDescribedFieldAnOlderStoreLacksGetsItsColumn()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(u"old.sqlite"_s)).value();
        QVERIFY(store::migrate(*db).ok());
        everyFieldHasAColumn<BalanceTransaction>(*db);
        everyFieldHasAColumn<Charge>(*db);
        everyFieldHasAColumn<Refund>(*db);
        everyFieldHasAColumn<Payout>(*db);
        everyFieldHasAColumn<Dispute>(*db);
        // As if seller_message had been added to the description after this store was made.
        QVERIFY(db->exec("ALTER TABLE charges DROP COLUMN seller_message").ok());
        QVERIFY(store::migrate(*db).ok());
        everyFieldHasAColumn<Charge>(*db);
    }
};

QTEST_GUILESS_MAIN(TestObjectDescription)
#include "test_object_description.moc"
