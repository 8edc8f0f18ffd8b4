#include "audit_chain.h"
#include "sqlite_session.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDateTime>

namespace paydeck::store {

namespace {

SourceConfig readSource(const Statement &s)
{
    SourceConfig source;
    source.id = s.columnInt(0);
    source.name = s.columnString(1);
    source.kind = s.columnString(2);
    source.baseUrl = s.columnString(3);
    source.apiKey = s.columnString(4);
    source.caCertificate = s.columnString(5);
    source.isSandbox = s.columnInt(6) != 0;
    const QString fallbacks = s.columnString(7);
    source.fallbackUrls = fallbacks.split(u'\n', Qt::SkipEmptyParts);
    source.webhookListen = s.columnString(8);
    source.webhookSecret = s.columnString(9);
    if (!s.columnIsNull(10))
        source.connectTimeoutMs = int(s.columnInt(10));
    if (!s.columnIsNull(11))
        source.readTimeoutMs = int(s.columnInt(11));
    source.requestsPerSecond = int(s.columnInt(12));
    return source;
}

constexpr const char *kSelect
    = "SELECT id,name,kind,base_url,api_key,ca_certificate,is_sandbox,fallback_urls,webhook_listen,"
      "webhook_secret,connect_timeout_ms,read_timeout_ms,requests_per_second FROM sources ";

} // namespace

std::vector<SourceConfig> SqliteSourceRepository::all()
{
    std::vector<SourceConfig> out;
    auto s = m_db.prepare(std::string(kSelect) + "ORDER BY id");
    if (!s)
        return out;
    while (s.value().step() == Statement::Step::Row)
        out.push_back(readSource(s.value()));
    return out;
}

std::optional<SourceConfig> SqliteSourceRepository::byName(const QString &name)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE name=?1");
    if (!s)
        return std::nullopt;
    const std::string utf8 = name.toStdString();
    s.value().bindText(1, utf8);
    if (s.value().step() == Statement::Step::Row)
        return readSource(s.value());
    return std::nullopt;
}

std::optional<SourceConfig> SqliteSourceRepository::byId(qint64 id)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE id=?1");
    if (!s)
        return std::nullopt;
    s.value().bind(1, id);
    if (s.value().step() == Statement::Step::Row)
        return readSource(s.value());
    return std::nullopt;
}

Result<qint64> SqliteSourceRepository::upsert(const SourceConfig &source)
{
    auto s = m_db.prepare(
        "INSERT INTO sources(name,kind,base_url,api_key,ca_certificate,is_sandbox,created_at,"
        "fallback_urls,webhook_listen,webhook_secret,connect_timeout_ms,read_timeout_ms,"
        "requests_per_second) VALUES(?1,?2,?3,'',?5,?6,?7,?8,?9,NULL,?11,?12,?13) "
        "ON CONFLICT(name) DO UPDATE SET "
        "kind=excluded.kind, base_url=excluded.base_url, api_key='', "
        "ca_certificate=excluded.ca_certificate, is_sandbox=excluded.is_sandbox, "
        "fallback_urls=excluded.fallback_urls, webhook_listen=excluded.webhook_listen, "
        "webhook_secret=NULL, connect_timeout_ms=excluded.connect_timeout_ms, "
        "read_timeout_ms=excluded.read_timeout_ms, "
        "requests_per_second=excluded.requests_per_second RETURNING id");
    if (!s)
        return makeError(s.error());
    const std::string name = source.name.toStdString();
    const std::string kind = source.kind.toStdString();
    const std::string url = source.baseUrl.toStdString();
    const std::string ca = source.caCertificate.toStdString();
    Statement &st = s.value();
    st.bindText(1, name);
    st.bindText(2, kind);
    st.bindText(3, url);
    // Secrets never reach the store: they live in the secret store (secrets/secret_store.h).
    st.bindText(5, ca);
    st.bind(6, source.isSandbox);
    st.bind(7, QDateTime::currentSecsSinceEpoch());
    const std::string fallbacks = source.fallbackUrls.join(u'\n').toStdString();
    st.bindText(8, fallbacks);
    const std::string webhookListen = source.webhookListen.toStdString();
    st.bindText(9, webhookListen);
    st.bind(11, qint64(source.connectTimeoutMs));
    st.bind(12, qint64(source.readTimeoutMs));
    st.bind(13, qint64(std::max(0, source.requestsPerSecond)));
    if (st.step() != Statement::Step::Row)
        return makeError(st.errorMessage());
    const qint64 id = st.columnInt(0);
    (void)st.step();
    return id;
}

