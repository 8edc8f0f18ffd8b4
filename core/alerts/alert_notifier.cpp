#include "alert_notifier.h"

#include "webhooks/webhook_signature.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paydeck::alerts {

namespace {

constexpr int kTimeoutMs = 10000;
constexpr size_t kMaxLog = 1000;

QString isoTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject out;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

Result<void> checkTargetUrl(const QUrl &url)
{
    const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == u"localhost";
    if (!url.isValid() || url.host().isEmpty()
        || !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback)))
        return makeError(
            QObject::tr("%1: alerts go to https://, or to http:// on this computer only")
                .arg(url.toString(QUrl::RemoveUserInfo)));
    return {};
}

AlertNotifier::AlertNotifier(std::vector<NotificationTarget> targets, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_groups(m_targets.size())
    , m_network(new QNetworkAccessManager(this))
    , m_repeat(new QTimer(this))
{
    qRegisterMetaType<Delivery>();
    connect(m_repeat, &QTimer::timeout, this, &AlertNotifier::repeat);
    m_repeat->start(60 * 1000);
}

void AlertNotifier::setTargets(const std::vector<NotificationTarget> &targets)
{
    m_targets = targets;
    m_groups.assign(m_targets.size(), {});
    ++m_generation;
}

QByteArray AlertNotifier::payload(const NotificationTarget &target,
                                  const QString &status,
                                  const QMap<QString, QString> &group,
                                  const std::vector<AlertView> &alerts,
                                  qint64 now)
{
    if (target.slack) {
        QStringList lines;
        for (const AlertView &a : alerts) {
            const QString value
                = a.record.value ? QString::number(*a.record.value, 'g', 4) : QStringLiteral("–");
            lines << QStringLiteral("%1 %2: *%3* (%4) — now %5%6")
                         .arg(status == u"firing" ? QStringLiteral("🔴") : QStringLiteral("✅"),
                              status == u"firing" ? QStringLiteral("Firing")
                                                  : QStringLiteral("Resolved"),
                              a.rule.name,
                              QLatin1String(severityName(a.rule.severity)),
                              value,
                              a.record.baseline
                                  ? QStringLiteral(", normal %1")
                                        .arg(QString::number(*a.record.baseline, 'g', 4))
                                  : QString());
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("text"), lines.join(u'\n')}})
            .toJson(QJsonDocument::Compact);
    }
    QJsonArray list;
    for (const AlertView &a : alerts) {
        QJsonObject alert{
            {QStringLiteral("rule"), a.rule.id},
            {QStringLiteral("name"), a.rule.name},
            {QStringLiteral("state"), QLatin1String(stateName(a.record.state))},
            {QStringLiteral("severity"), QLatin1String(severityName(a.rule.severity))},
            {QStringLiteral("labels"), labelsJson(a.rule.labels)},
            {QStringLiteral("metric"), QLatin1String(metricName(a.rule.metric))},
            {QStringLiteral("since"), isoTime(a.record.since)}};
        if (a.record.value)
            alert.insert(QStringLiteral("value"), *a.record.value);
        if (a.record.baseline)
            alert.insert(QStringLiteral("baseline"), *a.record.baseline);
        list.append(alert);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("paydeck.alerts")},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("group"), labelsJson(group)},
                                     {QStringLiteral("alerts"), list},
                                     {QStringLiteral("sent_at"), isoTime(now)}})
        .toJson(QJsonDocument::Compact);
}

const AlertView *AlertNotifier::view(const QString &ruleId) const
{
    for (const AlertView &a : m_snapshot.alerts) {
        if (a.rule.id == ruleId)
            return &a;
    }
    return nullptr;
}

void AlertNotifier::onSnapshot(const AlertSnapshot &snapshot)
{
    m_snapshot = snapshot;
}

QString AlertNotifier::groupKey(const NotificationTarget &target,
                                const AlertRule &rule,
                                QMap<QString, QString> &labels) const
{
    QStringList parts;
    for (const QString &name : target.groupBy) {
        labels.insert(name, rule.labels.value(name));
        parts << name + u'=' + rule.labels.value(name);
    }
    return parts.join(u',');
}

