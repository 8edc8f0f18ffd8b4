#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace paydeck::ui {
class MainWindow;
}
namespace paydeck::store {
class StoreReader;
}
namespace paydeck::analytics {
class AnalyticsService;
}
namespace paydeck::sync {
class SyncService;
}

namespace paydeck::app {

/// The GUI's composition: the store's single writer, the network thread with the sync service
/// (and the embedded sandbox when no account is configured), the reader and reconciliation
/// threads, the change feed, and the window over them. Torn down in order when destroyed.
/// Used by `paydeck` and by the GUI benchmark, which measures exactly what a user starts.
class GuiSession
{
public:
    static Result<std::unique_ptr<GuiSession>> open(const QString &dataDir);
    ~GuiSession();
    GuiSession(const GuiSession &) = delete;
    GuiSession &operator=(const GuiSession &) = delete;

    ui::MainWindow &window();
    store::StoreReader *reader() const;
    sync::SyncService *sync() const;
    analytics::AnalyticsService *analytics() const;
    /// Starts syncing (after the window is shown: the first paint never waits for it).
    void startSync();

private:
    GuiSession() = default;
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace paydeck::app
