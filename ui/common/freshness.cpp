#include "freshness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace paydeck::ui {

/// The translation context of the texts below.
class Freshness
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::ui::Freshness)
};

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return Freshness::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return Freshness::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400) {
        const qint64 minutes = (seconds % 3600) / 60;
        return minutes == 0 ? Freshness::tr("%n h", nullptr, int(seconds / 3600))
                            : Freshness::tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
    }
    const qint64 hours = (seconds % 86400) / 3600;
    return hours == 0 ? Freshness::tr("%n d", nullptr, int(seconds / 86400))
                      : Freshness::tr("%1 d %2 h").arg(seconds / 86400).arg(hours);
}

QString momentText(qint64 unixSeconds, qint64 now)
{
    const QLocale locale;
    const QDateTime moment = QDateTime::fromSecsSinceEpoch(unixSeconds);
    if (moment.date() == QDateTime::fromSecsSinceEpoch(now).date())
        return locale.toString(moment.time(), QLocale::ShortFormat);
    return locale.toString(moment, QLocale::ShortFormat);
}

bool isCurrent(const sync::SourceStatus &status, qint64 now)
{
    if (status.lastSuccess <= 0 || status.state == sync::SourceStatus::State::Failed)
        return false;
    // A run takes a while: a margin of half a minute beyond two intervals.
    return now - status.lastSuccess <= 2 * qint64(status.intervalSeconds) + 30;
}

QString sourceStateText(const sync::SourceStatus &status, qint64 now)
{
    using State = sync::SourceStatus::State;
    const QLocale locale;
    switch (status.state) {
    case State::Starting:
        return Freshness::tr("starting");
    case State::Syncing:
        if (status.lastSuccess <= 0)
            return Freshness::tr("first sync, %1 objects")
                .arg(locale.toString(status.fetchedThisRun));
        return Freshness::tr("syncing (data as of %1)").arg(momentText(status.lastSuccess, now));
    case State::Idle:
        return Freshness::tr("up to date (%1)").arg(momentText(status.lastSuccess, now));
    case State::Failed:
        if (status.lastSuccess <= 0)
            return Freshness::tr("failing since %1, no data yet: %2")
                .arg(momentText(status.failingSince, now), status.lastError);
        return Freshness::tr("failing since %1, data as of %2: %3")
            .arg(momentText(status.failingSince, now),
                 momentText(status.lastSuccess, now),
                 status.lastError);
    }
    return {};
}

QString stalenessNote(const QList<sync::SourceStatus> &statuses, qint64 now)
{
    QStringList problems;
    qint64 asOf = 0;
    for (const sync::SourceStatus &status : statuses) {
        if (status.state == sync::SourceStatus::State::Failed) {
            problems << Freshness::tr("%1 is failing since %2")
                            .arg(status.name, momentText(status.failingSince, now));
        } else if (status.lastSuccess <= 0 && status.state == sync::SourceStatus::State::Syncing) {
            problems << Freshness::tr("%1 is on its first sync").arg(status.name);
        } else if (status.lastSuccess > 0 && !isCurrent(status, now)
                   && status.state != sync::SourceStatus::State::Syncing) {
            problems << Freshness::tr("%1 last synced %2 ago")
                            .arg(status.name, durationText(now - status.lastSuccess));
        } else {
            continue;
        }
        if (status.lastSuccess > 0)
            asOf = asOf == 0 ? status.lastSuccess : std::min(asOf, status.lastSuccess);
    }
    if (problems.isEmpty())
        return {};
    const QString why = problems.join(QStringLiteral("; "));
    if (asOf <= 0)
        return Freshness::tr("Figures are incomplete: %1.").arg(why);
    return Freshness::tr("Figures as of %1: %2.").arg(momentText(asOf, now), why);
}

} // namespace paydeck::ui
