#pragma once

#include "store/sqlite/database.h"
#include "util/result.h"

#include <QJsonArray>
#include <QString>

#include <vector>

namespace paydeck::reconcile {

/// A person's decision, written with its audit record in one transaction. Every action needs a
/// note (why); each returns what is needed to undo it.
struct ManualDecision
{
    QString reconciliation;       // payout_bank | charge_ledger | payout_transactions
    std::vector<qint64> leftIds;  // the store's keys of payouts/charges
    std::vector<qint64> rightIds; // bank_entries/ledger_entries ids
    QString note;
    QString user;
};

struct DecisionResult
{
    qint64 group = 0;
    QJsonArray replaced; // matches of the items that the decision removed (to restore on undo)
};

/// Matches the items by hand; any earlier match of them is removed.
Result<DecisionResult> matchManually(store::Database &db, const ManualDecision &decision);
/// Writes the items off (nothing on the other side will come).
Result<DecisionResult> writeOff(store::Database &db, const ManualDecision &decision);
/// Removes a match (rule-made or manual). Returns the removed rows, to restore them on undo.
Result<QJsonArray>
unmatch(store::Database &db, qint64 groupId, const QString &note, const QString &user);
/// Puts rows removed by unmatch back (undo), with an audit record.
Result<void>
restoreMatch(store::Database &db, const QJsonArray &rows, const QString &note, const QString &user);

/// The user name recorded in the audit trail: $PAYDECK_USER, $USER, or "unknown".
QString currentUser();

} // namespace paydeck::reconcile
