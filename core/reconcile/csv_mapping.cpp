#include "csv_mapping.h"

#include "amount_text.h"
#include "csv_table.h"
#include "date_text.h"
#include "domain/currency.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <map>

namespace paydeck::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile",
                                       text); // lupdate's context for free calls
}

QString signName(CsvMapping::Sign sign)
{
    switch (sign) {
    case CsvMapping::Sign::SignedAmount:
        return QStringLiteral("signed");
    case CsvMapping::Sign::DebitCreditColumns:
        return QStringLiteral("debit-credit-columns");
    case CsvMapping::Sign::IndicatorColumn:
        return QStringLiteral("indicator");
    }
    return {};
}

QString normalizedHeader(const QString &header)
{
    // Compiled once: a pattern per call is compiled (and JIT-compiled) per header cell.
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9äöüß/]+"));
    QString text = header.toLower().trimmed();
    text.replace(separators, QStringLiteral(" "));
    return text.trimmed();
}

/// The first header whose normalized text is one of `names` (exact), else one containing one.
/// `normalized` is the header normalized once (normalizing per candidate name cost a regular
/// expression per cell, name and column sought: milliseconds for a wide file).
QString findColumn(const QStringList &header,
                   const QStringList &normalized,
                   std::initializer_list<const char *> names,
                   const QStringList &taken)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (const char *name : names) {
            const QString wanted = QString::fromUtf8(name);
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (taken.contains(header[i]))
                    continue;
                if (pass == 0 ? normalized[i] == wanted : normalized[i].contains(wanted))
                    return header[i];
            }
        }
    }
    return {};
}

QDate parseDate(const QString &text, const QString &format)
{
    QDate date = dateFromText(QStringView(text).left(format.size() + 2).trimmed(), format);
    if (!date.isValid() && text.size() > 10) // "2024-01-02T10:00:00" or "2024-01-02 10:00"
        date = dateFromText(QStringView(text).left(10), format);
    if (date.isValid() && format.endsWith(QStringLiteral(".yy")) && date.year() < 1970)
        date = date.addYears(100);
    return date;
}

bool isIndicator(const QString &value)
{
    static const QStringList known = {QStringLiteral("C"),
                                      QStringLiteral("D"),
                                      QStringLiteral("CR"),
                                      QStringLiteral("DR"),
                                      QStringLiteral("CRDT"),
                                      QStringLiteral("DBIT"),
                                      QStringLiteral("S"),
                                      QStringLiteral("H"),
                                      QStringLiteral("CREDIT"),
                                      QStringLiteral("DEBIT")};
    return known.contains(value.trimmed().toUpper());
}

/// +1 for a credit, -1 for a debit, 0 when the indicator is not one. German S(oll)/H(aben).
int indicatorSign(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    if (v == u"C" || v == u"CR" || v == u"CRDT" || v == u"H" || v == u"CREDIT")
        return 1;
    if (v == u"D" || v == u"DR" || v == u"DBIT" || v == u"S" || v == u"DEBIT")
        return -1;
    return 0;
}

/// Maps header names to indices and reads typed cells with messages naming file, line, column.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile::RowReader)

