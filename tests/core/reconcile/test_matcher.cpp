// Matching rules as data: each row is a specification of what the matcher must decide.
#include "reconcile/matcher.h"

#include <QDate>
#include <QtTest>

using namespace paydeck::reconcile;

namespace {

Day day(const char *iso)
{
    return Day(QDate(1970, 1, 1).daysTo(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate)));
}

ProviderItem
payout(const char *id, qint64 amount, const char *arrival, const char *currency = "EUR")
{
    ProviderItem p;
    p.key = qHash(QByteArray(id)) & 0xffff;
    p.id = id;
    p.amount = amount;
    p.net = amount;
    p.currency = currency;
    p.day = day(arrival);
    return p;
}

CounterItem
line(qint64 id, qint64 amount, const char *booked, const char *text, const char *currency = "EUR")
{
    CounterItem c;
    c.id = id;
    c.amount = amount;
    c.currency = currency;
    c.day = day(booked);
    c.text = text;
    c.providerLine = QByteArray(text).contains("STRIPE");
    return c;
}

/// "rule:left ids>right ids" per match, sorted; and "kind:side:id" per exception.
QStringList describe(const MatchOutcome &outcome,
                     const std::vector<ProviderItem> &p,
                     const std::vector<CounterItem> &c)
{
    QStringList out;
    for (const auto &m : outcome.matches) {
        QStringList left, right;
        for (int l : m.left)
            left << QString::fromStdString(p[size_t(l)].id);
        for (int r : m.right)
            right << QString::number(c[size_t(r)].id);
        left.sort();
        right.sort();
        out << QStringLiteral("%1:%2>%3")
                   .arg(QString::fromStdString(m.rule), left.join(u'+'), right.join(u'+'));
    }
    for (const auto &e : outcome.exceptions)
        out << QStringLiteral("%1:%2:%3")
                   .arg(QLatin1String(exceptionKindName(e.kind)),
                        e.providerSide ? QStringLiteral("provider") : QStringLiteral("counter"),
                        e.providerSide ? QString::fromStdString(p[size_t(e.index)].id)
                                       : QString::number(c[size_t(e.index)].id));
    out.sort();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<ProviderItem>)
Q_DECLARE_METATYPE(std::vector<CounterItem>)

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void businessDaysSkipWeekends();
    void payoutsAgainstBankLines_data();
    void payoutsAgainstBankLines();
    void chargesAgainstLedger_data();
    void chargesAgainstLedger();
    void everyMatchIsExplained();
    void runsAreDeterministic();
    void lockedItemsAreLeftAlone();
};

void TestMatcher::businessDaysSkipWeekends()
{
    QCOMPARE(businessDaysBetween(day("2026-11-27"), day("2026-11-30")), 1); // Fri -> Mon
    QCOMPARE(businessDaysBetween(day("2026-11-27"), day("2026-11-28")), 0); // Fri -> Sat
    QCOMPARE(businessDaysBetween(day("2026-11-23"), day("2026-11-27")), 4);
    QCOMPARE(businessDaysBetween(day("2026-11-30"), day("2026-11-27")), -1);
    QCOMPARE(businessDaysBetween(day("1969-12-29"), day("1970-01-02")), 4);
}

