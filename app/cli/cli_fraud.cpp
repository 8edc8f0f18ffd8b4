#include "cli_common.h"

#include "domain/money.h"
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
    fraud::MetadataKeys keys;
};

std::optional<ScoreRequest> parseScore(Arguments &args, int &exitCode)
{
    ScoreRequest request;
    const auto from = args.value(QStringLiteral("--from"));
    const auto to = args.value(QStringLiteral("--to"));
    const auto minScore = args.value(QStringLiteral("--min-score"));
    const auto ipKey = args.value(QStringLiteral("--ip-key"));
    request.json = args.flag(QStringLiteral("--json"));
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
        request.keys.ip = ipKey->toStdString();
    return request;
}

QString scoreUsage()
{
    return tr("usage: fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]");
}

QJsonObject scoredJson(const fraud::ScoredCharge &scored)
{
    const fraud::ChargeFacts &c = scored.facts;
    const QString currency = QString::fromStdString(c.currency).toUpper();
    QJsonArray reasons;
    for (const fraud::Reason &reason : scored.risk.reasons)
        reasons.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("weight"), std::round(reason.weight * 100) / 100},
                        {QStringLiteral("text"), reason.text}});
    return QJsonObject{{QStringLiteral("charge"), QString::fromStdString(c.id)},
                       {QStringLiteral("source_id"), c.sourceId},
                       {QStringLiteral("created"),
                        QDateTime::fromSecsSinceEpoch(c.created, Qt::UTC).toString(Qt::ISODate)},
                       {QStringLiteral("amount"), decimalText(c.amount, currency)},
                       {QStringLiteral("amount_minor"), c.amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("declined"), c.declined},
                       {QStringLiteral("score"), scored.risk.score},
                       {QStringLiteral("action"), fraud::actionName(scored.action)},
                       {QStringLiteral("provider_risk_score"),
                        c.providerRiskScore < 0 ? QJsonValue() : QJsonValue(c.providerRiskScore)},
                       {QStringLiteral("reasons"), reasons}};
}

void printScored(const fraud::ScoredCharge &scored)
{
    const fraud::ChargeFacts &c = scored.facts;
    const QString currency = QString::fromStdString(c.currency).toUpper();
    QStringList reasons;
    for (const fraud::Reason &reason : scored.risk.reasons)
        reasons << reason.text;
    std::printf("%s  %3d  %-6s  %s %s  %s\n",
                qPrintable(QString::fromStdString(c.id)),
                scored.risk.score,
                qPrintable(fraud::actionName(scored.action)),
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
    QJsonArray charges;
    int counts[3] = {0, 0, 0};
    auto scored = fraud::scoreHistory(
        *session.value(),
        request->from,
        request->to,
        [&](const fraud::ScoredCharge &charge) {
            ++counts[int(charge.action)];
            if (charge.risk.score < request->minScore)
                return true;
            if (request->json)
                charges.append(scoredJson(charge));
            else
                printScored(charge);
            return true;
        },
        request->keys);
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

} // namespace

/// `fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]`: every charge of
/// the period scored over the whole stored history, with its action and reasons.
int runFraud(const QString &dataDir, Arguments &args)
{
    const QStringList rest = args.rest();
    if (rest.isEmpty() || rest.first() != u"score")
        return fail(scoreUsage(), 2);
    args.flag(QStringLiteral("score"));
    return runScore(dataDir, args);
}

} // namespace paydeck::cli
