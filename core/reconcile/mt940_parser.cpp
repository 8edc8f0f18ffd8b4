#include "mt940_parser.h"

#include "amount_text.h"
#include "domain/currency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace paydeck::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile",
                                       text); // lupdate's context for free calls
}

struct Field
{
    QString tag;   // "61", "60F"
    QString value; // continuation lines joined by '\n'
    int line = 0;
};

struct Message
{
    QList<Field> fields;
    int line = 0;
};

QString decode(const QByteArray &data)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError()) // banks still send ISO-8859-1
        text = QString::fromLatin1(data);
    return text;
}

/// The tag at the start of a line (":61:", ":60F:", after blanks some banks indent with) and
/// where its value starts; an empty tag when the line has none. Written out rather than as a
/// regular expression: it runs on every line of every statement.
std::pair<QString, qsizetype> tagOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    const auto digitOrUpper = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
    };
    if (i + 3 >= line.size() || line[i] != u':' || !digitOrUpper(line[i + 1])
        || !digitOrUpper(line[i + 2]))
        return {};
    qsizetype end = i + 3;
    if (line[end] >= u'A' && line[end] <= u'Z')
        ++end;
    if (end >= line.size() || line[end] != u':')
        return {};
    return {line.mid(i + 1, end - i - 1), end + 1};
}

/// Splits the text into messages of fields. Lines outside a message (bank headers such as
/// "ABNANL2A" / "940", the {1:}{2:} envelope, control bytes) are skipped.
QList<Message> splitMessages(const QString &text)
{
    QList<Message> messages;
    Message current;
    bool inMessage = false;
    const auto finish = [&] {
        if (inMessage && !current.fields.isEmpty())
            messages.append(std::move(current));
        current = Message();
        inMessage = false;
    };
    int lineNumber = 0;
    for (QStringView rawLine : QStringView(text).split(u'\n')) {
        ++lineNumber;
        QString line;
        line.reserve(rawLine.size());
        for (const QChar c : rawLine)
            if (c.unicode() >= 0x20 || c == u'\t')
                line.append(c); // drops CR, SOH/ETX and other control bytes
        // The envelope: "{1:…}{2:…}{3:}{4:" before the text block, "-}{5:…}" after it.
        if (line.startsWith(u'{')) {
            const auto block4 = line.indexOf(QStringLiteral("{4:"));
            if (block4 < 0)
                continue;
            line = line.mid(block4 + 3);
            if (line.trimmed().isEmpty())
                continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed == u"-" || trimmed.startsWith(QStringLiteral("-}"))) {
            finish();
            continue;
        }
        const auto [tag, valueStart] = tagOf(line);
        if (!tag.isEmpty()) {
            if (tag == u"20" && inMessage && !current.fields.isEmpty())
                finish(); // a message without its "-" terminator
            if (!inMessage) {
                inMessage = true;
                current.line = lineNumber;
            }
            current.fields.append(Field{tag, line.mid(valueStart), lineNumber});
        } else if (inMessage && !current.fields.isEmpty()) {
            current.fields.last().value += u'\n' + line;
        }
    }
    finish();
    return messages;
}

QString rightTrimmed(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isSpace())
        --end;
    return line.left(end);
}

QDate parseYymmdd(QStringView text)
{
    if (text.size() != 6)
        return {};
    bool ok = false;
    const int yy = text.left(2).toInt(&ok);
    if (!ok)
        return {};
    const int year = yy < 80 ? 2000 + yy : 1900 + yy; // SWIFT's two-digit years
    return QDate(year, text.mid(2, 2).toInt(), text.mid(4, 2).toInt());
}

class Mt940Reader
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile::Mt940Reader)

