// The fraud screen in the real window on the embedded default: the sandbox's fraud is scored as
// it syncs and lands in the queue; an analyst assigns, decides, undoes, blocks an IP and refunds
// a charge as fraudulent through the sandbox — every step through the desk's thread, the store
// checked afterwards. Offscreen in CI (PAYDECK_SCREENSHOT_DIR keeps a picture).
#include "fraud/evidence_pdf.h"
#include "fraud/fraud_page.h"
#include "fraud/investigation_dialog.h"
#include "fraud/reviews_model.h"
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
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        auto *filter = page->findChild<QComboBox *>();
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
    }
};

QTEST_MAIN(TestFraudPage)
#include "test_fraud_page.moc"
