// Expected payouts: the banks' closing days, the lag learned from matched payouts, and each
// payout's state — expected, arrived, another amount, late, missing, written off, unverifiable.
#include "reconcile/payout_calendar.h"

#include <QTest>

using namespace paydeck::reconcile;
using namespace Qt::StringLiterals;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

PayoutFact payout(qint64 key,
                  const char *arrival,
                  const QString &currency = u"EUR"_s,
                  const QString &destination = u"ba_1"_s)
{
    return {key, 1, u"po_%1"_s.arg(key), currency, 10000, day(arrival), u"paid"_s, destination};
}

PayoutArrival
arrived(qint64 key, const char *booked, const QString &account = u"DE89"_s, qint64 difference = 0)
{
    return {key, day(booked), difference, account, false};
}

const ExpectedPayout &find(const std::vector<ExpectedPayout> &all, qint64 key)
{
    for (const ExpectedPayout &e : all)
        if (e.payout.key == key)
            return e;
    qFatal("payout %lld not expected", key);
}

/// Six payouts the bank booked 1, 1, 2, 2, 2 and 3 business days after arrival (Mon–Sat).
PayoutArrivalInputs learnedHistory()
{
    PayoutArrivalInputs in;
    const char *arrivals[]
        = {"2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-12", "2026-10-13"};
    const char *booked[]
        = {"2026-10-06", "2026-10-07", "2026-10-09", "2026-10-12", "2026-10-14", "2026-10-16"};
    for (int i = 0; i < 6; ++i) {
        in.payouts.push_back(payout(i + 1, arrivals[i]));
        in.arrivals.push_back(arrived(i + 1, booked[i]));
    }
    in.coverage.push_back({u"EUR"_s, u"DE89"_s, day("2026-10-01"), day("2026-10-30")});
    return in;
}

} // namespace

class TestPayoutCalendar : public QObject
{
    Q_OBJECT

private slots:
    void closingDaysPerCurrency()
    {
        const HolidayCalendar c = HolidayCalendar::withDefaults();
        // TARGET2: Good Friday and Easter Monday 2026, 1 May, Christmas and the day after.
        for (const char *d : {"2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26"})
            QVERIFY2(!c.isBusinessDay(u"EUR"_s, day(d)), d);
        QVERIFY(c.isBusinessDay(u"EUR"_s, day("2026-04-07")));
        // The Fed: Thanksgiving; 4 July 2026 is a Saturday, and Friday stays open.
        QVERIFY(!c.isBusinessDay(u"USD"_s, day("2026-11-26")));
        QVERIFY(c.isBusinessDay(u"USD"_s, day("2026-07-03")));
        // 4 July 2027 is a Sunday: Monday the 5th is closed.
        QVERIFY(!c.isBusinessDay(u"USD"_s, day("2027-07-05")));
        // England: Christmas 2027 falls on a Saturday, Boxing Day on Sunday: Monday and Tuesday.
        QVERIFY(!c.isBusinessDay(u"GBP"_s, day("2027-12-27")));
        QVERIFY(!c.isBusinessDay(u"GBP"_s, day("2027-12-28")));
        QVERIFY(c.isBusinessDay(u"GBP"_s, day("2027-12-29")));
        QVERIFY(!c.isBusinessDay(u"GBP"_s, day("2026-08-31"))); // summer bank holiday
        QVERIFY(!c.isBusinessDay(u"CHF"_s, day("2025-08-01"))); // a Friday
        // Elsewhere only weekends; lower-case codes are the same currency.
        QVERIFY(c.isBusinessDay(u"SEK"_s, day("2026-12-25")));
        QVERIFY(!c.isBusinessDay(u"eur"_s, day("2026-12-25")));
    }