public:
    explicit Mt940Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    /// What was read past, with file and line (bank-specific fields).
    const QStringList &notes() const { return m_notes; }

    Result<Statement> read(const Message &message)
    {
        Statement statement;
        statement.format = QStringLiteral("mt940");
        statement.line = message.line;
        StatementEntry *lastEntry = nullptr;
        for (const Field &field : message.fields) {
            m_line = field.line;
            const QString &tag = field.tag;
            if (tag != u"86" && tag != u"61")
                lastEntry = nullptr; // a :86: after the balances describes the statement
            if (tag == u"20") {
                statement.id = field.value.trimmed();
            } else if (tag == u"25" || tag == u"25P") {
                // 25P: the account followed by the owner's BIC on the next line.
                statement.account = field.value.section(u'\n', 0, 0).trimmed();
            } else if (tag == u"28C" || tag == u"28") {
                statement.sequence = field.value.trimmed();
            } else if (tag == u"13D" || tag == u"13") {
                statement.format = QStringLiteral("mt942");
            } else if (tag == u"34F") {
                statement.format = QStringLiteral("mt942");
                if (statement.currency.isEmpty())
                    statement.currency = field.value.left(3);
            } else if (tag.startsWith(u"60") || tag.startsWith(u"62") || tag == u"64"
                       || tag == u"65") {
                auto balance = parseBalance(tag, field.value.trimmed(), statement);
                if (!balance)
                    return makeError(balance.error());
                if (tag.startsWith(u"60"))
                    statement.opening = balance.value();
                else if (tag.startsWith(u"62"))
                    statement.closing = balance.value();
                else
                    statement.otherBalances.append(balance.value());
            } else if (tag == u"61") {
                auto entry = parseEntry(field.value, statement);
                if (!entry)
                    return makeError(entry.error());
                statement.entries.append(std::move(entry).value());
                lastEntry = &statement.entries.last();
            } else if (tag == u"86") {
                if (lastEntry) {
                    applyInformation(field.value, *lastEntry);
                    lastEntry = nullptr; // one :86: per :61:
                }
            } else if (tag == u"21" || tag == u"23" || tag == u"NS" || tag == u"90D"
                       || tag == u"90C") {
                // related reference, bank-specific fields, MT942 sums: not needed
            } else {
                // A bank's own field carries no money the statement depends on: read past it,
                // and say so.
                m_notes.append(error(tr("skipped the bank-specific field :%1:").arg(tag)));
            }
        }
        if (statement.account.isEmpty())
            return makeError(at(message.line, tr("message without account (:25:)")));
        if (statement.currency.isEmpty())
            return makeError(at(message.line, tr("message without currency (no :60F:/:34F:)")));
        if (statement.format == u"mt940" && (!statement.opening || !statement.closing))
            return makeError(
                at(message.line,
                   tr("statement %1 has no %2 balance (is the file truncated?)")
                       .arg(statement.id,
                            statement.opening ? QStringLiteral(":62F:/:62M: closing")
                                              : QStringLiteral(":60F:/:60M: opening"))));
        return statement;
    }

