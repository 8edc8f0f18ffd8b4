#include "audit_chain.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace paydeck::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile", text);
}

/// Length-prefixed, so that moving text from one field to the next changes the hash.
void addField(QCryptographicHash &hash, std::string_view value)
{
    const std::string prefix = std::to_string(value.size()) + ':';
    hash.addData(QByteArrayView(prefix.data(), qsizetype(prefix.size())));
    hash.addData(QByteArrayView(value.data(), qsizetype(value.size())));
}

constexpr const char *kSelect = "SELECT id, at, user, action, reconciliation, items, note, "
                                "coalesce(detail, ''), coalesce(prev_hash, ''), "
                                "coalesce(hash, '') FROM recon_audit";

AuditEntry readEntry(const Statement &s)
{
    AuditEntry entry;
    entry.id = s.columnInt(0);
    entry.at = s.columnInt(1);
    entry.user = s.columnText(2);
    entry.action = s.columnText(3);
    entry.reconciliation = s.columnText(4);
    entry.items = s.columnText(5);
    entry.note = s.columnText(6);
    entry.detail = s.columnText(7);
    return entry;
}

Result<void>
writeLink(Database &db, qint64 id, const std::string &previous, const std::string &hash)
{
    auto update = db.prepare("UPDATE recon_audit SET prev_hash = ?1, hash = ?2 WHERE id = ?3");
    if (!update)
        return makeError(update.error());
    update.value().bindText(1, previous);
    update.value().bindText(2, hash);
    update.value().bind(3, id);
    return update.value().run();
}

} // namespace

std::string auditLinkHash(const std::string &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, std::to_string(entry.id));
    addField(hash, std::to_string(entry.at));
    for (const std::string *field : {&entry.user,
                                     &entry.action,
                                     &entry.reconciliation,
                                     &entry.items,
                                     &entry.note,
                                     &entry.detail})
        addField(hash, *field);
    return hash.result().toHex().toStdString();
}

Result<void> appendAuditEntry(Database &db, AuditEntry entry)
{
    auto last
        = db.prepare("SELECT id, coalesce(hash, '') FROM recon_audit ORDER BY id DESC LIMIT 1");
    if (!last)
        return makeError(last.error());
    std::string previous;
    entry.id = 1;
    if (last.value().step() == Statement::Step::Row) {
        entry.id = last.value().columnInt(0) + 1;
        previous = last.value().columnText(1);
    }
    auto insert = db.prepare("INSERT INTO recon_audit (id, at, user, action, reconciliation, items,"
                             " note, detail, prev_hash, hash) VALUES (?1,?2,?3,?4,coalesce(?5,''),"
                             "coalesce(?6,''),coalesce(?7,''),?8,?9,?10)");
    if (!insert)
        return makeError(insert.error());
    const std::string hash = auditLinkHash(previous, entry);
    auto &s = insert.value();
    s.bind(1, entry.id);
    s.bind(2, entry.at);
    s.bindText(3, entry.user);
    s.bindText(4, entry.action);
    s.bindText(5, entry.reconciliation);
    s.bindText(6, entry.items);
    s.bindText(7, entry.note);
    s.bindText(8, entry.detail);
    s.bindText(9, previous);
    s.bindText(10, hash);
    return s.run();
}

Result<void> chainExistingAuditEntries(Database &db)
{
    auto rows = db.prepare(std::string(kSelect) + " ORDER BY id");
    if (!rows)
        return makeError(rows.error());
    std::vector<std::pair<qint64, std::pair<std::string, std::string>>> links;
    std::string previous;
    while (rows.value().step() == Statement::Step::Row) {
        const AuditEntry entry = readEntry(rows.value());
        std::string hash = auditLinkHash(previous, entry);
        links.push_back({entry.id, {previous, hash}});
        previous = std::move(hash);
    }
    for (const auto &[id, link] : links) {
        if (auto ok = writeLink(db, id, link.first, link.second); !ok)
            return ok;
    }
    return {};
}

Result<reconcile::AuditVerification> verifyAuditChain(Database &db)
{
    auto rows = db.prepare(std::string(kSelect) + " ORDER BY id");
    if (!rows)
        return makeError(rows.error());
    reconcile::AuditVerification result;
    std::string previous;
    while (rows.value().step() == Statement::Step::Row) {
        const AuditEntry entry = readEntry(rows.value());
        const std::string storedPrevious = rows.value().columnText(8);
        const std::string storedHash = rows.value().columnText(9);
        ++result.entries;
        if (result.intact) {
            QString problem;
            if (storedPrevious != previous)
                problem = tr("entry %1 does not follow the entry before it (one was removed, "
                             "inserted or changed)")
                              .arg(entry.id);
            else if (storedHash != auditLinkHash(previous, entry))
                problem = tr("entry %1 was changed after it was written").arg(entry.id);
            if (!problem.isEmpty()) {
                result.intact = false;
                result.brokenAt = entry.id;
                result.problem = problem;
            }
        }
        previous = storedHash;
    }
    result.headHash = QString::fromStdString(previous);
    return result;
}

} // namespace paydeck::store
