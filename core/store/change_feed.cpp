#include "change_feed.h"

#include <algorithm>

namespace paydeck::store {

void ChangeSet::merge(const ChangeSet &later)
{
    if (isEmpty()) {
        *this = later;
        return;
    }
    sequence = std::max(sequence, later.sequence);
    if (later.touches(Objects) && touches(Objects) && sourceId != later.sourceId)
        sourceId = 0;
    else if (later.touches(Objects) && !touches(Objects))
        sourceId = later.sourceId;
    domains |= later.domains;
    objectTypes |= later.objectTypes;
    if (later.createdFrom != 0)
        createdFrom
            = createdFrom == 0 ? later.createdFrom : std::min(createdFrom, later.createdFrom);
    createdTo = std::max(createdTo, later.createdTo);
    inserted += later.inserted;
    updated += later.updated;
    idsComplete = idsComplete && later.idsComplete;
    if (idsComplete && ids.size() + later.ids.size() <= kMaxIds) {
        ids.insert(ids.end(), later.ids.begin(), later.ids.end());
    } else {
        ids.clear();
        idsComplete = false;
    }
}

ChangeCoalescer::ChangeCoalescer(int intervalMs, QObject *parent) : QObject(parent), m_timer(this)
{
    qRegisterMetaType<paydeck::store::ChangeSet>();
    m_timer.setInterval(intervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::flush);
}

void ChangeCoalescer::add(const ChangeSet &change)
{
    if (change.isEmpty())
        return;
    m_pending.merge(change);
    if (!m_timer.isActive())
        flush(); // the first change of a quiet period goes out at once; later ones wait
}

void ChangeCoalescer::flush()
{
    if (m_pending.isEmpty())
        return;
    ChangeSet out = std::move(m_pending);
    m_pending = ChangeSet();
    emit changed(out);
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace paydeck::store
