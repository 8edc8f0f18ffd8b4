#pragma once

#include "csv_mapping.h"
#include "statement.h"
#include "store/session.h"
#include "util/result.h"

#include <QJsonObject>

#include <atomic>

namespace paydeck::reconcile {

/// What one statement of an imported file brought.
struct ImportedStatement
{
    QString statementRef;
    QString account;
    QString currency;
    std::optional<qint64> opening;
    std::optional<qint64> closing;
    int entries = 0;
    int newEntries = 0;
    int duplicates = 0; // entries already in the store from an overlapping statement
    qint64 creditSum = 0;
    qint64 debitSum = 0;
    std::optional<qint64> proofDifference;
};

struct ImportReport
{
    QString fileName;
    QString format;
    bool alreadyImported = false; // the same file (same bytes) was imported before
    QList<ImportedStatement> statements;
    QStringList notes;
    QJsonObject toJson() const;
};

/// Imports a statement file into the store as one transaction: all of it or nothing. The same
/// file twice, or the same entry in two overlapping statements, is recognised by content and not
/// imported twice. A CSV file is read with `mapping`, or with a detected mapping when none is
/// given and detection has no doubts. Setting `cancel` stops it and leaves the store unchanged.
Result<ImportReport> importStatementFile(store::Session &session,
                                         const QByteArray &data,
                                         const QString &fileName,
                                         const CsvMapping *mapping = nullptr,
                                         const std::atomic_bool *cancel = nullptr);

struct LedgerImportReport
{
    QString fileName;
    bool alreadyImported = false;
    int entries = 0;
    int newEntries = 0;
    int duplicates = 0;
};

/// Imports receivables from a CSV export with `mapping`, one transaction per file.
Result<LedgerImportReport> importLedgerFile(store::Session &session,
                                            const QByteArray &data,
                                            const QString &fileName,
                                            const CsvMapping &mapping);

/// The fingerprint under which an entry is recognised again in an overlapping statement.
QString entryFingerprint(const Statement &statement, const StatementEntry &entry, int occurrence);

} // namespace paydeck::reconcile