void AlertNotifier::onTransitions(const QList<Transition> &transitions)
{
    for (const Transition &t : transitions) {
        const bool firing = t.to == State::Firing;
        const bool resolved = t.from == State::Firing;
        const AlertView *a = view(t.ruleId);
        if ((!firing && !resolved) || !a || a->silenced)
            continue;
        for (size_t i = 0; i < m_targets.size(); ++i) {
            QMap<QString, QString> labels;
            const QString key = groupKey(m_targets[i], a->rule, labels);
            Group &group = m_groups[i][key];
            group.labels = labels;
            (firing ? group.firing : group.resolved).push_back(t.ruleId);
            if (group.waiting)
                continue; // it goes with the group's next notification
            group.waiting = true;
            QTimer::singleShot(
                int(m_targets[i].groupWaitSeconds * 1000), this, [this, i, key] { flush(i, key); });
        }
    }
}

void AlertNotifier::flush(size_t target, const QString &key)
{
    Group &group = m_groups[target][key];
    group.waiting = false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[status, ids] : {std::pair(QStringLiteral("firing"), group.firing),
                                      std::pair(QStringLiteral("resolved"), group.resolved)}) {
        std::vector<AlertView> alerts;
        for (const QString &id : ids) {
            if (const AlertView *a = view(id); a && !a->silenced)
                alerts.push_back(*a);
        }
        if (alerts.empty())
            continue;
        send(target, key, status, payload(m_targets[target], status, group.labels, alerts, now), 1);
    }
    group.firing.clear();
    group.resolved.clear();
    group.lastSent = now;
}

void AlertNotifier::repeat()
{
    // A group that still fires is sent again every repeat interval, all its firing alerts.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (size_t i = 0; i < m_targets.size(); ++i) {
        for (auto &[key, group] : m_groups[i]) {
            if (group.waiting || now - group.lastSent < m_targets[i].repeatSeconds)
                continue;
            std::vector<AlertView> firing;
            for (const AlertView &a : m_snapshot.alerts) {
                QMap<QString, QString> labels;
                if (a.record.state == State::Firing && !a.silenced
                    && groupKey(m_targets[i], a.rule, labels) == key)
                    firing.push_back(a);
            }
            if (firing.empty())
                continue;
            group.lastSent = now;
            send(i,
                 key,
                 QStringLiteral("firing"),
                 payload(m_targets[i], QStringLiteral("firing"), group.labels, firing, now),
                 1);
        }
    }
}

void AlertNotifier::send(
    size_t target, const QString &group, const QString &status, QByteArray body, int attempt)
{
    const NotificationTarget &t = m_targets[target];
    QNetworkRequest request(t.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Paydeck/%1").arg(QStringLiteral(PAYDECK_VERSION)));
    request.setTransferTimeout(kTimeoutMs);
    if (!t.secret.isEmpty()) {
        // Signed at each attempt: the timestamp says when this one was sent.
        QByteArray header
            = webhooks::stripeSignatureHeader(body, t.secret, QDateTime::currentSecsSinceEpoch());
        request.setRawHeader("Paydeck-Signature", header);
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        Delivery d;
        d.target = t.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        d.group = group;
        d.status = status;
        d.attempt = attempt;
        d.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        d.at = QDateTime::currentSecsSinceEpoch();
        d.delivered
            = reply->error() == QNetworkReply::NoError && d.httpStatus >= 200 && d.httpStatus < 300;
        if (!d.delivered)
            d.error = reply->error() != QNetworkReply::NoError
                          ? reply->errorString()
                          : QStringLiteral("HTTP %1").arg(d.httpStatus);
        m_log.push_back(d);
        if (m_log.size() > kMaxLog)
            m_log.erase(m_log.begin());
        emit delivered(d);
        if (!d.delivered && attempt < t.maxAttempts) {
            const int wait = t.firstRetryMs << (attempt - 1);
            const quint64 generation = m_generation;
            QTimer::singleShot(wait, this, [=, this] {
                if (generation == m_generation) // the targets were not replaced meanwhile
                    send(target, group, status, body, attempt + 1);
            });
        }
    });
}

} // namespace paydeck::alerts
