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

Result<QString> blockEntity(const QString &text, const QString &kind, const QString &value)
{
    const QString attribute = kind == u"card"    ? QStringLiteral("card_fingerprint")
                              : kind == u"email" ? QStringLiteral("email")
                              : kind == u"ip"    ? QStringLiteral("ip")
                                                 : QString();
    if (attribute.isEmpty())
        return makeError(tr("'%1' cannot be blocked (card, email or ip)").arg(kind));
    const QString list = kind == u"card" ? QStringLiteral("blocked_cards")
                                         : QStringLiteral("blocked_%1s").arg(kind);
    auto listed = addToList(text, list, value);
    if (!listed)
        return listed;
    const QRegularExpression used(QStringLiteral("@%1\\b").arg(list));
    if (used.match(listed.value()).hasMatch())
        return listed;
    QString changed = listed.value();
    if (!changed.endsWith(u'\n'))
        changed += u'\n';
    changed += QStringLiteral("block if :%1: in @%2\n").arg(attribute, list);
    if (auto parsed = FraudRuleSet::parse(changed); !parsed)
        return makeError(parsed.error());
    return changed;
}

} // namespace paydeck::fraud