public:
    RowReader(const CsvMapping &mapping, const QStringList &header, QString fileName)
        : m_mapping(mapping), m_header(header), m_fileName(std::move(fileName))
    {}

    Result<void> require(const QString &column, const char *role)
    {
        if (column.isEmpty())
            return makeError(tr("%1: mapping \"%2\" names no %3 column")
                                 .arg(m_fileName, m_mapping.name, QString::fromUtf8(role)));
        if (!m_header.contains(column))
            return makeError(
                tr("%1: mapping \"%2\" expects a column \"%3\"; the file has: %4")
                    .arg(m_fileName, m_mapping.name, column, m_header.join(QStringLiteral(", "))));
        return {};
    }

    void setRow(const QStringList *row, int line)
    {
        m_row = row;
        m_line = line;
    }

    QString text(const QString &column) const
    {
        if (column.isEmpty())
            return {};
        const auto index = m_header.indexOf(column);
        return index >= 0 && index < m_row->size() ? m_row->at(index).trimmed() : QString();
    }

    QString error(const QString &message) const
    {
        return tr("%1:%2: %3").arg(m_fileName).arg(m_line).arg(message);
    }

    Result<QString> currency()
    {
        QString code = text(m_mapping.currencyColumn).toUpper();
        if (code.isEmpty())
            code = m_mapping.defaultCurrency.toUpper();
        if (code.isEmpty())
            return makeError(error(tr("no currency (the mapping has no currency column and no "
                                      "default currency)")));
        if (!Currency::fromCode(QStringView(code)))
            return makeError(error(tr("\"%1\" is not an ISO 4217 currency").arg(code)));
        return code;
    }

    Result<qint64> amount(const QString &column, const QString &currencyCode, bool allowEmpty)
    {
        const QString value = text(column);
        if (value.isEmpty() && allowEmpty)
            return qint64(0);
        QString cleaned = value;
        cleaned.remove(u' ');
        cleaned.remove(QChar(0xa0));
        // Some banks write debits in parentheses or with a trailing minus.
        if (cleaned.startsWith(u'(') && cleaned.endsWith(u')'))
            cleaned = u'-' + cleaned.mid(1, cleaned.size() - 2);
        if (cleaned.endsWith(u'-'))
            cleaned = u'-' + cleaned.chopped(1);
        const auto currency = Currency::fromCode(QStringView(currencyCode));
        const auto parsed = parseMinorUnits(cleaned,
                                            currency ? currency->exponent() : 2,
                                            m_mapping.decimalSeparator,
                                            m_mapping.groupSeparator);
        if (!parsed)
            return makeError(error(tr("\"%1\" in column \"%2\" is not an amount with decimal "
                                      "separator '%3'")
                                       .arg(value, column, m_mapping.decimalSeparator)));
        return *parsed;
    }

    Result<QDate> date(const QString &column, bool allowEmpty)
    {
        const QString value = text(column);
        if (value.isEmpty() && allowEmpty)
            return QDate();
        const QDate date = parseDate(value, m_mapping.dateFormat);
        if (!date.isValid())
            return makeError(error(tr("\"%1\" in column \"%2\" is not a date in the format %3")
                                       .arg(value, column, m_mapping.dateFormat)));
        return date;
    }

    Result<qint64> signedAmount(const QString &currency)
    {
        switch (m_mapping.sign) {
        case CsvMapping::Sign::SignedAmount:
            return amount(m_mapping.amountColumn, currency, false);
        case CsvMapping::Sign::DebitCreditColumns: {
            auto credit = amount(m_mapping.creditColumn, currency, true);
            if (!credit)
                return credit;
            auto debit = amount(m_mapping.debitColumn, currency, true);
            if (!debit)
                return debit;
            if (credit.value() != 0 && debit.value() != 0)
                return makeError(error(tr("both a debit and a credit amount")));
            return credit.value() != 0 ? std::abs(credit.value()) : -std::abs(debit.value());
        }
        case CsvMapping::Sign::IndicatorColumn: {
            auto value = amount(m_mapping.amountColumn, currency, false);
            if (!value)
                return value;
            const int sign = indicatorSign(text(m_mapping.indicatorColumn));
            if (sign == 0)
                return makeError(
                    error(tr("\"%1\" in column \"%2\" is neither credit nor debit")
                              .arg(text(m_mapping.indicatorColumn), m_mapping.indicatorColumn)));
            return sign * std::abs(value.value());
        }
        }
        return qint64(0);
    }

private:
    const CsvMapping &m_mapping;
    QStringList m_header;
    QString m_fileName;
    const QStringList *m_row = nullptr;
    int m_line = 0;
};

Result<CsvTable>
readTable(const QByteArray &data, const CsvMapping &mapping, const QString &fileName)
{
    auto table = readCsv(decodeCsvText(data), mapping.delimiter, fileName);
    if (!table)
        return table;
    if (table.value().rows.isEmpty())
        return makeError(tr("%1: the file is empty").arg(fileName));
    return table;
}

