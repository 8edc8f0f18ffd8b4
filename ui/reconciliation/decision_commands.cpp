#include "decision_commands.h"

#include <QCoreApplication>

namespace paydeck::ui {

DecisionRunner::DecisionRunner(reconcile::ReconcileWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{}

void DecisionRunner::run(std::function<Result<void>(store::Database &)> work)
{
    QPointer<DecisionRunner> self(this);
    m_worker->post([self, work = std::move(work)](store::Database &db) {
        const Result<void> result = work(db);
        const QString error = result.ok() ? QString() : result.error();
        // The runner lives as long as the window; the worker stops before the window goes.
        QMetaObject::invokeMethod(
            self.data(),
            [self, error] {
                if (self)
                    emit self->finished(error);
            },
            Qt::QueuedConnection);
    });
}

DecideCommand::DecideCommand(DecisionRunner *runner, Kind kind, reconcile::ManualDecision decision)
    : m_runner(runner)
    , m_kind(kind)
    , m_decision(std::move(decision))
    , m_state(std::make_shared<State>())
{
    setText(kind == Kind::Match ? QCoreApplication::translate("DecideCommand", "manual match")
                                : QCoreApplication::translate("DecideCommand", "write-off"));
}

void DecideCommand::redo()
{
    m_runner->run([state = m_state, kind = m_kind, decision = m_decision](
                      store::Database &db) -> Result<void> {
        auto result = kind == Kind::Match ? reconcile::matchManually(db, decision)
                                          : reconcile::writeOff(db, decision);
        if (!result)
            return makeError(result.error());
        state->group = result.value().group;
        state->replaced = result.value().replaced;
        return {};
    });
}

void DecideCommand::undo()
{
    m_runner->run([state = m_state, decision = m_decision](store::Database &db) -> Result<void> {
        if (state->group == 0)
            return makeError(QCoreApplication::translate(
                "DecideCommand", "nothing to undo: the decision was not written"));
        const QString note
            = QCoreApplication::translate("DecideCommand", "undo: %1").arg(decision.note);
        auto removed = reconcile::unmatch(db, state->group, note, decision.user);
        if (!removed)
            return makeError(removed.error());
        state->group = 0;
        if (!state->replaced.isEmpty())
            if (auto ok = reconcile::restoreMatch(db, state->replaced, note, decision.user); !ok)
                return ok;
        return {};
    });
}

UnmatchCommand::UnmatchCommand(DecisionRunner *runner, qint64 group, QString note, QString user)
    : m_runner(runner)
    , m_group(group)
    , m_note(std::move(note))
    , m_user(std::move(user))
    , m_removed(std::make_shared<QJsonArray>())
{
    setText(QCoreApplication::translate("UnmatchCommand", "unmatch"));
}

void UnmatchCommand::redo()
{
    m_runner->run([removed = m_removed, group = m_group, note = m_note, user = m_user](
                      store::Database &db) -> Result<void> {
        auto rows = reconcile::unmatch(db, group, note, user);
        if (!rows)
            return makeError(rows.error());
        *removed = rows.value();
        return {};
    });
}

void UnmatchCommand::undo()
{
    m_runner->run(
        [removed = m_removed, note = m_note, user = m_user](store::Database &db) -> Result<void> {
            return reconcile::restoreMatch(
                db,
                *removed,
                QCoreApplication::translate("UnmatchCommand", "undo: %1").arg(note),
                user);
        });
}

} // namespace paydeck::ui
