// The fraud review queue in SQLite (store/fraud_repository.h): a row per flagged charge with
// its row version, a history of what people did to it, the scoring mark, and an audit entry per
// change.

#include "audit_chain.h"
#include "sqlite_session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::store {

namespace {

constexpr const char *kReviewColumns
    = "source_id, charge, created, amount, currency, card_fingerprint, card_last4, email, ip, "
      "customer, score, action, rule, reasons, scored_at, status, assignee, decided_by, "
      "decided_at, note, refund, version, declined";

FraudReview readReview(const Statement &s)
{
    FraudReview r;
    r.sourceId = s.columnInt(0);
    r.charge = s.columnText(1);
    r.created = s.columnInt(2);
    r.amount = s.columnInt(3);
    r.currency = s.columnText(4);
    r.cardFingerprint = s.columnText(5);
    r.cardLast4 = s.columnText(6);
    r.email = s.columnText(7);
    r.ip = s.columnText(8);
    r.customer = s.columnText(9);
    r.score = int(s.columnInt(10));
    r.action = s.columnText(11);
    r.rule = s.columnText(12);
    r.reasons = s.columnText(13);
    r.scoredAt = s.columnInt(14);
    r.status = s.columnText(15);
    r.assignee = s.columnText(16);
    r.decidedBy = s.columnText(17);
    r.decidedAt = s.columnInt(18);
    r.note = s.columnText(19);
    r.refund = s.columnText(20);
    r.version = int(s.columnInt(21));
    r.declined = s.columnInt(22) != 0;
    return r;
}

/// A store from before the review queue, opened read-only (not migrated): nothing queued.
bool hasReviewTables(Database &db)
{
    auto s = db.prepare("SELECT 1 FROM sqlite_master WHERE name='fraud_reviews'");
    return s && s.value().step() == Statement::Step::Row;
}

Result<std::optional<FraudReview>>
loadReview(Database &db, qint64 sourceId, const std::string &charge)
{
    auto s = db.prepare(std::string("SELECT ") + kReviewColumns
                        + " FROM fraud_reviews WHERE source_id = ?1 AND charge = ?2");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, sourceId);
    s.value().bindText(2, charge);
    if (s.value().step() != Statement::Step::Row)
        return std::optional<FraudReview>();
    return std::optional<FraudReview>(readReview(s.value()));
}

Result<std::vector<FraudReview>>
queryReviews(Database &db, const std::string &sql, const std::vector<std::string> &texts)
{
    auto s = db.prepare(sql);
    if (!s)
        return makeError(s.error());
    for (size_t i = 0; i < texts.size(); ++i)
        s.value().bindText(int(i) + 1, texts[i]);
    std::vector<FraudReview> out;
    while (s.value().step() == Statement::Step::Row)
        out.push_back(readReview(s.value()));
    return out;
}

bool isDecision(const std::string &status)
{
    return status == "approved" || status == "fraudulent" || status == "needs_info";
}

QString describeEvent(const ReviewEvent &event)
{
    const QString when = QDateTime::fromSecsSinceEpoch(event.at, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    QString what = QString::fromStdString(event.kind);
    if (!event.statusAfter.empty() && event.statusAfter != event.statusBefore)
        what += QStringLiteral(" → ") + QString::fromStdString(event.statusAfter);
    return QStringLiteral("%1 (%2, %3)").arg(QString::fromStdString(event.who), what, when);
}

/// The decision an undo takes back: the newest decision not already undone, and the one in
/// force before it (for who decided and when, after the undo).
struct UndoTarget
{
    const ReviewEvent *undone = nullptr;
    const ReviewEvent *previous = nullptr;
};

UndoTarget undoTarget(const std::vector<ReviewEvent> &history)
{
    UndoTarget target;
    int skip = 0;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->kind == "undone") {
            ++skip;
        } else if (it->kind == "decided" || it->kind == "refunded") {
            if (skip > 0) {
                --skip;
            } else if (!target.undone) {
                target.undone = &*it;
            } else {
                target.previous = &*it;
                break;
            }
        }
    }
    return target;
}

} // namespace

