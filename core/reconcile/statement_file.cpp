#include "statement_file.h"

#include "camt_parser.h"
#include "mt940_parser.h"

#include <QCoreApplication>

namespace paydeck::reconcile {

StatementFormat detectStatementFormat(const QByteArray &data)
{
    QByteArray head = data.left(8192);
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('<'))
        return StatementFormat::Camt;
    if (head.contains('\0'))
        return StatementFormat::Unknown;
    if (head.contains(":20:") || head.contains("{1:F01"))
        return StatementFormat::Mt940;
    if (!trimmed.isEmpty() && (head.contains(',') || head.contains(';') || head.contains('\t'))
        && head.contains('\n'))
        return StatementFormat::Csv;
    return StatementFormat::Unknown;
}

Result<ParsedStatementFile>
parseStatementFile(const QByteArray &data, const QString &fileName, const CsvMapping *csvMapping)
{
    ParsedStatementFile file;
    file.format = detectStatementFormat(data);
    Result<QList<Statement>> statements = QList<Statement>();
    switch (file.format) {
    case StatementFormat::Camt:
        statements = parseCamt(data, fileName);
        break;
    case StatementFormat::Mt940:
        statements = parseMt940(data, fileName, &file.notes);
        break;
    case StatementFormat::Csv: {
        if (csvMapping) {
            statements = statementsFromCsv(data, *csvMapping, fileName);
            break;
        }
        auto preview = detectCsvMapping(data, CsvMapping::Kind::Statement, fileName);
        if (!preview)
            return makeError(preview.error());
        if (!preview.value().doubts.isEmpty())
            return makeError(QCoreApplication::translate("StatementFile",
                                                         "%1: the CSV columns need a mapping (%2)")
                                 .arg(fileName, preview.value().doubts.join(QStringLiteral("; "))));
        for (const QString &note : preview.value().mapping.describe())
            file.notes.append(QStringLiteral("CSV ") + note);
        statements = statementsFromCsv(data, preview.value().mapping, fileName);
        break;
    }
    case StatementFormat::Unknown:
        return makeError(QCoreApplication::translate(
                             "StatementFile",
                             "%1: not a bank statement (expected camt.052/053/054 XML, MT940/MT942 "
                             "or CSV)")
                             .arg(fileName));
    }
    if (!statements)
        return makeError(statements.error());
    file.statements = std::move(statements).value();
    return file;
}

} // namespace paydeck::reconcile
