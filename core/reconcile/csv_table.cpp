#include "csv_table.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <map>

namespace paydeck::reconcile {

QString decodeCsvText(const QByteArray &data)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

QChar detectCsvDelimiter(const QString &text)
{
    const QStringList lines = text.left(64 * 1024).split(u'\n').mid(0, 20);
    QChar best = u',';
    int bestScore = -1;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        // Count separators outside quotes per non-empty line; a good delimiter gives the same
        // count on every line.
        std::map<int, int> counts;
        int linesSeen = 0;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            ++linesSeen;
            int count = 0;
            bool quoted = false;
            for (const QChar c : line) {
                if (c == u'"')
                    quoted = !quoted;
                else if (c == candidate && !quoted)
                    ++count;
            }
            ++counts[count];
        }
        if (linesSeen == 0)
            continue;
        int mode = 0, modeLines = 0;
        for (const auto &[count, n] : counts)
            if (n > modeLines || (n == modeLines && count > mode))
                mode = count, modeLines = n;
        const int score = mode == 0 ? 0 : modeLines * 100 + mode;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Result<CsvTable> readCsv(const QString &text, QChar delimiter, const QString &fileName)
{
    CsvTable table;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endField = [&] {
        row.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.first().isEmpty())) {
            table.rows.append(row);
            table.lines.append(rowLine);
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\n') {
            endRow();
            ++line;
            rowLine = line;
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (quoted)
        return makeError(
            QCoreApplication::translate("CsvTable", "%1:%2: a quoted field is never closed")
                .arg(fileName)
                .arg(rowLine));
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

} // namespace paydeck::reconcile
