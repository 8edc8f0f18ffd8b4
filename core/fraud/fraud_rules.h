#pragma once

// Fraud rules in a small language like Stripe Radar's, one per line:
//
//   # comments and blank lines are skipped
//   list trusted_customers: ada@example.com, ben@example.com
//   list bad_ips expires 2026-12-31: 203.0.113.7, 203.0.113.8
//   metadata ip: client_ip
//   allow if :email: in @trusted_customers
//   block if :declines_per_card_1h: >= 3
//   review if :amount: > 1000 and :card_country: != :ip_country:
//
// A rule is an action (allow, block, review), `if`, and a condition of comparisons (`=`, `!=`,
// `<`, `<=`, `>`, `>=`, `in`, `not in`) joined by `and`, `or`, `not` and parentheses. Operands
// are attributes between colons, numbers, 'text' and @lists. Rules apply in Radar's order: any
// allow rule that matches allows; else any block rule blocks; else any review rule reviews; else
// the charge is allowed. A list may expire (after its day it is empty). `metadata ip: KEY` and
// `metadata ip_country: KEY` name where the shop keeps the buyer's IP and its country in a
// charge's metadata (default `ip`, `ip_country`): they belong to the rules, as the attributes
// that read them do. Attributes: see
// attributeNames(). Paydeck reads charges after the fact: "block" marks and alerts, it does not
// stop a payment.

#include "history_scoring.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace paydeck::fraud {

struct RuleList
{
    std::set<std::string> values; // compared case-insensitively (stored lower case)
    qint64 expiresAt = 0;         // unix seconds after which the list is empty; 0: never
};

struct RuleNode; // a parsed condition (fraud_rules.cpp)

struct FraudRule
{
    Action action = Action::Allow;
    QString text; // as written, for explanations
    int line = 0;
    std::shared_ptr<const RuleNode> condition;
};

/// What a rule set made of a charge: the action and the rule that decided it (none: allowed
/// because nothing matched).
struct RuleVerdict
{
    Action action = Action::Allow;
    const FraudRule *rule = nullptr;
};

class FraudRuleSet
{
public:
    /// Parses a rule file's text. An error names the line and column and what was expected.
    static Result<FraudRuleSet> parse(const QString &text);
    /// The rules Paydeck applies when none are set: its score's defaults (review from 65,
    /// block from 85), as a rule file.
    static QString defaultText();

    RuleVerdict judge(const ScoredCharge &charge) const;

    const std::vector<FraudRule> &rules() const { return m_rules; }
    const std::map<std::string, RuleList> &lists() const { return m_lists; }
    /// Where the charges' metadata holds the IP and its country.
    const MetadataKeys &metadataKeys() const { return m_keys; }

private:
    std::vector<FraudRule> m_rules;
    std::map<std::string, RuleList> m_lists;
    MetadataKeys m_keys;
};

/// The attributes a condition may name, for help texts and the error of an unknown one.
QStringList attributeNames();

} // namespace paydeck::fraud
