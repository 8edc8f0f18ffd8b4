#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace paydeck::reconcile {

/// A balance as a bank states it: signed minor units of the statement's currency.
struct StatementBalance
{
    QString type; // camt code (OPBD, CLBD, PRCD, ITBD, CLAV, …) or MT940 tag (60F, 62M, 64, …)
    qint64 amount = 0;
    QDate date;
};

/// One underlying transaction of an entry; a batch booking has several.
struct TransactionDetail
{
    std::optional<qint64> amount; // signed like its entry; absent when the bank omits it
    QString endToEndId;
    QString accountServicerReference;
    QString instructionId;
    QString uetr;
    QString counterpartyName;
    QString counterpartyAccount;
    QString remittance;
    QString instructedCurrency; // the amount instructed before conversion (InstdAmt)
    std::optional<qint64> instructedAmount;
};

/// One booked (or pending) line of a statement. Amounts are signed: credits positive.
struct StatementEntry
{
    qint64 amount = 0;
    QString currency; // the statement's, unless the bank booked the entry in another
    QDate bookingDate;
    QDate valueDate;
    bool reversal = false;
    QString status = QStringLiteral("BOOK"); // BOOK, PDNG, INFO
    QString entryReference;                  // camt NtryRef, MT940 customer reference
    QString accountServicerReference;        // camt AcctSvcrRef, MT940 bank reference
    QString endToEndId;
    QString bankTransactionCode; // "PMNT/RCDT/AUTT", a proprietary code, or MT940 "NTRF"
    QString counterpartyName;
    QString counterpartyAccount;
    QString remittance;     // unstructured remittance / :86: text, lines joined by '\n'
    QString additionalInfo; // AddtlNtryInf, MT940 supplementary details
    qint64 charges = 0;     // bank charges included in the entry (minor units, positive)
    QString instructedCurrency;
    std::optional<qint64> instructedAmount;
    int batchCount = 0; // NbOfTxs of a batch booking, 0 when not a batch
    QList<TransactionDetail> details;
    int line = 0; // where it starts in the file, for messages
};

/// One statement (camt.053), report (camt.052), notification (camt.054) or MT940/MT942 message.
struct Statement
{
    QString format; // "camt.053.001.02", "mt940", "csv:<preset>"
    QString id;
    QString account; // IBAN or other account identification
    QString currency;
    QString sequence; // electronic / legal sequence number or MT940 :28C:
    QDateTime created;
    std::optional<StatementBalance> opening;
    std::optional<StatementBalance> closing;
    QList<StatementBalance> otherBalances;
    QList<StatementEntry> entries;
    int line = 0;

    qint64 creditSum() const;
    qint64 debitSum() const; // negative or zero
    /// closing − (opening + booked entries; an entry booked in another currency counts with its
    /// counter-value in the account's currency); nullopt when the statement states no opening or
    /// no closing balance (camt.054 notifications, MT942 interim reports).
    std::optional<qint64> balanceProofDifference() const;
};

} // namespace paydeck::reconcile
