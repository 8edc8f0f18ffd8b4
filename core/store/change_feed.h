#pragma once

#include "domain/objects.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <string>
#include <vector>

namespace paydeck::store {

/// What one commit of the store changed: published by the single writer after every commit, to
/// anyone who keeps a view current (screens today, the analytics and alert engines next). It
/// arrives through a queued signal on the subscriber's thread; nobody waits for anybody.
struct ChangeSet
{
    /// The parts of the store a commit can change.
    enum Domain : quint32 {
        Objects = 1 << 0,        // provider objects (see objectTypes, ids, created range)
        Sources = 1 << 1,        // source configuration and sync state
        BankStatements = 1 << 2, // imported statements and their entries
        Ledger = 1 << 3,         // imported ledger entries
        Reconciliation = 1 << 4, // a run's matches and exceptions
        Decisions = 1 << 5,      // people's matches, write-offs, unmatches and their audit
        Mappings = 1 << 6,       // saved CSV column mappings
        Rates = 1 << 7,          // exchange rates
        Alerts = 1 << 8,         // alert rules, silences, acknowledgements (not states)
        FraudRules = 1 << 9,     // the fraud rule file in force
        FraudReviews = 1 << 10,  // the review queue: charges flagged, people's decisions
    };
    /// Commits counted from the writer's start; two sets with the same number were merged.
    quint64 sequence = 0;
    quint32 domains = 0;
    /// The source whose objects changed; 0 when several (or none) did.
    qint64 sourceId = 0;
    /// One bit per ObjectType (1 << int(type)).
    quint32 objectTypes = 0;
    /// Provider ids of the objects written (a page's objects, including any that were already
    /// stored as they are); complete only when `idsComplete`, else use the created range.
    std::vector<std::string> ids;
    bool idsComplete = true;
    qint64 createdFrom = 0; // unix seconds, the objects' own `created` (0: none)
    qint64 createdTo = 0;
    int inserted = 0;
    int updated = 0;

    static constexpr size_t kMaxIds = 20000;

    bool touches(Domain domain) const { return (domains & domain) != 0; }
    bool touches(ObjectType type) const
    {
        return (objectTypes & (1u << static_cast<int>(type))) != 0;
    }
    bool isEmpty() const { return domains == 0; }
    /// Folds `later` into this set (for subscribers that take changes at their own pace).
    void merge(const ChangeSet &later);
};

/// Gathers changes and hands them on at most once per interval (a screen need not redraw for
/// each of the hundred commits of a backfill); the first change goes out at once.
class ChangeCoalescer final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeCoalescer(int intervalMs, QObject *parent = nullptr);

public slots:
    void add(const paydeck::store::ChangeSet &change);

signals:
    void changed(const paydeck::store::ChangeSet &change);

private:
    void flush();
    QTimer m_timer;
    ChangeSet m_pending;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::ChangeSet)
