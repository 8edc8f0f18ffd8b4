#pragma once

#include "cli_common.h"
#include "fraud/charge_facts.h"

#include <QThread>

namespace paydeck::fraud {
class FraudMonitor;
}

namespace paydeck::cli {

/// `fraud reviews [--status S|all] [--assignee NAME] [--json]`, `fraud review CHARGE [--json]`,
/// `fraud assign|decide|note|undo|refund CHARGE …` and `fraud rules list-add`: the analyst's
/// queue from the command line (`verb` is the word after `fraud`).
int runFraudReviews(const QString &dataDir, const QString &verb, Arguments &args);

/// The fraud monitor on its own thread, fed by the writer's commits: sync and serve score what
/// they store and queue what the rules flag. Destroyed, it finishes what was committed first.
struct FraudMonitoring
{
    /// `priority`: the scoring thread's (a one-off sync scores with what CPU the sync leaves).
    FraudMonitoring(const QString &storePath,
                    store::StoreWriter &writer,
                    std::optional<fraud::MetadataKeys> keys = std::nullopt,
                    QThread::Priority priority = QThread::InheritPriority);
    ~FraudMonitoring();
    Q_DISABLE_COPY_MOVE(FraudMonitoring)
    QThread thread;
    fraud::FraudMonitor *monitor = nullptr;
    store::StoreWriter &writer;
};

} // namespace paydeck::cli
