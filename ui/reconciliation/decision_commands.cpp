#include "decision_commands.h"

#include <QCoreApplication>

namespace paydeck::ui {

DecisionRunner::DecisionRunner(reconcile::ReconcileService *service, QObject *parent)
    : QObject(parent), m_service(service)
{}

void DecisionRunner::run(std::function<Result<void>(reconcile::ReconcileService &)> work)
{
    m_service->post<QString>(
        this,
        [work = std::move(work)](reconcile::ReconcileService &service) {
            const Result<void> result = work(service);
            return result.ok() ? QString() : result.error();
        },
        [this](const QString &error) { emit finished(error); });
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
                      reconcile::ReconcileService &service) -> Result<void> {
        auto result = service.decide(kind == Kind::Match ? reconcile::DecisionKind::Match
                                                         : reconcile::DecisionKind::WriteOff,
                                     decision);
        if (!result)
            return makeError(result.error());
        state->group = result.value().group;
        state->replaced = result.value().replaced;
        return {};
    });
}

void DecideCommand::undo()
{
    m_runner->run([state = m_state,
                   decision = m_decision](reconcile::ReconcileService &service) -> Result<void> {
        if (state->group == 0)
            return makeError(QCoreApplication::translate(
                "DecideCommand", "nothing to undo: the decision was not written"));
        const QString note
            = QCoreApplication::translate("DecideCommand", "undo: %1").arg(decision.note);
        auto removed = service.unmatch(state->group, note, decision.user);
        if (!removed)
            return makeError(removed.error());
        state->group = 0;
        if (!state->replaced.isEmpty())
            if (auto ok = service.restore(state->replaced, note, decision.user); !ok)
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
                      reconcile::ReconcileService &service) -> Result<void> {
        auto rows = service.unmatch(group, note, user);
        if (!rows)
            return makeError(rows.error());
        *removed = rows.value();
        return {};
    });
}

void UnmatchCommand::undo()
{
    m_runner->run([removed = m_removed, note = m_note, user = m_user](
                      reconcile::ReconcileService &service) -> Result<void> {
        return service.restore(
            *removed, QCoreApplication::translate("UnmatchCommand", "undo: %1").arg(note), user);
    });
}

} // namespace paydeck::ui
