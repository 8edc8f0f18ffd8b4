#pragma once

#include "reconcile/csv_mapping.h"
#include "reconcile/reconcile_queries.h"
#include "reconcile/reconcile_run.h"
#include "reconcile/reconcile_service.h"

#include <QPointer>

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QUndoStack;

namespace paydeck::ui {

class CandidatesModel;
class DecisionRunner;
class ExceptionsModel;

/// Reconciliation: import statements and ledger exports, run the rules for a period, and work
/// the exceptions — candidates side by side, manual match, unmatch and write-off with a note,
/// each undoable and audited — with the explanation of every match and the trail of a payout
/// (payout → its balance transactions → the bank lines). Everything runs through the reconcile
/// service, off the GUI thread; long work shows progress and can be cancelled.
class ReconciliationPage final : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(reconcile::ReconcileService *service, QWidget *parent = nullptr);

    ExceptionsModel *exceptions() const { return m_exceptions; }
    CandidatesModel *candidates() const { return m_candidates; }
    QTableView *exceptionsView() const { return m_exceptionsView; }
    QTableView *candidatesView() const { return m_candidatesView; }
    QTreeWidget *trail() const { return m_trail; }
    QTextBrowser *explanation() const { return m_explanation; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;
    /// The last run's result as the page shows it (empty before the first run).
    QString lastRunText() const;
    bool isBusy() const { return m_busy; }
    /// Whether the embedded sandbox's statement and receivables are offered for import.
    bool offersSandboxImport() const;

    /// Asks for the note every decision needs; replaceable for tests (no modal dialog).
    void setNoteProvider(std::function<QString(const QString &question)> provider);
    /// The embedded sandbox's bank statement and receivables: offered for import when they exist.
    void setSandboxFiles(const QString &statement, const QString &ledger);
    /// Imports both, the receivables with their detected columns (kept as a preset).
    void importSandboxFiles();

public slots:
    void refresh();
    /// The trail of a payout: its balance transactions and the bank lines it arrived with.
    void showPayoutTrail(const QString &payoutId);
    /// CSV files are read with `csvMapping` (kept as a preset) or a detected mapping.
    void importStatements(const QStringList &files,
                          const std::optional<reconcile::CsvMapping> &csvMapping = std::nullopt);
    void importLedger(const QString &file, const reconcile::CsvMapping &mapping);
    void run(bool dryRun);
    void selectException(int row);
    void matchSelected();
    void writeOffSelected();
    void unmatchShown();
    void cancel();

signals:
    void refreshed();
    void busyChanged(bool busy);
    void message(const QString &text);

private:
    // The widgets (reconciliation_page_layout.cpp).
    QLayout *buildToolbar();
    QWidget *buildExceptionsPane(QWidget *parent);
    QWidget *buildItemPane(QWidget *parent);
    QWidget *buildCandidatesTab();
    QWidget *buildExplanationTab();
    QWidget *buildTrailTab();

    void chooseStatements();
    void chooseLedger();
    /// Detects a CSV file's columns on the worker and asks the user to confirm them.
    void previewCsv(const QString &file,
                    reconcile::CsvMapping::Kind kind,
                    std::function<void(const reconcile::CsvMapping &)> accepted);
    void setBusy(bool busy, const QString &what = QString());
    void showOverview(const reconcile::ReconcileOverview &overview);
    void showItem(const reconcile::ExceptionRow &row,
                  const QList<reconcile::CandidateRow> &candidates,
                  const QList<reconcile::MatchInfo> &matches,
                  const reconcile::PayoutTrail &trail);
    void showAudit(const QList<reconcile::AuditRow> &rows);
    static QString auditWhat(const reconcile::AuditRow &row);
    static QString auditWhy(const reconcile::AuditRow &row);
    reconcile::ExceptionFilter filter() const;
    reconcile::ReconcileOptions periodOptions() const;
    QString askNote(const QString &question);
    static QString importLine(const reconcile::StatementImportOutcome &imported);
    static QString runMessage(const reconcile::ReconcileSummary &summary, bool dryRun);
    /// Sets the progress bar from the service's thread.
    static void postProgress(const QPointer<ReconciliationPage> &page, int percent);

    reconcile::ReconcileService *m_service;
    DecisionRunner *m_runner;
    QUndoStack *m_undo;
    ExceptionsModel *m_exceptions;
    CandidatesModel *m_candidates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_allTime = nullptr;
    QLabel *m_summary;
    QLabel *m_lastRun; // the last run's result, until the next one
    QLabel *m_unmatched;
    QComboBox *m_kindFilter;
    QComboBox *m_reconciliationFilter;
    QLineEdit *m_search;
    QLineEdit *m_trailPayout = nullptr;
    QTableView *m_exceptionsView;
    QTableView *m_candidatesView;
    QTabWidget *m_tabs;
    QTextBrowser *m_explanation;
    QTreeWidget *m_trail;
    QTreeWidget *m_audit;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_itemTitle;
    bool m_busy = false;
    bool m_refreshing = false;   // a refresh is on its way
    bool m_refreshAgain = false; // and another was asked for meanwhile
    std::optional<reconcile::ExceptionRow> m_selected;
    // The detail pane shows the answer to the latest question only: an exception selected, then
    // a payout's trail asked for, must not end with the exception's late answer on screen.
    quint64 m_detailRequest = 0;
    QList<reconcile::MatchInfo> m_shownMatches;
    std::function<QString(const QString &)> m_noteProvider;
    QString m_sandboxStatement;
    QString m_sandboxLedger;
    QPushButton *m_importSandbox = nullptr;
};

} // namespace paydeck::ui
