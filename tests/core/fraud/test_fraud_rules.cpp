#include "fraud/fraud_rules.h"
#include "fraud/rule_lists.h"

#include <QDateTime>
#include <QTest>

using namespace paydeck;
using namespace paydeck::fraud;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1790000000;

ScoredCharge scored(qint64 amount = 4500, int score = 10)
{
    ScoredCharge s;
    s.facts.id = "ch_1";
    s.facts.created = kT0;
    s.facts.amount = amount;
    s.facts.currency = "eur";
    s.facts.cardCountry = "DE";
    s.facts.ipCountry = "NG";
    s.facts.email = "Ada@Example.com";
    s.facts.ip = "203.0.113.7";
    s.risk.score = score;
    return s;
}

Action actionOf(const QString &rules, const ScoredCharge &charge)
{
    const auto set = FraudRuleSet::parse(rules);
    if (!set)
        qFatal("%s", qPrintable(set.error()));
    return set.value().judge(charge).action;
}

} // namespace

class TestFraudRules : public QObject
{
    Q_OBJECT
private slots:
    // :amount_eur: compares amounts across currencies at the ECB rate of the charge's day; a
    // charge in a currency without a rate has none (no comparison matches it).
    void amountsInEurosCompareAcrossCurrencies()
    {
        fx::FxTable rates;
        const QDate day(2026, 9, 21);
        rates.add({{u"USD"_qs, day, {12500, 4}, u"ECB"_qs, {}}}); // 1 EUR = 1.25 USD
        ScoredCharge dollars;
        dollars.facts.created = QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        dollars.facts.currency = "usd";
        dollars.facts.amount = 150000; // 1,500.00 USD = 1,200.00 EUR
        convertToEur(dollars, rates);
        QCOMPARE(dollars.amountEur, std::optional<double>(1200.0));
        ScoredCharge euros = dollars;
        euros.facts.currency = "eur";
        euros.facts.amount = 90000;
        convertToEur(euros, rates);
        QCOMPARE(euros.amountEur, std::optional<double>(900.0));
        ScoredCharge yen = dollars;
        yen.facts.currency = "jpy";
        convertToEur(yen, rates);
        QVERIFY(!yen.amountEur);
        const auto rules = FraudRuleSet::parse(u"review if :amount_eur: > 1000\n"_qs).value();
        QCOMPARE(rules.judge(dollars).action, Action::Review);
        QCOMPARE(rules.judge(euros).action, Action::Allow);
        QCOMPARE(rules.judge(yen).action, Action::Allow);
    }

