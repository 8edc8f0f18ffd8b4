#pragma once

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

/// The user name recorded in the audit trail: $PAYDECK_USER, $USER, or "unknown".
QString currentUser();

} // namespace paydeck::reconcile
