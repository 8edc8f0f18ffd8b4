#include "bulk_load.h"

#include <QDateTime>

namespace paydeck::store {

std::vector<std::string> indexDefinitions(const std::string &table)
{
    std::vector<std::string> out{"CREATE UNIQUE INDEX " + table + "_key ON " + table
                                 + "(source_id, id)"};
    if (table == "balance_transactions" || table == "charges" || table == "refunds")
        out.push_back("CREATE INDEX " + table + "_created ON " + table + "(created)");
    if (table == "balance_transactions") // schema migration 11
        out.push_back(
            "CREATE INDEX balance_transactions_converted ON balance_transactions(created) "
            "WHERE exchange_rate IS NOT NULL");
    return out;
}

bool tableIsEmpty(Database &db, const std::string &table)
{
    auto s = db.prepare("SELECT 1 FROM " + table + " LIMIT 1");
    return s && s.value().step() == Statement::Step::Done;
}

Result<void> beginBulkLoad(Database &db, const std::string &table)
{
    for (const char *suffix : {"_key", "_created", "_converted"}) {
        const std::string drop = "DROP INDEX IF EXISTS " + table + suffix;
        if (auto ok = db.exec(drop.c_str()); !ok)
            return ok;
    }
    auto s = db.prepare("INSERT OR REPLACE INTO bulk_loads(table_name, started_at) VALUES(?1, ?2)");
    if (!s)
        return makeError(s.error());
    s.value().bindText(1, table);
    s.value().bind(2, QDateTime::currentSecsSinceEpoch());
    return s.value().run();
}

Result<void> finishBulkLoad(Database &db, const std::string &table)
{
    const std::vector<std::string> indexes = indexDefinitions(table);
    if (!db.exec(indexes.front().c_str())) {
        // Duplicates (another run of a source overlapped the load): keep each key's newest row.
        const std::string dedupe = "DELETE FROM " + table
                                   + " WHERE rowid NOT IN (SELECT max(rowid) FROM " + table
                                   + " GROUP BY source_id, id)";
        if (auto ok = db.exec(dedupe.c_str()); !ok)
            return ok;
        if (auto ok = db.exec(indexes.front().c_str()); !ok)
            return ok;
    }
    for (size_t i = 1; i < indexes.size(); ++i) {
        if (auto ok = db.exec(indexes[i].c_str()); !ok)
            return ok;
    }
    auto s = db.prepare("DELETE FROM bulk_loads WHERE table_name=?1");
    if (!s)
        return makeError(s.error());
    s.value().bindText(1, table);
    return s.value().run();
}

std::vector<std::string> activeBulkLoads(Database &db)
{
    std::vector<std::string> out;
    auto s = db.prepare("SELECT table_name FROM bulk_loads ORDER BY table_name");
    if (!s)
        return out;
    while (s.value().step() == Statement::Step::Row)
        out.push_back(s.value().columnText(0));
    return out;
}

} // namespace paydeck::store