    // From a review: a value goes into its list's line, or a new list on top; the result parses.
    void aValueIsAddedToAListOfTheRuleFile()
    {
        const QString text = u"# ours\nlist bad_ips expires 2030-01-01: 203.0.113.7\n"
                             u"block if :ip: in @bad_ips\n"_qs;
        const auto added = addToList(text, u"bad_ips"_qs, u"198.51.100.9"_qs);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added.value().contains(
            u"list bad_ips expires 2030-01-01: 203.0.113.7, 198.51.100.9"_qs));
        QCOMPARE(addToList(added.value(), u"bad_ips"_qs, u"198.51.100.9"_qs).value(),
                 added.value());
        const auto fresh = addToList(text, u"Blocked_Cards"_qs, u"Xt5EWLLDS7FJjR1c"_qs);
        QVERIFY(fresh.value().startsWith(u"list blocked_cards: Xt5EWLLDS7FJjR1c\n# ours"_qs));
        QVERIFY(FraudRuleSet::parse(fresh.value()).value().lists().count("blocked_cards"));
        QVERIFY(!addToList(text, u"bad ips"_qs, u"x"_qs).ok());
        QVERIFY(!addToList(text, u"bad_ips"_qs, u"a, b"_qs).ok());
        QVERIFY(!addToList(text, u"bad_ips"_qs, u"  "_qs).ok());
    }

    // Radar's order: an allow rule that matches wins over a block, a block over a review, in
    // whatever order the file lists them; nothing matching allows.
    void actionsApplyInRadarsOrder()
    {
        const QString rules = QStringLiteral("review if :amount: > 10\n"
                                             "block if :card_country: != :ip_country:\n"
                                             "# a comment\n\n"
                                             "allow if :email: = 'ada@example.com'\n");
        QCOMPARE(actionOf(rules, scored()), Action::Allow); // e-mails compare case-insensitively
        ScoredCharge other = scored();
        other.facts.email = "eve@example.com";
        QCOMPARE(actionOf(rules, other), Action::Block);
        other.facts.ipCountry = "DE";
        QCOMPARE(actionOf(rules, other), Action::Review); // 45.00 EUR > 10
        other.facts.amount = 999;
        QCOMPARE(actionOf(rules, other), Action::Allow);
        const auto set = FraudRuleSet::parse(rules).value();
        const RuleVerdict verdict = set.judge(scored());
        QVERIFY(verdict.rule && verdict.rule->line == 5);
    }

    void conditionsCombineWithAndOrNotAndParentheses()
    {
        const QString rules = QStringLiteral(
            "review if not (:amount: < 100 or :currency: = 'usd') and :risk_score: >= 50\n");
        QCOMPARE(actionOf(rules, scored(20000, 60)), Action::Review);
        QCOMPARE(actionOf(rules, scored(20000, 40)), Action::Allow);
        QCOMPARE(actionOf(rules, scored(5000, 60)), Action::Allow); // 50.00 < 100
    }

    // Velocity attributes read the features; a flag alone is a condition.
    void velocityAndFlagsAreRead()
    {
        ScoredCharge c = scored();
        c.features.card.windows[OneHour].declines = 3;
        c.features.ip.windows[TenMinutes].partners = 6;
        QCOMPARE(actionOf(QStringLiteral("block if :declines_per_card_1h: >= 3"), c),
                 Action::Block);
        QCOMPARE(actionOf(QStringLiteral("block if :cards_per_ip_10m: > 6"), c), Action::Allow);
        QCOMPARE(actionOf(QStringLiteral("review if :is_new_card:"), c), Action::Review);
        c.features.card.known = true;
        c.features.card.firstSeen = kT0 - 3 * 86400;
        QCOMPARE(actionOf(QStringLiteral("review if :is_new_card:"), c), Action::Allow);
        // The card's issuer range: its own counters, and a text to list.
        c.features.bin.windows[TenMinutes].partners = 9;
        c.facts.cardBin = "453978";
        QCOMPARE(actionOf(QStringLiteral("review if :cards_per_bin_10m: >= 9"), c), Action::Review);
        QCOMPARE(
            actionOf(QStringLiteral("list risky_bins: 453978\nblock if :card_bin: in @risky_bins"),
                     c),
            Action::Block);
        c.facts.cardBin.clear();
        QCOMPARE(actionOf(QStringLiteral("review if :card_bin: != '453978'"), c), Action::Allow);
    }

    // An attribute the charge does not have matches no comparison, not even "!=".
    void aMissingValueMatchesNothing()
    {
        ScoredCharge c = scored();
        c.facts.ipCountry.clear();
        QCOMPARE(actionOf(QStringLiteral("review if :ip_country: != 'de'"), c), Action::Allow);
        QCOMPARE(actionOf(QStringLiteral("review if :provider_risk_score: < 10"), c),
                 Action::Allow);
    }

    // Where the metadata holds the IP and its country belongs to the rules; a line that names
    // something else is refused with its line.
    void theRulesNameTheMetadataKeys()
    {
        const auto plain = FraudRuleSet::parse(u"review if :risk_score: > 50"_s).value();
        QCOMPARE(plain.metadataKeys().ip, std::string("ip"));
        QCOMPARE(plain.metadataKeys().ipCountry, std::string("ip_country"));
        const auto keyed = FraudRuleSet::parse(u"metadata ip: client_ip\n"
                                               "Metadata IP_Country :  geo.country \n"
                                               "review if :ip: = '203.0.113.9'"_s)
                               .value();
        QCOMPARE(keyed.metadataKeys().ip, std::string("client_ip"));
        QCOMPARE(keyed.metadataKeys().ipCountry, std::string("geo.country"));
        for (const QString &bad : {u"\nmetadata email: buyer"_s,
                                   u"\nmetadata ip:"_s,
                                   u"\nmetadata ip: a b"_s,
                                   u"\nmetadata ip client_ip"_s}) {
            const auto parsed = FraudRuleSet::parse(bad);
            QVERIFY2(!parsed, qPrintable(bad));
            QVERIFY2(parsed.error().startsWith(u"line 2, column 1:"), qPrintable(parsed.error()));
        }
    }

    void listsMatchAndExpire()
    {
        const QString rules
            = QStringLiteral("list bad_ips expires 2026-09-21: 203.0.113.7, 203.0.113.8\n"
                             "list trusted: bob@example.com\n"
                             "block if :ip: in @bad_ips and :email: not in @trusted\n");
        ScoredCharge c = scored();
        c.facts.created = QDateTime(QDate(2026, 9, 21), QTime(23, 59), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(actionOf(rules, c), Action::Block);
        c.facts.created += 120; // the next day: the list has expired
        QCOMPARE(actionOf(rules, c), Action::Allow);
    }

    void theDefaultsAreTheScoresThresholds()
    {
        const auto set = FraudRuleSet::parse(FraudRuleSet::defaultText());
        QVERIFY(set.ok());
        for (int score : {0, 64, 65, 84, 85, 100})
            QCOMPARE(set.value().judge(scored(4500, score)).action, defaultAction(score));
    }

    void mistakesAreNamedWithLineAndColumn_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown attribute") << "\nreview if :amont: > 3"
                                           << "line 2, column 11: unknown attribute";
        QTest::newRow("operator") << "block if :amount: >> 3"
                                  << "line 1, column 19: unknown operator";
        QTest::newRow("no if") << "block when :amount: > 3"
                               << "line 1, column 7: expected 'if'";
        QTest::newRow("no action") << "deny if :amount: > 3"
                                   << "line 1, column 1: a rule starts with";
        QTest::newRow("open text") << "review if :email: = 'ada"
                                   << "line 1, column 21: a text is not closed";
        QTest::newRow("open paren") << "review if (:amount: > 3"
                                    << "line 1, column 24: expected ')'";
        QTest::newRow("dangling") << "review if :amount: > 3 and"
                                  << "line 1, column 27: expected an :attribute:";
        QTest::newRow("in without list") << "review if :email: in 'x'"
                                         << "'in' needs a @list";
        QTest::newRow("undeclared list") << "review if :email: in @vip"
                                         << "the list @vip is used but not declared";
        QTest::newRow("bad expiry") << "list x expires someday: a"
                                    << "line 1, column 1: 'someday' is not a day";
        QTest::newRow("not a number") << "review if :amount: > nan"
                                      << "line 1, column 22: expected an :attribute:";
        QTest::newRow("velocity nonsense") << "review if :emails_per_ip_1h: > 2"
                                           << "unknown attribute";
    }
    void mistakesAreNamedWithLineAndColumn()
    {
        QFETCH(QString, rules);
        QFETCH(QString, expected);
        const auto set = FraudRuleSet::parse(rules);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().contains(expected), qPrintable(set.error()));
    }
};

QTEST_GUILESS_MAIN(TestFraudRules)
#include "test_fraud_rules.moc"
