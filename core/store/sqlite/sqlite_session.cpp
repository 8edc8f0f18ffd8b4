#include "sqlite_session.h"

#include "object_store.h"
#include "schema.h"

#include <QObject>

namespace paydeck::store {

SqliteSession::SqliteSession(std::unique_ptr<Database> db, Access access)
    : m_db(std::move(db))
    , m_access(access)
    , m_sources(*m_db)
    , m_syncState(*m_db)
    , m_objects(*m_db)
    , m_syncBatches(*m_db, access)
    , m_statements(*m_db)
    , m_reconciliation(*m_db)
    , m_browse(*m_db)
    , m_fx(*m_db)
    , m_alerts(*m_db)
    , m_fraud(*m_db)
    , m_operations(*m_db)
    , m_analytics(*m_db)
{}

SqliteSession::~SqliteSession() = default;

Result<void> SqliteSession::inTransaction(const std::function<Result<void>()> &work)
{
    Transaction transaction(*m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    if (auto done = work(); !done)
        return done; // rolled back (to the savepoint) when `transaction` ends
    return transaction.commit();
}

Result<void> SqliteSession::beginRead()
{
    return m_db->exec("BEGIN");
}

Result<void> SqliteSession::endRead()
{
    return m_db->exec("COMMIT");
}

Result<std::unique_ptr<Session>> openSqliteSession(const QString &path, Access access)
{
    auto db = Database::open(
        path, access == Access::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!db)
        return makeError(db.error());
    if (access == Access::ReadWrite) {
        if (auto migrated = migrate(*db.value()); !migrated)
            return makeError(
                QObject::tr("cannot prepare the store %1: %2").arg(path, migrated.error()));
    }
    return std::unique_ptr<Session>(new SqliteSession(std::move(db).value(), access));
}

// Objects: the typed reads of ObjectStore behind the backend-neutral overloads.

#define PAYDECK_SQLITE_OBJECT_READS(T)                                                             \
    void SqliteObjectRepository::loadInto(                                                         \
        qint64 sourceId, const std::string &id, std::optional<T> &object)                          \
    {                                                                                              \
        object = ObjectStore(m_db).load<T>(sourceId, id);                                          \
    }                                                                                              \
    void SqliteObjectRepository::loadAllInto(qint64 sourceId, std::vector<T> &objects)             \
    {                                                                                              \
        objects = ObjectStore(m_db).loadAll<T>(sourceId);                                          \
    }

PAYDECK_SQLITE_OBJECT_READS(BalanceTransaction)
PAYDECK_SQLITE_OBJECT_READS(Charge)
PAYDECK_SQLITE_OBJECT_READS(Refund)
PAYDECK_SQLITE_OBJECT_READS(Payout)
PAYDECK_SQLITE_OBJECT_READS(Dispute)

Result<void> SqliteObjectRepository::scanCharges(qint64 from,
                                                 qint64 to,
                                                 const std::function<bool(qint64, Charge &&)> &each)
{
    return ObjectStore(m_db).scanCharges(from, to, each);
}

Result<void> SqliteObjectRepository::scanBalanceTransactions(
    qint64 from, qint64 to, const std::function<bool(qint64, BalanceTransaction &&)> &each)
{
    return ObjectStore(m_db).scanCreated<BalanceTransaction>(from, to, each);
}

Result<void> SqliteObjectRepository::scanChargesArrivedAfter(
    qint64 arrival,
    qint64 createdFrom,
    const std::vector<std::string> &fields,
    const std::function<bool(qint64, qint64, Charge &&)> &each)
{
    return ObjectStore(m_db).scanChargesArrivedAfter(arrival, createdFrom, fields, each);
}

#undef PAYDECK_SQLITE_OBJECT_READS

} // namespace paydeck::store
