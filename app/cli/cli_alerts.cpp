// `paydeck-cli alerts …`: the alerts as they stand, the rules as files, backtests over the
// stored history, silences and acknowledgements.
#include "cli_common.h"

#include "alerts/backtest.h"
#include "store/alert_repository.h"
#include "store/session.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace paydeck::cli {

namespace {

constexpr qint64 kMaxRuleFileBytes = 4 << 20;

QString isoTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject out;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString who(const std::optional<QString> &user)
{
    if (user && !user->isEmpty())
        return *user;
    return qEnvironmentVariable("USER", tr("unknown"));
}

/// Runs `work` on the store's single writer and waits for it.
Result<void> write(const QString &dataDir,
                   const std::function<Result<void>(store::Session &)> &work)
{
    CommandWriter command(dataDir);
    if (!command.started)
        return command.started;
    return runWriterJob(command.writer, work, store::ChangeSet::Alerts);
}

/// The rules kept in the store, or the defaults before the first start.
Result<std::vector<alerts::AlertRule>> storedRules(store::Session &session)
{
    auto stored = session.alerts().rules();
    if (!stored)
        return makeError(stored.error());
    std::vector<alerts::AlertRule> rules;
    for (const store::StoredRule &rule : stored.value())
        rules.push_back(rule.rule);
    if (rules.empty())
        rules = alerts::defaultAlertRules();
    return rules;
}

Result<std::vector<alerts::AlertRule>> readRuleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxRuleFileBytes)
        return makeError(tr("%1 is larger than 4 MB: not a rule file").arg(path));
    return alerts::parseAlertRules(file.readAll(), QFileInfo(path).absoluteFilePath());
}

/// "90s", "15m", "2h", "1d" in seconds; nullopt for anything else.
std::optional<qint64> duration(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,6})([smhd])$"_qs);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).front();
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    return n > 0 ? std::optional(n * factor) : std::nullopt;
}

