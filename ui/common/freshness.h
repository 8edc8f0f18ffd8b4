#pragma once

#include "sync/sync_service.h"

#include <QString>

namespace paydeck::ui {

/// How long, for people: "45 s", "12 min", "3 h 5 min", "2 d 4 h".
QString durationText(qint64 seconds);
/// A moment: the time alone today, the short date and time otherwise.
QString momentText(qint64 unixSeconds, qint64 now);
/// What a source's status means for the data on screen, in one line of the status bar:
/// "first sync, 1,234 objects", "syncing (data as of 14:02)", "up to date (14:02)",
/// "failing since 14:05, data as of 14:02: …".
QString sourceStateText(const sync::SourceStatus &status, qint64 now);
/// Whether the data of a source that last synced completely at lastSuccess is as current as its
/// schedule promises.
bool isCurrent(const sync::SourceStatus &status, qint64 now);
/// A note for figures that depend on the sources: empty while they are current; otherwise since
/// when they are stale and why ("Figures as of 14:02: stripe is failing since 14:05.").
QString stalenessNote(const QList<sync::SourceStatus> &statuses, qint64 now);

} // namespace paydeck::ui