private:
    QString at(int line, const QString &message) const
    {
        return tr("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
    }
    QString error(const QString &message) const { return at(m_line, message); }

    Result<int> exponentFor(const QString &code)
    {
        const auto currency = Currency::fromCode(QStringView(code));
        if (!currency)
            return makeError(error(tr("unknown currency %1").arg(code)));
        return currency->exponent();
    }

    Result<StatementBalance>
    parseBalance(const QString &tag, const QString &value, Statement &statement)
    {
        // 1!a6!n3!a15d: C110522EUR3236,28
        static const QRegularExpression pattern(
            QStringLiteral("^([CD])([0-9]{6})([A-Z]{3})([0-9][0-9,]*)$"));
        const auto match = pattern.match(value);
        if (!match.hasMatch())
            return makeError(error(tr(":%1: is not a balance (C/D, YYMMDD, currency, amount): "
                                      "\"%2\"")
                                       .arg(tag, value)));
        StatementBalance balance;
        balance.type = tag;
        balance.date = parseYymmdd(match.capturedView(2));
        if (!balance.date.isValid())
            return makeError(error(tr(":%1: has no valid date").arg(tag)));
        const QString code = match.captured(3);
        if (statement.currency.isEmpty())
            statement.currency = code;
        else if (code != statement.currency && (tag.startsWith(u"60") || tag.startsWith(u"62")))
            return makeError(
                error(tr(":%1: is in %2, the statement in %3").arg(tag, code, statement.currency)));
        auto exponent = exponentFor(code);
        if (!exponent)
            return makeError(exponent.error());
        const auto amount = parseMinorUnits(match.capturedView(4), exponent.value(), u',');
        if (!amount)
            return makeError(error(tr(":%1: has no valid amount").arg(tag)));
        balance.amount = match.captured(1) == u"D" ? -*amount : *amount;
        return balance;
    }

    Result<StatementEntry> parseEntry(const QString &value, const Statement &statement)
    {
        // 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x] then [34x] on the next line. Banks leave the
        // transaction type blank ("N   ", or nothing before NONREF or //) or write it in lower
        // case; that is read. The amount stays strict: digits with one decimal comma.
        static const QRegularExpression pattern(
            QStringLiteral("^([0-9]{6})([0-9]{4})?(RC|RD|EC|ED|C|D)([A-Z])?([0-9]+,[0-9]*)"
                           "(?:(?!NONREF)([NFS])([A-Za-z0-9]{3}|   )|(?=NONREF|//|\\s*$|\\n))"
                           "([^\\n]*)"));
        const auto match = pattern.match(value);
        if (!match.hasMatch() || statement.currency.isEmpty())
            return makeError(
                error(statement.currency.isEmpty()
                          ? tr(":61: before the opening balance")
                          : tr(":61: is not a statement line (date, C/D, amount, type): \"%1\"")
                                .arg(value.section(u'\n', 0, 0))));
        StatementEntry entry;
        entry.line = m_line;
        entry.valueDate = parseYymmdd(match.capturedView(1));
        if (!entry.valueDate.isValid())
            return makeError(error(tr(":61: has no valid value date")));
        entry.bookingDate = entry.valueDate;
        if (match.capturedLength(2) == 4) {
            const int month = match.capturedView(2).left(2).toInt();
            const int day = match.capturedView(2).mid(2).toInt();
            int year = entry.valueDate.year();
            // The entry date carries no year: take the one closest to the value date.
            if (month - entry.valueDate.month() > 6)
                --year;
            else if (entry.valueDate.month() - month > 6)
                ++year;
            entry.bookingDate = QDate(year, month, day);
            if (!entry.bookingDate.isValid())
                return makeError(error(tr(":61: has no valid entry date")));
        }
        const QString mark = match.captured(3);
        auto exponent = exponentFor(statement.currency);
        if (!exponent)
            return makeError(exponent.error());
        const auto amount = parseMinorUnits(match.capturedView(5), exponent.value(), u',');
        if (!amount)
            return makeError(error(tr(":61: has no valid amount")));
        // A reversal of a credit takes money out; a reversal of a debit puts it back.
        const bool credit = mark == u"C" || mark == u"RD" || mark == u"EC";
        entry.amount = credit ? *amount : -*amount;
        entry.reversal = mark.startsWith(u'R');
        if (mark.startsWith(u'E'))
            entry.status = QStringLiteral("PDNG"); // expected, not yet booked
        entry.bankTransactionCode = (match.captured(6) + match.captured(7).toUpper()).trimmed();
        const QString references = match.captured(8);
        const auto slashes = references.indexOf(QStringLiteral("//"));
        entry.entryReference = (slashes < 0 ? references : references.left(slashes)).trimmed();
        if (slashes >= 0)
            entry.accountServicerReference = references.mid(slashes + 2).trimmed();
        if (entry.entryReference == u"NONREF")
            entry.entryReference.clear();
        const auto newline = value.indexOf(u'\n');
        if (newline >= 0)
            entry.additionalInfo = value.mid(newline + 1).trimmed();
        entry.currency = statement.currency;
        return entry;
    }

    static void applyInformation(const QString &value, StatementEntry &entry)
    {
        static const QRegularExpression structured(QStringLiteral("^[0-9]{3}\\?"));
        if (!structured.match(value).hasMatch()) {
            QStringList lines;
            for (const QString &line : value.split(u'\n'))
                lines.append(rightTrimmed(line));
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            entry.remittance = lines.join(u'\n');
            return;
        }
        // German structured :86: ("Mehrzweckfeld"): GVC then ?NN subfields; the line breaks
        // fall anywhere, so they carry no meaning.
        QString flat;
        for (const QString &line : value.split(u'\n'))
            flat += rightTrimmed(line); // lines are padded to their width
        entry.bankTransactionCode = flat.left(3);
        QString purpose;
        QString name;
        for (const QString &part : flat.mid(4).split(u'?')) {
            if (part.size() < 2)
                continue;
            const int code = part.left(2).toInt();
            const QString text = part.mid(2);
            if (code == 0)
                entry.additionalInfo = text; // posting text
            else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63))
                purpose += text;
            else if (code == 31)
                entry.counterpartyAccount = text;
            else if (code == 32 || code == 33)
                name += text;
        }
        entry.counterpartyName = name.trimmed();
        entry.remittance = purpose;
        static const QRegularExpression keyword(
            QStringLiteral("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+"));
        QString currentKey;
        qsizetype start = -1;
        const auto store = [&](qsizetype end) {
            if (currentKey == u"EREF" && start >= 0)
                entry.endToEndId = purpose.mid(start, end - start).trimmed();
        };
        auto it = keyword.globalMatch(purpose);
        while (it.hasNext()) {
            const auto match = it.next();
            store(match.capturedStart());
            currentKey = match.captured(1);
            start = match.capturedEnd();
        }
        store(purpose.size());
    }

    QString m_fileName;
    int m_line = 0;
    QStringList m_notes;
};

} // namespace

Result<QList<Statement>>
parseMt940(const QByteArray &data, const QString &fileName, QStringList *notes)
{
    const QList<Message> messages = splitMessages(decode(data));
    if (messages.isEmpty())
        return makeError(
            tr("%1: no MT940/MT942 message found (expected a :20: field)").arg(fileName));
    QList<Statement> statements;
    Mt940Reader reader(fileName);
    for (const Message &message : messages) {
        auto statement = reader.read(message);
        if (!statement)
            return makeError(statement.error());
        statements.append(std::move(statement).value());
    }
    if (notes)
        *notes += reader.notes();
    return statements;
}

} // namespace paydeck::reconcile