void TestMatcher::payoutsAgainstBankLines_data()
{
    QTest::addColumn<std::vector<ProviderItem>>("payouts");
    QTest::addColumn<std::vector<CounterItem>>("lines");
    QTest::addColumn<QStringList>("expected");
    const char *asOf = "2026-11-27";
    Q_UNUSED(asOf);

    QTest::newRow("a line naming the payout with its amount matches by reference")
        << std::vector{payout("po_1AAA", 10000, "2026-11-02")}
        << std::vector{line(1, 10000, "2026-11-03", "STRIPE PAYOUT po_1AAA")}
        << QStringList{"reference:po_1AAA>1"};
    QTest::newRow("a reference cut by the bank still matches when it fits one payout")
        << std::vector{payout("po_1Nf3xYabcdefgh", 10000, "2026-11-02"),
                       payout("po_1Zz9", 5000, "2026-11-02")}
        << std::vector{line(1, 10000, "2026-11-03", "STRIPE PAYOUT po_1Nf3xYab"),
                       line(2, 5000, "2026-11-03", "STRIPE PAYOUT po_1Zz9")}
        << QStringList{"reference:po_1Nf3xYabcdefgh>1", "reference:po_1Zz9>2"};
    QTest::newRow("a cut reference that fits two payouts is not a reference")
        << std::vector{payout("po_1Nf3xYab11", 10000, "2026-11-02"),
                       payout("po_1Nf3xYab22", 7000, "2026-11-10")}
        << std::vector{line(1, 10000, "2026-11-03", "STRIPE PAYOUT po_1Nf3xYab")}
        << QStringList{"amount_date:po_1Nf3xYab11>1", "unmatched:provider:po_1Nf3xYab22"};
    QTest::newRow("a line without reference matches by amount within the date window")
        << std::vector{payout("po_A", 4321, "2026-11-06")}             // Friday
        << std::vector{line(1, 4321, "2026-11-10", "STRIPE TRANSFER")} // Tuesday: 2 business days
        << QStringList{"amount_date:po_A>1"};
    QTest::newRow("amount outside the business-day window does not match")
        << std::vector{payout("po_A", 4321, "2026-11-02")}
        << std::vector{line(1, 4321, "2026-11-09", "STRIPE TRANSFER")}
        << QStringList{"unmatched:counter:1", "unmatched:provider:po_A"};
    QTest::newRow("of two lines with the payout's amount the nearer in date wins")
        << std::vector{payout("po_A", 500, "2026-11-03")}
        << std::vector{line(1, 500, "2026-11-05", "STRIPE"), line(2, 500, "2026-11-03", "STRIPE")}
        << QStringList{"amount_date:po_A>2", "unmatched:counter:1"};
    QTest::newRow("a line short by the bank's stated charges matches fee-aware")
        << std::vector{payout("po_A", 10000, "2026-11-02")} << std::vector{[] {
               auto c = line(1, 9750, "2026-11-03", "STRIPE PAYOUT po_A");
               c.charges = 250;
               return c;
           }()}
        << QStringList{"fee_aware:po_A>1"};
    QTest::newRow("a named payout short without stated charges is an amount mismatch")
        << std::vector{payout("po_A", 10000, "2026-11-02")}
        << std::vector{line(1, 9750, "2026-11-03", "STRIPE PAYOUT po_A")}
        << QStringList{"amount_mismatch:provider:po_A", "reference:po_A>1"};
    QTest::newRow("a payout split over two lines that name it is one match")
        << std::vector{payout("po_A", 10000, "2026-11-02")}
        << std::vector{line(1, 6000, "2026-11-03", "STRIPE po_A 1/2"),
                       line(2, 4000, "2026-11-04", "STRIPE po_A 2/2")}
        << QStringList{"reference:po_A>1+2"};
    QTest::newRow("a line repeating a settled payout is a duplicate")
        << std::vector{payout("po_A", 10000, "2026-11-02")}
        << std::vector{line(1, 10000, "2026-11-03", "STRIPE po_A"),
                       line(2, 10000, "2026-11-04", "STRIPE po_A")}
        << QStringList{"duplicate:counter:2", "reference:po_A>1"};
    QTest::newRow("one line naming two payouts settles both")
        << std::vector{payout("po_A", 100, "2026-11-02"), payout("po_B", 250, "2026-11-02")}
        << std::vector{line(1, 350, "2026-11-03", "STRIPE po_A po_B")}
        << QStringList{"reference:po_A+po_B>1"};
    QTest::newRow("one line of the sum of two unnamed payouts matches many-to-one")
        << std::vector{payout("po_A", 100, "2026-11-02"),
                       payout("po_B", 250, "2026-11-03"),
                       payout("po_C", 999, "2026-11-03")}
        << std::vector{line(1, 350, "2026-11-04", "STRIPE PAYOUTS"),
                       line(2, 999, "2026-11-04", "STRIPE")}
        << QStringList{"amount_date:po_C>2", "many_to_one:po_A+po_B>1"};
    QTest::newRow("one unnamed payout paid in two lines matches one-to-many")
        << std::vector{payout("po_A", 1000, "2026-11-02")}
        << std::vector{line(1, 300, "2026-11-03", "STRIPE"), line(2, 700, "2026-11-04", "STRIPE")}
        << QStringList{"one_to_many:po_A>1+2"};
    QTest::newRow("a line booked in another currency matches by its instructed amount")
        << std::vector{payout("po_USD", 10000, "2026-11-02", "USD")} << std::vector{[] {
               auto c = line(1, 9210, "2026-11-03", "STRIPE", "EUR");
               c.instructedCurrency = "USD";
               c.instructedAmount = 10000;
               return c;
           }()}
        << QStringList{"fx:po_USD>1"};
    QTest::newRow("amounts in different currencies never match by amount")
        << std::vector{payout("po_A", 500, "2026-11-02", "USD")}
        << std::vector{line(1, 500, "2026-11-03", "STRIPE", "EUR")}
        << QStringList{"unmatched:counter:1", "unmatched:provider:po_A"};
    QTest::newRow("a payout still inside its window is pending, not an exception")
        << std::vector{payout("po_A", 500, "2026-11-26")} << std::vector<CounterItem>{}
        << QStringList{};
    QTest::newRow("unrelated bank traffic is not reported")
        << std::vector<ProviderItem>{}
        << std::vector{line(1, -120000, "2026-11-03", "RENT NOVEMBER")} << QStringList{};
}

void TestMatcher::payoutsAgainstBankLines()
{
    QFETCH(std::vector<ProviderItem>, payouts);
    QFETCH(std::vector<CounterItem>, lines);
    QFETCH(QStringList, expected);
    const MatchOutcome outcome
        = matchItems(Reconciliation::PayoutBank, payouts, lines, RuleSet(), day("2026-11-27"));
    expected.sort();
    QCOMPARE(describe(outcome, payouts, lines), expected);
}

