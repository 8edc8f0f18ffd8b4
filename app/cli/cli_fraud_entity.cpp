#include "cli_fraud_entity.h"

#include "domain/money.h"
#include "fraud/entity_view.h"
#include "fraud/fraud_monitor.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace paydeck::cli {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject chargeJson(const fraud::EntityCharge &charge)
{
    const fraud::ChargeFacts &c = charge.facts;
    const QString currency = q(c.currency).toUpper();
    auto nullable = [](const std::string &text) {
        return text.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(text));
    };
    return QJsonObject{{QStringLiteral("charge"), q(c.id)},
                       {QStringLiteral("source_id"), c.sourceId},
                       {QStringLiteral("created"), when(c.created)},
                       {QStringLiteral("amount"), decimalText(c.amount, currency)},
                       {QStringLiteral("amount_minor"), c.amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("declined"), c.declined},
                       {QStringLiteral("refunded_minor"), charge.refunded},
                       {QStringLiteral("card"), nullable(c.cardFingerprint)},
                       {QStringLiteral("card_country"), nullable(c.cardCountry)},
                       {QStringLiteral("card_bin"), nullable(c.cardBin)},
                       {QStringLiteral("email"), nullable(c.email)},
                       {QStringLiteral("ip"), nullable(c.ip)},
                       {QStringLiteral("ip_country"), nullable(c.ipCountry)},
                       {QStringLiteral("customer"), nullable(c.customer)},
                       {QStringLiteral("dispute_reason"), nullable(charge.disputeReason)},
                       {QStringLiteral("dispute_status"), nullable(charge.disputeStatus)}};
}

QJsonObject linkedJson(const fraud::EntityView &view)
{
    QJsonObject out;
    for (const auto &[kind, entities] : view.linked) {
        QJsonArray list;
        for (const auto &[value, charges] : entities)
            list.append(QJsonObject{{QStringLiteral("value"), q(value)},
                                    {QStringLiteral("charges"), charges}});
        out.insert(QLatin1String(fraud::entityKindName(kind)), list);
    }
    return out;
}

void printView(const fraud::EntityView &view)
{
    std::printf(
        "%s\n",
        qPrintable(tr("%1: %n charge(s)", nullptr, int(view.charges.size())).arg(view.key.text())));
    for (const fraud::EntityCharge &charge : view.charges) {
        const fraud::ChargeFacts &c = charge.facts;
        const QString currency = q(c.currency).toUpper();
        QString outcome = c.declined ? tr("declined") : tr("paid");
        if (charge.refunded > 0)
            outcome += QStringLiteral(", ")
                       + tr("refunded %1").arg(decimalText(charge.refunded, currency));
        if (!charge.disputeReason.empty())
            outcome
                += QStringLiteral(", ")
                   + tr("disputed (%1, %2)").arg(q(charge.disputeReason), q(charge.disputeStatus));
        std::printf("%s  %s  %s %s  %s  card %s  %s  %s (%s)\n",
                    qPrintable(when(c.created)),
                    qPrintable(q(c.id)),
                    qPrintable(decimalText(c.amount, currency)),
                    qPrintable(currency),
                    qPrintable(outcome),
                    qPrintable(q(c.cardFingerprint)),
                    qPrintable(q(c.email)),
                    qPrintable(q(c.ip)),
                    qPrintable(q(c.ipCountry)));
    }
    for (const auto &[kind, entities] : view.linked) {
        QStringList items;
        for (const auto &[value, charges] : entities)
            items << u"%1 (%2)"_qs.arg(q(value)).arg(charges);
        std::printf(
            "%s\n",
            qPrintable(tr("linked %1: %2")
                           .arg(QLatin1String(fraud::entityKindName(kind)), items.join(u", "))));
    }
}

} // namespace

int runFraudEntity(const QString &dataDir, Arguments &args)
{
    const auto ipKey = args.value(QStringLiteral("--ip-key"));
    const bool json = args.flag(QStringLiteral("--json"));
    const QStringList words = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const auto key = words.size() == 1 ? fraud::EntityKey::parse(words[0]) : std::nullopt;
    if (!key)
        return fail(
            tr("usage: fraud entity card:FINGERPRINT|email:ADDRESS|ip:ADDRESS|customer:ID|bin:IIN "
               "[--ip-key KEY] [--json]"),
            2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    // Where the metadata holds the IP: as the rules in force say, unless --ip-key says otherwise.
    const auto rules = fraud::rulesInForce(*session.value());
    if (!rules)
        return fail(rules.error());
    fraud::MetadataKeys keys = rules.value().metadataKeys();
    if (ipKey)
        keys.ip = ipKey->toStdString();
    const auto view = fraud::viewEntity(*session.value(), *key, keys);
    if (!view)
        return fail(view.error());
    if (!json) {
        printView(view.value());
        return 0;
    }
    QJsonArray charges;
    for (const fraud::EntityCharge &charge : view.value().charges)
        charges.append(chargeJson(charge));
    const QJsonObject out{{QStringLiteral("entity"), key->text()},
                          {QStringLiteral("charges"), charges},
                          {QStringLiteral("linked"), linkedJson(view.value())}};
    printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
    return 0;
}

} // namespace paydeck::cli
