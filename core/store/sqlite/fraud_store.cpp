#include "audit_chain.h"
#include "sqlite_session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::store {

namespace {

StoredFraudRules readVersion(const Statement &s)
{
    return {int(s.columnInt(0)),
            QString::fromStdString(s.columnText(1)),
            s.columnInt(2),
            QString::fromStdString(s.columnText(3))};
}

/// A store from before fraud rules, opened read-only (not migrated): none imported.
bool hasRuleTable(Database &db)
{
    auto s = db.prepare("SELECT 1 FROM sqlite_master WHERE name='fraud_rule_versions'");
    return s && s.value().step() == Statement::Step::Row;
}

} // namespace

Result<std::optional<StoredFraudRules>> SqliteFraudRepository::activeRules()
{
    if (!hasRuleTable(m_db))
        return std::optional<StoredFraudRules>();
    auto s = m_db.prepare("SELECT version, text, changed_at, changed_by FROM fraud_rule_versions "
                          "ORDER BY version DESC LIMIT 1");
    if (!s)
        return makeError(s.error());
    if (s.value().step() != Statement::Step::Row)
        return std::optional<StoredFraudRules>();
    return std::optional<StoredFraudRules>(readVersion(s.value()));
}

Result<int> SqliteFraudRepository::saveRules(const QString &text, const QString &who)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto active = activeRules();
    if (!active)
        return makeError(active.error());
    if (active.value() && active.value()->text == text)
        return active.value()->version; // unchanged: no new version, nothing to audit
    const int version = active.value() ? active.value()->version + 1 : 1;
    auto s = m_db.prepare("INSERT INTO fraud_rule_versions(version, text, changed_at, changed_by) "
                          "VALUES(?1, ?2, ?3, ?4)");
    if (!s)
        return makeError(s.error());
    // Bound text is not copied: the strings live until the statement has run.
    const std::string body = text.toStdString(), author = who.toStdString();
    s.value().bind(1, qint64(version));
    s.value().bindText(2, body);
    s.value().bind(3, QDateTime::currentSecsSinceEpoch());
    s.value().bindText(4, author);
    if (auto ok = s.value().run(); !ok)
        return makeError(ok.error());
    AuditEntry entry;
    entry.at = QDateTime::currentMSecsSinceEpoch();
    entry.user = who.isEmpty() ? std::string("unknown") : who.toStdString();
    entry.action = "fraud_rules_changed";
    entry.items = QJsonDocument(QJsonObject{{QStringLiteral("version"), version}})
                      .toJson(QJsonDocument::Compact)
                      .toStdString();
    entry.detail = text.toStdString();
    if (auto ok = appendAuditEntry(m_db, std::move(entry)); !ok)
        return makeError(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return version;
}

Result<std::vector<StoredFraudRules>> SqliteFraudRepository::ruleHistory()
{
    if (!hasRuleTable(m_db))
        return std::vector<StoredFraudRules>();
    auto s = m_db.prepare("SELECT version, text, changed_at, changed_by FROM fraud_rule_versions "
                          "ORDER BY version");
    if (!s)
        return makeError(s.error());
    std::vector<StoredFraudRules> out;
    while (s.value().step() == Statement::Step::Row)
        out.push_back(readVersion(s.value()));
    return out;
}

} // namespace paydeck::store
