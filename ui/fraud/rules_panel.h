#pragma once

#include "fraud/rules_desk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace paydeck::ui {

/// The fraud rules in force and a draft of the next version: checked as it is typed (the error
/// with its line and column), backtested over the stored history before it is switched on
/// (what it would have reviewed and blocked, the money at stake, precision and recall against
/// the labels the store knows, beside Stripe's own risk level), saved as the next version
/// (refused if someone saved another meanwhile), imported from and exported to files.
class RulesPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `desk` may be null (the panel then says fraud monitoring is not running).
    explicit RulesPanel(fraud::RulesDesk *desk, const QString &user, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString inForceText() const;
    QString checkText() const;
    QString backtestText() const;
    QString problemText() const;
    /// What the buttons do (import and export without their file dialogs: tests).
    void backtestDraft();
    void saveDraft();
    void revertDraft();
    void importFrom(const QString &path);
    void exportTo(const QString &path);

private:
    void buildLayout();
    void onRulesChanged(const fraud::RulesInForce &rules);
    void onBacktested(const fraud::DraftBacktest &backtest);
    void checkDraft();
    /// Puts `text` in the editor as a draft on the version in force.
    void startDraftFrom(const QString &text);
    void showProblem(const QString &message);
    void updateButtons();
    bool draftDiffers() const;

    fraud::RulesDesk *m_desk;
    QString m_user;
    QLabel *m_inForce;
    QPlainTextEdit *m_editor;
    QLabel *m_check;
    QComboBox *m_period;
    QPushButton *m_backtest, *m_save, *m_revert, *m_import, *m_export;
    QLabel *m_result;
    QLabel *m_problem;
    QTimer *m_checkTimer;
    fraud::RulesInForce m_inForceRules;
    int m_draftBase = 0; // the version the draft started from: saving is refused once it is not
                         // the one in force any more
    bool m_draftParses = true;
    bool m_loaded = false;
    quint64 m_ticket = 0; // of the backtest the panel waits for
};

} // namespace paydeck::ui
