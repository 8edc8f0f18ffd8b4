// The real window on the embedded default: it starts its sandbox, syncs, and every screen shows
// the sandbox's data. Offscreen in CI.
#include "alerts/alerts_model.h"
#include "alerts/alerts_page.h"
#include "alerts/notifications_dialog.h"
#include "alerts/rule_editor.h"
#include "analytics/analytics_charts.h"
#include "analytics/analytics_page.h"
#include "charts/chart_view.h"
#include "fx/fx_import.h"
#include "main_window.h"
#include "overview/kpi_tile.h"
#include "overview/overview_page.h"
#include "payouts/payout_models.h"
#include "payouts/payouts_page.h"
#include "reconcile/reconcile_service.h"
#include "reconciliation/exceptions_model.h"
#include "reconciliation/reconciliation_page.h"
#include "sandbox/embedded_sandbox.h"
#include "secrets/secret_store.h"
#include "settings/source_dialog.h"
#include "sources/sources_model.h"
#include "store/change_feed.h"
#include "store/session.h"
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "sync/sync_service.h"
#include "transactions/drill_down_model.h"
#include "transactions/drill_down_panel.h"
#include "transactions/transactions_model.h"
#include "transactions/transactions_page.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>

using namespace paydeck;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void embeddedDefaultEndToEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydeck.sqlite"));
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        QThread networkThread;
        sandbox::EmbeddedSandbox embeddedSandbox;
        const QString dataDir = dir.path();
        auto *sync
            = new sync::SyncService(dir.path(),
                                    &writer,
                                    std::make_shared<secrets::FileSecretStore>(
                                        dir.filePath(QStringLiteral("secrets.json"))),
                                    sync::EmbeddedDefault{[&embeddedSandbox, dataDir] {
                                                              return embeddedSandbox.start(dataDir);
                                                          },
                                                          [&embeddedSandbox] {
                                                              embeddedSandbox.stop();
                                                          }});
        sync->moveToThread(&networkThread);
        QThread readerThread;
        auto *reader = new store::StoreReader(path);
        reader->moveToThread(&readerThread);
        QThread reconcileThread;
        auto *worker = new reconcile::ReconcileService(path, &writer);
        worker->moveToThread(&reconcileThread);
        QThread analyticsThread;
        auto *analytics = new analytics::AnalyticsService(path);
        analytics->moveToThread(&analyticsThread);
        QThread alertsThread;
        auto *alertService = new alerts::AlertService(path, &writer);
        alertService->moveToThread(&alertsThread);
        auto *notifications = new alerts::NotificationCenter(
            path,
            &writer,
            std::make_shared<secrets::FileSecretStore>(
                dir.filePath(QStringLiteral("notify-secrets.json"))));
        notifications->moveToThread(&alertsThread);
        connect(alertService,
                &alerts::AlertService::evaluated,
                notifications->notifier(),
                &alerts::AlertNotifier::onSnapshot);
        connect(&writer,
                &store::StoreWriter::committed,
                alertService,
                &alerts::AlertService::applyChange,
                Qt::QueuedConnection);
        store::ChangeCoalescer changes(300);
        connect(&writer, &store::StoreWriter::committed, &changes, &store::ChangeCoalescer::add);
        connect(
            &changes, &store::ChangeCoalescer::changed, reader, &store::StoreReader::applyChange);
        connect(&changes,
                &store::ChangeCoalescer::changed,
                analytics,
                &analytics::AnalyticsService::applyChange);
        networkThread.start();
        readerThread.start();
        reconcileThread.start();
        analyticsThread.start();
        alertsThread.start();
        QMetaObject::invokeMethod(
            analytics, &analytics::AnalyticsService::start, Qt::QueuedConnection);
        QMetaObject::invokeMethod(alertService, &alerts::AlertService::start, Qt::QueuedConnection);
        // Torn down in order however the test ends.
        struct Teardown
        {
            sync::SyncService *sync;
            store::StoreReader *reader;
            QThread &network;
            QThread &readerThread;
            store::StoreWriter &writer;
            reconcile::ReconcileService *worker;
            QThread &reconcileThread;
            analytics::AnalyticsService *analytics;
            QThread &analyticsThread;
            alerts::AlertService *alerts;
            QThread &alertsThread;
            alerts::NotificationCenter *notifications;
            ~Teardown()
            {
                QMetaObject::invokeMethod(
                    notifications, [n = notifications] { delete n; }, Qt::BlockingQueuedConnection);
                QMetaObject::invokeMethod(
                    alerts, [a = alerts] { delete a; }, Qt::BlockingQueuedConnection);
                alertsThread.quit();
                alertsThread.wait();
                QMetaObject::invokeMethod(
                    analytics, [a = analytics] { delete a; }, Qt::BlockingQueuedConnection);
                analyticsThread.quit();
                analyticsThread.wait();
                QMetaObject::invokeMethod(
                    worker, [w = worker] { delete w; }, Qt::BlockingQueuedConnection);
                reconcileThread.quit();
                reconcileThread.wait();
                QMetaObject::invokeMethod(
                    sync,
                    [s = sync] {
                        s->stop();
                        delete s;
                    },
                    Qt::BlockingQueuedConnection);
                network.quit();
                network.wait();
                QMetaObject::invokeMethod(
                    reader, [r = reader] { delete r; }, Qt::BlockingQueuedConnection);
                readerThread.quit();
                readerThread.wait();
                writer.stop();
            }
        } teardown{sync,
                   reader,
                   networkThread,
                   readerThread,
                   writer,
                   worker,
                   reconcileThread,
                   analytics,
                   analyticsThread,
                   alertService,
                   alertsThread,
                   notifications};
        {
            ui::MainWindow window(reader, sync, worker, analytics, alertService, &changes);
            window.alerts()->setNotificationCenter(notifications);
            // As at start-up: the sandbox's files are named before they exist.
            window.reconciliation()->setSandboxFiles(
                sandbox::EmbeddedSandbox::statementPath(dir.path()),
                sandbox::EmbeddedSandbox::ledgerPath(dir.path()));
            QAbstractItemModelTester tester(window.transactions()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester sourcesTester(
                window.sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QMetaObject::invokeMethod(sync, &sync::SyncService::start, Qt::QueuedConnection);

            // The sandbox becomes the source, the window says so, and the first sync completes.
            QTRY_VERIFY_WITH_TIMEOUT(window.showsSandboxBanner(), 60000);
            QVERIFY(window.windowTitle().contains(u"Sandbox"));
            // While the first sync fills the store the Overview says so: loading, not "no
            // payments", and no chart with made-up axes.
            saveScreenshot(window, QStringLiteral("overview-first-sync"));
            if (window.sourceStatusText().contains(u"first sync")) {
                QVERIFY2(window.overview()->stalenessNote().contains(u"first sync"),
                         qPrintable(window.overview()->stalenessNote()));
                if (window.overview()->week().balanceTransactions == 0)
                    QVERIFY2(!window.overview()->chartNote().contains(u"No payments"),
                             qPrintable(window.overview()->chartNote()));
            }
            QTRY_VERIFY_WITH_TIMEOUT(window.sourceStatusText().contains(u"up to date"), 120000);
            QVERIFY(window.overview()->stalenessNote().isEmpty()); // current: no note
            // The embedded default has exchange rates too: the sandbox's feed, in the store,
            // with a rate for USD and none for BHD (the ECB publishes none).
            const auto rates = [&path] {
                auto session = store::openSession(path, store::Access::ReadOnly);
                if (!session)
                    return fx::FxTable();
                auto table = fx::loadFxTable(*session.value());
                return table ? table.value() : fx::FxTable();
            };
            QTRY_VERIFY_WITH_TIMEOUT(!rates().isEmpty(), 30000);
            QVERIFY(rates().rateOn(QStringLiteral("USD"), QDate::currentDate()).has_value());
            QVERIFY(!rates().rateOn(QStringLiteral("BHD"), QDate::currentDate()).has_value());
            // The Reconciliation screen follows the change feed: the payouts that arrived and
            // the sandbox's statement are there without a restart or a manual refresh.
            QTRY_VERIFY_WITH_TIMEOUT(window.reconciliation()->offersSandboxImport(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(
                !window.reconciliation()->summaryText().contains(u"reconcile 0 payout"), 30000);

            // Overview: KPI figures in the reporting currency, from the engine, and a chart.
            window.showPage(ui::MainWindow::OverviewScreen);
            QTRY_VERIFY_WITH_TIMEOUT(window.overview()->hours().balanceTransactions >= 60000,
                                     90000);
            const analytics::Dashboard &week = window.overview()->week();
            QCOMPARE(week.reportingCurrency, QStringLiteral("EUR"));
            QVERIFY(week.current.gross > 0);
            QVERIFY(week.current.declined > 0);
            QVERIFY(week.withoutRate.contains(QStringLiteral("BHD"))); // named, not converted
            // Per-currency detail and the rates in the tooltip.
            QVERIFY2(window.overview()->grossTile()->toolTip().contains(u"1 USD = "),
                     qPrintable(window.overview()->grossTile()->toolTip()));
            QVERIFY(!window.overview()->chart()->series().isEmpty());
            saveScreenshot(window, QStringLiteral("overview"));
            window.showPage(ui::MainWindow::SourcesScreen);
            QTest::qWait(200);
            saveScreenshot(window, QStringLiteral("sources"));
            analyticsScreen(window, dir.path());

            // Transactions: rows, sorting, a detail pane with every field.
            window.showPage(ui::MainWindow::TransactionsScreen);
            window.transactions()->closeDrillDown();
            ui::TransactionsPage *page = window.transactions();
            QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 60000, 90000);
            page->view()->sortByColumn(int(store::TransactionColumn::Amount), Qt::DescendingOrder);
            QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 30000);
            page->view()->selectRow(0);
            // The trail first (charge → transaction → payout → bank line), then every field.
            QTRY_VERIFY_WITH_TIMEOUT(page->detail()->topLevelItemCount() >= 2
                                         && page->detail()->topLevelItem(0)->text(0) == u"Trail",
                                     30000);
            const QTreeWidgetItem *trail = page->detail()->topLevelItem(0);
            QVERIFY(trail->childCount() >= 3);
            // The trail is the selected transaction's (rows may have moved since: live data).
            const QString selectedId
                = page->model()
                      ->data(page->model()->index(page->view()->currentIndex().row(),
                                                  int(store::TransactionColumn::Id)))
                      .toString();
            QString trailTransaction;
            for (int i = 0; i < trail->childCount(); ++i) {
                if (trail->child(i)->text(0) == u"Transaction")
                    trailTransaction = trail->child(i)->text(1);
            }
            QCOMPARE(trailTransaction, selectedId);
            QCOMPARE(page->detail()->topLevelItem(1)->text(0),
                     QStringLiteral("balance_transactions"));
            QVERIFY(page->detail()->topLevelItem(1)->childCount() >= 10);
            // Money in the detail pane is shown in its currency, not as minor units.
            const QTreeWidgetItem *shown = page->detail()->topLevelItem(1);
            for (int i = 0; i < shown->childCount(); ++i) {
                if (shown->child(i)->text(0) != u"amount")
                    continue;
                bool bareNumber = false;
                shown->child(i)->text(1).toLongLong(&bareNumber);
                QVERIFY2(!bareNumber, qPrintable(shown->child(i)->text(1)));
            }
            QVERIFY(page->countText().contains(u"within each currency")); // sorted by amount
            saveScreenshot(window, QStringLiteral("transactions"));
            // The detail follows the selection: a search that drops the row empties it.
            page->search(QStringLiteral("no such transaction anywhere"));
            QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(page->detail()->topLevelItemCount(), 0, 10000);
            // An empty result says so, with what was searched and how the search works.
            QTRY_VERIFY_WITH_TIMEOUT(page->hintText().contains(u"no such transaction anywhere"),
                                     10000);
            saveScreenshot(window, QStringLiteral("transactions-no-match"));
            page->search(QString());
            QTRY_VERIFY_WITH_TIMEOUT(page->hintText().isEmpty(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 60000, 90000);
            // Sources: the sandbox's endpoint with its health.
            QTRY_VERIFY_WITH_TIMEOUT(window.sources()->rowCount() >= 1, 30000);
            QVERIFY(window.sources()
                        ->data(window.sources()->index(0, 1))
                        .toString()
                        .startsWith(u"https://127.0.0.1:"));
            QVERIFY(
                !window.sources()
                     ->data(window.sources()->index(0, int(ui::SourcesModel::Column::LatencyP50)))
                     .toString()
                     .isEmpty());
            alertCentre(window);
            reconcileTheSandboxMonth(window, dir.path());
            payoutCalendar(window);
            followABankLineFromATransaction(window);
            for (int i = 0; i < window.pageCount(); ++i) {
                window.showPage(i);
                QTest::qWait(50);
            }
        }
    }

    /// The alert centre: every default rule with its state, the selected one's metric over the
    /// last day drawn against what is normal, and the payments behind it a click away.
    static void alertCentre(ui::MainWindow &window)
    {
        window.showPage(ui::MainWindow::AlertsScreen);
        ui::AlertsPage *page = window.alerts();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 7, 30000);
        QVERIFY2(page->summaryText().contains(u"firing"), qPrintable(page->summaryText()));
        page->showAlert(QStringLiteral("decline_spike"));
        QTRY_COMPARE_WITH_TIMEOUT(page->drawnRule(), QStringLiteral("decline_spike"), 30000);
        QVERIFY(page->historyPoints() > 100); // a day, by the minute
        QCOMPARE(page->table()->currentIndex().data(ui::AlertsModel::RuleIdRole).toString(),
                 QStringLiteral("decline_spike"));
        QTest::qWait(200);
        saveScreenshot(window, QStringLiteral("alerts"));
        // The badge says what fires, and is hidden when nothing does.
        const bool firing = page->model()->rowCount() > 0
                            && page->model()->alertAt(0)->record.state == alerts::State::Firing;
        QCOMPARE(window.alertBadgeText().isEmpty(), !firing);
        editAndBacktestARule(page);
        notificationTargets(page);
    }

    /// Notification targets set on the alert centre are kept (and read back when it opens
    /// again); one Paydeck may not send to is refused with its reason.
    static void notificationTargets(ui::AlertsPage *page)
    {
        QPointer<ui::NotificationsDialog> dialog = page->openNotifications();
        QVERIFY(dialog);
        dialog->addTarget(QStringLiteral("http://alerts.example.com/hook"));
        dialog->saveTargets();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problemText().contains(u"alerts.example.com"), 10000);
        dialog->targetsTable()->removeRow(0);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        dialog = page->openNotifications();
        dialog->addTarget(QStringLiteral("http://127.0.0.1:9/paydeck"), QStringLiteral("whsec_x"));
        QSignalSpy saved(dialog.data(), &ui::NotificationsDialog::saved);
        dialog->saveTargets();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        dialog = page->openNotifications();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->targetsTable()->rowCount(), 1, 10000);
        QCOMPARE(dialog->targetsTable()->item(0, 0)->text(),
                 QStringLiteral("http://127.0.0.1:9/paydeck"));
        QCOMPARE(dialog->targetsTable()->item(0, 4)->text(), QStringLiteral("kept"));
        QTest::qWait(100);
        saveScreenshot(*dialog, QStringLiteral("notifications"));
        dialog->close();
    }

    /// The rule editor: a rule backtested over the last 30 days before it is saved (the
    /// sandbox's decline spike of two days ago found), a wrong rule refused as an import would
    /// refuse it, and a save that makes a new version.
    static void editAndBacktestARule(ui::AlertsPage *page)
    {
        QPointer<ui::RuleEditor> editor = page->editRule(QStringLiteral("decline_spike"));
        QVERIFY(editor);
        QCOMPARE(editor->idField()->text(), QStringLiteral("decline_spike"));
        QVERIFY(editor->idField()->isReadOnly());
        editor->runBacktest();
        QTRY_VERIFY_WITH_TIMEOUT(editor->backtestFirings() >= 0, 60000);
        QVERIFY2(editor->backtestFirings() >= 1, qPrintable(editor->backtestText()));
        QVERIFY2(editor->backtestText().contains(u"30 days"), qPrintable(editor->backtestText()));
        QTest::qWait(200);
        saveScreenshot(*editor, QStringLiteral("rule-editor"));
        // An amount needs a currency: refused, naming the field, nothing sent.
        const int metric = editor->metricField()->currentIndex();
        editor->metricField()->setCurrentIndex(int(alerts::Metric::LargePayment));
        QVERIFY(!editor->rule().ok());
        QVERIFY(editor->rule().error().contains(u"filter.currency"));
        editor->metricField()->setCurrentIndex(metric);
        editor->thresholdField()->setValue(6.5);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto *a
                    = page->model()->alertAt(page->model()->rowOf(QStringLiteral("decline_spike")));
                return a && a->rule.version == 2 && a->rule.threshold == 6.5;
            }(),
            10000);
        QTRY_VERIFY(editor.isNull()); // closed and deleted
    }

    /// The payout calendar after the sandbox's statement was reconciled: the payout the bank
    /// never received is missing, the short one arrived with another amount, and the calendar's
    /// days carry them; a double-click opens the payout's trail.
    static void payoutCalendar(ui::MainWindow &window)
    {
        // The alert centre fires for the missing payout; its button opens the calendar.
        window.showPage(ui::MainWindow::AlertsScreen);
        ui::AlertsPage *alerts = window.alerts();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int row = alerts->model()->rowOf(QStringLiteral("payout_missing"));
                return row >= 0
                       && alerts->model()->alertAt(row)->record.state == alerts::State::Firing;
            }(),
            30000);
        alerts->showAlert(QStringLiteral("payout_missing"));
        QCOMPARE(alerts->drillDownButtonText(), QStringLiteral("Show the payouts"));
        alerts->openWhatIsBehind();
        QCOMPARE(window.currentPage(), int(ui::MainWindow::PayoutsScreen));
        ui::PayoutsPage *page = window.payouts();
        QAbstractItemModelTester monthTester(
            page->monthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(page->listModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->summaryText().contains(u"1 missing"), 30000);
        QVERIFY2(page->summaryText().contains(u"1 with another amount"),
                 qPrintable(page->summaryText()));
        page->showAttention();
        QCOMPARE(page->listModel()->rowCount(), 2);
        QStringList states;
        const reconcile::ExpectedPayout *missing = nullptr;
        for (int row = 0; row < 2; ++row) {
            states << page->listModel()->index(row, ui::PayoutListModel::State).data().toString();
            if (page->listModel()->payoutAt(row)->state == reconcile::ArrivalState::Missing)
                missing = page->listModel()->payoutAt(row);
        }
        states.sort();
        QCOMPARE(states,
                 (QStringList{QStringLiteral("Another amount"), QStringLiteral("Missing")}));
        QVERIFY(missing);
        // The missing payout's day in the calendar is red with it.
        const reconcile::ExpectedPayout kept = *missing; // the list is replaced below
        missing = &kept;
        page->showMonth(missing->expected);
        const QModelIndex day = page->monthModel()->indexOf(missing->expected);
        QVERIFY(day.isValid());
        QCOMPARE(day.data(ui::PayoutMonthModel::WorstStateRole).toInt(),
                 int(reconcile::ArrivalState::Missing));
        QVERIFY(day.data(Qt::ToolTipRole).toString().contains(missing->payout.id));
        QTest::qWait(200);
        saveScreenshot(window, QStringLiteral("payouts"));
        page->showDay(missing->expected);
        QVERIFY(page->listModel()->rowCount() >= 1);
    }

    /// Analytics: the last 7 days against the 7 before, charts that save as PNG and SVG, and a
    /// bar that opens the Transactions screen with exactly the payments it counted.
    static void analyticsScreen(ui::MainWindow &window, const QString &dir)
    {
        window.showPage(ui::MainWindow::AnalyticsScreen);
        ui::AnalyticsPage *page = window.analytics();
        QTRY_VERIFY_WITH_TIMEOUT(page->dashboard().buckets.size() == 7, 30000);
        const analytics::Dashboard &d = page->dashboard();
        QVERIFY(d.compared);
        QVERIFY(d.current.taken > 0);
        QVERIFY(page->tile(ui::AnalyticsPage::Gross)->value().contains(u"€"));
        QVERIFY2(page->tile(ui::AnalyticsPage::Gross)->note().contains(u"previous period"),
                 qPrintable(page->tile(ui::AnalyticsPage::Gross)->note()));
        QVERIFY2(page->noteText().contains(u"BHD"), qPrintable(page->noteText()));
        QTest::qWait(200);
        saveScreenshot(window, QStringLiteral("analytics"));
        if (const QString shots = qEnvironmentVariable("PAYDECK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            for (int id = 0; id < ui::AnalyticsCharts::ChartCount; ++id)
                page->charts()
                    ->view(ui::AnalyticsCharts::ChartId(id))
                    ->save(shots + QStringLiteral("/analytics-chart-%1.png").arg(id));
        }

        // Every chart saves; the files are what an image viewer opens.
        ui::ChartView *volume = page->charts()->view(ui::AnalyticsCharts::Volume);
        const QString png = dir + QStringLiteral("/volume.png");
        const QString svg = dir + QStringLiteral("/volume.svg");
        QCOMPARE(volume->save(png), QString());
        QVERIFY(!QImage(png).isNull());
        QCOMPARE(volume->save(svg), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QVERIFY(!volume->save(dir + QStringLiteral("/no/such/folder/x.png")).isEmpty());

        // Drill-downs over days that are over (today's payments keep arriving): a click on the
        // largest decline reason's bar (drawn at the top, i.e. last).
        const QDate today = QDate::currentDate();
        page->setCustomRange(today.addDays(-7), today.addDays(-1));
        QTRY_VERIFY_WITH_TIMEOUT(page->dashboard().buckets.size() == 7
                                     && page->dashboard().buckets.back().end
                                            == today.startOfDay().toSecsSinceEpoch(),
                                 30000);
        QVERIFY(!d.byDecline.empty());
        const qint64 declined = d.byDecline.front().declined;
        auto *bars = qobject_cast<QAbstractBarSeries *>(
            page->charts()->view(ui::AnalyticsCharts::DeclineReasons)->chart()->series().first());
        QBarSet *set = bars->barSets().first();
        emit bars->clicked(int(set->count()) - 1, set);
        ui::TransactionsPage *transactions = window.transactions();
        QTRY_VERIFY_WITH_TIMEOUT(transactions->showsDrillDown(), 30000);
        QCOMPARE(transactions->drillDown()->model()->rowCount(), int(declined));
        QAbstractItemModelTester tester(transactions->drillDown()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < transactions->drillDown()->model()->rowCount(); ++row)
            QCOMPARE(transactions->drillDown()->model()->fact(row).detail, d.byDecline.front().key);
        QVERIFY2(transactions->drillDown()->headline().contains(QString::number(declined)),
                 qPrintable(transactions->drillDown()->headline()));
        saveScreenshot(window, QStringLiteral("analytics-drill-down"));
        // A point of the volume line: the payments taken that day.
        window.showPage(ui::MainWindow::AnalyticsScreen);
        const qint64 takenThatDay = page->dashboard().buckets[3].figures.taken;
        QVERIFY(takenThatDay > 0);
        page->charts()->drill(ui::AnalyticsCharts::Volume, 0, 3);
        QTRY_COMPARE_WITH_TIMEOUT(
            transactions->drillDown()->model()->rowCount(), int(takenThatDay), 30000);
        transactions->closeDrillDown();
    }

    /// After reconciling: a paid-out transaction's trail ends in its bank line, and activating
    /// that line shows the payout's trail on the Reconciliation screen.
    static void followABankLineFromATransaction(ui::MainWindow &window)
    {
        window.showPage(ui::MainWindow::TransactionsScreen);
        ui::TransactionsPage *page = window.transactions();
        page->search(QString());
        page->view()->sortByColumn(int(store::TransactionColumn::Created), Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() > 0,
                                 30000);
        QTreeWidgetItem *bankLine = nullptr;
        for (int row = 0; row < 40 && !bankLine; ++row) {
            const QModelIndex idCell = page->model()->index(row, int(store::TransactionColumn::Id));
            QTRY_VERIFY_WITH_TIMEOUT(
                page->model()->data(idCell, ui::TransactionsModel::LoadedRole).toBool(), 10000);
            page->view()->selectRow(row);
            const QString id
                = page->model()
                      ->data(page->model()->index(row, int(store::TransactionColumn::Id)))
                      .toString();
            const auto trailOf = [&]() -> QTreeWidgetItem * {
                QTreeWidgetItem *top = page->detail()->topLevelItem(0);
                if (!top || top->text(0) != u"Trail")
                    return nullptr;
                for (int i = 0; i < top->childCount(); ++i) {
                    if (top->child(i)->text(0) == u"Transaction" && top->child(i)->text(1) == id)
                        return top;
                }
                return nullptr;
            };
            QTRY_VERIFY_WITH_TIMEOUT(trailOf() != nullptr, 10000);
            QTreeWidgetItem *trail = page->detail()->topLevelItem(0);
            for (int i = 0; i < trail->childCount(); ++i) {
                if (trail->child(i)->text(0) == u"Bank line"
                    && trail->child(i)->data(1, Qt::UserRole + 1).isValid())
                    bankLine = trail->child(i);
            }
        }
        QVERIFY2(bankLine, "no transaction of the oldest 40 has a matched bank line");
        const QString payout = bankLine->data(1, Qt::UserRole + 1).toString();
        emit page->detail()->itemActivated(bankLine, 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.reconciliation()->isVisible(), 5000);
        const QTreeWidget *trail = window.reconciliation()->trail();
        QTRY_VERIFY_WITH_TIMEOUT(trail->topLevelItemCount() > 0
                                     && trail->topLevelItem(0)->text(0).contains(payout),
                                 10000);
        saveScreenshot(window, QStringLiteral("reconciliation-from-transaction"));
    }

    /// With PAYDECK_SCREENSHOT_DIR set, keeps a picture of the window to look at.
    static void saveScreenshot(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    /// The Reconciliation screen as a finance user works it: import the sandbox's statement,
    /// reconcile, read the explanation and trail, write off a duplicate, undo and redo.
    void reconcileTheSandboxMonth(ui::MainWindow &window, const QString &dataDir)
    {
        window.showPage(ui::MainWindow::ReconciliationScreen);
        ui::ReconciliationPage *page = window.reconciliation();
        QAbstractItemModelTester exceptionsTester(
            page->exceptions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester candidatesTester(
            page->candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setNoteProvider(
            [](const QString &) { return QStringLiteral("confirmed with the bank"); });
        const QString statement = sandbox::EmbeddedSandbox::statementPath(dataDir);
        QVERIFY(QFile::exists(statement));
        QVERIFY(QFile::exists(sandbox::EmbeddedSandbox::ledgerPath(dataDir)));
        page->setSandboxFiles(statement, sandbox::EmbeddedSandbox::ledgerPath(dataDir));
        QSignalSpy refreshed(page, &ui::ReconciliationPage::refreshed);
        // Reconciled before any statement: the result says the bank was not checked, and stays.
        page->run(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && refreshed.count() > 0, 60000);
        QVERIFY2(page->lastRunText().contains(u"payouts against the bank not checked"),
                 qPrintable(page->lastRunText()));
        refreshed.clear();
        page->importSandboxFiles();
        // Both imports done: the summary counts charges against the ledger.
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isBusy() && page->summaryText().contains(u"charges matched to the ledger"),
            60000);
        QVERIFY2(page->summaryText().contains(u"Payouts matched"), qPrintable(page->summaryText()));
        refreshed.clear();
        page->run(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && refreshed.count() > 0, 60000);
        // Three planted at the bank, four in the books.
        QTRY_VERIFY_WITH_TIMEOUT(page->exceptions()->rowCount() >= 7, 10000);
        QStringList kinds;
        int duplicateRow = -1, mismatchRow = -1;
        for (int row = 0; row < page->exceptions()->rowCount(); ++row) {
            const auto *e = page->exceptions()->rowAt(row);
            kinds << e->reconciliation + u':' + e->kind
                         + (page->exceptions()->rowCount() == 7 ? QString() : u' ' + e->detail);
            if (e->kind == u"duplicate" && e->reconciliation == u"payout_bank")
                duplicateRow = row;
            if (e->kind == u"amount_mismatch" && e->reconciliation == u"payout_bank")
                mismatchRow = row;
        }
        kinds.sort();
        qInfo().noquote() << "exceptions found:" << kinds.join(u", ");
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("charge_ledger:amount_mismatch"),
                              QStringLiteral("charge_ledger:duplicate"),
                              QStringLiteral("charge_ledger:unmatched"),
                              QStringLiteral("charge_ledger:unmatched"),
                              QStringLiteral("payout_bank:amount_mismatch"),
                              QStringLiteral("payout_bank:duplicate"),
                              QStringLiteral("payout_bank:unmatched")}));

        // The short payout: its explanation names it, its trail shows transactions and the line.
        page->exceptionsView()->selectRow(mismatchRow);
        QTRY_VERIFY_WITH_TIMEOUT(page->explanation()->toPlainText().contains(u"po_"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->trail()->topLevelItemCount() == 1, 10000);
        QTreeWidgetItem *payout = page->trail()->topLevelItem(0);
        QCOMPARE(payout->childCount(), 2);
        QVERIFY(payout->child(0)->childCount() > 0); // its balance transactions
        QCOMPARE(payout->child(1)->childCount(), 1); // the bank line it arrived with
        QCOMPARE(page->tabs()->currentIndex(), 1);   // a matched item opens on its explanation
        saveScreenshot(window, QStringLiteral("reconciliation-explanation"));
        // The audit trail names the sandbox source's addition in words, its settings in "Why".
        auto *audit = page->findChild<QTreeWidget *>(QStringLiteral("audit"));
        QVERIFY(audit);
        page->tabs()->setCurrentWidget(audit);
        QTRY_VERIFY_WITH_TIMEOUT(
            !audit->findItems(QStringLiteral("Source \"Sandbox\" added"), Qt::MatchExactly, 2)
                 .isEmpty(),
            10000);
        const QTreeWidgetItem *added
            = audit->findItems(QStringLiteral("Source \"Sandbox\" added"), Qt::MatchExactly, 2)
                  .constFirst();
        QVERIFY2(added->text(3).contains(u"base_url"), qPrintable(added->text(3)));
        QVERIFY(!added->toolTip(3).contains(u"sk_test")); // settings, never secrets
        saveScreenshot(window, QStringLiteral("reconciliation-audit"));
        page->tabs()->setCurrentIndex(1);
        page->tabs()->setCurrentIndex(2);
        page->trail()->expandAll();
        saveScreenshot(window, QStringLiteral("reconciliation-trail"));

        // Write off the duplicate line with a note; undo brings it back, redo removes it again.
        page->exceptionsView()->selectRow(duplicateRow);
        QTest::qWait(200);
        refreshed.clear();
        page->writeOffSelected();
        QTRY_COMPARE_WITH_TIMEOUT(page->exceptions()->rowCount(), 6, 10000);
        QCOMPARE(page->undoStack()->count(), 1);
        page->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(page->exceptions()->rowCount(), 7, 10000);
        page->undoStack()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(page->exceptions()->rowCount(), 6, 10000);
        // A rerun keeps the person's decision.
        refreshed.clear();
        page->run(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && refreshed.count() > 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->exceptions()->rowCount(), 6, 10000);
    }

    void sourceDialogRefusesWhatCannotWork()
    {
        ui::SourceDialog dialog(store::SourceConfig{});
        QVERIFY(!dialog.validationError().isEmpty()); // no name, no key
        store::SourceConfig good;
        good.name = QStringLiteral("Acme");
        good.baseUrl = QStringLiteral("http://api.stripe.com");
        good.apiKey = QStringLiteral("sk_live_x");
        ui::SourceDialog plain(good);
        QVERIFY(plain.validationError().contains(u"https"));
        good.baseUrl = QStringLiteral("https://api.stripe.com");
        ui::SourceDialog ok(good);
        QVERIFY(ok.validationError().isEmpty());
        QCOMPARE(ok.source().name, QStringLiteral("Acme"));
        QVERIFY(!ok.source().isSandbox);
        // Editing a stored source: its key is not shown, and left empty it is kept.
        store::SourceConfig stored = good;
        stored.id = 7;
        stored.apiKey.clear(); // as the store gives it: secrets live elsewhere
        stored.webhookListen = QStringLiteral("127.0.0.1:8787");
        ui::SourceDialog editing(stored);
        QVERIFY2(editing.validationError().isEmpty(), qPrintable(editing.validationError()));
        QVERIFY(editing.source().apiKey.isEmpty());
        // A new source still needs its key.
        store::SourceConfig fresh = stored;
        fresh.id = 0;
        ui::SourceDialog adding(fresh);
        QVERIFY(!adding.validationError().isEmpty());
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"
