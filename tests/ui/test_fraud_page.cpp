// The fraud screen in the real window on the embedded default: the sandbox's fraud is scored as
// it syncs and lands in the queue; an analyst assigns, decides, undoes, blocks an IP and refunds
// a charge as fraudulent through the sandbox — every step through the desk's thread, the store
// checked afterwards. Offscreen in CI (PAYDECK_SCREENSHOT_DIR keeps a picture).
#include "fraud/evidence_pdf.h"
#include "fraud/fraud_page.h"
#include "fraud/investigation_dialog.h"
#include "fraud/reviews_model.h"
#include "fraud/rules_panel.h"
#include "gui_session.h"
#include "main_window.h"
#include "overview/kpi_tile.h"
#include "overview/overview_page.h"
#include "reconcile/reconcile_actions.h"
#include "store/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace paydeck;
using namespace Qt::StringLiterals;

class TestFraudPage : public QObject
{
    Q_OBJECT
private:
    static QString cell(ui::FraudPage *page, int row, int column)
    {
        return page->model()->index(row, column).data().toString();
    }
    static int rowWhere(ui::FraudPage *page,
                        const std::function<bool(const store::FraudReview &)> &wanted)
    {
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (wanted(*page->model()->reviewAt(row)))
                return row;
        return -1;
    }

private slots:
    void anAnalystWorksTheQueue()
    {
        QTemporaryDir dir;
        auto opened = app::GuiSession::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto &session = *opened.value();
        ui::MainWindow &window = session.window();
        window.show();
        session.startSync();
        ui::FraudPage *page = window.fraud();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every review, decided ones too: a decision does not take the row away.
        auto *filter = page->findChild<QComboBox *>(u"reviewFilter"_s);
        filter->setCurrentIndex(filter->findData(u"all"_s));
        QElapsedTimer queued;
        queued.start();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 240000);
        qInfo("%d reviews in the queue after %lld ms", page->model()->rowCount(), queued.elapsed());
        window.showPage(ui::MainWindow::FraudScreen);
        QTRY_VERIFY(window.findChild<QListWidget *>(u"navigation"_s)
                        ->item(ui::MainWindow::FraudScreen)
                        ->text()
                        .startsWith(u"Fraud ("_s));
        QTRY_VERIFY(window.overview()->reviewsTile()->value() != u"–"_s);

        const int row = rowWhere(page, [](const auto &r) { return !r.declined; });
        QVERIFY2(row >= 0, "the queue holds no charge that moved money");
        const auto review = *page->model()->reviewAt(row);
        const QString charge = QString::fromStdString(review.charge);
        page->table()->selectRow(row);
        QTRY_VERIFY(page->detailText().contains(charge) && page->detailText().contains(u"Why"_s));

        const QString me = reconcile::currentUser();
        auto rowOf = [&] {
            return page->model()->rowOf(review.sourceId, charge);
        };
        page->assignSelected();
        QTRY_COMPARE(cell(page, rowOf(), ui::ReviewsModel::Assignee), me);
        page->decideSelected(u"approved"_s, u"a regular, called back"_s);
        QTRY_COMPARE(cell(page, rowOf(), ui::ReviewsModel::Status), u"Approved"_s);
        QTRY_VERIFY(page->detailText().contains(u"a regular, called back"_s));
        page->undoSelected();
        QTRY_COMPARE(cell(page, rowOf(), ui::ReviewsModel::Status), u"Open"_s);
        page->blockSelected(u"ip"_s);
        QTRY_VERIFY2(page->problemText().contains(u"blocked"_s), qPrintable(page->problemText()));

