#include "money_text.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace paydeck::ui {

QString moneyText(qint64 minor, const QString &currency, const QLocale &locale)
{
    const auto code = Currency::fromCode(currency);
    if (!code)
        return QStringLiteral("%1 %2").arg(minor).arg(currency.toUpper());
    return Money(minor, *code).format(locale);
}

QString wholeMoneyText(qint64 major, const QString &currency, const QLocale &locale)
{
    const auto code = Currency::fromCode(currency);
    if (!code)
        return QStringLiteral("%1 %2").arg(locale.toString(major), currency.toUpper());
    return Money(major * code->minorPerMajor(), *code).format(locale, true);
}

QString moneyListText(const QMap<QString, qint64> &amounts,
                      const QStringList &order,
                      const QLocale &locale,
                      int maxItems)
{
    if (amounts.isEmpty())
        return QStringLiteral("—");
    QStringList currencies;
    for (const QString &c : order) {
        if (amounts.contains(c))
            currencies << c;
    }
    for (auto it = amounts.begin(); it != amounts.end(); ++it) {
        if (!currencies.contains(it.key()))
            currencies << it.key();
    }
    QStringList parts;
    for (int i = 0; i < currencies.size() && i < maxItems; ++i)
        parts << moneyText(amounts.value(currencies[i]), currencies[i], locale);
    if (currencies.size() > maxItems)
        parts << QCoreApplication::translate(
            "paydeck::ui", "+%n more", nullptr, int(currencies.size() - maxItems));
    return parts.join(QStringLiteral(" · "));
}

} // namespace paydeck::ui
