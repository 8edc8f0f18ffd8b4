// What the status bar, the Overview and the Sources screen say about how current the data is:
// "first sync" only before the first complete run, since when a failing source's data is stale,
// and "up to date" only when the last complete run is recent.
#include "common/freshness.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace paydeck;
using State = sync::SourceStatus::State;

namespace {

sync::SourceStatus status(State state, qint64 lastSuccess, qint64 failingSince = 0)
{
    sync::SourceStatus s;
    s.name = QStringLiteral("stripe");
    s.state = state;
    s.lastSuccess = lastSuccess;
    s.failingSince = failingSince;
    s.intervalSeconds = 15;
    s.lastError = QStringLiteral("GET /v1/charges: Connection refused");
    s.fetchedThisRun = 12345;
    return s;
}

} // namespace

class TestFreshness : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 0;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Noon today: every moment below is today, and shown as a time alone.
        m_now = QDateTime(QDate::currentDate(), QTime(12, 0)).toSecsSinceEpoch();
    }

    void durationsAreForPeople()
    {
        QCOMPARE(ui::durationText(45), QStringLiteral("45 s"));
        QCOMPARE(ui::durationText(12 * 60 + 5), QStringLiteral("12 min"));
        QCOMPARE(ui::durationText(3 * 3600), QStringLiteral("3 h"));
        QCOMPARE(ui::durationText(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
        QCOMPARE(ui::durationText(2 * 86400 + 4 * 3600), QStringLiteral("2 d 4 h"));
        QCOMPARE(ui::durationText(-3), QStringLiteral("0 s"));
    }

    void firstSyncOnlyBeforeTheFirstCompleteRun()
    {
        QCOMPARE(ui::sourceStateText(status(State::Syncing, 0), m_now),
                 QStringLiteral("first sync, 12,345 objects"));
        const QString again = ui::sourceStateText(status(State::Syncing, m_now - 600), m_now);
        QVERIFY2(!again.contains(u"first sync"), qPrintable(again));
        QCOMPARE(again, QStringLiteral("syncing (data as of 11:50 AM)"));
    }

    void aFailingSourceSaysSinceWhenItsDataIsStale()
    {
        const auto failing = status(State::Failed, m_now - 600, m_now - 300);
        QCOMPARE(ui::sourceStateText(failing, m_now),
                 QStringLiteral("failing since 11:55 AM, data as of 11:50 AM: GET /v1/charges: "
                                "Connection refused"));
        QCOMPARE(ui::stalenessNote({failing}, m_now),
                 QStringLiteral("Figures as of 11:50 AM: stripe is failing since 11:55 AM."));
        QCOMPARE(ui::stalenessNote({status(State::Failed, 0, m_now - 14)}, m_now),
                 QStringLiteral("Figures are incomplete: stripe is failing since 11:59 AM."));
    }

    void upToDateMeansWithinTwoIntervals()
    {
        QVERIFY(ui::isCurrent(status(State::Idle, m_now - 20), m_now));
        QVERIFY(!ui::isCurrent(status(State::Idle, m_now - 923), m_now));
        QVERIFY(ui::stalenessNote({status(State::Idle, m_now - 20)}, m_now).isEmpty());
        QCOMPARE(ui::stalenessNote({status(State::Idle, m_now - 923)}, m_now),
                 QStringLiteral("Figures as of 11:44 AM: stripe last synced 15 min ago."));
        QCOMPARE(ui::stalenessNote({status(State::Syncing, 0)}, m_now),
                 QStringLiteral("Figures are incomplete: stripe is on its first sync."));
    }
};

QTEST_GUILESS_MAIN(TestFreshness)
#include "test_freshness.moc"
