#include "main_window.h"

#include "common/freshness.h"

#include "alerts/alerts_model.h"
#include "alerts/alerts_page.h"
#include "analytics/analytics_page.h"
#include "fraud/fraud_page.h"
#include "overview/overview_page.h"
#include "payouts/payouts_page.h"
#include "reconcile/reconcile_actions.h"
#include "reconciliation/reconciliation_page.h"
#include "settings/settings_dialog.h"
#include "settings/source_dialog.h"
#include "sources/sources_model.h"
#include "transactions/transactions_page.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paydeck::ui {

MainWindow::MainWindow(store::StoreReader *reader,
                       sync::SyncService *sync,
                       reconcile::ReconcileService *reconcileService,
                       analytics::AnalyticsService *analytics,
                       alerts::AlertService *alerts,
                       store::ChangeCoalescer *changes,
                       fraud::FraudDesk *fraud,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_reader(reader)
    , m_sync(sync)
    , m_analyticsService(analytics)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(analytics, this))
    , m_analytics(new AnalyticsPage(analytics, this))
    , m_alerts(new AlertsPage(alerts, this))
    , m_fraud(new FraudPage(fraud, reconcile::currentUser(), this))
    , m_alertBadge(new QPushButton(this))
    , m_transactions(new TransactionsPage(reader, this))
    , m_reconciliation(new ReconciliationPage(reconcileService, this))
    , m_payouts(new PayoutsPage(this))
    , m_sourcesModel(new SourcesModel(this))
    , m_banner(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_overviewTimer(new QTimer(this))
{
    setWindowTitle(tr("Paydeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/paydeck.svg")));
    // Roomy where there is room; never larger than the screen (a 1366×768 laptop included).
    QSize size(1360, 820);
    if (const QScreen *current = screen())
        size = size.boundedTo(current->availableSize());
    resize(size);

    m_navigation->addItem(tr("Overview"));
    m_navigation->addItem(tr("Alerts"));
    m_navigation->addItem(tr("Fraud"));
    m_navigation->addItem(tr("Analytics"));
    m_navigation->addItem(tr("Transactions"));
    m_navigation->addItem(tr("Reconciliation"));
    m_navigation->addItem(tr("Payouts"));
    m_navigation->addItem(tr("Sources"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setAccessibleName(tr("Screens"));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_alerts);
    m_pages->addWidget(m_fraud);
    // Open reviews on the Overview and in the navigation ("Fraud (3)").
    connect(m_fraud, &FraudPage::openReviewsChanged, this, [this](qint64 open) {
        m_navigation->item(FraudScreen)
            ->setText(open > 0 ? tr("Fraud (%1)").arg(open) : tr("Fraud"));
    });
    connect(m_fraud, &FraudPage::countsChanged, m_overview, &OverviewPage::setOpenReviews);
    connect(m_overview, &OverviewPage::reviewsRequested, this, [this] { showPage(FraudScreen); });
    m_pages->addWidget(m_analytics);
    m_pages->addWidget(m_transactions);
    m_pages->addWidget(m_reconciliation);
    m_pages->addWidget(m_payouts);
    auto *sourcesView = new QTableView(this);
    sourcesView->setModel(m_sourcesModel);
    sourcesView->setObjectName(QStringLiteral("sourcesView"));
    sourcesView->verticalHeader()->hide();
    sourcesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    sourcesView->horizontalHeader()->setStretchLastSection(true);
    sourcesView->setAlternatingRowColors(true);
    sourcesView->setWordWrap(false);
    sourcesView->setColumnWidth(0, 140);
    sourcesView->setColumnWidth(1, 260);
    sourcesView->setColumnWidth(2, 150);
    sourcesView->setColumnWidth(4, 160);
    // The lag grows between updates: redraw once a second.
    auto *tick = new QTimer(sourcesView);
    connect(tick, &QTimer::timeout, sourcesView->viewport(), qOverload<>(&QWidget::update));
    tick->start(1000);
    m_pages->addWidget(sourcesView);

    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    m_banner->setText(tr("Sandbox data — a simulated Stripe account running on this computer. "
                         "Add your own account under File › Add Stripe account…"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusLabel, 1);
    // The alert badge: red while something fires; a click opens the alert centre.
    m_alertBadge->setObjectName(QStringLiteral("alertBadge"));
    m_alertBadge->setFlat(true);
    m_alertBadge->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_alertBadge->hide();
    statusBar()->addPermanentWidget(m_alertBadge);
    connect(m_alertBadge, &QPushButton::clicked, this, [this] { showPage(AlertsScreen); });
    connect(m_alerts, &AlertsPage::firingChanged, this, &MainWindow::onFiringChanged);
    connect(m_alerts, &AlertsPage::drillDownRequested, this, &MainWindow::requestDrillDown);
    connect(m_alerts, &AlertsPage::operationsRequested, this, [this](alerts::Concern concern) {
        if (concern == alerts::Concern::Payouts) {
            showPage(PayoutsScreen);
            m_payouts->showAttention();
        } else if (concern == alerts::Concern::Fraud) {
            showPage(FraudScreen);
        } else {
            showPage(concern == alerts::Concern::Reconciliation ? ReconciliationScreen
                                                                : SourcesScreen);
        }
    });
    if (alerts) {
        connect(alerts,
                &alerts::AlertService::transitioned,
                this,
                &MainWindow::notify,
                Qt::QueuedConnection);
        connect(alerts,
                &alerts::AlertService::failed,
                this,
                &MainWindow::onProblem,
                Qt::QueuedConnection);
    }
    // Desktop notifications where the desktop has a tray (freedesktop's, through Qt).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Paydeck"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPage(AlertsScreen);
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_statusLabel->setText(tr("Starting…"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add Stripe account…"), this, &MainWindow::addSource);
    file->addAction(tr("&Edit Stripe account…"), this, &MainWindow::editSource);
    file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_reconciliation->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_reconciliation->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(tr("Sync &now"), QKeySequence::Refresh, this, [this] {
        QMetaObject::invokeMethod(m_sync, &sync::SyncService::syncNow, Qt::QueuedConnection);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paydeck"), this, [this] {
        QMessageBox::about(
            this,
            tr("About Paydeck"),
            tr("<b>Paydeck %1</b><p>A finance-operations console for payments: live sync "
               "from Stripe, a local store, analytics and reconciliation.</p>")
                .arg(QStringLiteral(PAYDECK_VERSION)));
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_navigation->setCurrentRow(0);
    if (analytics) {
        // The figures follow the engine, which follows the change feed.
        connect(analytics,
                &analytics::AnalyticsService::updated,
                m_overview,
                &OverviewPage::refresh,
                Qt::QueuedConnection);
        connect(analytics,
                &analytics::AnalyticsService::drillDownReady,
                this,
                &MainWindow::onDrillDown,
                Qt::QueuedConnection);
        connect(analytics,
                &analytics::AnalyticsService::failed,
                this,
                &MainWindow::onProblem,
                Qt::QueuedConnection);
    }
    connect(m_analytics,
            &AnalyticsPage::reportingCurrencyChanged,
            m_overview,
            &OverviewPage::setReportingCurrency);
    connect(m_analytics, &AnalyticsPage::drillDownRequested, this, &MainWindow::requestDrillDown);
    connect(m_analytics, &AnalyticsPage::message, this, &MainWindow::onProblem);
    connect(
        reader, &store::StoreReader::failed, this, &MainWindow::onProblem, Qt::QueuedConnection);
    connect(reader,
            &store::StoreReader::sourceFetched,
            this,
            &MainWindow::onSourceFetched,
            Qt::QueuedConnection);
    connect(
        sync, &sync::SyncService::statusChanged, this, &MainWindow::onStatus, Qt::QueuedConnection);
    // Screens follow the store's change feed, whoever wrote: sync, imports, runs, decisions.
    connect(changes, &store::ChangeCoalescer::changed, this, &MainWindow::onStoreChanged);
    connect(sync, &sync::SyncService::problem, this, &MainWindow::onProblem, Qt::QueuedConnection);
    connect(m_reconciliation, &ReconciliationPage::message, this, &MainWindow::onProblem);
    // A bank line in a transaction's trail opens its payout's trail on the Reconciliation screen.
    connect(m_transactions,
            &TransactionsPage::payoutTrailRequested,
            this,
            [this](const QString &payoutId) {
                showPage(ReconciliationScreen);
                m_reconciliation->showPayoutTrail(payoutId);
            });

    // The payout calendar reads on the reader's thread; a double-click opens a payout's trail.
    connect(m_payouts, &PayoutsPage::refreshRequested, reader, [reader] {
        QMetaObject::invokeMethod(reader, &store::StoreReader::fetchPayoutCalendar);
    });
    connect(reader,
            &store::StoreReader::payoutCalendarReady,
            m_payouts,
            &PayoutsPage::setPayouts,
            Qt::QueuedConnection);
    connect(m_payouts, &PayoutsPage::payoutTrailRequested, this, [this](const QString &payoutId) {
        showPage(ReconciliationScreen);
        m_reconciliation->showPayoutTrail(payoutId);
    });

    // "Today" moves on even when no data arrives.
    m_overviewTimer->setInterval(30000);
    connect(m_overviewTimer, &QTimer::timeout, m_overview, &OverviewPage::refresh);
    // "data as of", "last synced … ago" age with the clock.
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::updateStatusLabel);
    m_overviewTimer->start();
    m_overview->refresh();
    m_transactions->refresh();
    m_reconciliation->refresh();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

void MainWindow::requestDrillDown(const analytics::Filter &filter, const QString &title)
{
    if (!m_analyticsService)
        return;
    analytics::DrillRequest request{++m_drillRequest, filter, title};
    statusBar()->showMessage(tr("Finding %1…").arg(title), 5000);
    QMetaObject::invokeMethod(
        m_analyticsService,
        [service = m_analyticsService, request] { service->requestDrillDown(request); },
        Qt::QueuedConnection);
}

void MainWindow::onDrillDown(const analytics::DrillAnswer &answer)
{
    if (answer.id != m_drillRequest)
        return; // a later click asked again
    m_transactions->showDrillDown(answer);
    showPage(TransactionsScreen);
}

void MainWindow::onStoreChanged(const store::ChangeSet &change)
{
    if (change.touches(store::ChangeSet::Objects))
        m_transactions->refresh();
    // New payouts or charges change what there is to reconcile; imports, runs and decisions
    // change the rest of the screen.
    constexpr quint32 reconciliation = store::ChangeSet::BankStatements | store::ChangeSet::Ledger
                                       | store::ChangeSet::Reconciliation
                                       | store::ChangeSet::Decisions;
    if ((change.domains & reconciliation) != 0 || change.touches(ObjectType::Payout)
        || change.touches(ObjectType::Charge))
        m_reconciliation->refresh();
    // Where the payouts' money stands: payouts, statements, runs and decisions change it.
    if ((change.domains & reconciliation) != 0 || change.touches(ObjectType::Payout))
        QMetaObject::invokeMethod(m_reader, &store::StoreReader::fetchPayoutCalendar);
}

void MainWindow::onStatus(const sync::SourceStatus &status)
{
    m_statuses.insert(status.sourceId, status);
    m_sourcesModel->update(status);
    const bool sandbox = std::any_of(m_statuses.begin(),
                                     m_statuses.end(),
                                     [](const sync::SourceStatus &s) { return s.isSandbox; });
    if (sandbox != m_sandbox) {
        m_sandbox = sandbox;
        m_banner->setVisible(sandbox);
        setWindowTitle(sandbox ? tr("Paydeck — Sandbox data") : tr("Paydeck"));
    }
    updateStatusLabel();
}

QString MainWindow::alertBadgeText() const
{
    return m_alertBadge->isHidden() ? QString() : m_alertBadge->text();
}

void MainWindow::onFiringChanged(int firing)
{
    m_alertBadge->setText(tr("● %n firing", nullptr, firing));
    m_alertBadge->setVisible(firing > 0);
    m_alertBadge->setToolTip(tr("Open the alert centre"));
}

void MainWindow::notify(const QList<paydeck::alerts::Transition> &transitions)
{
    for (const alerts::Transition &t : transitions) {
        if (t.to != alerts::State::Firing && t.from != alerts::State::Firing)
            continue;
        const int row = m_alerts->model()->rowOf(t.ruleId);
        const alerts::AlertView *view = m_alerts->model()->alertAt(row);
        if (view && view->silenced)
            continue; // silenced: shown in the centre, never pushed
        const QString name = view ? view->rule.name : t.ruleId;
        const QString text = t.to == alerts::State::Firing ? tr("Firing: %1").arg(name)
                                                           : tr("Resolved: %1").arg(name);
        statusBar()->showMessage(text, 15000);
        if (m_tray)
            m_tray->showMessage(tr("Paydeck alert"),
                                text,
                                t.to == alerts::State::Firing ? QSystemTrayIcon::Warning
                                                              : QSystemTrayIcon::Information);
    }
}

QString MainWindow::sourceStatusText() const
{
    return m_statusLabel->text();
}

bool MainWindow::showsSandboxBanner() const
{
    return m_sandbox;
}

void MainWindow::updateStatusLabel()
{
    QStringList parts;
    QStringList tips;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const sync::SourceStatus &s : m_statuses) {
        parts << QStringLiteral("%1 %2: %3")
                     .arg(s.state == sync::SourceStatus::State::Failed ? QStringLiteral("✖")
                                                                       : QStringLiteral("●"),
                          s.name,
                          sourceStateText(s, now));
        tips << QStringLiteral("%1 — %2").arg(s.name, s.url);
    }
    m_statusLabel->setText(parts.join(QStringLiteral("   ")));
    m_statusLabel->setToolTip(tips.join(u'\n'));
    m_overview->setStaleness(stalenessNote(m_statuses.values(), now), firstSyncRunning());
}

bool MainWindow::firstSyncRunning() const
{
    return std::any_of(m_statuses.begin(), m_statuses.end(), [](const sync::SourceStatus &s) {
        return s.lastSuccess <= 0 && s.state != sync::SourceStatus::State::Failed;
    });
}

void MainWindow::onProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::addSource()
{
    SourceDialog dialog(store::SourceConfig{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::SourceConfig source = dialog.source();
    QMetaObject::invokeMethod(
        m_sync, [sync = m_sync, source] { sync->saveSource(source); }, Qt::QueuedConnection);
}

void MainWindow::editSource()
{
    QStringList names;
    for (const sync::SourceStatus &status : m_statuses) {
        if (!status.isSandbox)
            names << status.name;
    }
    if (names.isEmpty()) {
        QMessageBox::information(
            this,
            tr("Edit Stripe account"),
            tr("There is no Stripe account to edit yet; the sandbox needs no settings."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Edit Stripe account"), tr("Account:"), names, 0, false, &ok);
    if (!ok)
        return;
    // The dialog starts from the stored settings, read on the reader thread.
    store::StoreReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, name] { reader->fetchSource(name); }, Qt::QueuedConnection);
}

void MainWindow::onSourceFetched(const store::SourceConfig &source)
{
    if (source.id == 0)
        return;
    SourceDialog dialog(source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::SourceConfig edited = dialog.source();
    QMetaObject::invokeMethod(
        m_sync, [sync = m_sync, edited] { sync->saveSource(edited); }, Qt::QueuedConnection);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

} // namespace paydeck::ui
