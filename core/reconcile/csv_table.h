#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace paydeck::reconcile {

/// A CSV file read into rows (RFC 4180 quoting, CRLF or LF, UTF-8 with or without BOM, else
/// Windows-1252/Latin-1). Each row remembers its line for messages.
struct CsvTable
{
    QList<QStringList> rows;
    QList<int> lines; // 1-based line of each row
};

/// The delimiter among , ; TAB | that splits the first lines into the most consistent columns.
QChar detectCsvDelimiter(const QString &text);
QString decodeCsvText(const QByteArray &data);
Result<CsvTable> readCsv(const QString &text, QChar delimiter, const QString &fileName);

} // namespace paydeck::reconcile
