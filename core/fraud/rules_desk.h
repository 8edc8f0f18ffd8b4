#pragma once

// The fraud rules as an analyst edits them, on the fraud desk's thread: the file in force (kept
// current from the change feed), a backtest of a draft over the stored history before it is
// switched on, saving a draft as the next version (refused when someone saved another since the
// draft was opened), and rule files imported and exported. The screen never touches the store
// or the disk.

#include "fraud_backtest.h"
#include "store/change_feed.h"
#include "store/fraud_repository.h"
#include "util/queued_calls.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace paydeck::store {
class Session;
class StoreWriter;
} // namespace paydeck::store

namespace paydeck::fraud {

/// The rule file in force; version 0: none saved yet, the score's defaults apply.
using RulesInForce = store::StoredFraudRules;

/// A draft's backtest over [from, to), against the labels the store knows (charges disputed as
/// fraudulent, analysts' decisions).
struct DraftBacktest
{
    quint64 ticket = 0; // the request's, so that a screen shows only the answer it waits for
    qint64 from = 0, to = 0;
    FraudBacktest result;
    qint64 labelled = 0;
};

class RulesDesk : public QObject
{
    Q_OBJECT
public:
    /// A rule file bigger than this is not one (import refuses it).
    static constexpr qint64 kMaxFileBytes = 1 << 20;

    RulesDesk(QString storePath, store::StoreWriter *writer, QObject *parent = nullptr);
    ~RulesDesk() override;

public slots:
    /// Answers with `rulesChanged` now and after every change of the rules.
    void watchRules();
    void backtest(const QString &draft, qint64 from, qint64 to, quint64 ticket);
    /// Saves `draft` as the next version if the rules in force are still `basedOn` (answered by
    /// `saved` or `failed`, which then says who saved what meanwhile).
    void save(const QString &draft, int basedOn, const QString &who);
    /// Reads a rule file (answered by `imported` with its text once it parses, or `failed`
    /// naming the file, line and column); nothing is saved until the analyst saves.
    void importFile(const QString &path);
    /// Writes `text` to `path` whole or not at all.
    void exportFile(const QString &path, const QString &text);
    void applyChange(const paydeck::store::ChangeSet &change);

signals:
    void rulesChanged(const paydeck::fraud::RulesInForce &rules);
    void backtested(const paydeck::fraud::DraftBacktest &backtest);
    void saved(int version);
    void imported(const QString &path, const QString &text);
    void exported(const QString &path);
    void failed(const QString &message);

private:
    bool ensureSession();
    void readRules();

    QString m_storePath;
    store::StoreWriter *m_writer;
    std::unique_ptr<store::Session> m_session;
    bool m_watching = false;
    QueuedCalls *m_calls; // the writer's answers, dropped if the desk is gone by then
};

} // namespace paydeck::fraud

Q_DECLARE_METATYPE(paydeck::fraud::RulesInForce)
Q_DECLARE_METATYPE(paydeck::fraud::DraftBacktest)