Result<int> SqliteFraudRepository::addReviews(const std::vector<ReviewCandidate> &candidates,
                                              qint64 scoredThrough)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto s = m_db.prepare(
        "INSERT OR IGNORE INTO fraud_reviews(source_id, charge, created, amount, currency, "
        "card_fingerprint, card_last4, email, ip, customer, score, action, rule, reasons, "
        "scored_at, declined) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!s)
        return makeError(s.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int added = 0;
    for (const ReviewCandidate &c : candidates) {
        Statement &st = s.value();
        st.reset();
        st.bind(1, c.sourceId);
        st.bindText(2, c.charge);
        st.bind(3, c.created);
        st.bind(4, c.amount);
        st.bindText(5, c.currency);
        st.bindText(6, c.cardFingerprint);
        st.bindText(7, c.cardLast4);
        st.bindText(8, c.email);
        st.bindText(9, c.ip);
        st.bindText(10, c.customer);
        st.bind(11, qint64(c.score));
        st.bindText(12, c.action);
        st.bindText(13, c.rule);
        st.bindText(14, c.reasons.empty() ? std::string_view("[]") : c.reasons);
        st.bind(15, now);
        st.bind(16, c.declined);
        if (auto ok = st.run(); !ok)
            return makeError(ok.error());
        added += m_db.changes();
    }
    auto mark = m_db.prepare("INSERT INTO fraud_scoring(id, scored_through) VALUES(1, ?1) "
                             "ON CONFLICT(id) DO UPDATE SET scored_through = "
                             "max(scored_through, excluded.scored_through)");
    if (!mark)
        return makeError(mark.error());
    mark.value().bind(1, scoredThrough);
    if (auto ok = mark.value().run(); !ok)
        return makeError(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return added;
}

Result<qint64> SqliteFraudRepository::scoredThrough()
{
    if (!hasReviewTables(m_db))
        return qint64(0);
    auto s = m_db.prepare("SELECT scored_through FROM fraud_scoring WHERE id = 1");
    if (!s)
        return makeError(s.error());
    return s.value().step() == Statement::Step::Row ? s.value().columnInt(0) : qint64(0);
}

Result<std::vector<FraudReview>> SqliteFraudRepository::reviews(const ReviewQuery &query)
{
    if (!hasReviewTables(m_db))
        return std::vector<FraudReview>();
    std::string sql = std::string("SELECT ") + kReviewColumns + " FROM fraud_reviews WHERE 1";
    std::vector<std::string> texts = query.statuses;
    if (!query.statuses.empty())
        sql += " AND status IN (" + sqlPlaceholders(query.statuses.size()) + ")";
    if (!query.assignee.empty()) {
        texts.push_back(query.assignee);
        sql += " AND assignee = ?" + std::to_string(texts.size());
    }
    // Open reviews first, riskiest first; decided ones newest decision first.
    sql += " ORDER BY status = 'open' DESC, CASE WHEN status = 'open' THEN score ELSE "
           "decided_at END DESC, created DESC, charge LIMIT "
           + std::to_string(std::max(0, query.limit));
    return queryReviews(m_db, sql, texts);
}

Result<std::vector<FraudReview>> SqliteFraudRepository::reviewsOfCharge(const std::string &charge)
{
    if (!hasReviewTables(m_db))
        return std::vector<FraudReview>();
    return queryReviews(m_db,
                        std::string("SELECT ") + kReviewColumns
                            + " FROM fraud_reviews WHERE charge = ?1 ORDER BY source_id",
                        {charge});
}

Result<std::vector<ReviewEvent>> SqliteFraudRepository::reviewHistory(qint64 sourceId,
                                                                      const std::string &charge)
{
    if (!hasReviewTables(m_db))
        return std::vector<ReviewEvent>();
    auto s = m_db.prepare("SELECT at, who, kind, status_before, status_after, note FROM "
                          "fraud_review_events WHERE source_id = ?1 AND charge = ?2 ORDER BY id");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, sourceId);
    s.value().bindText(2, charge);
    std::vector<ReviewEvent> out;
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        out.push_back({r.columnInt(0),
                       r.columnText(1),
                       r.columnText(2),
                       r.columnText(3),
                       r.columnText(4),
                       r.columnText(5)});
    }
    return out;
}

Result<std::vector<std::pair<std::string, qint64>>> SqliteFraudRepository::reviewCounts()
{
    std::vector<std::pair<std::string, qint64>> out;
    if (!hasReviewTables(m_db))
        return out;
    auto s = m_db.prepare("SELECT status, count(*) FROM fraud_reviews GROUP BY status "
                          "ORDER BY status");
    if (!s)
        return makeError(s.error());
    while (s.value().step() == Statement::Step::Row)
        out.emplace_back(s.value().columnText(0), s.value().columnInt(1));
    return out;
}

