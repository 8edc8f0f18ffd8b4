// Where alerts are sent, and the log of every attempt, in SQLite.
#include "sqlite_session.h"

#include <QDateTime>

namespace paydeck::store {

namespace {

constexpr int kDeliveriesKept = 10000;

} // namespace

Result<std::vector<StoredTarget>> SqliteAlertRepository::targets()
{
    auto s = m_db.prepare(
        "SELECT url, slack, group_by, group_wait FROM notification_targets ORDER BY url");
    if (!s)
        return makeError(s.error());
    std::vector<StoredTarget> out;
    while (s.value().step() == Statement::Step::Row) {
        StoredTarget t;
        t.url = s.value().columnString(0);
        t.slack = s.value().columnInt(1) != 0;
        t.groupBy = s.value().columnString(2).split(u',', Qt::SkipEmptyParts);
        t.groupWaitSeconds = s.value().columnInt(3);
        out.push_back(std::move(t));
    }
    return out;
}

Result<void> SqliteAlertRepository::saveTargets(const std::vector<StoredTarget> &targets,
                                                const QString &who)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    if (auto cleared = m_db.exec("DELETE FROM notification_targets"); !cleared)
        return cleared;
    auto insert
        = m_db.prepare("INSERT INTO notification_targets (url, slack, group_by, "
                       "group_wait, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return makeError(insert.error());
    const std::string by = who.toStdString();
    for (const StoredTarget &t : targets) {
        const std::string url = t.url.toStdString(), groupBy = t.groupBy.join(u',').toStdString();
        Statement &s = insert.value();
        s.reset();
        s.bindText(1, url);
        s.bind(2, qint64(t.slack ? 1 : 0));
        s.bindText(3, groupBy);
        s.bind(4, t.groupWaitSeconds);
        s.bind(5, QDateTime::currentSecsSinceEpoch());
        s.bindText(6, by);
        if (auto ok = s.run(); !ok)
            return ok;
    }
    return transaction.commit();
}

Result<void> SqliteAlertRepository::recordDeliveries(const std::vector<DeliveryRecord> &deliveries)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto insert = m_db.prepare(
        "INSERT INTO alert_deliveries (at, target, group_key, status, attempt, http_status, "
        "error, delivered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return makeError(insert.error());
    for (const DeliveryRecord &d : deliveries) {
        const std::string target = d.target.toStdString(), group = d.group.toStdString(),
                          status = d.status.toStdString(), error = d.error.toStdString();
        Statement &s = insert.value();
        s.reset();
        s.bind(1, d.at);
        s.bindText(2, target);
        s.bindText(3, group);
        s.bindText(4, status);
        s.bind(5, qint64(d.attempt));
        s.bind(6, qint64(d.httpStatus));
        if (d.error.isEmpty())
            s.bindNull(7);
        else
            s.bindText(7, error);
        s.bind(8, qint64(d.delivered ? 1 : 0));
        if (auto ok = s.run(); !ok)
            return ok;
    }
    const std::string prune = "DELETE FROM alert_deliveries WHERE id <= (SELECT max(id) FROM "
                              "alert_deliveries) - "
                              + std::to_string(kDeliveriesKept);
    if (auto pruned = m_db.exec(prune.c_str()); !pruned)
        return pruned;
    return transaction.commit();
}

Result<std::vector<DeliveryRecord>> SqliteAlertRepository::deliveries(int limit)
{
    auto s = m_db.prepare("SELECT at, target, group_key, status, attempt, http_status, "
                          "coalesce(error, ''), delivered FROM alert_deliveries "
                          "ORDER BY id DESC LIMIT ?1");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, qint64(limit));
    std::vector<DeliveryRecord> out;
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        out.push_back({r.columnInt(0),
                       r.columnString(1),
                       r.columnString(2),
                       r.columnString(3),
                       int(r.columnInt(4)),
                       int(r.columnInt(5)),
                       r.columnString(6),
                       r.columnInt(7) != 0});
    }
    return out;
}

} // namespace paydeck::store