Result<void> requireColumns(RowReader &reader, const CsvMapping &mapping)
{
    for (const auto &[column, role] :
         std::initializer_list<std::pair<QString, const char *>>{{mapping.dateColumn, "date"}}) {
        if (auto ok = reader.require(column, role); !ok)
            return ok;
    }
    if (mapping.sign == CsvMapping::Sign::DebitCreditColumns) {
        if (auto ok = reader.require(mapping.creditColumn, "credit"); !ok)
            return ok;
        if (auto ok = reader.require(mapping.debitColumn, "debit"); !ok)
            return ok;
    } else if (auto ok = reader.require(mapping.amountColumn, "amount"); !ok) {
        return ok;
    }
    if (mapping.sign == CsvMapping::Sign::IndicatorColumn)
        if (auto ok = reader.require(mapping.indicatorColumn, "credit/debit"); !ok)
            return ok;
    for (const QString &optional : {mapping.valueDateColumn,
                                    mapping.currencyColumn,
                                    mapping.referenceColumn,
                                    mapping.counterpartyColumn,
                                    mapping.remittanceColumn,
                                    mapping.accountColumn})
        if (!optional.isEmpty())
            if (auto ok = reader.require(optional, "optional"); !ok)
                return ok;
    return {};
}

} // namespace

QJsonObject CsvMapping::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"),
         kind == Kind::Ledger ? QStringLiteral("ledger") : QStringLiteral("statement")},
        {QStringLiteral("delimiter"), QString(delimiter)},
        {QStringLiteral("decimal_separator"), QString(decimalSeparator)},
        {QStringLiteral("group_separator"),
         groupSeparator.isNull() ? QString() : QString(groupSeparator)},
        {QStringLiteral("date_format"), dateFormat},
        {QStringLiteral("sign"), signName(sign)},
        {QStringLiteral("date"), dateColumn},
        {QStringLiteral("value_date"), valueDateColumn},
        {QStringLiteral("amount"), amountColumn},
        {QStringLiteral("credit"), creditColumn},
        {QStringLiteral("debit"), debitColumn},
        {QStringLiteral("indicator"), indicatorColumn},
        {QStringLiteral("currency"), currencyColumn},
        {QStringLiteral("reference"), referenceColumn},
        {QStringLiteral("counterparty"), counterpartyColumn},
        {QStringLiteral("remittance"), remittanceColumn},
        {QStringLiteral("account"), accountColumn},
        {QStringLiteral("default_currency"), defaultCurrency},
        {QStringLiteral("default_account"), defaultAccount},
    };
}

