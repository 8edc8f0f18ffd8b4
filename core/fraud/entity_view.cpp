#include "entity_view.h"

#include "store/object_repository.h"
#include "store/session.h"
#include "store/sources.h"

#include <limits>
#include <unordered_map>

namespace paydeck::fraud {

namespace {

const std::string &valueOf(const ChargeFacts &c, EntityKind kind)
{
    switch (kind) {
    case EntityKind::Card:
        return c.cardFingerprint;
    case EntityKind::Email:
        return c.email;
    case EntityKind::Ip:
        return c.ip;
    case EntityKind::Bin:
        return c.cardBin;
    case EntityKind::Customer:
        break;
    }
    return c.customer;
}

std::string lower(std::string text)
{
    for (char &ch : text)
        ch = char(std::tolower(static_cast<unsigned char>(ch)));
    return text;
}

} // namespace

const char *entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Card:
        return "card";
    case EntityKind::Email:
        return "email";
    case EntityKind::Ip:
        return "ip";
    case EntityKind::Bin:
        return "bin";
    case EntityKind::Customer:
        break;
    }
    return "customer";
}

std::optional<EntityKey> EntityKey::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    const QString kind = text.left(colon).toLower();
    for (const EntityKind k : kEntityKinds) {
        if (kind == QLatin1String(entityKindName(k))) {
            std::string value = text.mid(colon + 1).trimmed().toStdString();
            // Facts keep e-mails in lower case; fingerprints, IPs and ids as sent.
            return EntityKey{k,
                             k == EntityKind::Email ? lower(std::move(value)) : std::move(value)};
        }
    }
    return std::nullopt;
}

QString EntityKey::text() const
{
    return QLatin1String(entityKindName(kind)) + u':' + QString::fromStdString(value);
}

Result<EntityView> viewEntity(store::Session &db, const EntityKey &key, const MetadataKeys &keys)
{
    EntityView view{key, {}, {}};
    std::unordered_map<std::string, size_t> byId; // "source/charge" → index in view.charges
    auto scanned = db.objects().scanCharges(
        std::numeric_limits<qint64>::min(),
        std::numeric_limits<qint64>::max(),
        [&](qint64 sourceId, Charge &&charge) {
            ChargeFacts facts = chargeFacts(charge, sourceId, keys);
            if (valueOf(facts, key.kind) != key.value)
                return true;
            for (const EntityKind kind : kEntityKinds) {
                const std::string &linked = valueOf(facts, kind);
                if (kind != key.kind && !linked.empty())
                    ++view.linked[kind][linked];
            }
            byId[std::to_string(sourceId) + '/' + facts.id] = view.charges.size();
            view.charges.push_back({std::move(facts), charge.amountRefunded, {}, {}});
            return true;
        });
    if (!scanned)
        return makeError(scanned.error());
    if (view.charges.empty())
        return view;
    // What became of them: disputes (refunds are on the charge already).
    for (const store::SourceConfig &source : db.sources().all()) {
        for (const Dispute &dispute : db.objects().loadAll<Dispute>(source.id)) {
            const auto it = byId.find(std::to_string(source.id) + '/' + dispute.charge);
            if (it == byId.end())
                continue;
            view.charges[it->second].disputeReason = dispute.reason;
            view.charges[it->second].disputeStatus = dispute.status;
        }
    }
    return view;
}

} // namespace paydeck::fraud
