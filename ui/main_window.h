#pragma once

#include "alerts/alert_service.h"
#include "analytics/analytics_service.h"
#include "fraud/fraud_desk.h"
#include "reconcile/reconcile_service.h"
#include "store/change_feed.h"
#include "store/store_reader.h"
#include "sync/sync_service.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;
class QStackedWidget;
class QTimer;

namespace paydeck::ui {

class AlertsPage;
class AnalyticsPage;
class FraudPage;
class OverviewPage;
class PayoutsPage;
class ReconciliationPage;
class SourcesModel;
class TransactionsPage;

/// The console: navigation, the screens, a banner when the data is the sandbox's, and a status
/// bar with each source's sync state. Everything slow happens on the reader and network threads.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        OverviewScreen,
        AlertsScreen,
        FraudScreen,
        AnalyticsScreen,
        TransactionsScreen,
        ReconciliationScreen,
        PayoutsScreen,
        SourcesScreen
    };
    MainWindow(store::StoreReader *reader,
               sync::SyncService *sync,
               reconcile::ReconcileService *reconcileService,
               analytics::AnalyticsService *analytics,
               alerts::AlertService *alerts,
               store::ChangeCoalescer *changes,
               fraud::FraudDesk *fraud = nullptr,
               QWidget *parent = nullptr);

    OverviewPage *overview() const { return m_overview; }
    AnalyticsPage *analytics() const { return m_analytics; }
    AlertsPage *alerts() const { return m_alerts; }
    FraudPage *fraud() const { return m_fraud; }
    /// The status bar's alert badge: "2 firing", empty when nothing fires.
    QString alertBadgeText() const;
    TransactionsPage *transactions() const { return m_transactions; }
    ReconciliationPage *reconciliation() const { return m_reconciliation; }
    PayoutsPage *payouts() const { return m_payouts; }
    SourcesModel *sources() const { return m_sourcesModel; }
    void showPage(int index);
    int pageCount() const;
    int currentPage() const;
    QString sourceStatusText() const;
    bool showsSandboxBanner() const;

public slots:
    void onStoreChanged(const paydeck::store::ChangeSet &change);
    void onStatus(const paydeck::sync::SourceStatus &status);
    void onProblem(const QString &message);

private:
    void requestDrillDown(const analytics::Filter &filter, const QString &title);
    void onDrillDown(const analytics::DrillAnswer &answer);
    void addSource();
    void editSource();
    void onSourceFetched(const store::SourceConfig &source);
    void openSettings();
    void updateStatusLabel();
    void onFiringChanged(int firing);
    void notify(const QList<paydeck::alerts::Transition> &transitions);
    bool firstSyncRunning() const;

    store::StoreReader *m_reader;
    sync::SyncService *m_sync;
    analytics::AnalyticsService *m_analyticsService;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    AnalyticsPage *m_analytics;
    AlertsPage *m_alerts;
    FraudPage *m_fraud;
    QPushButton *m_alertBadge;
    QSystemTrayIcon *m_tray = nullptr;
    TransactionsPage *m_transactions;
    ReconciliationPage *m_reconciliation;
    PayoutsPage *m_payouts;
    SourcesModel *m_sourcesModel;
    QLabel *m_banner;
    QLabel *m_statusLabel;
    QTimer *m_overviewTimer;
    QMap<qint64, sync::SourceStatus> m_statuses;
    bool m_sandbox = false;
    quint64 m_drillRequest = 0;
};

} // namespace paydeck::ui
