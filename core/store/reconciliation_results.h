#pragma once

#include "sqlite/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace paydeck::store {

/// A match a reconciliation run decided by its rules: items of the provider side (`left`) and
/// of the other side (`right`) that belong to one group.
struct PlannedMatch
{
    const char *kind; // payout_bank | charge_ledger | payout_transactions
    qint64 group;     // relative to the run; offset by the first free group id when written
    std::optional<qint64> left, right;
    std::string rule;
    double score;
    qint64 difference;
    std::string currency;
    std::string explanation;
};

/// An item the run could not match (or a statement whose balances do not add up).
struct PlannedException
{
    const char *kind;
    const char *reconciliation;
    const char *side;
    qint64 itemId;
    std::string currency;
    qint64 amount;
    QString itemDate;
    std::string reference;
    QString detail;
};

/// Everything a non-dry run writes, decided before anything is written.
struct ReconciliationWrite
{
    qint64 startedAt = 0;
    std::string periodFrom, periodTo; // ISO dates, empty when open
    int rulesetVersion = 0;
    std::string rulesJson;
    /// The reconciliations the run covered (their rule matches and exceptions are replaced).
    std::vector<const char *> reconciliations;
    /// For a period run: the provider items it saw (only their rule matches are replaced).
    bool periodRun = false;
    std::vector<std::pair<const char *, qint64>> scope;
    std::vector<PlannedMatch> matches;
    std::vector<PlannedException> exceptions;
};

/// The next free match group id (people's decisions and rule runs share them); call inside the
/// transaction that inserts the group.
Result<qint64> nextMatchGroup(Database &db);

/// Writes a run in one transaction (a savepoint inside a writer job): the run row, the rule-made
/// matches of what it covered replaced (people's decisions stay), its exception list. Returns
/// the run id. `summaryJson` gives the summary stored with the run, once its id is known;
/// `progress` (0–100 of this step) and `cancel` as for the run. Cancelled: nothing is written.
Result<qint64> persistReconciliation(Database &db,
                                     const ReconciliationWrite &write,
                                     const std::function<QByteArray(qint64 runId)> &summaryJson,
                                     const std::function<void(int)> &progress = {},
                                     const std::atomic_bool *cancel = nullptr);

} // namespace paydeck::store