namespace {

/// The audited configuration of a source: what it syncs from and how (never its secrets).
QJsonObject auditedFields(const SourceConfig &source)
{
    return QJsonObject{
        {QStringLiteral("kind"), source.kind},
        {QStringLiteral("base_url"), source.baseUrl},
        {QStringLiteral("fallback_urls"), source.fallbackUrls.join(u' ')},
        {QStringLiteral("ca_certificate"), source.caCertificate},
        {QStringLiteral("sandbox"), source.isSandbox},
        {QStringLiteral("webhook_listen"), source.webhookListen},
        {QStringLiteral("connect_timeout_ms"), source.connectTimeoutMs},
        {QStringLiteral("read_timeout_ms"), source.readTimeoutMs},
        {QStringLiteral("requests_per_second"), std::max(0, source.requestsPerSecond)},
    };
}

/// What changed, field by field: {"field": {"from": …, "to": …}}; for a new source every field
/// with its value.
QJsonObject sourceChanges(const std::optional<SourceConfig> &before, const SourceConfig &after)
{
    const QJsonObject now = auditedFields(after);
    if (!before)
        return now;
    const QJsonObject then = auditedFields(*before);
    QJsonObject changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (then.value(it.key()) != it.value())
            changes.insert(it.key(),
                           QJsonObject{{QStringLiteral("from"), then.value(it.key())},
                                       {QStringLiteral("to"), it.value()}});
    }
    return changes;
}

std::string compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

