#pragma once

#include "csv_mapping.h"
#include "statement.h"
#include "util/result.h"

#include <QByteArray>

namespace paydeck::reconcile {

enum class StatementFormat { Camt, Mt940, Csv, Unknown };

/// Recognises a statement file by its content, not its name.
StatementFormat detectStatementFormat(const QByteArray &data);

struct ParsedStatementFile
{
    StatementFormat format = StatementFormat::Unknown;
    QList<Statement> statements;
    QStringList notes; // e.g. the CSV mapping that was detected
};

/// Parses camt.05x or MT940/942; a CSV file needs `csvMapping`, or is read with a detected
/// mapping when detection has no doubts.
Result<ParsedStatementFile> parseStatementFile(const QByteArray &data,
                                               const QString &fileName,
                                               const CsvMapping *csvMapping = nullptr);

} // namespace paydeck::reconcile
