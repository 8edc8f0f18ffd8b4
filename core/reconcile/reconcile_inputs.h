#pragma once

// The reconciliation's inputs as the store gives them (store::ReconciliationRepository): both
// sides of each reconciliation read into the matcher's plain vectors, the items people decided
// on, and the few other reads a run needs.

#include "matcher.h"
#include "reconcile_run.h"

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

} // namespace paydeck::reconcile::inputs