Result<CsvMapping> CsvMapping::fromJson(const QJsonObject &json)
{
    CsvMapping m;
    const auto str = [&](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    m.kind = str("kind") == u"ledger" ? Kind::Ledger : Kind::Statement;
    const QString delimiter = str("delimiter");
    const QString decimal = str("decimal_separator");
    if (delimiter.size() != 1 || decimal.size() != 1 || (decimal != u"." && decimal != u","))
        return makeError(tr("a CSV mapping needs a one-character delimiter and '.' or ',' as "
                            "decimal separator"));
    m.delimiter = delimiter.front();
    m.decimalSeparator = decimal.front();
    if (str("group_separator").size() == 1)
        m.groupSeparator = str("group_separator").front();
    m.dateFormat = str("date_format");
    const QString sign = str("sign");
    m.sign = sign == u"debit-credit-columns" ? Sign::DebitCreditColumns
             : sign == u"indicator"          ? Sign::IndicatorColumn
                                             : Sign::SignedAmount;
    m.dateColumn = str("date");
    m.valueDateColumn = str("value_date");
    m.amountColumn = str("amount");
    m.creditColumn = str("credit");
    m.debitColumn = str("debit");
    m.indicatorColumn = str("indicator");
    m.currencyColumn = str("currency");
    m.referenceColumn = str("reference");
    m.counterpartyColumn = str("counterparty");
    m.remittanceColumn = str("remittance");
    m.accountColumn = str("account");
    m.defaultCurrency = str("default_currency");
    m.defaultAccount = str("default_account");
    if (m.dateFormat.isEmpty())
        return makeError(tr("a CSV mapping needs a date format"));
    return m;
}

QStringList CsvMapping::describe() const
{
    QStringList lines;
    const QString delimiterName = delimiter == u'\t' ? QStringLiteral("TAB") : QString(delimiter);
    lines << tr("delimiter '%1', decimal separator '%2', dates as %3")
                 .arg(delimiterName, QString(decimalSeparator), dateFormat);
    lines << tr("date: %1").arg(dateColumn);
    switch (sign) {
    case Sign::SignedAmount:
        lines << tr("amount: %1 (debits negative)").arg(amountColumn);
        break;
    case Sign::DebitCreditColumns:
        lines << tr("credit: %1, debit: %2").arg(creditColumn, debitColumn);
        break;
    case Sign::IndicatorColumn:
        lines << tr("amount: %1, credit/debit in %2").arg(amountColumn, indicatorColumn);
        break;
    }
    lines << tr("currency: %1")
                 .arg(currencyColumn.isEmpty() ? tr("always %1").arg(defaultCurrency)
                                               : currencyColumn);
    if (!referenceColumn.isEmpty())
        lines << tr("reference: %1").arg(referenceColumn);
    if (!counterpartyColumn.isEmpty())
        lines << (kind == Kind::Ledger ? tr("customer: %1") : tr("counterparty: %1"))
                     .arg(counterpartyColumn);
    if (!remittanceColumn.isEmpty())
        lines << tr("text: %1").arg(remittanceColumn);
    return lines;
}

const QStringList &csvDateFormats()
{
    static const QStringList formats = {
        QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("MM/dd/yyyy"),
        QStringLiteral("yyyyMMdd"),
        QStringLiteral("dd-MM-yyyy"),
        QStringLiteral("d.M.yyyy"),
        QStringLiteral("M/d/yyyy"),
        QStringLiteral("dd.MM.yy"),
    };
    return formats;
}

Result<CsvPreview>
detectCsvMapping(const QByteArray &data, CsvMapping::Kind kind, const QString &fileName)
{
    const QString text = decodeCsvText(data);
    CsvPreview preview;
    CsvMapping &m = preview.mapping;
    m.kind = kind;
    m.name = QFileInfo(fileName).completeBaseName();
    m.delimiter = detectCsvDelimiter(text);
    auto table = readCsv(text, m.delimiter, fileName);
    if (!table)
        return makeError(table.error());
    if (table.value().rows.size() < 2)
        return makeError(
            tr("%1: a CSV export needs a header line and at least one row").arg(fileName));
    preview.header = table.value().rows.first();
    const QList<QStringList> rows = table.value().rows.mid(1);
    preview.firstRows = rows.mid(0, 10);
    const QStringList &header = preview.header;
    QStringList normalized;
    for (const QString &column : header)
        normalized << normalizedHeader(column);
    QStringList taken;
    const auto take = [&](std::initializer_list<const char *> names) {
        QString column = findColumn(header, normalized, names, taken);
        if (!column.isEmpty())
            taken << column;
        return column;
    };
    m.valueDateColumn = take({"value date", "valuta", "wertstellung", "valutadatum"});
    m.dateColumn = take({"booking date",
                         "date",
                         "buchungstag",
                         "buchungsdatum",
                         "datum",
                         "transaction date",
                         "posted",
                         "invoice date",
                         "created",
                         "belegdatum"});
    m.currencyColumn = take({"currency", "ccy", "währung", "waehrung", "cur"});
    m.creditColumn = take({"credit", "haben", "gutschrift", "paid in", "money in"});
    m.debitColumn = take({"debit", "soll", "lastschrift", "paid out", "money out"});
    m.indicatorColumn = take({"cr/dr", "dr/cr", "c/d", "d/c", "s/h", "credit/debit", "dc", "sign"});
    m.amountColumn = take({"amount", "betrag", "umsatz", "total", "gross", "value"});
    if (kind == CsvMapping::Kind::Ledger) {
        m.referenceColumn = take({"invoice",
                                  "invoice id",
                                  "invoice number",
                                  "order id",
                                  "order",
                                  "rechnungsnummer",
                                  "reference",
                                  "document",
                                  "id"});
        m.counterpartyColumn = take({"customer", "kunde", "client", "debtor", "name"});
    } else {
        m.referenceColumn
            = take({"end to end", "end-to-end", "reference", "ref", "referenz", "transaction id"});
        m.counterpartyColumn = take({"counterparty",
                                     "payer",
                                     "payee",
                                     "name",
                                     "empfänger",
                                     "auftraggeber",
                                     "beguenstigter",
                                     "begünstigter"});
        m.remittanceColumn = take({"remittance",
                                   "description",
                                   "purpose",
                                   "memo",
                                   "verwendungszweck",
                                   "details",
                                   "text",
                                   "buchungstext"});
        m.accountColumn = take({"iban", "account", "konto"});
    }
    if (m.dateColumn.isEmpty())
        m.dateColumn = m.valueDateColumn;
    if (m.dateColumn.isEmpty())
        return makeError(tr("%1: no date column found among: %2")
                             .arg(fileName, header.join(QStringLiteral(", "))));

    const auto columnValues = [&](const QString &column) {
        QStringList values;
        const auto index = header.indexOf(column);
        if (index < 0)
            return values;
        for (const auto &row : rows)
            if (index < row.size() && !row[index].trimmed().isEmpty())
                values << row[index].trimmed();
        return values;
    };
    // Sign convention.
    if (!m.creditColumn.isEmpty() && !m.debitColumn.isEmpty()) {
        m.sign = CsvMapping::Sign::DebitCreditColumns;
        m.amountColumn.clear();
    } else if (const QStringList indicators = columnValues(m.indicatorColumn);
               !m.indicatorColumn.isEmpty() && !m.amountColumn.isEmpty() && !indicators.isEmpty()
               && std::all_of(indicators.cbegin(), indicators.cend(), isIndicator)) {
        m.sign = CsvMapping::Sign::IndicatorColumn;
    } else {
        m.sign = CsvMapping::Sign::SignedAmount;
        m.indicatorColumn.clear();
        if (m.amountColumn.isEmpty())
            m.amountColumn = !m.creditColumn.isEmpty() ? m.creditColumn : m.debitColumn;
        m.creditColumn.clear();
        m.debitColumn.clear();
    }
    if (m.amountColumn.isEmpty() && m.sign != CsvMapping::Sign::DebitCreditColumns)
        return makeError(tr("%1: no amount column found among: %2")
                             .arg(fileName, header.join(QStringLiteral(", "))));

    // Decimal separator: "1.234,56" / "12,5" are continental; "1,234.56" / "12.5" are not.
    QStringList amounts
        = columnValues(m.amountColumn) + columnValues(m.creditColumn) + columnValues(m.debitColumn);
    static const QRegularExpression commaDecimal(
        QStringLiteral("^[-+(]?[0-9.' ]*,[0-9]{1,4}\\)?-?$"));
    static const QRegularExpression dotDecimal(
        QStringLiteral("^[-+(]?[0-9,' ]*\\.[0-9]{1,4}\\)?-?$"));
    int comma = 0, dot = 0;
    for (const QString &value : amounts) {
        if (commaDecimal.match(value).hasMatch())
            ++comma;
        else if (dotDecimal.match(value).hasMatch())
            ++dot;
    }
    m.decimalSeparator = comma > dot ? u',' : u'.';
    m.groupSeparator = comma > dot ? u'.' : u',';
    if (comma > 0 && dot > 0)
        preview.doubts << tr("amounts use both ',' and '.' as decimal separator; '%1' was chosen")
                              .arg(m.decimalSeparator);

    // Date format: the first that reads every value; day-first wins over month-first ties.
    const QStringList dates = columnValues(m.dateColumn);
    QStringList fitting;
    for (const QString &format : csvDateFormats())
        if (!dates.isEmpty() && std::all_of(dates.begin(), dates.end(), [&](const QString &value) {
                return parseDate(value, format).isValid();
            }))
            fitting << format;
    if (fitting.isEmpty())
        return makeError(tr("%1: the dates in column \"%2\" (e.g. \"%3\") are in no known format")
                             .arg(fileName, m.dateColumn, dates.value(0)));
    m.dateFormat = fitting.first();
    if (fitting.contains(QStringLiteral("dd/MM/yyyy"))
        && fitting.contains(QStringLiteral("MM/dd/yyyy")))
        preview.doubts << tr("dates could be day/month or month/day; day/month was chosen");

    if (m.currencyColumn.isEmpty())
        preview.doubts << tr("no currency column: set the currency before importing");
    return preview;
}

namespace {

/// What every mapped row has: currency, signed amount, date.
struct MappedRow
{
    QString currency;
    qint64 amount = 0;
    QDate date;
    int line = 0;
};

/// Reads the table with the mapping, checks its columns, and calls `onRow(reader, row)` for each
/// data row; the first error (naming file, line and column) stops it.
template<typename OnRow>
Result<void> forEachMappedRow(const QByteArray &data,
                              const CsvMapping &mapping,
                              const QString &fileName,
                              const QString &requiredColumn,
                              const char *requiredRole,
                              OnRow onRow)
{
    auto table = readTable(data, mapping, fileName);
    if (!table)
        return makeError(table.error());
    RowReader reader(mapping, table.value().rows.first(), fileName);
    if (auto ok = requireColumns(reader, mapping); !ok)
        return ok;
    if (requiredRole)
        if (auto ok = reader.require(requiredColumn, requiredRole); !ok)
            return ok;
    for (qsizetype i = 1; i < table.value().rows.size(); ++i) {
        reader.setRow(&table.value().rows[i], table.value().lines[i]);
        MappedRow row;
        row.line = table.value().lines[i];
        auto currency = reader.currency();
        if (!currency)
            return makeError(currency.error());
        row.currency = currency.value();
        auto amount = reader.signedAmount(row.currency);
        if (!amount)
            return makeError(amount.error());
        row.amount = amount.value();
        auto date = reader.date(mapping.dateColumn, false);
        if (!date)
            return makeError(date.error());
        row.date = date.value();
        if (auto ok = onRow(reader, row); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<QList<Statement>>
statementsFromCsv(const QByteArray &data, const CsvMapping &mapping, const QString &fileName)
{
    std::map<std::pair<QString, QString>, Statement> byAccount;
    auto read = forEachMappedRow(
        data,
        mapping,
        fileName,
        QString(),
        nullptr,
        [&](RowReader &reader, const MappedRow &row) -> Result<void> {
            StatementEntry entry;
            entry.line = row.line;
            entry.amount = row.amount;
            entry.currency = row.currency;
            entry.bookingDate = row.date;
            auto value = reader.date(mapping.valueDateColumn, true);
            if (!value)
                return makeError(value.error());
            entry.valueDate = value.value().isValid() ? value.value() : entry.bookingDate;
            entry.entryReference = reader.text(mapping.referenceColumn);
            entry.endToEndId = entry.entryReference;
            entry.counterpartyName = reader.text(mapping.counterpartyColumn);
            entry.remittance = reader.text(mapping.remittanceColumn);
            QString account = reader.text(mapping.accountColumn);
            if (account.isEmpty())
                account = mapping.defaultAccount.isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                           : mapping.defaultAccount;
            Statement &statement = byAccount[{account, row.currency}];
            if (statement.entries.isEmpty()) {
                statement.format = QStringLiteral("csv:") + mapping.name;
                statement.account = account;
                statement.currency = row.currency;
                statement.line = entry.line;
            }
            statement.entries.append(entry);
            return {};
        });
    if (!read)
        return makeError(read.error());
    QList<Statement> statements;
    for (auto &[key, statement] : byAccount) {
        QDate first = statement.entries.first().bookingDate, last = first;
        for (const auto &entry : statement.entries) {
            first = std::min(first, entry.bookingDate);
            last = std::max(last, entry.bookingDate);
        }
        statement.id = QStringLiteral("%1 %2 %3..%4")
                           .arg(statement.account,
                                statement.currency,
                                first.toString(Qt::ISODate),
                                last.toString(Qt::ISODate));
        statements.append(std::move(statement));
    }
    return statements;
}

Result<QList<LedgerEntry>>
ledgerFromCsv(const QByteArray &data, const CsvMapping &mapping, const QString &fileName)
{
    QList<LedgerEntry> entries;
    auto read = forEachMappedRow(
        data,
        mapping,
        fileName,
        mapping.referenceColumn,
        "invoice/order id",
        [&](RowReader &reader, const MappedRow &row) -> Result<void> {
            LedgerEntry entry;
            entry.line = row.line;
            entry.currency = row.currency;
            entry.amount = row.amount;
            entry.date = row.date;
            entry.reference = reader.text(mapping.referenceColumn);
            if (entry.reference.isEmpty())
                return makeError(reader.error(
                    tr("no invoice/order id in column \"%1\"").arg(mapping.referenceColumn)));
            entry.customer = reader.text(mapping.counterpartyColumn);
            entries.append(entry);
            return {};
        });
    if (!read)
        return makeError(read.error());
    return entries;
}

} // namespace paydeck::reconcile
