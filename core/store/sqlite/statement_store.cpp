// Statement and ledger imports and CSV mapping presets, in SQLite's dialect: each file in one
// transaction, recognised again by its SHA-256, each entry by its fingerprint.
#include "reconcile_sql.h"

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

using store::Database;
using store::Transaction;

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile",
                                       text); // lupdate's context for free calls
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// The id of an earlier import of the same bytes, or 0.
Result<qint64> earlierImport(Database &db, const char *kind, const QByteArray &hash)
{
    auto query = db.prepare("SELECT id FROM import_files WHERE kind = ? AND sha256 = ?");
    if (!query)
        return makeError(query.error());
    query.value().bindText(1, kind);
    query.value().bindText(2, std::string_view(hash.constData(), size_t(hash.size())));
    if (query.value().step() == store::Statement::Step::Row)
        return query.value().columnInt(0);
    return qint64(0);
}

/// Opens the import's transaction and records the file; `alreadyImported` (and nothing
/// recorded) when the same bytes came before.
struct ImportStart
{
    std::unique_ptr<Transaction> transaction;
    bool alreadyImported = false;
    qint64 fileId = 0;
};

Result<ImportStart> beginImport(Database &db,
                                const char *kind,
                                const QByteArray &data,
                                const QString &fileName,
                                const QString &format,
                                int statements)
{
    ImportStart start;
    const QByteArray hash = sha256(data);
    start.transaction = std::make_unique<Transaction>(db);
    if (!start.transaction->began())
        return makeError(start.transaction->beginError());
    auto earlier = earlierImport(db, kind, hash);
    if (!earlier)
        return makeError(earlier.error());
    start.alreadyImported = earlier.value() != 0;
    if (start.alreadyImported)
        return start;
    auto insert = db.prepare("INSERT INTO import_files (name, sha256, kind, format, imported_at,"
                             " statements, entries, duplicates) VALUES (?,?,?,?,?,?,0,0)");
    if (!insert)
        return makeError(insert.error());
    const std::string name = utf8(QFileInfo(fileName).fileName()), formatText = utf8(format);
    insert.value().bindText(1, name);
    insert.value().bindText(2, std::string_view(hash.constData(), size_t(hash.size())));
    insert.value().bindText(3, kind);
    insert.value().bindText(4, formatText);
    insert.value().bind(5, QDateTime::currentSecsSinceEpoch());
    insert.value().bind(6, statements);
    if (auto ok = insert.value().run(); !ok)
        return makeError(ok.error());
    start.fileId = db.lastInsertRowid();
    return start;
}

/// What the file brought, then commit.
Result<void> finishImport(Database &db, ImportStart &start, int newEntries, int duplicates)
{
    auto update = db.prepare("UPDATE import_files SET entries = ?, duplicates = ? WHERE id = ?");
    if (!update)
        return makeError(update.error());
    update.value().bind(1, newEntries);
    update.value().bind(2, duplicates);
    update.value().bind(3, start.fileId);
    if (auto ok = update.value().run(); !ok)
        return ok;
    return start.transaction->commit();
}

