#include "statement_import.h"

#include "statement_file.h"
#include "store/reconciliation_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <memory>

namespace paydeck::reconcile {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString entryFingerprint(const Statement &statement, const StatementEntry &entry, int occurrence)
{
    // The bank's own reference identifies an entry best; without one, what the entry says.
    QString reference = entry.accountServicerReference;
    if (reference.isEmpty())
        reference = entry.endToEndId;
    if (reference.isEmpty())
        reference = entry.entryReference + u'|' + entry.remittance.simplified().left(140) + u'|'
                    + entry.counterpartyName;
    const QString key = QStringList{statement.account,
                                    entry.currency,
                                    isoDate(entry.bookingDate),
                                    isoDate(entry.valueDate),
                                    QString::number(entry.amount),
                                    entry.reversal ? QStringLiteral("R") : QString(),
                                    reference,
                                    QString::number(occurrence)}
                            .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const auto &s : statements) {
        QJsonObject object{{QStringLiteral("statement"), s.statementRef},
                           {QStringLiteral("account"), s.account},
                           {QStringLiteral("currency"), s.currency},
                           {QStringLiteral("entries"), s.entries},
                           {QStringLiteral("new_entries"), s.newEntries},
                           {QStringLiteral("duplicates"), s.duplicates},
                           {QStringLiteral("credit_sum"), s.creditSum},
                           {QStringLiteral("debit_sum"), s.debitSum}};
        object.insert(QStringLiteral("opening_balance"),
                      s.opening ? QJsonValue(*s.opening) : QJsonValue());
        object.insert(QStringLiteral("closing_balance"),
                      s.closing ? QJsonValue(*s.closing) : QJsonValue());
        object.insert(QStringLiteral("balance_proof"),
                      !s.proofDifference        ? QStringLiteral("not provable")
                      : *s.proofDifference == 0 ? QStringLiteral("ok")
                                                : QStringLiteral("failed"));
        object.insert(QStringLiteral("balance_proof_difference"),
                      s.proofDifference ? QJsonValue(*s.proofDifference) : QJsonValue());
        list.append(object);
    }
    return QJsonObject{{QStringLiteral("file"), fileName},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("already_imported"), alreadyImported},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("statements"), list}};
}

Result<ImportReport> importStatementFile(store::Session &session,
                                         const QByteArray &data,
                                         const QString &fileName,
                                         const CsvMapping *mapping,
                                         const std::atomic_bool *cancel)
{
    auto parsed = parseStatementFile(data, fileName, mapping);
    if (!parsed)
        return makeError(parsed.error());
    QString format = parsed.value().statements.isEmpty() ? QString()
                                                         : parsed.value().statements.first().format;
    auto report = session.statements().importStatements(
        parsed.value().statements, data, fileName, format, cancel);
    if (report)
        report.value().notes = parsed.value().notes;
    return report;
}

Result<LedgerImportReport> importLedgerFile(store::Session &session,
                                            const QByteArray &data,
                                            const QString &fileName,
                                            const CsvMapping &mapping)
{
    auto entries = ledgerFromCsv(data, mapping, fileName);
    if (!entries)
        return makeError(entries.error());
    return session.statements().importLedger(entries.value(), data, fileName, mapping.name);
}

} // namespace paydeck::reconcile
