#pragma once

// An analyst's view of one card, e-mail, IP or customer: every charge it took part in across all
// sources, in time order, with what became of them (refunds, disputes), and the entities linked
// to it through those charges (the e-mails behind a card, the cards tried from an IP, …), each
// with how often — the way from one suspicious charge to the ring behind it.

#include "charge_facts.h"
#include "util/result.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace paydeck::store {
class Session;
}

namespace paydeck::fraud {

enum class EntityKind { Card, Email, Ip, Customer, Bin };
inline constexpr EntityKind kEntityKinds[]{
    EntityKind::Card, EntityKind::Email, EntityKind::Ip, EntityKind::Customer, EntityKind::Bin};

struct EntityKey
{
    EntityKind kind = EntityKind::Card;
    std::string value;
    /// `card:FINGERPRINT`, `email:ADDRESS`, `ip:ADDRESS`, `customer:ID`, `bin:IIN`; nullopt
    /// otherwise.
    static std::optional<EntityKey> parse(const QString &text);
    QString text() const;
};

const char *entityKindName(EntityKind kind); // card, email, ip, customer, bin

struct EntityCharge
{
    ChargeFacts facts;
    qint64 refunded = 0;       // minor units
    std::string disputeReason; // empty: not disputed
    std::string disputeStatus;
};

struct EntityView
{
    EntityKey key;
    std::vector<EntityCharge> charges; // oldest first
    /// Linked entities by kind, each with the number of this entity's charges it appears on
    /// (the entity itself left out).
    std::map<EntityKind, std::map<std::string, int>> linked;
};

/// Reads the view from the store (every source).
Result<EntityView>
viewEntity(store::Session &db, const EntityKey &key, const MetadataKeys &keys = {});

} // namespace paydeck::fraud
