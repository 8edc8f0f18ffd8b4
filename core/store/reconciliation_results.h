#pragma once

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

} // namespace paydeck::store
