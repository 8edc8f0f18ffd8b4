#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace paydeck {

/// An ISO 4217 currency: its alphabetic code and the exponent of its minor unit
/// (JPY 0, EUR 2, BHD 3, CLF 4). A Currency is always one of the table's entries.
class Currency
{
public:
    /// Looks a code up case-insensitively ("eur", "EUR"); nullopt for codes ISO 4217 does not list.
    static std::optional<Currency> fromCode(QStringView code);
    static std::optional<Currency> fromCode(std::string_view code);

    QString code() const;
    /// Lower-case code, as the Stripe API spells it.
    QString lowerCode() const;
    int exponent() const;
    /// 10^exponent: minor units per major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(Currency a, Currency b) { return a.m_index == b.m_index; }
    friend bool operator!=(Currency a, Currency b) { return a.m_index != b.m_index; }
    friend bool operator<(Currency a, Currency b) { return a.code() < b.code(); }

private:
    explicit Currency(int index) : m_index(index) {}
    int m_index;
};

} // namespace paydeck
