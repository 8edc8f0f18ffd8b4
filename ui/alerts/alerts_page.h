#pragma once

#include "alerts/alert_service.h"
#include "alerts/notification_center.h"
#include "analytics/analytics_engine.h"

#include <QWidget>

class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;

namespace paydeck::ui {

class NotificationsDialog;
class RuleEditor;

class AlertsModel;
class ChartView;

/// The alert centre: every rule's alert, firing first; the selected one's rule in words, its
/// metric over the last day against its threshold or what is normal, and what to do about it —
/// acknowledge with a note, silence its team for a while, open the payments behind it.
class AlertsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(alerts::AlertService *service, QWidget *parent = nullptr);
    AlertsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    /// Selects the rule's alert (the status bar's badge, a notification).
    void showAlert(const QString &ruleId);
    /// The selected alert's metric, as last drawn (tests).
    int historyPoints() const { return m_historyPoints; }
    /// Whose metric the chart shows.
    QString drawnRule() const { return m_drawnRule; }
    /// Acknowledges the selected alert without asking (tests; the button asks for a note).
    void acknowledgeSelected(const QString &note);
    /// Opens what is behind the selected alert: its payments, or the screen of the machinery
    /// it watches.
    void openWhatIsBehind() { showTransactions(); }
    QString drillDownButtonText() const;
    /// Opens the rule editor on the rule (empty: a new rule); it backtests and saves through
    /// the alert service. The dialog is window-modal and deletes itself when closed.
    RuleEditor *editRule(const QString &ruleId);
    /// Where alerts are sent (the Notifications… button; none: the button is hidden).
    void setNotificationCenter(alerts::NotificationCenter *center);
    /// Opens the notification settings and delivery log (window-modal, deleted when closed).
    NotificationsDialog *openNotifications();

public slots:
    void onSnapshot(const paydeck::alerts::AlertSnapshot &snapshot);
    void onHistory(const QString &ruleId, const paydeck::alerts::Backtest &history);

signals:
    void drillDownRequested(const paydeck::analytics::Filter &filter, const QString &title);
    /// An alert about the machinery: the screen that shows it (payouts, sources,
    /// reconciliation) is wanted.
    void operationsRequested(paydeck::alerts::Concern concern);
    void firingChanged(int firing);

private:
    alerts::NotificationCenter *m_notifications = nullptr;
    QPushButton *m_notificationsButton = nullptr;
    void onSelectionChanged();
    void acknowledge();
    void silence();
    void showTransactions();
    static QString drillDownText(alerts::Metric metric);
    QString selectedRule() const;

    alerts::AlertService *m_service;
    AlertsModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_detail;
    ChartView *m_chart;
    QPushButton *m_acknowledge, *m_silence, *m_transactions;
    QString m_historyRule, m_drawnRule;
    qint64 m_historyAt = 0;
    int m_historyPoints = 0;
    int m_firing = -1;
};

} // namespace paydeck::ui