Result<FraudReview> SqliteFraudRepository::changeReview(const ReviewChange &change)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto loaded = loadReview(m_db, change.sourceId, change.charge);
    if (!loaded)
        return makeError(loaded.error());
    if (!loaded.value())
        return makeError(
            QStringLiteral("no review of charge %1").arg(QString::fromStdString(change.charge)));
    FraudReview review = *loaded.value();
    auto history = reviewHistory(change.sourceId, change.charge);
    if (!history)
        return makeError(history.error());
    if (change.expectedVersion != review.version) {
        const QString last = history.value().empty() ? QStringLiteral("scoring")
                                                     : describeEvent(history.value().back());
        return makeError(QStringLiteral("the review of %1 was changed meanwhile by %2; nothing "
                                        "was written — look at it again")
                             .arg(QString::fromStdString(change.charge), last));
    }
    ReviewEvent event{QDateTime::currentSecsSinceEpoch(),
                      change.who,
                      change.kind,
                      review.status,
                      review.status,
                      change.note};
    if (change.kind == "assigned") {
        review.assignee = change.assignee.empty() ? change.who : change.assignee;
        event.note = review.assignee;
    } else if (change.kind == "decided" || change.kind == "refunded") {
        if (change.kind == "decided" && !isDecision(change.status))
            return makeError(QStringLiteral("unknown decision '%1' (approved, fraudulent or "
                                            "needs_info)")
                                 .arg(QString::fromStdString(change.status)));
        if (change.kind == "refunded")
            review.refund = change.refund;
        event.statusAfter = change.kind == "refunded" ? "fraudulent" : change.status;
        review.status = event.statusAfter;
        review.decidedBy = change.who;
        review.decidedAt = event.at;
        review.note = change.note;
    } else if (change.kind == "undone") {
        const UndoTarget target = undoTarget(history.value());
        if (!target.undone)
            return makeError(
                QStringLiteral("nothing to undo on %1").arg(QString::fromStdString(change.charge)));
        if (target.undone->kind == "refunded" || !review.refund.empty())
            return makeError(QStringLiteral("%1 was refunded through the provider (%2): that "
                                            "cannot be undone in Paydeck")
                                 .arg(QString::fromStdString(change.charge),
                                      QString::fromStdString(review.refund)));
        event.statusAfter = target.undone->statusBefore;
        review.status = event.statusAfter;
        review.decidedBy = target.previous ? target.previous->who : std::string();
        review.decidedAt = target.previous ? target.previous->at : 0;
        review.note = target.previous ? target.previous->note : std::string();
    } else if (change.kind != "noted") {
        return makeError(
            QStringLiteral("unknown review change '%1'").arg(QString::fromStdString(change.kind)));
    }
    ++review.version;
    auto update = m_db.prepare(
        "UPDATE fraud_reviews SET status = ?1, assignee = ?2, decided_by = ?3, decided_at = ?4, "
        "note = ?5, refund = ?6, version = ?7 WHERE source_id = ?8 AND charge = ?9");
    if (!update)
        return makeError(update.error());
    Statement &u = update.value();
    u.bindText(1, review.status);
    u.bindText(2, review.assignee);
    u.bindText(3, review.decidedBy);
    if (review.decidedAt)
        u.bind(4, review.decidedAt);
    else
        u.bindNull(4);
    u.bindText(5, review.note);
    u.bindText(6, review.refund);
    u.bind(7, qint64(review.version));
    u.bind(8, review.sourceId);
    u.bindText(9, review.charge);
    if (auto ok = u.run(); !ok)
        return makeError(ok.error());
    auto insert = m_db.prepare("INSERT INTO fraud_review_events(source_id, charge, at, who, kind, "
                               "status_before, status_after, note) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return makeError(insert.error());
    Statement &e = insert.value();
    e.bind(1, review.sourceId);
    e.bindText(2, review.charge);
    e.bind(3, event.at);
    e.bindText(4, event.who);
    e.bindText(5, event.kind);
    e.bindText(6, event.statusBefore);
    e.bindText(7, event.statusAfter);
    e.bindText(8, event.note);
    if (auto ok = e.run(); !ok)
        return makeError(ok.error());
    AuditEntry entry;
    entry.at = QDateTime::currentMSecsSinceEpoch();
    entry.user = change.who.empty() ? std::string("unknown") : change.who;
    entry.action = "fraud_review_" + change.kind;
    QJsonObject items{{QStringLiteral("charge"), QString::fromStdString(review.charge)},
                      {QStringLiteral("source"), review.sourceId},
                      {QStringLiteral("status"), QString::fromStdString(review.status)}};
    if (!review.refund.empty())
        items.insert(QStringLiteral("refund"), QString::fromStdString(review.refund));
    entry.items = QJsonDocument(items).toJson(QJsonDocument::Compact).toStdString();
    entry.note = event.note;
    if (auto ok = appendAuditEntry(m_db, std::move(entry)); !ok)
        return makeError(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return review;
}

} // namespace paydeck::store
