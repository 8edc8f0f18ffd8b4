// Alerts in SQLite: rules with their versions, states, transitions, silences.
#include "sqlite_session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <deque>

namespace paydeck::store {

namespace {

/// Statement::bindText does not copy: the texts bound live here until the statement has run.
class Kept
{
public:
    std::string_view operator()(const QString &text)
    {
        m_texts.push_back(text.toStdString());
        return m_texts.back();
    }

private:
    std::deque<std::string> m_texts;
};

void bindOptional(Statement &s, int index, const std::optional<double> &value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

std::optional<double> optionalDouble(const Statement &s, int column)
{
    if (s.columnIsNull(column))
        return std::nullopt;
    return s.columnDouble(column);
}

Result<StoredRule> storedRule(const Statement &s, int first)
{
    // (definition, version, changed_at, changed_by) from column `first`
    auto rule = alerts::parseAlertRule(s.columnString(first).toUtf8(),
                                       QObject::tr("the store's alert rule"));
    if (!rule)
        return makeError(rule.error());
    StoredRule out{std::move(rule).value(), s.columnInt(first + 2), s.columnString(first + 3)};
    out.rule.version = int(s.columnInt(first + 1));
    return out;
}

template<typename T, typename Read>
Result<std::vector<T>> readAll(Statement &s, Read read)
{
    std::vector<T> out;
    for (;;) {
        const auto step = s.step();
        if (step == Statement::Step::Done)
            return out;
        if (step != Statement::Step::Row)
            return makeError(s.errorMessage());
        auto item = read(s);
        if (!item)
            return makeError(item.error());
        out.push_back(std::move(item).value());
    }
}

} // namespace

Result<std::vector<StoredRule>> SqliteAlertRepository::rules()
{
    auto s = m_db.prepare(
        "SELECT definition, version, changed_at, changed_by FROM alert_rules ORDER BY id");
    if (!s)
        return makeError(s.error());
    return readAll<StoredRule>(s.value(), [](const Statement &row) { return storedRule(row, 0); });
}

Result<RulesSaved> SqliteAlertRepository::saveRules(const std::vector<alerts::AlertRule> &rules,
                                                    const QString &who)
{
    Kept kept;
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto find = m_db.prepare("SELECT definition, version FROM alert_rules WHERE id = ?1");
    auto upsert = m_db.prepare(
        "INSERT INTO alert_rules (id, version, definition, changed_at, changed_by) VALUES (?1, "
        "?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET version = excluded.version, definition "
        "= excluded.definition, changed_at = excluded.changed_at, changed_by = "
        "excluded.changed_by");
    auto history = m_db.prepare(
        "INSERT INTO alert_rule_versions (id, version, definition, changed_at, changed_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (auto *s : {&find, &upsert, &history}) {
        if (!*s)
            return makeError(s->error());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString author = who.isEmpty() ? QObject::tr("unknown") : who;
    RulesSaved saved;
    for (alerts::AlertRule rule : rules) {
        Statement &f = find.value();
        f.reset();
        f.bindText(1, kept(rule.id));
        int version = 1;
        if (f.step() == Statement::Step::Row) {
            // The same rule at its kept version is unchanged; anything else is a new version.
            auto kept = alerts::parseAlertRule(f.columnString(0).toUtf8(), rule.id);
            const int keptVersion = int(f.columnInt(1));
            rule.version = keptVersion;
            if (kept && alerts::alertRuleJson(kept.value()) == alerts::alertRuleJson(rule)) {
                ++saved.unchanged;
                continue;
            }
            version = keptVersion + 1;
            ++saved.changed;
        } else {
            ++saved.added;
        }
        rule.version = version;
        const std::string definition = alerts::alertRuleJson(rule).toStdString();
        for (auto *s : {&upsert, &history}) {
            Statement &w = s->value();
            w.reset();
            w.bindText(1, kept(rule.id));
            w.bind(2, version);
            w.bindText(3, definition);
            w.bind(4, now);
            w.bindText(5, kept(author));
            if (auto ok = w.run(); !ok)
                return makeError(ok.error());
        }
    }
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return saved;
}

Result<std::vector<StoredRule>> SqliteAlertRepository::ruleHistory(const QString &ruleId)
{
    Kept kept;
    auto s = m_db.prepare("SELECT definition, version, changed_at, changed_by FROM "
                          "alert_rule_versions WHERE id = ?1 ORDER BY version");
    if (!s)
        return makeError(s.error());
    s.value().bindText(1, kept(ruleId));
    return readAll<StoredRule>(s.value(), [](const Statement &row) { return storedRule(row, 0); });
}

Result<std::vector<AlertRecord>> SqliteAlertRepository::alerts()
{
    auto s = m_db.prepare(
        "SELECT rule_id, state, since, pending_seconds, last_evaluated, value, baseline, score, "
        "acknowledged_at, acknowledged_by, acknowledgement FROM alert_states ORDER BY rule_id");
    if (!s)
        return makeError(s.error());
    return readAll<AlertRecord>(s.value(), [](const Statement &row) -> Result<AlertRecord> {
        AlertRecord r;
        r.ruleId = row.columnString(0);
        const auto state = alerts::stateNamed(row.columnString(1));
        if (!state)
            return makeError(QObject::tr("the store holds an alert in an unknown state: %1")
                                 .arg(row.columnString(1)));
        r.state = *state;
        r.since = row.columnInt(2);
        r.pendingSeconds = row.columnInt(3);
        r.lastEvaluated = row.columnInt(4);
        r.value = optionalDouble(row, 5);
        r.baseline = optionalDouble(row, 6);
        r.score = row.columnDouble(7);
        if (!row.columnIsNull(8))
            r.acknowledgedAt = row.columnInt(8);
        r.acknowledgedBy = row.columnString(9);
        r.acknowledgement = row.columnString(10);
        return r;
    });
}

Result<void>
SqliteAlertRepository::recordEvaluation(const std::vector<AlertRecord> &states,
                                        const std::vector<alerts::Transition> &transitions)
{
    Kept kept;
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    // An acknowledgement belongs to one firing: a state that changed drops it.
    auto state = m_db.prepare(
        "INSERT INTO alert_states (rule_id, state, since, pending_seconds, last_evaluated, value, "
        "baseline, score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (rule_id) DO "
        "UPDATE SET acknowledged_at = CASE WHEN state = excluded.state THEN acknowledged_at END, "
        "acknowledged_by = CASE WHEN state = excluded.state THEN acknowledged_by END, "
        "acknowledgement = CASE WHEN state = excluded.state THEN acknowledgement END, state = "
        "excluded.state, since = excluded.since, pending_seconds = excluded.pending_seconds, "
        "last_evaluated = excluded.last_evaluated, value = excluded.value, baseline = "
        "excluded.baseline, score = excluded.score");
    auto transition = m_db.prepare(
        "INSERT INTO alert_transitions (rule_id, from_state, to_state, at, value, baseline, "
        "score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!state)
        return makeError(state.error());
    if (!transition)
        return makeError(transition.error());
    for (const AlertRecord &r : states) {
        Statement &s = state.value();
        s.reset();
        s.bindText(1, kept(r.ruleId));
        s.bindText(2, alerts::stateName(r.state));
        s.bind(3, r.since);
        s.bind(4, r.pendingSeconds);
        s.bind(5, r.lastEvaluated);
        bindOptional(s, 6, r.value);
        bindOptional(s, 7, r.baseline);
        s.bind(8, r.score);
        if (auto ok = s.run(); !ok)
            return makeError(ok.error());
    }
    for (const alerts::Transition &t : transitions) {
        Statement &s = transition.value();
        s.reset();
        s.bindText(1, kept(t.ruleId));
        s.bindText(2, alerts::stateName(t.from));
        s.bindText(3, alerts::stateName(t.to));
        s.bind(4, t.at);
        bindOptional(s, 5, t.value);
        bindOptional(s, 6, t.baseline);
        s.bind(7, t.score);
        if (auto ok = s.run(); !ok)
            return makeError(ok.error());
    }
    return transaction.commit();
}

Result<std::vector<StoredTransition>> SqliteAlertRepository::transitions(const QString &ruleId,
                                                                         int limit)
{
    Kept kept;
    auto s = m_db.prepare(
        "SELECT id, rule_id, from_state, to_state, at, value, baseline, score FROM "
        "alert_transitions WHERE ?1 = '' OR rule_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2");
    if (!s)
        return makeError(s.error());
    s.value().bindText(1, kept(ruleId));
    s.value().bind(2, limit);
    return readAll<StoredTransition>(
        s.value(), [](const Statement &row) -> Result<StoredTransition> {
            StoredTransition out;
            out.id = row.columnInt(0);
            out.transition.ruleId = row.columnString(1);
            out.transition.from
                = alerts::stateNamed(row.columnString(2)).value_or(alerts::State::Error);
            out.transition.to
                = alerts::stateNamed(row.columnString(3)).value_or(alerts::State::Error);
            out.transition.at = row.columnInt(4);
            out.transition.value = optionalDouble(row, 5);
            out.transition.baseline = optionalDouble(row, 6);
            out.transition.score = row.columnDouble(7);
            return out;
        });
}

Result<void> SqliteAlertRepository::acknowledge(const QString &ruleId,
                                                const QString &who,
                                                const QString &note,
                                                qint64 at)
{
    Kept kept;
    auto s = m_db.prepare(
        "UPDATE alert_states SET acknowledged_at = ?2, acknowledged_by = ?3, acknowledgement = "
        "?4 WHERE rule_id = ?1 AND state IN ('firing', 'pending')");
    if (!s)
        return makeError(s.error());
    s.value().bindText(1, kept(ruleId));
    s.value().bind(2, at);
    s.value().bindText(3, kept(who.isEmpty() ? QObject::tr("unknown") : who));
    s.value().bindText(4, kept(note));
    if (auto ok = s.value().run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("no alert of rule \"%1\" is firing or pending").arg(ruleId));
    return {};
}

Result<qint64> SqliteAlertRepository::addSilence(const Silence &silence)
{
    Kept kept;
    if (silence.ends <= silence.starts)
        return makeError(QObject::tr("a silence must end after it starts"));
    if (silence.matchers.isEmpty())
        return makeError(QObject::tr("a silence needs at least one label to match"));
    if (silence.fromMinute < 0 || silence.fromMinute > 24 * 60 || silence.toMinute < 0
        || silence.toMinute > 24 * 60 || silence.fromMinute == silence.toMinute
        || (silence.weekdays & 1u) != 0)
        return makeError(QObject::tr("a mute timing needs weekdays 1–7 and two different "
                                     "times of day"));
    QJsonObject matchers;
    for (auto it = silence.matchers.begin(); it != silence.matchers.end(); ++it)
        matchers.insert(it.key(), it.value());
    auto s = m_db.prepare("INSERT INTO alert_silences (matchers, starts, ends, created_by, "
                          "comment, created_at, weekdays, from_minute, to_minute) VALUES (?1, ?2, "
                          "?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return makeError(s.error());
    s.value().bindText(
        1, kept(QString::fromUtf8(QJsonDocument(matchers).toJson(QJsonDocument::Compact))));
    s.value().bind(2, silence.starts);
    s.value().bind(3, silence.ends);
    s.value().bindText(
        4,
        (silence.createdBy.isEmpty() ? QObject::tr("unknown") : silence.createdBy).toStdString());
    s.value().bindText(5, kept(silence.comment));
    s.value().bind(6, QDateTime::currentSecsSinceEpoch());
    s.value().bind(7, qint64(silence.weekdays));
    s.value().bind(8, qint64(silence.fromMinute));
    s.value().bind(9, qint64(silence.toMinute));
    if (auto ok = s.value().run(); !ok)
        return makeError(ok.error());
    return m_db.lastInsertRowid();
}

Result<std::vector<Silence>> SqliteAlertRepository::silences(qint64 at)
{
    auto s = m_db.prepare("SELECT id, matchers, starts, ends, created_by, comment, weekdays, "
                          "from_minute, to_minute FROM alert_silences WHERE ends > ?1 ORDER BY "
                          "starts, id");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, at);
    return readAll<Silence>(s.value(), [](const Statement &row) -> Result<Silence> {
        Silence out;
        out.id = row.columnInt(0);
        const QJsonObject matchers = QJsonDocument::fromJson(row.columnString(1).toUtf8()).object();
        for (auto it = matchers.begin(); it != matchers.end(); ++it)
            out.matchers.insert(it.key(), it.value().toString());
        out.starts = row.columnInt(2);
        out.ends = row.columnInt(3);
        out.createdBy = row.columnString(4);
        out.comment = row.columnString(5);
        out.weekdays = quint8(row.columnInt(6));
        out.fromMinute = int(row.columnInt(7));
        out.toMinute = int(row.columnInt(8));
        return out;
    });
}

Result<void> SqliteAlertRepository::endSilence(qint64 id, qint64 at)
{
    auto s = m_db.prepare("UPDATE alert_silences SET ends = min(ends, ?2) WHERE id = ?1");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, id);
    s.value().bind(2, at);
    if (auto ok = s.value().run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("no silence %1").arg(id));
    return {};
}

} // namespace paydeck::store
