#include "faults.h"

#include <QObject>
#include <QStringList>

namespace paydeck::sandbox {

Result<FaultSpec> FaultSpec::parse(const QString &text)
{
    FaultSpec spec;
    double total = 0;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u':');
        bool ok = parts.size() >= 2;
        const double probability = ok ? parts[1].toDouble(&ok) : 0;
        if (!ok || probability < 0 || probability > 1)
            return makeError(
                QObject::tr("fault \"%1\": wants KIND:PROBABILITY with a probability from 0 to 1")
                    .arg(item));
        const QString kind = parts[0].trimmed().toLower();
        if (kind == u"429") {
            spec.rateLimited = probability;
            if (parts.size() >= 3) {
                spec.retryAfterSeconds = parts[2].toInt(&ok);
                if (!ok || spec.retryAfterSeconds < 0)
                    return makeError(
                        QObject::tr("fault \"%1\": Retry-After must be seconds").arg(item));
            }
        } else if (kind == u"500")
            spec.serverError = probability;
        else if (kind == u"drop")
            spec.drop = probability;
        else if (kind == u"truncate")
            spec.truncate = probability;
        else if (kind == u"badjson")
            spec.badJson = probability;
        else if (kind == u"slow") {
            spec.slow = probability;
            if (parts.size() >= 3) {
                spec.slowMs = parts[2].toInt(&ok);
                if (!ok || spec.slowMs < 0)
                    return makeError(
                        QObject::tr("fault \"%1\": the delay must be milliseconds").arg(item));
            }
        } else {
            return makeError(
                QObject::tr("unknown fault \"%1\" (429, 500, drop, slow, truncate, badjson)")
                    .arg(kind));
        }
        total += probability;
    }
    if (total > 1)
        return makeError(QObject::tr("the fault probabilities add up to more than 1"));
    return spec;
}

Result<Outage> Outage::parse(const QString &text)
{
    const QStringList parts = text.split(u'-');
    bool fromOk = false;
    bool toOk = false;
    Outage outage;
    if (parts.size() == 2) {
        outage.fromSeconds = parts[0].toInt(&fromOk);
        outage.toSeconds = parts[1].toInt(&toOk);
    }
    if (!fromOk || !toOk || outage.fromSeconds < 0 || outage.toSeconds <= outage.fromSeconds)
        return makeError(
            QObject::tr("--outage wants FROM-TO in seconds after start, got \"%1\"").arg(text));
    return outage;
}

} // namespace paydeck::sandbox
