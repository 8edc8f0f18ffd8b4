#pragma once

// Fraud as the store keeps it: the rule file in force and every earlier version, and the review
// queue — the charges scoring flagged, what analysts decided about them and when. Every change
// goes into the audit trail (fraud/fraud_rules.h is the language, fraud/fraud_monitor.h scores).

#include "util/result.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::store {

struct StoredFraudRules
{
    int version = 0;
    QString text;
    qint64 changedAt = 0; // unix seconds
    QString changedBy;
};

/// A charge scoring flagged (review or block), as it was when scored.
struct ReviewCandidate
{
    qint64 sourceId = 0;
    std::string charge; // the provider's charge id
    qint64 created = 0; // the charge's, unix seconds
    qint64 amount = 0;  // minor units
    std::string currency;
    bool declined = false; // a declined charge moved no money: nothing to refund
    std::string cardFingerprint, cardLast4, email, ip, customer;
    int score = 0;
    std::string action;  // review | block
    std::string rule;    // the rule that decided, empty: the score's thresholds
    std::string reasons; // JSON array of {code, weight, text}
};

/// Where a review stands: open (nobody decided), approved, fraudulent, needs_info.
struct FraudReview : ReviewCandidate
{
    qint64 scoredAt = 0;
    std::string status = "open";
    std::string assignee;
    std::string decidedBy;
    qint64 decidedAt = 0;
    std::string note;
    std::string refund; // the provider's refund id once refunded as fraudulent
    int version = 1;    // row version: a change names the version it was made on
};

/// One thing that happened to a review, oldest first in its history.
struct ReviewEvent
{
    qint64 at = 0; // unix seconds
    std::string who;
    std::string kind; // assigned | decided | undone | refunded | noted
    std::string statusBefore, statusAfter;
    std::string note;
};

/// A person's change to a review. `expectedVersion` is the version they saw: if someone else
/// changed the review since, nothing is written and the error says who did what.
struct ReviewChange
{
    qint64 sourceId = 0;
    std::string charge;
    int expectedVersion = 0;
    std::string who;
    std::string kind;   // assigned | decided | undone | refunded | noted
    std::string status; // decided: approved | fraudulent | needs_info
    std::string note;
    std::string refund;   // refunded: the provider's refund id
    std::string assignee; // assigned: to whom (empty: `who`)
};

struct ReviewQuery
{
    std::vector<std::string> statuses; // none: every status
    std::string assignee;              // empty: anyone's
    int limit = 1000;
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

    /// Queues the flagged charges not queued yet (a charge is queued once, whatever rescoring
    /// says later) and moves the scoring mark to `scoredThrough`; returns how many were new.
    virtual Result<int> addReviews(const std::vector<ReviewCandidate> &candidates,
                                   qint64 scoredThrough)
        = 0;
    /// The created time up to which every charge was scored (0: none yet).
    virtual Result<qint64> scoredThrough() = 0;
    /// Reviews, open ones by score (highest first), decided ones newest decision first.
    virtual Result<std::vector<FraudReview>> reviews(const ReviewQuery &query) = 0;
    /// The reviews of a charge id (one per source that has it).
    virtual Result<std::vector<FraudReview>> reviewsOfCharge(const std::string &charge) = 0;
    /// Applies a person's change (audited) and returns the review as it is afterwards. Undo
    /// restores the status before the last decision, unless the provider was touched since.
    virtual Result<FraudReview> changeReview(const ReviewChange &change) = 0;
    virtual Result<std::vector<ReviewEvent>> reviewHistory(qint64 sourceId,
                                                           const std::string &charge)
        = 0;
    /// Counts per status (open, approved, fraudulent, needs_info).
    virtual Result<std::vector<std::pair<std::string, qint64>>> reviewCounts() = 0;
};

} // namespace paydeck::store
