#pragma once

#include "store/database.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace paydeck::reconcile {

/// Runs reconciliation jobs (imports, runs, queries, decisions) one after another on its own
/// thread with its own store connection, so that the window never waits for them. Jobs report
/// back by posting to an object on the caller's thread.
class ReconcileWorker final : public QObject
{
    Q_OBJECT
public:
    explicit ReconcileWorker(QString databasePath, QObject *parent = nullptr);
    ~ReconcileWorker() override;

    using Job = std::function<void(store::Database &)>;
    /// Thread-safe: queues `job`; it runs on the worker's thread.
    void post(Job job);
    /// Set by Cancel; long jobs read it and leave the store unchanged.
    std::atomic_bool &cancelFlag() { return m_cancel; }

signals:
    void failed(const QString &message);

private:
    void execute(const Job &job);
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::atomic_bool m_cancel{false};
};

} // namespace paydeck::reconcile