std::optional<qint64> dayStart(const std::optional<QString> &text, qint64 fallback, bool end)
{
    if (!text)
        return fallback;
    const QDate day = QDate::fromString(*text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

int list(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(u"--json"_qs);
    const auto stateFilter = args.value(u"--state"_qs);
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    std::optional<alerts::State> wanted;
    if (stateFilter) {
        wanted = alerts::stateNamed(*stateFilter);
        if (!wanted)
            return fail(tr("--state: one of normal, pending, firing, resolved, no_data, error"), 2);
    }
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    auto rules = storedRules(*session.value());
    auto records = session.value()->alerts().alerts();
    if (!rules || !records)
        return fail(!rules ? rules.error() : records.error());
    QJsonArray out;
    for (const alerts::AlertRule &rule : rules.value()) {
        store::AlertRecord record;
        for (const store::AlertRecord &r : records.value()) {
            if (r.ruleId == rule.id)
                record = r;
        }
        if (wanted && record.state != *wanted)
            continue;
        // When the current firing started, and when the last one resolved.
        QJsonValue started, resolved;
        if (record.state == alerts::State::Firing || record.state == alerts::State::Pending)
            started = isoTime(record.since);
        if (auto history = session.value()->alerts().transitions(rule.id, 50)) {
            for (const store::StoredTransition &t : history.value()) {
                if (t.transition.from == alerts::State::Firing) {
                    resolved = isoTime(t.transition.at);
                    break;
                }
            }
        }
        QJsonObject row{{u"rule"_qs, rule.id},
                        {u"name"_qs, rule.name},
                        {u"state"_qs, QLatin1String(alerts::stateName(record.state))},
                        {u"severity"_qs, QLatin1String(alerts::severityName(rule.severity))},
                        {u"labels"_qs, labelsJson(rule.labels)},
                        {u"metric"_qs, QLatin1String(alerts::metricName(rule.metric))},
                        {u"value"_qs, optionalNumber(record.value)},
                        {u"baseline"_qs, optionalNumber(record.baseline)},
                        {u"started_at"_qs, started},
                        {u"resolved_at"_qs, resolved},
                        {u"enabled"_qs, rule.enabled}};
        if (record.acknowledgedAt)
            row.insert(u"acknowledged"_qs,
                       QJsonObject{{u"by"_qs, record.acknowledgedBy},
                                   {u"at"_qs, isoTime(*record.acknowledgedAt)},
                                   {u"note"_qs, record.acknowledgement}});
        out.append(row);
    }
    if (json) {
        printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
        return 0;
    }
    for (const QJsonValue &value : out) {
        const QJsonObject row = value.toObject();
        printOut(QStringLiteral("%1  %2  %3  %4%5")
                     .arg(row[u"state"_qs].toString().leftJustified(9),
                          row[u"severity"_qs].toString().leftJustified(8),
                          row[u"rule"_qs].toString().leftJustified(20),
                          row[u"name"_qs].toString(),
                          row[u"started_at"_qs].isString()
                              ? tr(" (since %1)").arg(row[u"started_at"_qs].toString())
                              : QString())
                     .toUtf8());
    }
    return 0;
}

int rules(const QString &dataDir, Arguments &args)
{
    const auto user = args.value(u"--user"_qs);
    const QStringList rest = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString action = rest.value(0), path = rest.value(1);
    if ((action != u"export" && action != u"import") || rest.size() != 2)
        return fail(tr("usage: alerts rules export FILE | alerts rules import FILE [--user NAME]"),
                    2);
    if (action == u"export") {
        auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
        if (!session)
            return fail(session.error());
        auto kept = storedRules(*session.value());
        if (!kept)
            return fail(kept.error());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(alerts::alertRulesJson(kept.value())) < 0
            || !out.commit())
            return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
        printOut(
            tr("%n rule(s) written to %1", nullptr, int(kept.value().size())).arg(path).toUtf8());
        return 0;
    }
    auto parsed = readRuleFile(path);
    if (!parsed)
        return fail(parsed.error());
    store::RulesSaved saved;
    auto written = write(dataDir, [&](store::Session &session) -> Result<void> {
        auto result = session.alerts().saveRules(parsed.value(), who(user));
        if (!result)
            return makeError(result.error());
        saved = result.value();
        return {};
    });
    if (!written)
        return fail(written.error());
    printOut(tr("%1 rules: %2 added, %3 changed (a new version each), %4 unchanged")
                 .arg(parsed.value().size())
                 .arg(saved.added)
                 .arg(saved.changed)
                 .arg(saved.unchanged)
                 .toUtf8());
    return 0;
}

int backtest(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(u"--json"_qs);
    const auto fromText = args.value(u"--from"_qs), toText = args.value(u"--to"_qs);
    const QStringList rest = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (rest.size() != 1)
        return fail(
            tr("usage: alerts backtest FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"), 2);
    auto parsed = readRuleFile(rest.value(0));
    if (!parsed)
        return fail(parsed.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto to = dayStart(toText, now, true);
    const auto from = dayStart(fromText, to.value_or(now) - 30 * 86400, false);
    if (!from || !to || *from >= *to)
        return fail(tr("--from and --to: days as YYYY-MM-DD, --from before --to"), 2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    alerts::ActivityTimeline timeline;
    auto read = alerts::loadTimeline(
        *session.value(), timeline, *from - alerts::lookBack(parsed.value()), *to);
    if (!read)
        return fail(read.error());
    QJsonArray intervals, skipped;
    for (const alerts::AlertRule &rule : parsed.value()) {
        const alerts::Backtest result = alerts::backtestRule(rule, timeline, *from, *to);
        if (!result.unavailable.isEmpty()) {
            skipped.append(QJsonObject{{u"rule"_qs, rule.id}, {u"reason"_qs, result.unavailable}});
            if (!json)
                printOut(tr("%1: not backtested: %2").arg(rule.id, result.unavailable).toUtf8());
            continue;
        }
        for (const alerts::FiringInterval &fired : result.intervals) {
            intervals.append(QJsonObject{
                {u"rule"_qs, rule.id},
                {u"labels"_qs, labelsJson(rule.labels)},
                {u"started_at"_qs, isoTime(fired.startedAt)},
                {u"resolved_at"_qs,
                 fired.resolvedAt ? QJsonValue(isoTime(*fired.resolvedAt)) : QJsonValue()},
                {u"value"_qs, optionalNumber(fired.value)},
                {u"worst_score"_qs, fired.worstScore}});
        }
        if (!json)
            printOut(tr("%1: fired %n time(s) in %2 evaluations (%3 judged)",
                        nullptr,
                        int(result.intervals.size()))
                         .arg(rule.id)
                         .arg(result.evaluations)
                         .arg(result.judged)
                         .toUtf8());
    }
    if (json) {
        printOut(QJsonDocument(QJsonObject{{u"from"_qs, isoTime(*from)},
                                           {u"to"_qs, isoTime(*to)},
                                           {u"intervals"_qs, intervals},
                                           {u"skipped"_qs, skipped}})
                     .toJson(QJsonDocument::Indented)
                     .trimmed());
        return 0;
    }
    for (const QJsonValue &value : intervals) {
        const QJsonObject row = value.toObject();
        printOut(QStringLiteral("  %1  %2 – %3")
                     .arg(row[u"rule"_qs].toString().leftJustified(20),
                          row[u"started_at"_qs].toString(),
                          row[u"resolved_at"_qs].toString(tr("still firing")))
                     .toUtf8());
    }
    return 0;
}

int silence(const QString &dataDir, Arguments &args)
{
    const QStringList matches = args.values(u"--match"_qs);
    const auto forText = args.value(u"--for"_qs);
    const auto comment = args.value(u"--comment"_qs);
    const auto user = args.value(u"--user"_qs);
    const auto weekdays = args.value(u"--weekdays"_qs);
    const auto hours = args.value(u"--hours"_qs);
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const auto seconds = forText ? duration(*forText) : std::nullopt;
    if (matches.isEmpty() || !seconds || !comment || comment->trimmed().isEmpty())
        return fail(tr("usage: alerts silence --match LABEL=VALUE [--match …] --for 2h --comment "
                       "WHY [--weekdays sat,sun] [--hours 22:00-06:00] [--user NAME]  (--for: a "
                       "number and s, m, h or d)"),
                    2);
    store::Silence s;
    for (const QString &match : matches) {
        const qsizetype equals = match.indexOf(u'=');
        if (equals <= 0)
            return fail(tr("--match %1: LABEL=VALUE").arg(match), 2);
        s.matchers.insert(match.left(equals), match.mid(equals + 1));
    }
    // A recurring mute timing: --weekdays sat,sun and/or --hours 22:00-06:00 (local time).
    if (weekdays) {
        static const QStringList names{
            u"mon"_qs, u"tue"_qs, u"wed"_qs, u"thu"_qs, u"fri"_qs, u"sat"_qs, u"sun"_qs};
        for (const QString &day : weekdays->toLower().split(u',', Qt::SkipEmptyParts)) {
            const qsizetype index = names.indexOf(day.trimmed());
            if (index < 0)
                return fail(tr("--weekdays: days as mon,tue,…,sun, got \"%1\"").arg(day), 2);
            s.weekdays |= quint8(1u << (index + 1));
        }
    }
    if (hours) {
        static const QRegularExpression range(u"^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"_qs);
        const auto m = range.match(*hours);
        const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (!m.hasMatch() || from > 1440 || to > 1440 || from == to)
            return fail(tr("--hours: HH:MM-HH:MM, two different times, got \"%1\"").arg(*hours), 2);
        s.fromMinute = from;
        s.toMinute = to;
    }
    s.starts = QDateTime::currentSecsSinceEpoch();
    s.ends = s.starts + *seconds;
    s.createdBy = who(user);
    s.comment = *comment;
    qint64 id = 0;
    auto written = write(dataDir, [&](store::Session &session) -> Result<void> {
        auto added = session.alerts().addSilence(s);
        if (!added)
            return makeError(added.error());
        id = added.value();
        return {};
    });
    if (!written)
        return fail(written.error());
    printOut(tr("silence %1 until %2").arg(id).arg(isoTime(s.ends)).toUtf8());
    return 0;
}

int acknowledge(const QString &dataDir, Arguments &args)
{
    const auto note = args.value(u"--note"_qs);
    const auto user = args.value(u"--user"_qs);
    const QStringList rest = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (rest.size() != 1)
        return fail(tr("usage: alerts ack RULE [--note TEXT] [--user NAME]"), 2);
    const QString rule = rest.value(0);
    auto written = write(dataDir, [&](store::Session &session) {
        return session.alerts().acknowledge(
            rule, who(user), note.value_or(QString()), QDateTime::currentSecsSinceEpoch());
    });
    if (!written)
        return fail(written.error());
    printOut(tr("acknowledged %1").arg(rule).toUtf8());
    return 0;
}

} // namespace

int runAlerts(const QString &dataDir, Arguments &args)
{
    const QString action = args.rest().value(0);
    args.flag(action); // consumed
    if (action == u"list")
        return list(dataDir, args);
    if (action == u"check")
        return checkAlerts(dataDir, args);
    if (action == u"rules")
        return rules(dataDir, args);
    if (action == u"backtest")
        return backtest(dataDir, args);
    if (action == u"silence")
        return silence(dataDir, args);
    if (action == u"ack")
        return acknowledge(dataDir, args);
    return fail(tr("usage: alerts list [--state S] [--json] | alerts check | alerts rules "
                   "export|import FILE | "
                   "alerts backtest FILE [--from D] [--to D] [--json] | alerts silence --match "
                   "k=v --for 2h --comment C | alerts ack RULE [--note N]"),
                2);
}

} // namespace paydeck::cli
