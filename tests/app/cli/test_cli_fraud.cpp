// Fraud scoring end to end: a sandbox with its card-testing burst, synced over HTTPS; then
// `paydeck-cli fraud score` must score every stored charge once, flag the burst (and say so with
// the IP and the counts), leave the ordinary traffic alone, and refuse bad options clearly.
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAnchor = 1790000000; // 2026-09-21 14:13 UTC
const QString kTestingIp = u"185.220.101.47"_s;

} // namespace

class TestCliFraud : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    std::set<QString> m_charges;
    std::set<QString> m_cardTesting; // labelled in the truth file
    std::set<QString> m_fraud;       // every charge labelled fraud, card testing or not
    std::set<QString> m_scenarios;
    int m_fromTestingIp = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    /// The tests' sandbox world (seed 7, 30 days up to kAnchor), with `extra` options.
    paydeck::test::SandboxAddress startSandbox(QProcess &sandbox, const QStringList &extra = {})
    {
        return paydeck::test::startSandbox(sandbox,
                                           file(u"sandbox"_s),
                                           QStringList{u"--seed"_s,
                                                       u"7"_s,
                                                       u"--history-days"_s,
                                                       u"30"_s,
                                                       u"--anchor"_s,
                                                       QString::number(kAnchor)}
                                               + extra);
    }
    paydeck::test::CliRun cli(const QStringList &arguments) const
    {
        return paydeck::test::runCli(arguments, m_data);
    }

    /// `fraud VERB [arguments…]` over the whole history, as JSON (empty when it failed, which
    /// every caller's assertions then catch).
    QJsonObject allHistoryJson(const QString &verb, const QStringList &arguments = {}) const
    {
        const auto run = cli(
            QStringList{u"fraud"_s, verb} + arguments
            + QStringList{u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2030-12-31"_s, u"--json"_s});
        if (run.exitCode != 0)
            qWarning("fraud %s failed: %s", qPrintable(verb), run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }
    QJsonObject scoreJson() const { return allHistoryJson(u"score"_s); }
    /// `fraud backtest [extra…] --labels truth.jsonl`.
    QJsonObject backtestJson(const QStringList &extra) const
    {
        return allHistoryJson(u"backtest"_s,
                              extra + QStringList{u"--labels"_s, file(u"truth.jsonl"_s)});
    }

    void readTruth()
    {
        QFile truth(file(u"truth.jsonl"_s));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        while (!truth.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(truth.readLine()).object();
            if (line[u"object"_s] == u"charge"_s) {
                m_charges.insert(line[u"id"_s].toString());
                m_fromTestingIp += line[u"metadata"_s][u"ip"_s] == kTestingIp;
            }
            if (line[u"object"_s] == u"fraud_label"_s) {
                const QString scenario = line[u"scenario"_s].toString();
                const QString charge = line[u"charge"_s].toString();
                m_scenarios.insert(scenario);
                // Friendly fraud is a genuine order, disputed later: labelled not fraud.
                QCOMPARE(line[u"fraud"_s].toBool(), scenario != u"friendly_fraud"_s);
                if (line[u"fraud"_s].toBool())
                    m_fraud.insert(charge);
                if (scenario == u"card_testing"_s)
                    m_cardTesting.insert(charge);
            }
        }
    }

private slots:
    void initTestCase()
    {
        QProcess sandbox;
        const auto address = startSandbox(sandbox, {u"--truth"_s, file(u"truth.jsonl"_s)});
        QVERIFY2(address.ok(), qPrintable(address.line));
        m_data = file(u"store"_s);
        const auto synced = paydeck::test::syncFromSandbox(address, m_data);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        readTruth();
        QVERIFY2(m_cardTesting.size() >= 20, qPrintable(QString::number(m_cardTesting.size())));
        // Every charge of the burst is labelled, and only those.
        QCOMPARE(m_fromTestingIp, int(m_cardTesting.size()));
        for (const QString &id : m_fraud)
            QVERIFY2(m_charges.contains(id), qPrintable(id));
        // The planted scenarios besides the burst (30 days of the default fraud rate).
        const std::set<QString> expected{u"card_testing"_s,
                                         u"stolen_card"_s,
                                         u"account_takeover"_s,
                                         u"fraud_ring"_s,
                                         u"friendly_fraud"_s};
        for (const QString &scenario : m_scenarios)
            QVERIFY2(expected.contains(scenario), qPrintable(scenario));
        QVERIFY(m_scenarios.contains(u"stolen_card"_s));
        QVERIFY(m_scenarios.contains(u"friendly_fraud"_s));
    }

    void everyChargeIsScoredOnceAndTheBurstIsFlagged()
    {
        const QJsonObject out = scoreJson();
        const QJsonArray charges = out[u"charges"_s].toArray();
        QCOMPARE(qsizetype(charges.size()), qsizetype(m_charges.size()));
        QCOMPARE(out[u"allowed"_s].toInt() + out[u"reviewed"_s].toInt() + out[u"blocked"_s].toInt(),
                 int(m_charges.size()));
        std::set<QString> seen;
        int burstFlagged = 0;
        int othersFlagged = 0;
        for (const QJsonValue &value : charges) {
            const QJsonObject c = value.toObject();
            const QString id = c[u"charge"_s].toString();
            QVERIFY2(seen.insert(id).second, qPrintable(id));
            QVERIFY(m_charges.contains(id));
            // For machines: amounts as decimal text with the ISO code, never display text.
            QVERIFY2(c[u"amount"_s].toString().contains(u'.')
                         || c[u"currency"_s].toString() == u"JPY"_s,
                     qPrintable(c[u"amount"_s].toString()));
            QCOMPARE(c[u"currency"_s].toString().size(), 3);
            const int score = c[u"score"_s].toInt(-1);
            QVERIFY(score >= 0 && score <= 100);
            const bool flagged = c[u"action"_s].toString() != u"allow"_s;
            QCOMPARE(flagged, score >= 65);
            if (m_cardTesting.contains(id)) {
                burstFlagged += flagged;
                if (flagged) {
                    const QString top = c[u"reasons"_s][0][u"text"_s].toString();
                    QVERIFY2(top.contains(kTestingIp) && top.contains(u"cards tried"_s),
                             qPrintable(top));
                }
            } else if (!m_fraud.contains(id)) {
                othersFlagged += flagged; // genuine, as far as anyone can know
            }
        }
        // The first few charges of a burst look like anyone's; the rest must not get through.
        QVERIFY2(burstFlagged >= int(m_cardTesting.size()) - 4,
                 qPrintable(u"%1 of %2"_s.arg(burstFlagged).arg(m_cardTesting.size())));
        QVERIFY2(othersFlagged * 200 <= int(m_charges.size()),
                 qPrintable(u"%1 ordinary charges flagged"_s.arg(othersFlagged)));
    }

    // Against the sandbox's labels the default scoring finds most fraud and little else, and
    // does better than trusting the provider's risk level alone.
    void aBacktestMeasuresTheScoringAgainstTheLabels()
    {
        const QJsonObject out = backtestJson({});
        QCOMPARE(out[u"charges"_s].toInt(), int(m_charges.size()));
        QCOMPARE(out[u"labelled_fraud"_s].toInt(), int(m_fraud.size()));
        const QJsonObject scoring = out[u"scoring"_s].toObject();
        const QJsonObject baseline = out[u"baseline"_s].toObject();
        const double precision = scoring[u"precision"_s].toDouble();
        const double recall = scoring[u"recall"_s].toDouble();
        QVERIFY2(precision >= 0.8 && recall >= 0.8,
                 qPrintable(u"precision %1, recall %2"_s.arg(precision).arg(recall)));
        QVERIFY(precision > baseline[u"precision"_s].toDouble());
        QVERIFY(recall > baseline[u"recall"_s].toDouble());
        QCOMPARE(scoring[u"true_positives"_s].toInt() + scoring[u"false_negatives"_s].toInt(),
                 int(m_fraud.size()));
        // Money per currency, for machines: decimal text and minor units with the ISO code.
        const QJsonArray flagged = out[u"flagged_amount"_s].toArray();
        QVERIFY(!flagged.isEmpty());
        for (const QJsonValue &v : flagged) {
            QCOMPARE(v[u"currency"_s].toString().size(), 3);
            QVERIFY(v[u"amount_minor"_s].toInteger() > 0);
        }
    }

    // A rule file of one's own is backtested the same way, each rule with what it decided.
    void aRuleFileIsCheckedAndBacktested()
    {
        QFile rules(file(u"rules.txt"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write("# card testing only\nblock if :cards_per_ip_10m: >= 3\n");
        rules.close();
        const auto check = cli({u"fraud"_s, u"rules"_s, u"check"_s, rules.fileName()});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY2(check.out.contains("1 rules"), check.out.constData());
        const QJsonObject out = backtestJson({rules.fileName()});
        const QJsonObject rule = out[u"rules"_s][0].toObject();
        QCOMPARE(rule[u"line"_s].toInt(), 2);
        QCOMPARE(rule[u"action"_s].toString(), u"block"_s);
        // The burst's charges after its first few, and nothing but fraud.
        QVERIFY(rule[u"decided"_s].toInt() >= int(m_cardTesting.size()) - 4);
        QCOMPARE(rule[u"fraud"_s].toInt(), rule[u"decided"_s].toInt());
        QCOMPARE(out[u"reviewed"_s].toInt(), 0);

        QVERIFY(rules.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rules.write("block if :cards_per_ip_10m: >= 3\nreview if :amount >= 3\n");
        rules.close();
        const auto bad = cli({u"fraud"_s, u"rules"_s, u"check"_s, rules.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("line 2, column 11"), bad.err.constData());
    }

    // From the testing IP to every card tried from it, oldest first, across sources.
    void anEntityShowsItsChargesAndWhatIsLinkedToIt()
    {
        const auto run = cli({u"fraud"_s, u"entity"_s, u"ip:"_s + kTestingIp, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(out[u"entity"_s].toString(), u"ip:"_s + kTestingIp);
        const QJsonArray charges = out[u"charges"_s].toArray();
        QCOMPARE(int(charges.size()), m_fromTestingIp);
        QString previous;
        for (const QJsonValue &c : charges) {
            QVERIFY(m_cardTesting.contains(c[u"charge"_s].toString()));
            QCOMPARE(c[u"ip"_s].toString(), kTestingIp);
            QVERIFY(c[u"created"_s].toString() >= previous);
            previous = c[u"created"_s].toString();
        }
        const QJsonArray cards = out[u"linked"_s][u"card"_s].toArray();
        QCOMPARE(int(cards.size()), m_fromTestingIp);     // a new card each try
        QVERIFY(out[u"linked"_s][u"ip"_s].isUndefined()); // not itself

        // One of those cards leads back to the IP.
        const QString card = cards[0][u"value"_s].toString();
        const auto back = cli({u"fraud"_s, u"entity"_s, u"card:"_s + card, u"--json"_s});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        const QJsonObject cardView = QJsonDocument::fromJson(back.out).object();
        QCOMPARE(cardView[u"linked"_s][u"ip"_s][0][u"value"_s].toString(), kTestingIp);

        // The tested cards' numbers come from one range per brand: a BIN or two, each leading
        // back to the IP and holding at least the charges the IP made with it.
        const QJsonArray bins = out[u"linked"_s][u"bin"_s].toArray();
        QVERIFY2(!bins.isEmpty() && bins.size() <= 2, QJsonDocument(bins).toJson().constData());
        const auto bin = cli(
            {u"fraud"_s, u"entity"_s, u"bin:"_s + bins[0][u"value"_s].toString(), u"--json"_s});
        QVERIFY2(bin.exitCode == 0, bin.err.constData());
        const QJsonObject binView = QJsonDocument::fromJson(bin.out).object();
        QVERIFY(binView[u"charges"_s].toArray().size() >= bins[0][u"charges"_s].toInt());
        QCOMPARE(binView[u"linked"_s][u"ip"_s][0][u"value"_s].toString(), kTestingIp);

        const auto unknown = cli({u"fraud"_s, u"entity"_s, u"email:Nobody@Example.com"_s});
        QVERIFY2(unknown.exitCode == 0, unknown.err.constData());
        QVERIFY2(unknown.out.contains("email:nobody@example.com: 0 charge"),
                 unknown.out.constData());
        const auto bad = cli({u"fraud"_s, u"entity"_s, u"phone:123"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("usage: fraud entity"), bad.err.constData());
    }

    void aBrokenLabelFileIsNamedWithItsLine()
    {
        QFile labels(file(u"labels.jsonl"_s));
        QVERIFY(labels.open(QIODevice::WriteOnly));
        labels.write("{\"object\":\"fraud_label\",\"charge\":\"ch_1\",\"fraud\":true}\n"
                     "{\"object\":\"fraud_label\",\"charge\":\"ch_2\",\"fraud\":\"yes\"}\n");
        labels.close();
        const auto run = cli({u"fraud"_s, u"backtest"_s, u"--labels"_s, labels.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2"), run.err.constData());
        const auto missing = cli({u"fraud"_s, u"backtest"_s, u"--labels"_s, file(u"nope"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nope"), missing.err.constData());
    }

    void badOptionsAreRefusedWithAClearMessage()
    {
        const auto score = cli({u"fraud"_s, u"score"_s, u"--min-score"_s, u"200"_s});
        QCOMPARE(score.exitCode, 2);
        QVERIFY2(score.err.contains("--min-score"), score.err.constData());
        const auto date = cli({u"fraud"_s, u"score"_s, u"--from"_s, u"2026-13-01"_s});
        QCOMPARE(date.exitCode, 2);
        QVERIFY2(date.err.contains("--from"), date.err.constData());
        const auto verb = cli({u"fraud"_s, u"guess"_s});
        QCOMPARE(verb.exitCode, 2);
        QVERIFY2(verb.err.contains("usage: fraud score"), verb.err.constData());
        QVERIFY2(verb.err.contains("fraud backtest"), verb.err.constData());
    }

    // Last: it changes the store. Imported rules are versioned, audited, exported as they were
    // written, and decide what `fraud score` does; a file that does not parse changes nothing.
    // The sync scored what it stored as it landed: the queue holds exactly what scoring the
    // history flags (the same features, live or afterwards), the card-testing burst among it.
    void theSyncQueuedWhatScoringFlags()
    {
        std::set<QString> flagged;
        for (const QJsonValue &c : scoreJson()[u"charges"_s].toArray())
            if (c[u"action"_s].toString() != u"allow"_s)
                flagged.insert(c[u"charge"_s].toString());
        const auto run = cli({u"fraud"_s, u"reviews"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        std::set<QString> queued;
        int previousScore = 101;
        for (const QJsonValue &r : QJsonDocument::fromJson(run.out)[u"reviews"_s].toArray()) {
            queued.insert(r[u"charge"_s].toString());
            QVERIFY(r[u"score"_s].toInt() <= previousScore); // riskiest first
            previousScore = r[u"score"_s].toInt();
            QCOMPARE(r[u"status"_s].toString(), u"open"_s);
            QVERIFY(!r[u"reasons"_s].toArray().isEmpty());
            QVERIFY(r[u"amount"_s].isString() && r[u"currency"_s].toString().size() == 3);
        }
        QVERIFY2(queued == flagged,
                 qPrintable(u"%1 queued, %2 flagged"_s.arg(queued.size()).arg(flagged.size())));
        int burst = 0;
        for (const QString &id : queued)
            burst += m_cardTesting.contains(id);
        QVERIFY2(burst >= int(m_cardTesting.size()) / 2, qPrintable(QString::number(burst)));
    }

    void importedRulesAreVersionedAuditedAndInForce()
    {
        const QByteArray text = "# card testing only\nblock if :cards_per_ip_10m: >= 3\n";
        QFile rules(file(u"in-force.txt"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(text);
        rules.close();
        const auto none = cli({u"fraud"_s, u"rules"_s, u"history"_s});
        QVERIFY2(none.out.contains("defaults are in force"), none.out.constData());
        for (int i = 0; i < 2; ++i) { // the same file again is no new version
            const auto imported = cli(
                {u"fraud"_s, u"rules"_s, u"import"_s, rules.fileName(), u"--user"_s, u"ana"_s});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            QVERIFY2(imported.out.contains("version 1"), imported.out.constData());
        }
        QFile broken(file(u"broken.txt"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("review if :amount > 3\n");
        broken.close();
        const auto refused = cli({u"fraud"_s, u"rules"_s, u"import"_s, broken.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("line 1, column 11"), refused.err.constData());
        const auto history = cli({u"fraud"_s, u"rules"_s, u"history"_s});
        QVERIFY2(history.out.contains("version 1") && !history.out.contains("version 2")
                     && history.out.contains("by ana"),
                 history.out.constData());
        const auto exported = cli({u"fraud"_s, u"rules"_s, u"export"_s, file(u"out.txt"_s)});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile out(file(u"out.txt"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), text);

        const QJsonObject json = scoreJson();
        QCOMPARE(json[u"reviewed"_s].toInt(), 0); // no review rule in force
        for (const QJsonValue &c : json[u"charges"_s].toArray()) {
            if (c[u"action"_s].toString() == u"block"_s) {
                QVERIFY(m_cardTesting.contains(c[u"charge"_s].toString()));
                QCOMPARE(c[u"rule"_s].toString(), u"block if :cards_per_ip_10m: >= 3"_s);
            }
        }
        const auto audit = cli({u"audit"_s, u"verify"_s, u"--json"_s});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QVERIFY2(audit.out.contains("\"intact\": true"), audit.out.constData());
    }

    // An analyst's way through a review: assign, decide, undo; then a refund as fraudulent
    // through the provider (asked to confirm first), which the next sync brings back and which
    // cannot be undone; the card goes into a list and the rules in force change with it.
    void aReviewIsDecidedUndoneAndRefundedThroughTheProvider()
    {
        QString target;
        qint64 amount = 0;
        QString card;
        std::map<QString, bool> declined;
        for (const QJsonValue &c : scoreJson()[u"charges"_s].toArray())
            declined[c[u"charge"_s].toString()] = c[u"declined"_s].toBool();
        const auto queue = cli({u"fraud"_s, u"reviews"_s, u"--json"_s});
        for (const QJsonValue &r : QJsonDocument::fromJson(queue.out)[u"reviews"_s].toArray()) {
            if (!declined[r[u"charge"_s].toString()] && target.isEmpty()) {
                target = r[u"charge"_s].toString();
                amount = r[u"amount_minor"_s].toInteger();
            }
        }
        QVERIFY(!target.isEmpty());
        const auto assigned = cli({u"fraud"_s, u"assign"_s, target, u"--user"_s, u"ana"_s});
        QVERIFY2(assigned.exitCode == 0 && assigned.out.contains("assigned to ana"),
                 assigned.err.constData());
        const auto decided = cli({u"fraud"_s,
                                  u"decide"_s,
                                  target,
                                  u"approved"_s,
                                  u"--note"_s,
                                  u"regular buyer, called"_s,
                                  u"--user"_s,
                                  u"ana"_s});
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        const auto wrong = cli({u"fraud"_s, u"decide"_s, target, u"perhaps"_s});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("perhaps"), wrong.err.constData());
        const auto undone = cli({u"fraud"_s, u"undo"_s, target, u"--user"_s, u"ana"_s});
        QVERIFY2(undone.exitCode == 0 && undone.out.contains("open"), undone.out.constData());
        const auto mine = cli({u"fraud"_s, u"reviews"_s, u"--assignee"_s, u"ana"_s});
        QVERIFY2(mine.out.contains(target.toUtf8()), mine.out.constData());

        QProcess sandbox;
        // The same world again, on a new port.
        const auto address = startSandbox(sandbox);
        QVERIFY2(address.ok(), qPrintable(address.line));
        QVERIFY(paydeck::test::syncFromSandbox(address, m_data).exitCode == 0); // its new URL
        const auto unconfirmed = cli({u"fraud"_s, u"refund"_s, target});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("--yes"), unconfirmed.err.constData());
        const auto refunded = cli({u"fraud"_s,
                                   u"refund"_s,
                                   target,
                                   u"--yes"_s,
                                   u"--user"_s,
                                   u"ben"_s,
                                   u"--note"_s,
                                   u"stolen card"_s});
        QVERIFY2(refunded.exitCode == 0 && refunded.out.contains("re_"), refunded.err.constData());
        const auto again = cli({u"fraud"_s, u"refund"_s, target, u"--yes"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("refunded already"), again.err.constData());
        const auto noUndo = cli({u"fraud"_s, u"undo"_s, target});
        QCOMPARE(noUndo.exitCode, 1);
        QVERIFY2(noUndo.err.contains("cannot be undone"), noUndo.err.constData());
        QVERIFY(paydeck::test::syncFromSandbox(address, m_data).exitCode == 0);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));

        const auto shown = cli({u"fraud"_s, u"review"_s, target, u"--json"_s});
        const QJsonObject review = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(review[u"status"_s].toString(), u"fraudulent"_s);
        QCOMPARE(review[u"decided_by"_s].toString(), u"ben"_s);
        QVERIFY(review[u"refund"_s].toString().startsWith(u"re_"_s));
        QStringList kinds;
        for (const QJsonValue &e : review[u"history"_s].toArray())
            kinds << e[u"kind"_s].toString();
        QCOMPARE(kinds, (QStringList{u"assigned"_s, u"decided"_s, u"undone"_s, u"refunded"_s}));
        card = review[u"card"_s].toString();
        const auto entity = cli({u"fraud"_s, u"entity"_s, u"card:"_s + card, u"--json"_s});
        bool seen = false;
        for (const QJsonValue &c : QJsonDocument::fromJson(entity.out)[u"charges"_s].toArray())
            if (c[u"charge"_s].toString() == target) {
                seen = true;
                QCOMPARE(c[u"refunded_minor"_s].toInteger(), amount); // synced back
            }
        QVERIFY2(seen, entity.out.constData());

        const auto listed = cli({u"fraud"_s, u"list-add"_s, u"blocked_cards"_s, card});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(cli({u"fraud"_s, u"rules"_s, u"export"_s, file(u"listed.txt"_s)}).exitCode == 0);
        QFile exported(file(u"listed.txt"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains(("list blocked_cards: " + card).toUtf8()));
        const auto audit = cli({u"audit"_s, u"verify"_s, u"--json"_s});
        QVERIFY2(audit.out.contains("\"intact\": true"), audit.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFraud)
#include "test_cli_fraud.moc"
