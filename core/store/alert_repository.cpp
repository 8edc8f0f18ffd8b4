#include "alert_repository.h"

#include <QDateTime>

namespace paydeck::store {

bool Silence::silences(const QMap<QString, QString> &labels, qint64 at) const
{
    if (at < starts || at >= ends)
        return false;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at);
    if (weekdays != 0 && !(weekdays & (1u << local.date().dayOfWeek())))
        return false;
    const int minute = local.time().hour() * 60 + local.time().minute();
    const bool inHours = fromMinute <= toMinute ? minute >= fromMinute && minute < toMinute
                                                : minute >= fromMinute || minute < toMinute;
    if (!inHours)
        return false;
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString notificationSecretName(const QString &url)
{
    return QStringLiteral("notify:") + url;
}

} // namespace paydeck::store
