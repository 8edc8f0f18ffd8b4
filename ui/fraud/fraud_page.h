#pragma once

#include "fraud/fraud_desk.h"
#include "fraud/rules_desk.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace paydeck::ui {

class InvestigationDialog;
class ReviewsModel;
class RulesPanel;

/// The analyst's queue: open reviews riskiest first (or needs-info, decided, all; only mine),
/// and the selected one in full — why it was flagged, who paid and from where, what happened
/// to it so far. Assign it to me, decide it with a note, undo a decision, refund it as
/// fraudulent through the provider (asked first), block its card, e-mail or IP from now on.
class FraudPage final : public QWidget
{
    Q_OBJECT
public:
    /// `desk` may be null (the screen then says fraud monitoring is not running).
    explicit FraudPage(fraud::FraudDesk *desk, const QString &user, QWidget *parent = nullptr);

    /// Adds the Rules tab, on `desk` (the rules in force, a draft, backtests).
    void setRulesDesk(fraud::RulesDesk *desk);
    RulesPanel *rules() const { return m_rules; }

    ReviewsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    QString detailText() const;
    /// What the desk said last when something failed (also shown on the screen).
    QString problemText() const;
    /// Selects the review of `charge` if it is shown.
    void showReview(qint64 sourceId, const QString &charge);
    /// The actions on the selected review, as the buttons do them (refund without asking:
    /// tests; the button asks first).
    void assignSelected();
    void decideSelected(const QString &status, const QString &note);
    void undoSelected();
    void refundSelectedWithoutAsking(const QString &note);
    /// Opens the investigation workspace on the selected charge's card, e-mail, IP or customer
    /// (`kind`); null when it has none. The window deletes itself when closed.
    InvestigationDialog *investigateSelected(const QString &kind);
    /// Blocks the selected charge's card, e-mail or IP (`kind`) from now on.
    void blockSelected(const QString &kind);
    /// Adds to the selection every shown open review from the selected one's IP (a burst), so
    /// that it is decided at once; how many are selected then.
    int selectSameIp();

signals:
    /// Open reviews, for the Overview and the navigation.
    void openReviewsChanged(qint64 open);
    void countsChanged(qint64 open, qint64 needsInfo);

private:
    void buildLayout();
    void requestQueue();
    void onQueue(const fraud::ReviewList &reviews, const fraud::ReviewCounts &counts);
    void onDetail(const fraud::ReviewDetail &detail);
    void onSelectionChanged();
    void askRefund();
    void updateButtons();
    const store::FraudReview *selected() const;
    /// Every selected review (several: decided together), the current one first.
    std::vector<const store::FraudReview *> chosen() const;
    void sendChange(const std::string &kind, const QString &status, const QString &note);
    QString noteText() const;

    fraud::FraudDesk *m_desk;
    QString m_user;
    ReviewsModel *m_model;
    QTableView *m_table;
    QComboBox *m_filter;
    QCheckBox *m_mine;
    QLabel *m_summary;
    QLabel *m_problem;
    QTextBrowser *m_detail;
    QLineEdit *m_note;
    QPushButton *m_assign, *m_approve, *m_fraudulent, *m_needsInfo, *m_undo, *m_refund;
    QPushButton *m_burst; // selects the open reviews from the selected one's IP
    QToolButton *m_list;
    QTabWidget *m_tabs = nullptr;
    RulesPanel *m_rules = nullptr;
    QToolButton *m_investigate;
    std::optional<fraud::ReviewDetail> m_shown;
    fraud::ReviewCounts m_counts;
};

} // namespace paydeck::ui
