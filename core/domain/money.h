#pragma once

#include "currency.h"
#include "util/result.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace paydeck {

/// An amount of money: int64 minor units of one ISO 4217 currency. Never a floating-point value.
/// Arithmetic is overflow-checked and refuses to mix currencies.
class Money
{
public:
    Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) {}

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    /// nullopt on overflow or when the currencies differ.
    std::optional<Money> checkedAdd(const Money &other) const;
    std::optional<Money> checkedSubtract(const Money &other) const;
    std::optional<Money> checkedMultiply(qint64 factor) const;
    std::optional<Money> checkedNegate() const;

    /// Parses major units written in `locale` ("1,234.56" in en, "1.234,56" in de; a leading
    /// minus; an optional currency code or symbol is not accepted here). Refuses more decimals
    /// than the currency has, and values beyond int64 minor units.
    static Result<Money> parse(QStringView text, Currency currency, const QLocale &locale);
    /// Parses a plain decimal with '.' as separator, as in files and APIs ("-12.30").
    static Result<Money> parseDecimal(QStringView text, Currency currency);

    /// "1234.56" / "-0.05" / "1500" (JPY): exact, locale-independent.
    QString toDecimalString() const;
    /// Grouped and with the currency's symbol or code as the locale writes money:
    /// "€1,234.56" (en), "1.234,56 €" (de), "¥1,500".
    /// `wholeUnits` leaves the minor digits out (for an axis at whole amounts: "15,000 $").
    QString format(const QLocale &locale = QLocale(), bool wholeUnits = false) const;
    /// Number only, grouped, in the locale's separators.
    QString formatNumber(const QLocale &locale = QLocale(), bool wholeUnits = false) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor;
    Currency m_currency;
};

/// The symbol a currency is usually written with, or its code where none is common.
QString currencySymbol(Currency currency);

/// For machines: "1563.48" — exact, '.' whatever the locale, no symbol (the ISO code goes beside
/// it). A code ISO 4217 lacks gives the minor units as they are.
QString decimalText(qint64 minor, QStringView currencyCode);

} // namespace paydeck