        if (const QString shots = qEnvironmentVariable("PAYDECK_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + u"/fraud.png"_s);

        // The workspace on the charge's IP: its charges across sources, the cards tried from it;
        // a linked card opens, Back returns; the evidence bundle is a PDF.
        QPointer<ui::InvestigationDialog> workspace = page->investigateSelected(u"ip"_s);
        QVERIFY(workspace);
        QTRY_VERIFY(workspace->chargeRows() > 0);
        QVERIFY(workspace->linkedCount() > 0);
        QVERIFY2(workspace->summaryText().contains(QString::fromStdString(review.ip)),
                 qPrintable(workspace->summaryText()));
        const QString ipEntity = workspace->entity();
        const QString card = u"card:"_s + QString::fromStdString(review.cardFingerprint);
        workspace->open(card);
        QTRY_COMPARE(workspace->shown().view.key.text(), card);
        workspace->back();
        QTRY_COMPARE(workspace->shown().view.key.text(), ipEntity);
        const QString pdf = dir.filePath(u"evidence.pdf"_s);
        const auto written = workspace->exportEvidence(pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString html = ui::evidenceHtml(workspace->shown(), 0);
        QVERIFY(html.contains(charge) && html.contains(QString::fromStdString(review.ip)));
        if (const QString shots = qEnvironmentVariable("PAYDECK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            workspace->grab().save(shots + u"/investigation.png"_s);
            QFile::copy(pdf, shots + u"/evidence.pdf"_s);
        }
        workspace->close();

        page->refundSelectedWithoutAsking(u"stolen card"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(page->problemText().contains(u"refunded as fraudulent"_s),
                                  qPrintable(page->problemText()),
                                  30000);
        QTRY_COMPARE(cell(page, rowOf(), ui::ReviewsModel::Status), u"Fraudulent"_s);
        QTRY_VERIFY(page->detailText().contains(u"re_"_s));

        // What the store kept: the decisions in order, the refund, the rules with the block.
        auto store = store::openSession(dir.filePath(u"paydeck.sqlite"_s), store::Access::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const auto history = store.value()->fraud().reviewHistory(review.sourceId, review.charge);
        QStringList kinds;
        for (const auto &e : history.value())
            kinds << QString::fromStdString(e.kind);
        QCOMPARE(kinds, (QStringList{u"assigned"_s, u"decided"_s, u"undone"_s, u"refunded"_s}));
        const auto rules = store.value()->fraud().activeRules().value();
        QVERIFY(rules && rules->text.contains(QString::fromStdString(review.ip)));
        QVERIFY(rules->text.contains(u"block if :ip: in @blocked_ips"_s));

        // A burst decided at once: every open review from one IP selected, one decision.
        std::map<std::string, int> openPerIp;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            const auto *each = page->model()->reviewAt(r);
            if (each->status == "open" && !each->ip.empty())
                ++openPerIp[each->ip];
        }
        const auto burstIp = std::max_element(openPerIp.begin(),
                                              openPerIp.end(),
                                              [](auto &a, auto &b) { return a.second < b.second; });
        QVERIFY2(burstIp != openPerIp.end() && burstIp->second >= 2, "no IP with two open reviews");
        const std::string ip = burstIp->first;
        page->table()->selectRow(
            rowWhere(page, [&](const auto &r) { return r.ip == ip && r.status == "open"; }));
        const int selectedCount = page->selectSameIp();
        QVERIFY2(selectedCount >= burstIp->second,
                 qPrintable(
                     QStringLiteral("%1 selected of %2").arg(selectedCount).arg(burstIp->second)));
        page->decideSelected(u"fraudulent"_s, u"card-testing burst"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWhere(page, [&](const auto &r) { return r.ip == ip && r.status == "open"; }) < 0,
            10000);
        int decidedTogether = 0;
        const auto fraudulent = store.value()->fraud().reviews({{"fraudulent"}, {}, 10000});
        QVERIFY2(fraudulent.ok(), qPrintable(fraudulent.error()));
        for (const auto &r : fraudulent.value()) {
            if (r.ip != ip || r.note != "card-testing burst")
                continue;
            ++decidedTogether;
            QCOMPARE(QString::fromStdString(r.decidedBy), me);
        }
        QVERIFY2(decidedTogether >= burstIp->second, qPrintable(QString::number(decidedTogether)));
    }

    // The Rules tab: a draft checked as it is typed, backtested over the synced history, saved
    // as the next version; a version saved meanwhile by someone else keeps the draft and refuses
    // to overwrite it; rule files go out and come in, a broken one named with its line.
    void anAnalystEditsBacktestsAndSavesTheRules()
    {
        QTemporaryDir dir;
        auto opened = app::GuiSession::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto &session = *opened.value();
        ui::MainWindow &window = session.window();
        window.show();
        session.startSync();
        window.showPage(ui::MainWindow::FraudScreen);
        ui::FraudPage *page = window.fraud();
        ui::RulesPanel *rules = page->rules();
        QVERIFY(rules);
        page->findChild<QTabWidget *>(u"fraudTabs"_s)->setCurrentWidget(rules);
        QTRY_VERIFY2(rules->inForceText().contains(u"defaults"_s),
                     qPrintable(rules->inForceText()));
        QVERIFY(rules->editor()->toPlainText().contains(u"review if :risk_score: >= 65"_s));

        rules->editor()->setPlainText(u"review if :amount: >\n"_s);
        QTRY_VERIFY2(rules->checkText().contains(u"line 1, column"_s),
                     qPrintable(rules->checkText()));
        const QString draft = u"list watched: 203.0.113.7\n"
                              "block if :ip: in @watched\n"
                              "review if :risk_score: >= 65 or :cards_per_ip_10m: >= 3\n"_s;
        rules->editor()->setPlainText(draft);
        QTRY_VERIFY2(rules->checkText().startsWith(u"Parses: 2 rules, 1 lists"_s),
                     qPrintable(rules->checkText()));

        // The history is in once the queue fills; the draft is tried over it.
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 240000);
        rules->backtestDraft();
        QTRY_VERIFY2_WITH_TIMEOUT(
            rules->backtestText().contains(u"the draft would have reviewed"_s),
            qPrintable(rules->backtestText()),
            60000);
        QVERIFY2(!rules->backtestText().contains(u": 0 charges"_s),
                 qPrintable(rules->backtestText()));

        rules->saveDraft();
        QTRY_VERIFY2(rules->inForceText().contains(u"version 1"_s),
                     qPrintable(rules->inForceText()));
        const QString path = dir.filePath(u"paydeck.sqlite"_s);
        auto store = store::openSession(path, store::Access::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto active = store.value()->fraud().activeRules().value();
        QVERIFY(active);
        QCOMPARE(active->text, draft);
        QCOMPARE(active->changedBy, reconcile::currentUser());

        // A colleague blocks an IP from the queue while this draft is open.
        rules->editor()->setPlainText(draft + u"review if :amount_eur: > 5000\n"_s);
        page->table()->selectRow(0);
        QTRY_VERIFY(!page->detailText().isEmpty());
        page->blockSelected(u"ip"_s);
        QTRY_VERIFY2(rules->problemText().contains(u"Version 2 was saved meanwhile"_s),
                     qPrintable(rules->problemText()));
        QVERIFY(rules->editor()->toPlainText().contains(u":amount_eur: > 5000"_s)); // kept
        rules->saveDraft();
        QTRY_VERIFY2(rules->problemText().contains(u"changed meanwhile: version 2"_s),
                     qPrintable(rules->problemText()));
        QCOMPARE(store.value()->fraud().activeRules().value()->version, 2);
        rules->revertDraft();
        QVERIFY(rules->editor()->toPlainText().contains(u"@blocked_ips"_s));

        // Out to a file and back in; a broken file is named with its line and changes nothing.
        const QString out = dir.filePath(u"team.rules"_s);
        const QString exported = rules->editor()->toPlainText();
        rules->exportTo(out);
        QTRY_VERIFY(rules->problemText().contains(u"written to"_s));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), rules->editor()->toPlainText());
        const QString broken = dir.filePath(u"broken.rules"_s);
        QFile bad(broken);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("# ok\nblock if :ip: in @nowhere and\n");
        bad.close();
        rules->importFrom(broken);
        QTRY_VERIFY2(rules->problemText().startsWith(u"broken.rules: line 2"_s),
                     qPrintable(rules->problemText()));
        QVERIFY(rules->editor()->toPlainText().contains(u"@blocked_ips"_s));
        rules->editor()->setPlainText(QString());
        rules->importFrom(out);
        QTRY_VERIFY(rules->problemText().contains(u"imported as a draft"_s));
        QCOMPARE(rules->editor()->toPlainText(), exported);
        if (const QString shots = qEnvironmentVariable("PAYDECK_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + u"/fraud-rules.png"_s);
    }
};

QTEST_MAIN(TestFraudPage)
#include "test_fraud_page.moc"
