#pragma once

#include <QLocale>
#include <QMap>
#include <QString>

namespace paydeck::ui {

/// "€1,234.56" for minor units of a (lower- or upper-case) ISO code; the code itself if unknown.
QString moneyText(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
/// Whole units of a currency, as an axis labels them: "15,000 $", "15.000 €", "¥1,500".
QString wholeMoneyText(qint64 major, const QString &currency, const QLocale &locale = QLocale());
/// Several currencies, largest count of entries first as given by `order`: "€1.2k · $980.00".
QString moneyListText(const QMap<QString, qint64> &amounts,
                      const QStringList &order,
                      const QLocale &locale = QLocale(),
                      int maxItems = 3);

} // namespace paydeck::ui
