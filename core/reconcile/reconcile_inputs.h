#pragma once

// The reconciliation's inputs as the store gives them: both sides of each reconciliation read into
// the matcher's plain vectors, the items people decided on, and the few other reads a run needs.
// Declared here, next to the matcher whose types they fill; implemented with the store's SQL in
// core/store/sqlite/reconcile_inputs.cpp.

#include "matcher.h"
#include "reconcile_run.h"
#include "store/sqlite/database.h"

#include <QDate>

#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

namespace paydeck::reconcile::inputs {

inline constexpr qint64 kSecondsPerDay = 86400;

inline Day dayOfUnix(qint64 seconds)
{
    return Day(seconds >= 0 ? seconds / kSecondsPerDay
                            : (seconds - kSecondsPerDay + 1) / kSecondsPerDay);
}

inline Day dayOfIso(const std::string &iso)
{
    // "YYYY-MM-DD", as the importers store dates.
    if (iso.size() < 10)
        return 0;
    const QDate date(
        std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2)));
    return Day(QDate(1970, 1, 1).daysTo(date));
}

inline std::string upper(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return text;
}

/// An ISO date `shiftDays` after `date`; empty when the period is open on that side.
inline std::string bound(const std::optional<QDate> &date, int shiftDays)
{
    return date ? date->addDays(shiftDays).toString(Qt::ISODate).toStdString() : std::string();
}

/// One side's items with the store keys they came from.
struct Loaded
{
    std::vector<ProviderItem> provider;
    std::vector<CounterItem> counter;
    std::vector<bool> lockedLeft, lockedRight;
    Day asOf = 0;
};

/// A payout equals the net of the balance transactions it settled.
struct PayoutSettlement
{
    qint64 key;
    std::string id;
    qint64 amount;
    std::string currency;
    Day day;
    bool complete;
    qint64 netSum;
    int count;
};

/// A statement whose opening balance plus entries does not reach its closing balance.
struct FailedBalanceProof
{
    qint64 statementKey;
    std::string currency;
    qint64 difference;
    QString closingDate;
    std::string statementRef;
    QString account;
};

using LockedKeys = std::pair<std::unordered_set<qint64>, std::unordered_set<qint64>>;
using StoredMatch = std::tuple<std::string, qint64, qint64, std::string>; // kind, left, right, rule

/// All reads of a run see one moment of the store: a read transaction, rolled back unless ended.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(store::Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
    const QString &error() const { return m_error; }
    Result<void> end();

private:
    store::Database &m_db;
    bool m_active = false;
    QString m_error;
};

/// Items a person already decided on (manual matches, write-offs), by kind and side.
Result<LockedKeys> lockedIds(store::Database &db, const char *kind);
/// Bank lines of the period (a week around it, for the last payouts' lines) with what they
/// mention; `locked` lines are not the rules' to match.
Result<void> loadBankSide(store::Database &db,
                          const ReconcileOptions &options,
                          Loaded &loaded,
                          const std::unordered_set<qint64> &locked);
/// The payouts to find on the bank statement; may run on its own connection while the bank
/// lines are read.
Result<void> loadPayouts(store::Database &db,
                         const ReconcileOptions &options,
                         Loaded &loaded,
                         const std::unordered_set<qint64> &locked);
/// How a person recognises a bank line in the exception list.
std::string bankReference(store::Database &db, qint64 id);
/// Bank lines that a rule matched to a payout (for period runs: lines taken outside the period).
Result<std::vector<std::pair<qint64, qint64>>> ruleMatchedBankLines(store::Database &db);
Result<void> loadLedgerSide(store::Database &db, const ReconcileOptions &options, Loaded &loaded);
Result<std::vector<PayoutSettlement>> loadSettlements(store::Database &db,
                                                      const ReconcileOptions &options);
Result<std::vector<FailedBalanceProof>> failedBalanceProofs(store::Database &db,
                                                            const ReconcileOptions &options);
/// How many decisions people made (they survive every run).
int manualDecisionCount(store::Database &db);
/// The rule-made matches stored now (a dry run compares with them).
Result<std::set<StoredMatch>> storedRuleMatches(store::Database &db);

} // namespace paydeck::reconcile::inputs
