#include "cli_common.h"
#include "cli_fraud_entity.h"
#include "cli_fraud_reviews.h"
#include "cli_fraud_rules.h"

#include "domain/money.h"
#include "fraud/fraud_backtest.h"
#include "fraud/history_scoring.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace paydeck::cli {

namespace {

struct ScoreRequest
{
    qint64 from = 0;
    qint64 to = 0;
    int minScore = 0;
    bool json = false;
    std::optional<std::string> ipKey; // --ip-key: over what the rules say
    /// Where the metadata holds the IP: as the rules say, unless --ip-key says otherwise.
    fraud::MetadataKeys keys(const fraud::FraudRuleSet &rules) const
    {
        fraud::MetadataKeys keys = rules.metadataKeys();
        if (ipKey)
            keys.ip = *ipKey;
        return keys;
    }
};

/// The options of score and backtest; `files` (when given) takes the words that are not options.
std::optional<ScoreRequest> parseScore(Arguments &args, int &exitCode, QStringList *files = nullptr)
{
    ScoreRequest request;
    const auto from = args.value(QStringLiteral("--from"));
    const auto to = args.value(QStringLiteral("--to"));
    const auto minScore = args.value(QStringLiteral("--min-score"));
    const auto ipKey = args.value(QStringLiteral("--ip-key"));
    request.json = args.flag(QStringLiteral("--json"));
    if (files)
        *files = args.positional();
    if (const QString error = args.error(); !error.isEmpty()) {
        exitCode = fail(error, 2);
        return std::nullopt;
    }
    const auto days = dayRange(from, to, 30);
    if (!days) {
        exitCode = fail(days.error(), 2);
        return std::nullopt;
    }
    request.from = days.value().fromSeconds();
    request.to = days.value().toSeconds();
    bool ok = true;
    request.minScore = minScore ? minScore->toInt(&ok) : 0;
    if (!ok || request.minScore < 0 || request.minScore > 100) {
        exitCode = fail(tr("--min-score wants a number from 0 to 100"), 2);
        return std::nullopt;
    }
    if (ipKey)
        request.ipKey = ipKey->toStdString();
    return request;
}

QString scoreUsage()
{
    return tr(
        "usage: fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]\n"
        "       fraud backtest [RULES] [--labels FILE] [--from D] [--to D] [--ip-key KEY] "
        "[--json]\n"
        "       fraud rules check FILE | default | import FILE [--user NAME] | export FILE | "
        "history\n"
        "       fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]\n"
        "       fraud reviews|review|assign|decide|note|undo|refund|list-add … (see fraud "
        "reviews --help)");
}

QJsonObject scoredJson(const fraud::ScoredCharge &scored, const fraud::RuleVerdict &verdict)
{
    const fraud::ChargeFacts &c = scored.facts;
    const QString currency = QString::fromStdString(c.currency).toUpper();
    QJsonArray reasons;
    for (const fraud::Reason &reason : scored.risk.reasons)
        reasons.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("weight"), std::round(reason.weight * 100) / 100},
                        {QStringLiteral("text"), reason.text}});
    return QJsonObject{
        {QStringLiteral("charge"), QString::fromStdString(c.id)},
        {QStringLiteral("source_id"), c.sourceId},
        {QStringLiteral("created"),
         QDateTime::fromSecsSinceEpoch(c.created, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("amount"), decimalText(c.amount, currency)},
        {QStringLiteral("amount_minor"), c.amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("declined"), c.declined},
        {QStringLiteral("score"), scored.risk.score},
        {QStringLiteral("action"), fraud::actionName(verdict.action)},
        {QStringLiteral("rule"), verdict.rule ? QJsonValue(verdict.rule->text) : QJsonValue()},
        {QStringLiteral("provider_risk_score"),
         c.providerRiskScore < 0 ? QJsonValue() : QJsonValue(c.providerRiskScore)},
        {QStringLiteral("reasons"), reasons}};
}

void printScored(const fraud::ScoredCharge &scored, fraud::Action action)
{
    const fraud::ChargeFacts &c = scored.facts;
    const QString currency = QString::fromStdString(c.currency).toUpper();
    QStringList reasons;
    for (const fraud::Reason &reason : scored.risk.reasons)
        reasons << reason.text;
    std::printf("%s  %3d  %-6s  %s %s  %s\n",
                qPrintable(QString::fromStdString(c.id)),
                scored.risk.score,
                qPrintable(fraud::actionName(action)),
                qPrintable(decimalText(c.amount, currency)),
                qPrintable(currency),
                qPrintable(reasons.join(QStringLiteral("; "))));
}