QString detailsJson(const StatementEntry &entry)
{
    if (entry.details.size() < 2)
        return {};
    QJsonArray array;
    for (const auto &detail : entry.details) {
        QJsonObject object;
        if (detail.amount)
            object.insert(u"amount", *detail.amount);
        if (!detail.endToEndId.isEmpty())
            object.insert(u"end_to_end_id", detail.endToEndId);
        if (!detail.accountServicerReference.isEmpty())
            object.insert(u"servicer_ref", detail.accountServicerReference);
        if (!detail.counterpartyName.isEmpty())
            object.insert(u"counterparty", detail.counterpartyName);
        if (!detail.remittance.isEmpty())
            object.insert(u"remittance", detail.remittance);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

/// One statement's row; its figures are `imported`'s.
static Result<void> insertStatementRow(store::Statement &insert,
                                       qint64 fileId,
                                       const Statement &statement,
                                       const ImportedStatement &imported)
{
    // Strings bound without copying must live until the statement runs.
    const std::string ref
        = utf8(statement.id),
        fmt = utf8(statement.format), account = utf8(statement.account),
        currency = utf8(statement.currency), sequence = utf8(statement.sequence),
        created = utf8(statement.created.toString(Qt::ISODate)),
        openingDate = utf8(statement.opening ? isoDate(statement.opening->date) : QString()),
        closingDate = utf8(statement.closing ? isoDate(statement.closing->date) : QString());
    store::Statement &s = insert;
    s.bind(1, fileId);
    s.bindText(2, ref);
    s.bindText(3, fmt);
    s.bindText(4, account);
    s.bindText(5, currency);
    s.bindText(6, sequence);
    s.bindText(7, created);
    if (statement.opening)
        s.bind(8, statement.opening->amount);
    else
        s.bindNull(8);
    s.bindText(9, openingDate);
    if (statement.closing)
        s.bind(10, statement.closing->amount);
    else
        s.bindNull(10);
    s.bindText(11, closingDate);
    s.bind(12, imported.entries);
    s.bind(13, imported.creditSum);
    s.bind(14, imported.debitSum);
    if (imported.proofDifference)
        s.bind(15, *imported.proofDifference);
    else
        s.bindNull(15);
    s.bind(16, 0);
    if (auto ok = s.run(); !ok)
        return ok;
    s.reset();
    return {};
}

/// One entry's row under its fingerprint; false when the store already has that entry.
static Result<bool> insertEntryRow(Database &db,
                                   store::Statement &insert,
                                   qint64 statementId,
                                   const std::string &account,
                                   const std::string &fingerprint,
                                   const StatementEntry &entry,
                                   const QString &fileName)
{
    const std::string entryCurrency
        = utf8(entry.currency),
        booking = utf8(isoDate(entry.bookingDate)), value = utf8(isoDate(entry.valueDate)),
        status = utf8(entry.status), entryRef = utf8(entry.entryReference),
        servicerRef = utf8(entry.accountServicerReference), e2e = utf8(entry.endToEndId),
        code = utf8(entry.bankTransactionCode), counterparty = utf8(entry.counterpartyName),
        counterpartyAccount = utf8(entry.counterpartyAccount), remittance = utf8(entry.remittance),
        info = utf8(entry.additionalInfo), instructed = utf8(entry.instructedCurrency),
        details = utf8(detailsJson(entry));
    store::Statement &e = insert;
    e.bind(1, statementId);
    e.bindText(2, fingerprint);
    e.bindText(3, account);
    e.bindText(4, entryCurrency);
    e.bind(5, entry.amount);
    e.bindText(6, booking);
    e.bindText(7, value);
    e.bind(8, entry.reversal);
    e.bindText(9, status);
    e.bindText(10, entryRef);
    e.bindText(11, servicerRef);
    e.bindText(12, e2e);
    e.bindText(13, code);
    e.bindText(14, counterparty);
    e.bindText(15, counterpartyAccount);
    e.bindText(16, remittance);
    e.bindText(17, info);
    e.bind(18, entry.charges);
    e.bindText(19, instructed);
    if (entry.instructedAmount)
        e.bind(20, *entry.instructedAmount);
    else
        e.bindNull(20);
    e.bind(21, entry.batchCount);
    e.bindText(22, details);
    e.bind(23, entry.line);
    if (auto ok = e.run(); !ok)
        return makeError(tr("%1:%2: %3").arg(fileName).arg(entry.line).arg(ok.error()));
    insert.reset();
    return db.changes() != 0;
}

Result<ImportReport> importStatements(Database &db,
                                      const QList<Statement> &statements,
                                      const QByteArray &data,
                                      const QString &fileName,
                                      const QString &format,
                                      const std::atomic_bool *cancel)
{
    ImportReport report;
    report.fileName = fileName;
    report.format = format;
    auto started = beginImport(db, "statement", data, fileName, format, int(statements.size()));
    if (!started)
        return makeError(started.error());
    if (started.value().alreadyImported) {
        report.alreadyImported = true;
        return report;
    }
    const qint64 fileId = started.value().fileId;
    auto insertStatement = db.prepare(
        "INSERT INTO bank_statements (file_id, statement_ref, format, account, currency, sequence,"
        " created, opening_amount, opening_date, closing_amount, closing_date, entry_count,"
        " credit_sum, debit_sum, proof_difference, duplicates)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto insertEntry = db.prepare(
        "INSERT OR IGNORE INTO bank_entries (statement_id, fingerprint, account, currency, amount,"
        " booking_date, value_date, reversal, status, entry_ref, servicer_ref, end_to_end_id,"
        " bank_tx_code, counterparty, counterparty_account, remittance, additional_info, charges,"
        " instructed_currency, instructed_amount, batch_count, details, line)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto fixDuplicates = db.prepare("UPDATE bank_statements SET duplicates = ? WHERE id = ?");
    for (auto *query : {&insertStatement, &insertEntry, &fixDuplicates})
        if (!*query)
            return makeError(query->error());

    int totalNew = 0, totalDuplicates = 0;

    for (const Statement &statement : statements) {
        ImportedStatement imported;
        imported.statementRef = statement.id;
        imported.account = statement.account;
        imported.currency = statement.currency;
        imported.opening
            = statement.opening ? std::optional(statement.opening->amount) : std::nullopt;
        imported.closing
            = statement.closing ? std::optional(statement.closing->amount) : std::nullopt;
        imported.entries = int(statement.entries.size());
        imported.creditSum = statement.creditSum();
        imported.debitSum = statement.debitSum();
        imported.proofDifference = statement.balanceProofDifference();

        if (auto ok = insertStatementRow(insertStatement.value(), fileId, statement, imported); !ok)
            return makeError(ok.error());
        const std::string account = utf8(statement.account);
        const qint64 statementId = db.lastInsertRowid();

        std::map<QString, int> occurrences;
        for (const StatementEntry &entry : statement.entries) {
            if (cancel && cancel->load()) // the transaction rolls back: nothing of the file stays
                return makeError(tr("%1: import cancelled; nothing was imported").arg(fileName));
            // Identical entries within one statement are distinct bookings: number them.
            const QString base = entryFingerprint(statement, entry, 0);
            const int occurrence = occurrences[base]++;
            const std::string fingerprint
                = utf8(occurrence == 0 ? base : entryFingerprint(statement, entry, occurrence));
            auto fresh = insertEntryRow(
                db, insertEntry.value(), statementId, account, fingerprint, entry, fileName);
            if (!fresh)
                return makeError(fresh.error());
            if (!fresh.value())
                ++imported.duplicates;
            else
                ++imported.newEntries;
        }
        if (imported.duplicates > 0) {
            fixDuplicates.value().bind(1, imported.duplicates);
            fixDuplicates.value().bind(2, statementId);
            if (auto ok = fixDuplicates.value().run(); !ok)
                return makeError(ok.error());
            fixDuplicates.value().reset();
        }
        totalNew += imported.newEntries;
        totalDuplicates += imported.duplicates;
        report.statements.append(imported);
    }
    if (auto ok = finishImport(db, started.value(), totalNew, totalDuplicates); !ok)
        return makeError(ok.error());
    return report;
}

Result<LedgerImportReport> storeLedgerEntries(Database &db,
                                              const QList<LedgerEntry> &entries,
                                              const QByteArray &data,
                                              const QString &fileName,
                                              const QString &mappingName)
{
    LedgerImportReport report;
    report.fileName = fileName;
    report.entries = int(entries.size());
    auto started
        = beginImport(db, "ledger", data, fileName, QStringLiteral("csv:") + mappingName, 0);
    if (!started)
        return makeError(started.error());
    if (started.value().alreadyImported) {
        report.alreadyImported = true;
        return report;
    }
    const qint64 fileId = started.value().fileId;
    auto insertEntry = db.prepare("INSERT OR IGNORE INTO ledger_entries (file_id, fingerprint,"
                                  " reference, customer, amount, currency, entry_date, line)"
                                  " VALUES (?,?,?,?,?,?,?,?)");
    for (auto *query : {&insertEntry})
        if (!*query)
            return makeError(query->error());
    std::map<QString, int> occurrences;
    for (const LedgerEntry &entry : entries) {
        // An invoice is identified by its reference, amount and currency; a re-export that
        // contains it again does not book it twice.
        const QString key
            = QStringList{entry.reference, entry.currency, QString::number(entry.amount)}.join(
                QChar(0x1f));
        const int occurrence = occurrences[key]++;
        const std::string fingerprint = utf8(key + QChar(0x1f) + QString::number(occurrence));
        const std::string reference = utf8(entry.reference), customer = utf8(entry.customer),
                          currency = utf8(entry.currency), date = utf8(isoDate(entry.date));
        auto &e = insertEntry.value();
        e.bind(1, fileId);
        e.bindText(2, fingerprint);
        e.bindText(3, reference);
        e.bindText(4, customer);
        e.bind(5, entry.amount);
        e.bindText(6, currency);
        e.bindText(7, date);
        e.bind(8, entry.line);
        if (auto ok = e.run(); !ok)
            return makeError(tr("%1:%2: %3").arg(fileName).arg(entry.line).arg(ok.error()));
        e.reset();
        if (db.changes() == 0)
            ++report.duplicates;
        else
            ++report.newEntries;
    }
    if (auto ok = finishImport(db, started.value(), report.newEntries, report.duplicates); !ok)
        return makeError(ok.error());
    return report;
}

Result<void> saveCsvMapping(Database &db, const CsvMapping &mapping)
{
    auto query
        = db.prepare("INSERT INTO csv_mappings (name, kind, spec, updated_at) VALUES (?,?,?,?)"
                     " ON CONFLICT(name) DO UPDATE SET kind = excluded.kind,"
                     " spec = excluded.spec, updated_at = excluded.updated_at");
    if (!query)
        return makeError(query.error());
    const std::string name = utf8(mapping.name);
    const std::string kind = mapping.kind == CsvMapping::Kind::Ledger ? "ledger" : "statement";
    const QByteArray spec = QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact);
    query.value().bindText(1, name);
    query.value().bindText(2, kind);
    query.value().bindText(3, std::string_view(spec.constData(), size_t(spec.size())));
    query.value().bind(4, QDateTime::currentSecsSinceEpoch());
    return query.value().run();
}

Result<std::optional<CsvMapping>> loadCsvMapping(Database &db, const QString &name)
{
    auto query = db.prepare("SELECT spec FROM csv_mappings WHERE name = ?");
    if (!query)
        return makeError(query.error());
    const std::string key = utf8(name);
    query.value().bindText(1, key);
    if (query.value().step() != store::Statement::Step::Row)
        return std::optional<CsvMapping>();
    auto mapping = CsvMapping::fromJson(
        QJsonDocument::fromJson(QByteArray::fromStdString(query.value().columnText(0))).object());
    if (!mapping)
        return makeError(tr("CSV mapping \"%1\": %2").arg(name, mapping.error()));
    mapping.value().name = name;
    return std::optional<CsvMapping>(mapping.value());
}

} // namespace paydeck::reconcile
