#include "money.h"

#include <limits>

namespace paydeck {

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    if (other.m_currency != m_currency)
        return std::nullopt;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::checkedSubtract(const Money &other) const
{
    if (other.m_currency != m_currency)
        return std::nullopt;
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return std::nullopt;
    return Money(diff, m_currency);
}

std::optional<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_minor, m_currency);
}

namespace {

// Accumulates digits into int64 minor units; false on overflow. Works on the magnitude as a
// negative number so that int64's minimum stays representable.
bool appendDigit(qint64 &negativeAccumulator, int digit)
{
    qint64 times10 = 0;
    if (__builtin_mul_overflow(negativeAccumulator, 10, &times10))
        return false;
    return !__builtin_sub_overflow(times10, digit, &negativeAccumulator);
}

Result<Money> parseNormalized(QStringView text, QChar decimalPoint, QChar group, Currency currency)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return makeError(QObject::tr("empty amount"));
    int pos = 0;
    bool negative = false;
    if (trimmed[0] == u'-' || trimmed[0] == u'\u2212') {
        negative = true;
        pos = 1;
    } else if (trimmed[0] == u'+') {
        pos = 1;
    }
    qint64 acc = 0;
    int digits = 0;
    int decimals = -1; // -1 while before the decimal point
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed[pos];
        if (c.isDigit()) {
            if (decimals >= 0 && ++decimals > currency.exponent()) {
                return makeError(QObject::tr("\"%1\" has more decimals than %2 allows (%3)")
                                     .arg(trimmed, currency.code())
                                     .arg(currency.exponent()));
            }
            if (!appendDigit(acc, c.digitValue()))
                return makeError(QObject::tr("\"%1\" is too large an amount").arg(trimmed));
            ++digits;
        } else if (c == decimalPoint && decimals < 0 && currency.exponent() > 0) {
            decimals = 0;
        } else if (!group.isNull() && c == group && decimals < 0 && digits > 0) {
            continue;
        } else {
            return makeError(QObject::tr("\"%1\" is not an amount").arg(trimmed));
        }
    }
    if (digits == 0)
        return makeError(QObject::tr("\"%1\" is not an amount").arg(trimmed));
    for (int i = std::max(decimals, 0); i < currency.exponent(); ++i) {
        if (!appendDigit(acc, 0))
            return makeError(QObject::tr("\"%1\" is too large an amount").arg(trimmed));
    }
    if (!negative) {
        if (acc == std::numeric_limits<qint64>::min())
            return makeError(QObject::tr("\"%1\" is too large an amount").arg(trimmed));
        acc = -acc;
    }
    return Money(acc, currency);
}

} // namespace

Result<Money> Money::parse(QStringView text, Currency currency, const QLocale &locale)
{
    return parseNormalized(
        text, locale.decimalPoint().at(0), locale.groupSeparator().at(0), currency);
}

Result<Money> Money::parseDecimal(QStringView text, Currency currency)
{
    return parseNormalized(text, u'.', QChar(), currency);
}

QString Money::toDecimalString() const
{
    const bool negative = m_minor < 0;
    // Work on the magnitude as unsigned so that int64's minimum is exact.
    quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const int exponent = m_currency.exponent();
    QString digits = QString::number(magnitude);
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits.prepend(QString(exponent - digits.size() + 1, u'0'));
        digits.insert(digits.size() - exponent, u'.');
    }
    return negative ? u'-' + digits : digits;
}

QString Money::formatNumber(const QLocale &locale, bool wholeUnits) const
{
    const QString plain = toDecimalString();
    const bool negative = plain.startsWith(u'-');
    const QStringView body = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype dot = body.indexOf(u'.');
    const QStringView whole = dot < 0 ? body : body.left(dot);
    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += group;
        grouped += whole[i];
    }
    if (dot >= 0 && !wholeUnits)
        grouped += locale.decimalPoint() + body.mid(dot + 1).toString();
    return negative ? locale.negativeSign() + grouped : grouped;
}

QString Money::format(const QLocale &locale, bool wholeUnits) const
{
    const QString number = formatNumber(locale, wholeUnits);
    const QString symbol = currencySymbol(m_currency);
    // Ask the locale where it puts a currency symbol; the value formatted here is only a probe.
    const QString probe = locale.toCurrencyString(1, QStringLiteral("#"));
    const bool prefix = probe.startsWith(u'#') || probe.startsWith(locale.negativeSign() + u'#');
    const bool isCode = symbol.size() == 3 && symbol.at(0).isLetter();
    if (prefix && !isCode)
        return number.startsWith(locale.negativeSign())
                   ? locale.negativeSign() + symbol + number.mid(locale.negativeSign().size())
                   : symbol + number;
    if (prefix)
        return symbol + u'\u00a0' + number;
    return number + u'\u00a0' + symbol;
}

QString currencySymbol(Currency currency)
{
    const QString code = currency.code();
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    if (code == u"JPY")
        return QStringLiteral("¥");
    if (code == u"INR")
        return QStringLiteral("₹");
    return code;
}

QString decimalText(qint64 minor, QStringView currencyCode)
{
    const auto code = Currency::fromCode(currencyCode);
    return code ? Money(minor, *code).toDecimalString() : QString::number(minor);
}

} // namespace paydeck
