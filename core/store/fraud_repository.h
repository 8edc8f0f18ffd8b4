#pragma once

// Fraud rules as the store keeps them: the rule file in force and every earlier version, each
// change in the audit trail (fraud/fraud_rules.h is the language).

#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace paydeck::store {

struct StoredFraudRules
{
    int version = 0;
    QString text;
    qint64 changedAt = 0; // unix seconds
    QString changedBy;
};

class FraudRepository
{
public:
    virtual ~FraudRepository() = default;
    /// The rule file in force (the newest version); nullopt before the first import.
    virtual Result<std::optional<StoredFraudRules>> activeRules() = 0;
    /// Keeps `text` (already parsed by the caller) as the next version, unless it is the one in
    /// force, with an audit entry; returns the version in force afterwards.
    virtual Result<int> saveRules(const QString &text, const QString &who) = 0;
    /// Every version, oldest first.
    virtual Result<std::vector<StoredFraudRules>> ruleHistory() = 0;
};

} // namespace paydeck::store
