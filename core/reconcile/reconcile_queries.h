#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace paydeck::reconcile {

/// The Reconciliation screen's summary of the latest run, for a period.
struct ReconcileOverview
{
    int payoutsTotal = 0;
    int payoutsMatched = 0; // to a bank line, by rule or by hand
    int chargesTotal = 0;
    int chargesMatched = 0;
    QMap<QString, qint64> unmatchedProvider; // currency -> amount
    QMap<QString, qint64> unmatchedBank;
    QMap<QString, qint64> unmatchedLedger;
    int exceptions = 0;
    QString lastRun; // ISO date-time, empty before the first run
    int bankEntries = 0;
    int ledgerEntries = 0;
};

struct ExceptionFilter
{
    QString kind;           // empty: all
    QString reconciliation; // empty: all
    QString search;         // in reference and detail
};

struct ExceptionRow
{
    qint64 id = 0;
    QString kind;
    QString reconciliation;
    QString side;
    qint64 itemId = 0;
    QString currency;
    qint64 amount = 0;
    QDate itemDate;
    QString reference;
    QString detail;
    int ageDays = 0;
};

/// An open item on the other side that could be what an exception's item is missing.
struct CandidateRow
{
    qint64 id = 0;
    QString side; // provider | bank | ledger
    QString reference;
    QDate date;
    qint64 amount = 0;
    QString currency;
    qint64 difference = 0; // candidate amount minus the item's
    int dayDistance = 0;
};

/// A stored match an item takes part in, with its explanation.
struct MatchInfo
{
    qint64 group = 0;
    QString reconciliation;
    QString rule;
    double score = 0;
    QString decided; // rule | manual | writeoff
    QString explanation;
    QString note;
    QString decidedBy;
    qint64 difference = 0;
    QString currency;
    QStringList leftItems; // references
    QStringList rightItems;
};

/// A payout, the balance transactions it settled, and the bank line(s) it arrived with.
struct PayoutTrail
{
    qint64 key = 0; // the store's key of the payout
    QString id;
    qint64 amount = 0;
    QString currency;
    QDate arrival;
    QString status;
    struct Transaction
    {
        QString id;
        QString type;
        qint64 amount = 0;
        qint64 fee = 0;
        qint64 net = 0;
        QDateTime created;
    };
    QList<Transaction> transactions;
    qint64 transactionsNet = 0;
    struct Line
    {
        qint64 id = 0;
        QDate booked;
        qint64 amount = 0;
        QString currency;
        QString text;
        QString rule;
    };
    QList<Line> bankLines;
};

/// What walking the audit trail's hash chain found.
struct AuditVerification
{
    int entries = 0;
    QString headHash; // the newest entry's hash: record it elsewhere to notice a cut-off tail
    bool intact = true;
    qint64 brokenAt = 0; // the first entry whose link does not hold
    QString problem;
};

struct AuditRow
{
    QDateTime at;
    QString user;
    QString action;
    QString reconciliation;
    QString note;
    QString detail;
    QString items; // JSON: what the action was about (ids; a source's name and id)
};

} // namespace paydeck::reconcile
Q_DECLARE_METATYPE(paydeck::reconcile::PayoutTrail)