void TestMatcher::chargesAgainstLedger_data()
{
    QTest::addColumn<std::vector<ProviderItem>>("charges");
    QTest::addColumn<std::vector<CounterItem>>("ledger");
    QTest::addColumn<QStringList>("expected");
    const auto charge
        = [](const char *id, qint64 amount, qint64 net, const char *date, const char *text) {
              ProviderItem p = payout(id, amount, date, "USD");
              p.net = net;
              p.text = text;
              return p;
          };
    const auto invoice = [](qint64 id, qint64 amount, const char *date, const char *reference) {
        CounterItem c = line(id, amount, date, reference, "USD");
        c.providerLine = true;
        return c;
    };
    QTest::newRow("the invoice id in the charge's metadata matches its ledger entry")
        << std::vector{charge(
               "ch_1", 2500, 2398, "2026-11-02", "Order #1 {\"order_id\":\"ORD-1\"}")}
        << std::vector{invoice(10, 2500, "2026-11-02", "ORD-1")}
        << QStringList{"reference:ch_1>10"};
    QTest::newRow("a ledger that books the net after fees matches fee-aware")
        << std::vector{charge("ch_1", 2500, 2398, "2026-11-02", "{\"order_id\":\"ORD-1\"}")}
        << std::vector{invoice(10, 2398, "2026-11-02", "ORD-1")}
        << QStringList{"fee_aware:ch_1>10"};
    QTest::newRow("the same invoice twice in the ledger is a duplicate")
        << std::vector{charge("ch_1", 2500, 2398, "2026-11-02", "{\"order_id\":\"ORD-1\"}")}
        << std::vector{invoice(10, 2500, "2026-11-02", "ORD-1"),
                       invoice(11, 2500, "2026-11-05", "ORD-1")}
        << QStringList{"duplicate:counter:11", "reference:ch_1>10"};
    QTest::newRow("without a reference, amount and date decide")
        << std::vector{charge("ch_1", 2500, 2398, "2026-11-02", "Donation")}
        << std::vector{invoice(10, 2500, "2026-11-03", "INV-77")}
        << QStringList{"amount_date:ch_1>10"};
    QTest::newRow("an invoice nobody paid is unmatched")
        << std::vector<ProviderItem>{} << std::vector{invoice(10, 2500, "2026-11-03", "INV-77")}
        << QStringList{"unmatched:counter:10"};
}

void TestMatcher::chargesAgainstLedger()
{
    QFETCH(std::vector<ProviderItem>, charges);
    QFETCH(std::vector<CounterItem>, ledger);
    QFETCH(QStringList, expected);
    const MatchOutcome outcome
        = matchItems(Reconciliation::ChargeLedger, charges, ledger, RuleSet(), day("2026-11-27"));
    expected.sort();
    QCOMPARE(describe(outcome, charges, ledger), expected);
}

void TestMatcher::everyMatchIsExplained()
{
    std::vector p{payout("po_A", 100, "2026-11-02"), payout("po_B", 250, "2026-11-03")};
    std::vector c{line(1, 100, "2026-11-03", "STRIPE po_A"), line(2, 250, "2026-11-04", "STRIPE")};
    const MatchOutcome outcome
        = matchItems(Reconciliation::PayoutBank, p, c, RuleSet(), day("2026-11-27"));
    QCOMPARE(outcome.matches.size(), size_t(2));
    for (const auto &m : outcome.matches) {
        QVERIFY(!m.explanation.empty());
        QVERIFY(m.score > 0 && m.score <= 1);
    }
    QVERIFY(QString::fromStdString(outcome.matches[0].explanation).contains(u"po_A"));
    QVERIFY2(QString::fromStdString(outcome.matches[0].explanation).contains(u"1.00 EUR"),
             outcome.matches[0].explanation.c_str());
}

void TestMatcher::runsAreDeterministic()
{
    std::vector<ProviderItem> p;
    std::vector<CounterItem> c;
    for (int i = 0; i < 300; ++i) {
        const QByteArray id = "po_" + QByteArray::number(i);
        p.push_back(payout(id.constData(), 1000 + (i % 7) * 10, "2026-11-02"));
        c.push_back(line(i, 1000 + (i % 7) * 10, "2026-11-03", i % 3 ? "STRIPE" : "x"));
    }
    const auto first = describe(
        matchItems(Reconciliation::PayoutBank, p, c, RuleSet(), day("2026-11-27")), p, c);
    std::reverse(p.begin(), p.end());
    std::reverse(c.begin(), c.end());
    const auto second = describe(
        matchItems(Reconciliation::PayoutBank, p, c, RuleSet(), day("2026-11-27")), p, c);
    QCOMPARE(first, second);
}

void TestMatcher::lockedItemsAreLeftAlone()
{
    std::vector p{payout("po_A", 100, "2026-11-02")};
    std::vector c{line(1, 100, "2026-11-03", "STRIPE po_A"), line(2, 100, "2026-11-03", "STRIPE")};
    const MatchOutcome outcome = matchItems(
        Reconciliation::PayoutBank, p, c, RuleSet(), day("2026-11-27"), {false}, {true, false});
    QCOMPARE(describe(outcome, p, c), QStringList{"amount_date:po_A>2"});
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "test_matcher.moc"