Result<qint64> SqliteSourceRepository::save(const SourceConfig &source,
                                            const SourceChangeAuthor &author)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    const std::optional<SourceConfig> before = byName(source.name);
    QJsonObject changes = sourceChanges(before, source);
    if (author.secretsReplaced)
        changes.insert(QStringLiteral("secrets"), QStringLiteral("replaced"));
    auto id = upsert(source);
    if (!id)
        return id;
    if (!before || !changes.isEmpty()) {
        AuditEntry entry;
        entry.at = QDateTime::currentMSecsSinceEpoch();
        entry.user = author.user.isEmpty() ? std::string("unknown") : author.user.toStdString();
        entry.action = before ? "source_changed" : "source_added";
        entry.items = compactJson(QJsonObject{{QStringLiteral("source"), source.name},
                                              {QStringLiteral("source_id"), id.value()}});
        entry.detail = compactJson(changes);
        if (auto ok = appendAuditEntry(m_db, std::move(entry)); !ok)
            return makeError(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return id;
}

Result<void> SqliteSourceRepository::clearStoredSecrets()
{
    return m_db.exec("UPDATE sources SET api_key='', webhook_secret=NULL "
                     "WHERE api_key<>'' OR webhook_secret IS NOT NULL");
}

SyncCursor SqliteSourceRepository::cursor(qint64 sourceId, const char *objectType)
{
    SyncCursor cursor;
    Statement *s
        = m_db.cached("SELECT run_floor,starting_after,max_created,last_success,last_error "
                      "FROM sync_state WHERE source_id=?1 AND object_type=?2");
    if (!s)
        return cursor;
    s->bind(1, sourceId);
    s->bindText(2, objectType);
    if (s->step() == Statement::Step::Row) {
        if (!s->columnIsNull(0))
            cursor.runFloor = s->columnInt(0);
        cursor.startingAfter = s->columnText(1);
        cursor.maxCreated = s->columnInt(2);
        cursor.lastSuccess = s->columnInt(3);
        cursor.lastError = s->columnString(4);
    }
    s->reset();
    if (cursor.runFloor)
        cursor.ranges = ranges(sourceId, objectType);
    return cursor;
}

std::vector<RangeCursor> SqliteSourceRepository::ranges(qint64 sourceId, const char *objectType)
{
    std::vector<RangeCursor> out;
    Statement *s = m_db.cached(
        "SELECT range_id,created_from,created_before,starting_after,done,position FROM sync_ranges "
        "WHERE source_id=?1 AND object_type=?2 ORDER BY created_from DESC");
    if (!s)
        return out;
    s->bind(1, sourceId);
    s->bindText(2, objectType);
    while (s->step() == Statement::Step::Row) {
        RangeCursor range;
        range.id = int(s->columnInt(0));
        range.from = s->columnInt(1);
        range.before = s->columnIsNull(2) ? 0 : s->columnInt(2);
        range.startingAfter = s->columnText(3);
        range.done = s->columnInt(4) != 0;
        range.position = s->columnInt(5);
        out.push_back(std::move(range));
    }
    s->reset();
    return out;
}

Result<void> SqliteSourceRepository::saveRanges(qint64 sourceId,
                                                const char *objectType,
                                                const SyncCursor &cursor)
{
    if (!cursor.runFloor) {
        Statement *s = m_db.cached("DELETE FROM sync_ranges WHERE source_id=?1 AND object_type=?2");
        if (!s)
            return makeError(m_db.errorMessage());
        s->bind(1, sourceId);
        s->bindText(2, objectType);
        return s->run();
    }
    Statement *s = m_db.cached(
        "INSERT INTO sync_ranges(source_id,object_type,range_id,created_from,created_before,"
        "starting_after,done,position) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) "
        "ON CONFLICT(source_id,object_type,range_id) DO UPDATE SET "
        "created_from=excluded.created_from, created_before=excluded.created_before, "
        "starting_after=excluded.starting_after, done=excluded.done, "
        "position=excluded.position");
    if (!s)
        return makeError(m_db.errorMessage());
    for (const RangeCursor &range : cursor.ranges) {
        s->bind(1, sourceId);
        s->bindText(2, objectType);
        s->bind(3, qint64(range.id));
        s->bind(4, range.from);
        if (range.before > 0)
            s->bind(5, range.before);
        else
            s->bindNull(5);
        s->bindText(6, range.startingAfter);
        s->bind(7, range.done);
        s->bind(8, range.position);
        if (auto ok = s->run(); !ok)
            return ok;
    }
    return {};
}

Result<void> SqliteSourceRepository::saveCursor(qint64 sourceId,
                                                const char *objectType,
                                                const SyncCursor &cursor)
{
    Statement *s = m_db.cached(
        "INSERT INTO sync_state(source_id,object_type,run_floor,starting_after,max_created,"
        "last_success,last_attempt,last_error) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) "
        "ON CONFLICT(source_id,object_type) DO UPDATE SET run_floor=excluded.run_floor, "
        "starting_after=excluded.starting_after, max_created=excluded.max_created, "
        "last_success=COALESCE(excluded.last_success,last_success), "
        "last_attempt=excluded.last_attempt, last_error=excluded.last_error");
    if (!s)
        return makeError(m_db.errorMessage());
    s->bind(1, sourceId);
    s->bindText(2, objectType);
    if (cursor.runFloor)
        s->bind(3, *cursor.runFloor);
    else
        s->bindNull(3);
    s->bindText(4, cursor.startingAfter);
    s->bind(5, cursor.maxCreated);
    if (cursor.lastSuccess > 0)
        s->bind(6, cursor.lastSuccess);
    else
        s->bindNull(6);
    s->bind(7, QDateTime::currentSecsSinceEpoch());
    const std::string error = cursor.lastError.toStdString();
    s->bindText(8, error);
    if (auto ok = s->run(); !ok)
        return ok;
    return saveRanges(sourceId, objectType, cursor);
}

Result<void> SqliteSourceRepository::recordError(qint64 sourceId,
                                                 const char *objectType,
                                                 const QString &message,
                                                 qint64 when)
{
    Statement *s = m_db.cached(
        "INSERT INTO sync_state(source_id,object_type,last_attempt,last_error) VALUES(?1,?2,?3,?4) "
        "ON CONFLICT(source_id,object_type) DO UPDATE SET last_attempt=excluded.last_attempt, "
        "last_error=excluded.last_error");
    if (!s)
        return makeError(m_db.errorMessage());
    const std::string text = message.toStdString();
    s->bind(1, sourceId);
    s->bindText(2, objectType);
    s->bind(3, when);
    s->bindText(4, text);
    return s->run();
}

} // namespace paydeck::store
