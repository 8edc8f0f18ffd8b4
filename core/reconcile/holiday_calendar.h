#pragma once

// The days a currency's banks book nothing: weekends and the public holidays of the clearing
// system (TARGET2 for EUR, the Federal Reserve for USD, England and Wales for GBP, …). A payout
// due on such a day arrives on the next business day. Teams add their own bank's closing days.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <map>
#include <set>
#include <vector>

namespace paydeck::reconcile {

class HolidayCalendar
{
public:
    /// The built-in calendars (EUR, USD, GBP, CHF, CAD, AUD, JPY); other currencies close on
    /// weekends only.
    static HolidayCalendar withDefaults();

    /// Adds closing days from a JSON file: {"EUR": ["2026-12-24", "2026-12-31"], "USD": [...]}.
    /// Refused as a whole (naming the currency and the entry) when anything does not parse.
    Result<void> addFromJson(const QByteArray &json, const QString &origin);
    void addHoliday(const QString &currency, QDate day);

    bool isBusinessDay(const QString &currency, QDate day) const;
    /// `count` business days after `day` (0: `day` itself, or the next business day if it is none).
    QDate addBusinessDays(const QString &currency, QDate day, int count) const;
    /// Business days in (from, to]; negative when `to` is before `from`.
    int businessDaysBetween(const QString &currency, QDate from, QDate to) const;

private:
    bool isBuiltInHoliday(const QString &currency, QDate day) const;
    std::map<QString, std::set<QDate>> m_added;
    bool m_defaults = false;
    /// The built-in holidays worked out per (currency, year) once: a calendar of thousands of
    /// payouts asks about the same few years again and again. A calendar is a value each thread
    /// keeps its own copy of, so the cache needs no lock.
    mutable std::map<std::pair<QString, int>, std::vector<QDate>> m_builtIn;
};

/// The built-in calendars plus the closing days in `holidays.json` in the data directory, when
/// there is one.
Result<HolidayCalendar> loadHolidayCalendar(const QString &dataDirectory);

} // namespace paydeck::reconcile
