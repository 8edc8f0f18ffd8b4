// The alert service over a real store: the defaults saved at a first start, a burst of
// declined payments committed through the store's writer firing the card-testing rule at once,
// states and transitions kept (a restart restores a firing alert without firing it again),
// acknowledgements and silences shown with the alert.
#include "alerts/alert_service.h"
#include "store/alert_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::alerts;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1790000000;
constexpr qint64 kWeek = 7 * 86400;

Charge charge(const std::string &id, qint64 at, bool declined)
{
    Charge c;
    c.id = id;
    c.amount = 4500;
    c.currency = "usd";
    c.created = at;
    c.status = declined ? "failed" : "succeeded";
    c.failureCode = declined ? "card_declined" : "";
    c.cardBrand = "visa";
    c.cardCountry = "US";
    return c;
}

const AlertView *find(const AlertSnapshot &snapshot, const QString &id)
{
    for (const AlertView &view : snapshot.alerts) {
        if (view.rule.id == id)
            return &view;
    }
    return nullptr;
}

} // namespace

class TestAlertService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_source = 0;

    void submit(store::StoreWriter &writer, std::vector<Charge> charges)
    {
        store::SyncBatch batch;
        batch.sourceId = m_source;
        batch.type = ObjectType::Charge;
        batch.charges = std::move(charges);
        batch.saveCursor = false;
        writer.submit(std::move(batch));
        writer.flush();
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"store.sqlite"_s);
        auto session = store::openSession(m_path).value();
        store::SourceConfig source;
        source.name = u"alerts"_s;
        source.baseUrl = u"https://127.0.0.1:1"_s;
        m_source = session->sources().save(source, {}).value();
    }

    void eachChangeOfARuleIsANewVersion()
    {
        QTemporaryDir dir;
        auto session = store::openSession(dir.filePath(u"rules.sqlite"_s)).value();
        auto rules = defaultAlertRules();
        QCOMPARE(session->alerts().saveRules(rules, u"ana"_s).value().added, int(rules.size()));
        QCOMPARE(session->alerts().saveRules(rules, u"ana"_s).value().unchanged, int(rules.size()));
        rules[0].threshold = 6;
        const auto saved = session->alerts().saveRules(rules, u"ben"_s).value();
        QCOMPARE(saved.changed, 1);
        QCOMPARE(saved.unchanged, int(rules.size()) - 1);
        const auto history = session->alerts().ruleHistory(rules[0].id).value();
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(history[0].rule.version, 1);
        QCOMPARE(history[1].rule.version, 2);
        QCOMPARE(history[1].rule.threshold, 6.0);
        QCOMPARE(history[1].changedBy, u"ben"_s);
        const auto stored = session->alerts().rules().value();
        for (const auto &kept : stored)
            QCOMPARE(kept.rule.version, kept.rule.id == rules[0].id ? 2 : 1);
    }

    void aMuteTimingSilencesOnItsDaysAndHoursOnly()
    {
        QTemporaryDir dir;
        auto session = store::openSession(dir.filePath(u"mute.sqlite"_s)).value();
        store::Silence weekends;
        weekends.matchers = {{u"team"_s, u"finance"_s}};
        weekends.starts = kNow - 30 * 86400;
        weekends.ends = kNow + 365 * 86400;
        weekends.weekdays = (1u << 6) | (1u << 7); // Saturday, Sunday
        weekends.fromMinute = 22 * 60;             // and only at night: 22:00–06:00
        weekends.toMinute = 6 * 60;
        weekends.comment = u"no one reads payouts at night on weekends"_s;
        QVERIFY(session->alerts().addSilence(weekends).ok());
        const auto kept = session->alerts().silences(kNow).value();
        QCOMPARE(kept.size(), size_t(1));
        const QMap<QString, QString> finance{{u"team"_s, u"finance"_s}};
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, 30)).toSecsSinceEpoch();
        };
        QVERIFY(kept[0].silences(finance, at(28, 23)));  // Saturday 23:30
        QVERIFY(kept[0].silences(finance, at(29, 3)));   // Sunday 03:30
        QVERIFY(!kept[0].silences(finance, at(28, 12))); // Saturday noon
        QVERIFY(!kept[0].silences(finance, at(30, 23))); // Monday night
        QVERIFY(!kept[0].silences({{u"team"_s, u"fraud"_s}}, at(28, 23)));
        store::Silence broken = weekends;
        broken.toMinute = broken.fromMinute;
        QVERIFY(!session->alerts().addSilence(broken).ok());
    }

    void aBurstOfDeclinesFiresAndIsKept()
    {
        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        // Four quiet weeks: a payment every five minutes around this hour, one in ten declined.
        std::vector<Charge> history;
        int n = 0;
        for (int k = 1; k <= 4; ++k) {
            for (qint64 t = kNow - k * kWeek - 7200; t < kNow - k * kWeek + 7200; t += 300, ++n)
                history.push_back(charge("ch_h" + std::to_string(n), t, n % 10 == 0));
        }
        submit(writer, history);

        AlertService service(m_path, &writer);
        qint64 now = kNow;
        service.setClock([&now] { return now; });
        connect(&writer,
                &store::StoreWriter::committed,
                &service,
                &AlertService::applyChange,
                Qt::QueuedConnection);
        QSignalSpy ready(&service, &AlertService::ready);
        QSignalSpy evaluated(&service, &AlertService::evaluated);
        QSignalSpy transitioned(&service, &AlertService::transitioned);
        service.start();
        QCOMPARE(ready.count(), 1);
        QVERIFY(ready.first().first().toLongLong() >= qint64(history.size()));
        writer.flush();
        {
            auto session = store::openSession(m_path, store::Access::ReadOnly).value();
            QCOMPARE(session->alerts().rules().value().size(), defaultAlertRules().size());
        }
        const auto first = evaluated.last().first().value<AlertSnapshot>();
        QCOMPARE(find(first, u"card_testing"_s)->record.state, State::Normal);
        QCOMPARE(first.firing(), 0);

        // Forty declined $1 payments in five minutes.
        std::vector<Charge> burst;
        for (int i = 0; i < 40; ++i)
            burst.push_back(charge("ch_b" + std::to_string(i), kNow - 300 + i * 7, true));
        now = kNow + 1;
        transitioned.clear();
        submit(writer, burst);
        QTRY_VERIFY_WITH_TIMEOUT(!transitioned.isEmpty(), 5000);
        const auto fired = evaluated.last().first().value<AlertSnapshot>();
        const AlertView *cardTesting = find(fired, u"card_testing"_s);
        QCOMPARE(cardTesting->record.state, State::Firing);
        QCOMPARE(fired.alerts.front().record.state, State::Firing); // firing first
        QVERIFY(*cardTesting->record.value >= 40);
        writer.flush();

        auto session = store::openSession(m_path, store::Access::ReadOnly).value();
        const auto kept = session->alerts().transitions(u"card_testing"_s, 10).value();
        QCOMPARE(kept.size(), size_t(1));
        QCOMPARE(kept[0].transition.to, State::Firing);
        QCOMPARE(kept[0].transition.at, kNow + 1);
        QVERIFY(*kept[0].transition.value >= 40);

        // Acknowledged with a note; a silence on its team's label.
        {
            auto rw = store::openSession(m_path).value();
            const auto ack
                = rw->alerts().acknowledge(u"card_testing"_s, u"ana"_s, u"looking"_s, kNow + 2);
            QVERIFY2(ack.ok(), qPrintable(ack.error()));
            QVERIFY(!rw->alerts().acknowledge(u"volume_drop"_s, u"ana"_s, {}, kNow + 2).ok());
            store::Silence silence;
            silence.matchers = {{u"team"_s, u"fraud"_s}};
            silence.starts = kNow;
            silence.ends = kNow + 3600;
            silence.createdBy = u"ana"_s;
            silence.comment = u"known card-testing attack, blocked at the edge"_s;
            QVERIFY(rw->alerts().addSilence(silence).ok());
        }
        store::ChangeSet change;
        change.domains = store::ChangeSet::Alerts;
        now = kNow + 3;
        service.applyChange(change);
        const auto acknowledged = evaluated.last().first().value<AlertSnapshot>();
        cardTesting = find(acknowledged, u"card_testing"_s);
        QCOMPARE(cardTesting->record.acknowledgedBy, u"ana"_s);
        QCOMPARE(cardTesting->record.acknowledgement, u"looking"_s);
        QVERIFY(cardTesting->silenced);
        QVERIFY(!find(acknowledged, u"volume_drop"_s)->silenced); // another team
        service.stop();
        writer.flush();

        // A restart: still firing, from the same moment, and no second transition.
        AlertService again(m_path, &writer);
        now = kNow + 60;
        again.setClock([&now] { return now; });
        QSignalSpy againEvaluated(&again, &AlertService::evaluated);
        again.start();
        const auto restored = againEvaluated.last().first().value<AlertSnapshot>();
        QCOMPARE(find(restored, u"card_testing"_s)->record.state, State::Firing);
        QCOMPARE(find(restored, u"card_testing"_s)->record.since, kNow + 1);
        again.stop();
        writer.stop();
        QCOMPARE(session->alerts().transitions(u"card_testing"_s, 10).value().size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestAlertService)
#include "test_alert_service.moc"
