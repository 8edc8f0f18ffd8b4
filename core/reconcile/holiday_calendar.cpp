#include "holiday_calendar.h"

#include "fx/target_calendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <vector>

namespace paydeck::reconcile {

namespace {

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

/// The n-th (1-based) `weekday` of the month; n = -1: the last one.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
        while (day.dayOfWeek() != weekday)
            day = day.addDays(-1);
        return day;
    }
    QDate day(year, month, 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

/// A holiday on a weekend is taken on the next weekday that is not a holiday itself (England,
/// Canada, Australia): Christmas on a Saturday moves to Monday, Boxing Day to Tuesday.
std::vector<QDate> substituted(std::vector<QDate> days)
{
    std::vector<QDate> out;
    for (const QDate &day : days) {
        QDate taken = day;
        const auto occupied = [&](QDate d) {
            return isWeekend(d) || std::find(out.begin(), out.end(), d) != out.end()
                   || std::find(days.begin(), days.end(), d) != days.end();
        };
        if (isWeekend(taken)) {
            do
                taken = taken.addDays(1);
            while (occupied(taken));
        }
        out.push_back(taken);
    }
    return out;
}

/// The Federal Reserve: a Sunday holiday is taken on Monday; a Saturday one is not moved (the
/// banks are open on Friday).
QDate fedObserved(QDate day)
{
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(1) : day;
}

std::vector<QDate> holidaysOf(const QString &currency, int year)
{
    const QDate easter = fx::easterSunday(year);
    if (currency == u"EUR") // TARGET2
        return {QDate(year, 1, 1),
                easter.addDays(-2),
                easter.addDays(1),
                QDate(year, 5, 1),
                QDate(year, 12, 25),
                QDate(year, 12, 26)};
    if (currency == u"USD")
        return {fedObserved(QDate(year, 1, 1)),
                nthWeekday(year, 1, Qt::Monday, 3),
                nthWeekday(year, 2, Qt::Monday, 3),
                nthWeekday(year, 5, Qt::Monday, -1),
                fedObserved(QDate(year, 6, 19)),
                fedObserved(QDate(year, 7, 4)),
                nthWeekday(year, 9, Qt::Monday, 1),
                nthWeekday(year, 10, Qt::Monday, 2),
                fedObserved(QDate(year, 11, 11)),
                nthWeekday(year, 11, Qt::Thursday, 4),
                fedObserved(QDate(year, 12, 25))};
    if (currency == u"GBP") { // England and Wales
        std::vector<QDate> days
            = substituted({QDate(year, 1, 1), QDate(year, 12, 25), QDate(year, 12, 26)});
        for (const QDate &d : {easter.addDays(-2),
                               easter.addDays(1),
                               nthWeekday(year, 5, Qt::Monday, 1),
                               nthWeekday(year, 5, Qt::Monday, -1),
                               nthWeekday(year, 8, Qt::Monday, -1)})
            days.push_back(d);
        return days;
    }
    if (currency == u"CHF") // SIX Interbank Clearing
        return {QDate(year, 1, 1),
                QDate(year, 1, 2),
                easter.addDays(-2),
                easter.addDays(1),
                easter.addDays(39),
                easter.addDays(50),
                QDate(year, 8, 1),
                QDate(year, 12, 25),
                QDate(year, 12, 26)};
    if (currency == u"CAD") {
        QDate victoria(year, 5, 24); // the Monday before 25 May
        while (victoria.dayOfWeek() != Qt::Monday)
            victoria = victoria.addDays(-1);
        std::vector<QDate> days = substituted({QDate(year, 1, 1),
                                               QDate(year, 7, 1),
                                               QDate(year, 11, 11),
                                               QDate(year, 12, 25),
                                               QDate(year, 12, 26)});
        for (const QDate &d : {easter.addDays(-2),
                               victoria,
                               nthWeekday(year, 9, Qt::Monday, 1),
                               nthWeekday(year, 10, Qt::Monday, 2)})
            days.push_back(d);
        return days;
    }
    if (currency == u"AUD") {
        std::vector<QDate> days = substituted(
            {QDate(year, 1, 1), QDate(year, 1, 26), QDate(year, 12, 25), QDate(year, 12, 26)});
        for (const QDate &d : {easter.addDays(-2),
                               easter.addDays(1),
                               QDate(year, 4, 25),
                               nthWeekday(year, 6, Qt::Monday, 2)})
            days.push_back(d);
        return days;
    }
    return {};
}

} // namespace

HolidayCalendar HolidayCalendar::withDefaults()
{
    HolidayCalendar calendar;
    calendar.m_defaults = true;
    return calendar;
}

void HolidayCalendar::addHoliday(const QString &currency, QDate day)
{
    m_added[currency.toUpper()].insert(day);
}

Result<void> HolidayCalendar::addFromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(QObject::tr("%1: not a holiday calendar (a JSON object of currencies and "
                                     "their dates expected): %2")
                             .arg(origin, error.errorString()));
    std::map<QString, std::set<QDate>> added;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString currency = it.key().toUpper();
        if (currency.size() != 3 || !it.value().isArray())
            return makeError(QObject::tr("%1: \"%2\" must be a currency code with a list of dates")
                                 .arg(origin, it.key()));
        const QJsonArray days = it.value().toArray();
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate day = QDate::fromString(days.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                return makeError(QObject::tr("%1: %2, entry %3: not a date (YYYY-MM-DD)")
                                     .arg(origin, currency)
                                     .arg(i + 1));
            added[currency].insert(day);
        }
    }
    for (const auto &[currency, days] : added)
        m_added[currency].insert(days.begin(), days.end());
    return {};
}

bool HolidayCalendar::isBuiltInHoliday(const QString &currency, QDate day) const
{
    if (!m_defaults)
        return false;
    auto cached = m_builtIn.find({currency, day.year()});
    if (cached == m_builtIn.end())
        cached
            = m_builtIn.emplace(std::pair(currency, day.year()), holidaysOf(currency, day.year()))
                  .first;
    return std::find(cached->second.begin(), cached->second.end(), day) != cached->second.end();
}

bool HolidayCalendar::isBusinessDay(const QString &currency, QDate day) const
{
    if (!day.isValid() || isWeekend(day))
        return false;
    const QString code = currency.toUpper();
    if (const auto it = m_added.find(code); it != m_added.end() && it->second.count(day))
        return false;
    return !isBuiltInHoliday(code, day);
}

QDate HolidayCalendar::addBusinessDays(const QString &currency, QDate day, int count) const
{
    while (!isBusinessDay(currency, day))
        day = day.addDays(1);
    while (count > 0) {
        day = day.addDays(1);
        if (isBusinessDay(currency, day))
            --count;
    }
    return day;
}

int HolidayCalendar::businessDaysBetween(const QString &currency, QDate from, QDate to) const
{
    if (to < from)
        return -businessDaysBetween(currency, to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += isBusinessDay(currency, day) ? 1 : 0;
    return count;
}

Result<HolidayCalendar> loadHolidayCalendar(const QString &dataDirectory)
{
    HolidayCalendar calendar = HolidayCalendar::withDefaults();
    QFile file(QDir(dataDirectory).filePath(QStringLiteral("holidays.json")));
    if (!file.exists())
        return calendar;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QObject::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (auto added = calendar.addFromJson(file.readAll(), file.fileName()); !added)
        return makeError(added.error());
    return calendar;
}

} // namespace paydeck::reconcile
