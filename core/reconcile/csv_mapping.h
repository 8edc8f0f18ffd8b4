#pragma once

#include "statement.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace paydeck::reconcile {

/// How the columns of a CSV export map onto statement entries or ledger entries. Columns are named
/// by their header text. Saved by name as a preset (see ReconcileStore::saveMapping).
struct CsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile::CsvMapping)

public:
    enum class Kind { Statement, Ledger };
    enum class Sign {
        SignedAmount,       // one amount column, debits negative
        DebitCreditColumns, // separate debit and credit columns
        IndicatorColumn,    // unsigned amount plus a C/D (CR/DR, CRDT/DBIT, S/H) column
    };

    QString name;
    Kind kind = Kind::Statement;
    QChar delimiter = u',';
    QChar decimalSeparator = u'.';
    QChar groupSeparator; // none when null
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    Sign sign = Sign::SignedAmount;

    QString dateColumn;
    QString valueDateColumn;
    QString amountColumn;
    QString creditColumn;
    QString debitColumn;
    QString indicatorColumn;
    QString currencyColumn;
    QString referenceColumn;    // bank reference / end-to-end id, or the ledger's invoice id
    QString counterpartyColumn; // statement counterparty, or the ledger's customer
    QString remittanceColumn;
    QString accountColumn;
    QString defaultCurrency; // when there is no currency column
    QString defaultAccount;  // when there is no account column

    QJsonObject toJson() const;
    static Result<CsvMapping> fromJson(const QJsonObject &json);
    /// One line per decision, for the preview ("amount: column Betrag, decimal ',' …").
    QStringList describe() const;
};

/// What detection found, for a preview before importing: the mapping, the header, the first rows
/// and any doubt (an ambiguous date format, a missing currency).
struct CsvPreview
{
    CsvMapping mapping;
    QStringList header;
    QList<QStringList> firstRows;
    QStringList doubts;
};

/// The date formats detection tries, in order (day-first wins a tie with month-first).
const QStringList &csvDateFormats();

Result<CsvPreview>
detectCsvMapping(const QByteArray &data, CsvMapping::Kind kind, const QString &fileName);

/// A receivable from the company's books.
struct LedgerEntry
{
    QString reference; // invoice or order id
    QString customer;
    qint64 amount = 0;
    QString currency;
    QDate date;
    int line = 0;
};

/// One statement per account and currency; CSV exports state no balances.
Result<QList<Statement>>
statementsFromCsv(const QByteArray &data, const CsvMapping &mapping, const QString &fileName);
Result<QList<LedgerEntry>>
ledgerFromCsv(const QByteArray &data, const CsvMapping &mapping, const QString &fileName);

} // namespace paydeck::reconcile