    void businessDayArithmetic()
    {
        const HolidayCalendar c = HolidayCalendar::withDefaults();
        // Thursday 24 December 2026 + 1 in EUR: Friday and Saturday are closed, Sunday too.
        QCOMPARE(c.addBusinessDays(u"EUR"_s, day("2026-12-24"), 1), day("2026-12-28"));
        QCOMPARE(c.addBusinessDays(u"SEK"_s, day("2026-12-24"), 1), day("2026-12-25"));
        // A start on a closed day moves to the next open one first.
        QCOMPARE(c.addBusinessDays(u"EUR"_s, day("2026-12-26"), 0), day("2026-12-28"));
        QCOMPARE(c.businessDaysBetween(u"EUR"_s, day("2026-12-24"), day("2026-12-29")), 2);
        QCOMPARE(c.businessDaysBetween(u"EUR"_s, day("2026-12-29"), day("2026-12-24")), -2);
        const HolidayCalendar none;
        QVERIFY(none.isBusinessDay(u"EUR"_s, day("2026-12-25"))); // no defaults: weekends only
    }

    void closingDaysFromAFile()
    {
        HolidayCalendar c = HolidayCalendar::withDefaults();
        QVERIFY(c.addFromJson(R"({"EUR": ["2026-12-24", "2026-12-31"], "sek": ["2026-06-19"]})",
                              u"holidays.json"_s));
        QVERIFY(!c.isBusinessDay(u"EUR"_s, day("2026-12-24")));
        QVERIFY(!c.isBusinessDay(u"SEK"_s, day("2026-06-19")));
        // Refused whole, naming where: nothing of a broken file is taken.
        const auto bad = c.addFromJson(R"({"USD": ["2026-12-24"], "GBP": ["2026-13-01"]})",
                                       u"holidays.json"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"GBP") && bad.error().contains(u"entry 1"),
                 qPrintable(bad.error()));
        QVERIFY(c.isBusinessDay(u"USD"_s, day("2026-12-24")));
        QVERIFY(!c.addFromJson("[1, 2]", u"holidays.json"_s));
        QVERIFY(!c.addFromJson(R"({"EURO": []})", u"holidays.json"_s));
        QVERIFY(!c.addFromJson("{", u"holidays.json"_s));
    }

    void lagIsLearnedFromMatchedPayouts()
    {
        PayoutArrivalInputs in = learnedHistory();
        in.payouts.push_back(payout(10, "2026-10-20"));
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-10-21"));
        const ExpectedPayout &next = find(all, 10);
        QCOMPARE(next.lag.samples, 6);
        QCOMPARE(next.lag.typical, 2);
        QCOMPARE(next.lag.latest, 3);
        QCOMPARE(next.expected, day("2026-10-22"));
        QCOMPARE(next.latest, day("2026-10-23"));
        QCOMPARE(next.state, ArrivalState::Expected);
        QCOMPARE(find(all, 1).state, ArrivalState::Arrived);
    }

    void lagPerDestinationAccount()
    {
        PayoutArrivalInputs in = learnedHistory();
        // A second bank account, always booked the same day.
        for (int i = 0; i < 5; ++i) {
            const QDate d = day("2026-10-05").addDays(i);
            in.payouts.push_back(
                {100 + i, 1, u"po_b%1"_s.arg(i), u"EUR"_s, 5000, d, u"paid"_s, u"ba_2"_s});
            in.arrivals.push_back({100 + i, d, 0, u"DE12"_s, false});
        }
        in.payouts.push_back(payout(10, "2026-10-20", u"EUR"_s, u"ba_2"_s));
        in.payouts.push_back(payout(11, "2026-10-20", u"EUR"_s, u"ba_new"_s));
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-10-20"));
        QCOMPARE(find(all, 10).lag.typical, 0);
        QCOMPARE(find(all, 10).expected, day("2026-10-20"));
        // An account never seen: what the currency's payouts taught.
        QCOMPARE(find(all, 11).lag.samples, 11);
    }

    void missingLateAndUnverifiable()
    {
        PayoutArrivalInputs in = learnedHistory();
        in.payouts.push_back(payout(20, "2026-10-20")); // due by Fri 23rd
        in.payouts.push_back(payout(21, "2026-10-26")); // due by Thu 29th
        in.payouts.push_back(payout(22, "2026-10-20", u"USD"_s, u"ba_us"_s));
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-11-02"));
        // The statements reach the 30th: the first is missing; the second was due on the 29th,
        // also covered: missing; the USD one has no statement at all.
        QCOMPARE(find(all, 20).state, ArrivalState::Missing);
        QCOMPARE(find(all, 20).businessDaysOverdue, 6);
        QCOMPARE(find(all, 21).state, ArrivalState::Missing);
        QCOMPARE(find(all, 22).state, ArrivalState::Unverifiable);

        in.coverage.front().through = day("2026-10-27"); // the statements stop earlier
        const auto earlier = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-11-02"));
        QCOMPARE(find(earlier, 20).state, ArrivalState::Missing);
        QCOMPARE(find(earlier, 21).state, ArrivalState::Late);
        const ArrivalCounts counts = countArrivals(earlier, u"EUR"_s);
        QCOMPARE(counts.missing, 1);
        QCOMPARE(counts.late, 1);
        QCOMPARE(counts.lateAmount, 10000);
        QCOMPARE(counts.arrived, 6);
        QCOMPARE(countArrivals(earlier, u"USD"_s).unverifiable, 1);
        QCOMPARE(countArrivals(earlier, {}, 2).arrived, 0); // another source
    }

    void statementsOfAnotherAccountDoNotProveAbsence()
    {
        PayoutArrivalInputs in = learnedHistory();
        in.coverage = {{u"EUR"_s, u"DE99-OTHER"_s, day("2026-10-01"), day("2026-11-30")},
                       {u"EUR"_s, u"DE89"_s, day("2026-10-01"), day("2026-10-27")}};
        in.payouts.push_back(payout(21, "2026-10-26"));
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-11-02"));
        QCOMPARE(find(all, 21).state, ArrivalState::Late); // DE89 is where ba_1's money lands
    }

    void amountsWriteOffsAndFailedPayouts()
    {
        PayoutArrivalInputs in = learnedHistory();
        in.payouts.push_back(payout(30, "2026-10-14"));
        in.arrivals.push_back(arrived(30, "2026-10-16", u"DE89"_s, -150));
        in.payouts.push_back(payout(31, "2026-10-14"));
        in.arrivals.push_back({31, QDate(), 0, QString(), true});
        PayoutFact failed = payout(32, "2026-10-14");
        failed.status = u"failed"_s;
        in.payouts.push_back(failed);
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-11-02"));
        QCOMPARE(find(all, 30).state, ArrivalState::AmountDiffers);
        QCOMPARE(find(all, 30).arrival->difference, -150);
        QCOMPARE(find(all, 31).state, ArrivalState::WrittenOff);
        QVERIFY(std::none_of(
            all.begin(), all.end(), [](const ExpectedPayout &e) { return e.payout.key == 32; }));
        QCOMPARE(QLatin1String(arrivalStateName(ArrivalState::AmountDiffers)), "amount_differs");
    }

    void withoutHistoryTheDefaultsArePatient()
    {
        PayoutArrivalInputs in;
        in.payouts.push_back(payout(1, "2026-10-05"));
        in.coverage.push_back({u"EUR"_s, u"DE89"_s, day("2026-10-01"), day("2026-10-07")});
        const auto all = expectPayouts(in, HolidayCalendar::withDefaults(), day("2026-10-09"));
        QCOMPARE(find(all, 1).lag.samples, 0);
        QCOMPARE(find(all, 1).latest, day("2026-10-08")); // three business days
        QCOMPARE(find(all, 1).state, ArrivalState::Late);
    }
};

QTEST_GUILESS_MAIN(TestPayoutCalendar)
#include "test_payout_calendar.moc"
