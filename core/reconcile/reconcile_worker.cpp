#include "reconcile_worker.h"

#include "store/schema.h"

namespace paydeck::reconcile {

ReconcileWorker::ReconcileWorker(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{}

ReconcileWorker::~ReconcileWorker() = default;

void ReconcileWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        this, [this, job = std::move(job)] { execute(job); }, Qt::QueuedConnection);
}

void ReconcileWorker::execute(const Job &job)
{
    if (!m_db) {
        auto opened = store::Database::open(m_path);
        if (!opened) {
            emit failed(opened.error());
            return;
        }
        if (auto migrated = store::migrate(*opened.value()); !migrated) {
            emit failed(migrated.error());
            return;
        }
        m_db = std::move(opened).value();
    }
    m_cancel = false;
    job(*m_db);
}

} // namespace paydeck::reconcile
