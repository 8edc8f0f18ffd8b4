#pragma once

#include "reconcile/reconcile_actions.h"
#include "reconcile/reconcile_service.h"

#include <QJsonArray>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace paydeck::ui {

/// Runs a person's decisions through the reconcile service and reports back on the GUI thread.
/// Every decision is written with its audit record; undo is a new, audited decision, never a
/// deletion of history.
class DecisionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit DecisionRunner(reconcile::ReconcileService *service, QObject *parent = nullptr);
    /// Runs `work` on the service's thread; `finished` gets its error (empty on success) here.
    void run(std::function<Result<void>(reconcile::ReconcileService &)> work);

signals:
    void finished(const QString &error);

private:
    reconcile::ReconcileService *m_service;
};

/// Manual match or write-off; undo removes it and puts back what it replaced.
class DecideCommand final : public QUndoCommand
{
public:
    enum class Kind { Match, WriteOff };
    DecideCommand(DecisionRunner *runner, Kind kind, reconcile::ManualDecision decision);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        qint64 group = 0;
        QJsonArray replaced;
    };
    DecisionRunner *m_runner;
    Kind m_kind;
    reconcile::ManualDecision m_decision;
    std::shared_ptr<State> m_state; // only touched on the service's thread
};

/// Unmatch of a stored match; undo restores it.
class UnmatchCommand final : public QUndoCommand
{
public:
    UnmatchCommand(DecisionRunner *runner, qint64 group, QString note, QString user);
    void redo() override;
    void undo() override;

private:
    DecisionRunner *m_runner;
    qint64 m_group;
    QString m_note;
    QString m_user;
    std::shared_ptr<QJsonArray> m_removed; // only touched on the service's thread
};

} // namespace paydeck::ui
