#include "rule_lists.h"

#include "fraud_rules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace paydeck::fraud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fraud", text);
}

} // namespace

Result<QString> addToList(const QString &text, const QString &name, const QString &value)
{
    static const QRegularExpression listName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString list = name.trimmed().toLower();
    const QString entry = value.trimmed(); // as written: lists compare case-insensitively
    if (!listName.match(list).hasMatch())
        return makeError(tr("a list name is letters, digits and _ (not '%1')").arg(name));
    if (entry.isEmpty() || entry.contains(u',') || entry.contains(u'\n'))
        return makeError(tr("'%1' cannot go into a list (empty, or with a comma)").arg(value));
    QStringList lines = text.split(u'\n');
    const QRegularExpression head(QStringLiteral("^\\s*list\\s+%1(\\s+expires\\s+\\S+)?\\s*:")
                                      .arg(QRegularExpression::escape(list)),
                                  QRegularExpression::CaseInsensitiveOption);
    bool found = false;
    for (QString &line : lines) {
        const auto match = head.match(line);
        if (!match.hasMatch())
            continue;
        found = true;
        QStringList values;
        for (const QString &v : line.mid(match.capturedLength()).split(u',', Qt::SkipEmptyParts))
            if (!v.trimmed().isEmpty())
                values << v.trimmed();
        if (values.contains(entry, Qt::CaseInsensitive))
            return text;
        values << entry;
        line = line.left(match.capturedLength()) + u' ' + values.join(QStringLiteral(", "));
        break;
    }
    if (!found) // on top: a list may be used by any rule below it
        lines.prepend(QStringLiteral("list %1: %2").arg(list, entry));
    QString changed = lines.join(u'\n');
    if (auto parsed = FraudRuleSet::parse(changed); !parsed)
        return makeError(parsed.error());
    return changed;
}

} // namespace paydeck::fraud