int runScore(const QString &dataDir, Arguments &args)
{
    int exitCode = 0;
    const auto request = parseScore(args, exitCode);
    if (!request)
        return exitCode;
    if (!args.positional().isEmpty())
        return fail(scoreUsage(), 2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    // The actions are the rules' in force (the score's thresholds until rules are imported).
    const auto rules = loadFraudRules(std::nullopt, session.value().get());
    if (!rules)
        return fail(rules.error());
    QJsonArray charges;
    int counts[3] = {0, 0, 0};
    auto scored = fraud::scoreHistory(
        *session.value(),
        request->from,
        request->to,
        [&](const fraud::ScoredCharge &charge) {
            const fraud::RuleVerdict verdict = rules.value().judge(charge);
            ++counts[int(verdict.action)];
            if (charge.risk.score < request->minScore)
                return true;
            if (request->json)
                charges.append(scoredJson(charge, verdict));
            else
                printScored(charge, verdict.action);
            return true;
        },
        request->keys(rules.value()));
    if (!scored)
        return fail(scored.error());
    if (request->json) {
        const QJsonObject out{{QStringLiteral("charges"), charges},
                              {QStringLiteral("allowed"), counts[0]},
                              {QStringLiteral("reviewed"), counts[1]},
                              {QStringLiteral("blocked"), counts[2]}};
        printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
    } else {
        std::printf("%s\n",
                    qPrintable(tr("%1 allowed, %2 to review, %3 blocked")
                                   .arg(counts[0])
                                   .arg(counts[1])
                                   .arg(counts[2])));
    }
    return 0;
}

QJsonArray amountsJson(const std::map<std::string, qint64> &perCurrency)
{
    QJsonArray out;
    for (const auto &[currency, minor] : perCurrency) {
        const QString code = QString::fromStdString(currency).toUpper();
        out.append(QJsonObject{{QStringLiteral("currency"), code},
                               {QStringLiteral("amount"), decimalText(minor, code)},
                               {QStringLiteral("amount_minor"), minor}});
    }
    return out;
}

QJsonObject confusionJson(const fraud::Confusion &c)
{
    auto rounded = [](double v) {
        return std::round(v * 1000) / 1000;
    };
    return QJsonObject{{QStringLiteral("precision"), rounded(c.precision())},
                       {QStringLiteral("recall"), rounded(c.recall())},
                       {QStringLiteral("true_positives"), c.truePositives},
                       {QStringLiteral("false_positives"), c.falsePositives},
                       {QStringLiteral("false_negatives"), c.falseNegatives}};
}

void printBacktest(const fraud::FraudBacktest &b, const fraud::FraudLabels &labels)
{
    std::printf("%s\n",
                qPrintable(tr("%1 charges, %2 labelled fraud: %3 to review, %4 blocked")
                               .arg(b.charges)
                               .arg(b.scoring.truePositives + b.scoring.falseNegatives)
                               .arg(b.reviewed)
                               .arg(b.blocked)));
    std::printf("%s\n",
                qPrintable(tr("scoring:  precision %1, recall %2")
                               .arg(b.scoring.precision(), 0, 'f', 3)
                               .arg(b.scoring.recall(), 0, 'f', 3)));
    std::printf(
        "%s\n",
        qPrintable(tr("provider's risk level (elevated or highest): precision %1, recall %2")
                       .arg(b.baseline.precision(), 0, 'f', 3)
                       .arg(b.baseline.recall(), 0, 'f', 3)));
    for (const auto &[currency, minor] : b.flaggedAmount) {
        const QString code = QString::fromStdString(currency).toUpper();
        const auto caught = b.caughtFraudAmount.find(currency);
        std::printf(
            "%s\n",
            qPrintable(tr("flagged %1 %2, of it fraud %3 %2")
                           .arg(decimalText(minor, code), code)
                           .arg(decimalText(
                               caught == b.caughtFraudAmount.end() ? 0 : caught->second, code))));
    }
    if (labels.count() == 0)
        std::printf(
            "%s\n",
            qPrintable(
                tr("no labels: no dispute is marked fraudulent and no --labels file was given")));
}

int runBacktest(const QString &dataDir, Arguments &args)
{
    const auto labelsFile = args.value(QStringLiteral("--labels"));
    int exitCode = 0;
    QStringList files;
    const auto request = parseScore(args, exitCode, &files);
    if (!request)
        return exitCode;
    if (files.size() > 1)
        return fail(scoreUsage(), 2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    // A file to try before switching it on; without one, the rules in force.
    const auto rules = loadFraudRules(files.isEmpty() ? std::nullopt : std::optional(files[0]),
                                      session.value().get());
    if (!rules)
        return fail(rules.error());
    // Disputes first, then the analysts' decisions (they looked closer), then a label file
    // (the sandbox's truth, a team's findings) knows better still.
    fraud::FraudLabels labels;
    if (auto disputed = labels.addDisputed(*session.value()); !disputed)
        return fail(disputed.error());
    if (auto decided = labels.addDecisions(*session.value()); !decided)
        return fail(decided.error());
    if (labelsFile) {
        if (auto read = labels.addFile(*labelsFile); !read)
            return fail(read.error());
    }
    const auto result = fraud::backtest(*session.value(),
                                        request->from,
                                        request->to,
                                        rules.value(),
                                        labels,
                                        request->keys(rules.value()));
    if (!result)
        return fail(result.error());
    const fraud::FraudBacktest &b = result.value();
    if (!request->json) {
        printBacktest(b, labels);
        for (size_t i = 0; i < b.perRule.size(); ++i)
            std::printf(
                "%s\n",
                qPrintable(tr("line %1: %2 charges (%3 fraud)  %4")
                               .arg(rules.value().rules()[i].line)
                               .arg(b.perRule[i].truePositives + b.perRule[i].falsePositives)
                               .arg(b.perRule[i].truePositives)
                               .arg(rules.value().rules()[i].text)));
        return 0;
    }
    QJsonArray perRule;
    for (size_t i = 0; i < b.perRule.size(); ++i) {
        const fraud::FraudRule &rule = rules.value().rules()[i];
        perRule.append(QJsonObject{
            {QStringLiteral("line"), rule.line},
            {QStringLiteral("rule"), rule.text},
            {QStringLiteral("action"), fraud::actionName(rule.action)},
            {QStringLiteral("decided"), b.perRule[i].truePositives + b.perRule[i].falsePositives},
            {QStringLiteral("fraud"), b.perRule[i].truePositives}});
    }
    const QJsonObject out{
        {QStringLiteral("charges"), b.charges},
        {QStringLiteral("labels"), labels.count()},
        {QStringLiteral("labelled_fraud"), b.scoring.truePositives + b.scoring.falseNegatives},
        {QStringLiteral("reviewed"), b.reviewed},
        {QStringLiteral("blocked"), b.blocked},
        {QStringLiteral("scoring"), confusionJson(b.scoring)},
        {QStringLiteral("baseline"), confusionJson(b.baseline)},
        {QStringLiteral("flagged_amount"), amountsJson(b.flaggedAmount)},
        {QStringLiteral("caught_fraud_amount"), amountsJson(b.caughtFraudAmount)},
        {QStringLiteral("rules"), perRule}};
    printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
    return 0;
}

} // namespace

/// `fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]`: every charge of
/// the period scored over the whole stored history, with its action and reasons.
/// `fraud backtest [RULES] [--labels FILE] …`: how a rule file (or the score's defaults) did
/// against the labels known. `fraud rules check FILE | default`.
int runFraud(const QString &dataDir, Arguments &args)
{
    const QStringList rest = args.rest();
    const QString verb = rest.isEmpty() ? QString() : rest.first();
    static const QStringList reviewVerbs{QStringLiteral("reviews"),
                                         QStringLiteral("review"),
                                         QStringLiteral("assign"),
                                         QStringLiteral("decide"),
                                         QStringLiteral("note"),
                                         QStringLiteral("undo"),
                                         QStringLiteral("refund"),
                                         QStringLiteral("list-add")};
    if (verb != u"score" && verb != u"backtest" && verb != u"rules" && verb != u"entity"
        && !reviewVerbs.contains(verb))
        return fail(scoreUsage(), 2);
    args.flag(verb);
    if (reviewVerbs.contains(verb))
        return runFraudReviews(dataDir, verb, args);
    if (verb == u"rules")
        return runFraudRules(dataDir, args);
    if (verb == u"entity")
        return runFraudEntity(dataDir, args);
    return verb == u"score" ? runScore(dataDir, args) : runBacktest(dataDir, args);
}

} // namespace paydeck::cli
