// The Reconciliation screen's widgets: toolbar, exception list, and the selected item's tabs.
#include "reconciliation_page.h"

#include "exceptions_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paydeck::ui {

QLayout *ReconciliationPage::buildToolbar()
{
    // Two rows, so that the page fits a 1366×768 laptop with the progress shown: the period and
    // the progress of a long operation; below it the imports and the runs.
    auto *rows = new QVBoxLayout;
    auto *bar = new QHBoxLayout;
    auto *actions = new QHBoxLayout;
    rows->addLayout(bar);
    rows->addLayout(actions);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *allTime = new QCheckBox(tr("All time"), this);
    allTime->setObjectName(QStringLiteral("allTime"));
    allTime->setChecked(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(allTime, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
    });
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(allTime);
    auto *importStatement = new QPushButton(tr("Import statement…"), this);
    auto *importLedger = new QPushButton(tr("Import ledger…"), this);
    auto *runButton = new QPushButton(tr("Reconcile"), this);
    auto *dryButton = new QPushButton(tr("Dry run"), this);
    runButton->setObjectName(QStringLiteral("primary"));
    m_importSandbox = new QPushButton(tr("Import sandbox statement and ledger"), this);
    m_importSandbox->setObjectName(QStringLiteral("importSandboxStatement"));
    m_importSandbox->setToolTip(tr("The statement the sandbox's bank account would send for its "
                                   "payouts, and the company's receivables for its charges"));
    m_importSandbox->hide();
    connect(m_importSandbox, &QPushButton::clicked, this, &ReconciliationPage::importSandboxFiles);
    actions->addWidget(m_importSandbox);
    actions->addWidget(importStatement);
    actions->addWidget(importLedger);
    actions->addStretch(1);
    actions->addWidget(dryButton);
    actions->addWidget(runButton);
    bar->addStretch(1);
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(220); // "Reconciling 60%" whole
    m_progress->hide();
    m_cancel->hide();
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    connect(importStatement, &QPushButton::clicked, this, &ReconciliationPage::chooseStatements);
    connect(importLedger, &QPushButton::clicked, this, &ReconciliationPage::chooseLedger);
    connect(runButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(dryButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationPage::cancel);
    m_allTime = allTime;

    return rows;
}

QWidget *ReconciliationPage::buildExceptionsPane(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_kindFilter->addItem(tr("All exceptions"), QString());
    for (const char *kind :
         {"unmatched", "partial", "amount_mismatch", "duplicate", "balance_proof"})
        m_kindFilter->addItem(ExceptionsModel::kindText(QLatin1String(kind)), QLatin1String(kind));
    m_reconciliationFilter->addItem(tr("All reconciliations"), QString());
    for (const char *kind : {"payout_bank", "charge_ledger", "payout_transactions", "statement"})
        m_reconciliationFilter->addItem(ExceptionsModel::reconciliationText(QLatin1String(kind)),
                                        QLatin1String(kind));
    m_search->setPlaceholderText(tr("Search reference or reason"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_reconciliationFilter);
    filters->addWidget(m_search, 1);
    leftLayout->addLayout(filters);
    m_exceptionsView->setModel(m_exceptions);
    m_exceptionsView->setObjectName(QStringLiteral("exceptionsView"));
    m_exceptionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exceptionsView->verticalHeader()->hide();
    m_exceptionsView->horizontalHeader()->setStretchLastSection(true);
    m_exceptionsView->setAlternatingRowColors(true);
    m_exceptionsView->setWordWrap(false);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Kind, 125);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Reconciliation, 135);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Side, 70);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Reference, 200);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Date, 90);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Age, 70);
    m_exceptionsView->setColumnWidth(ExceptionsModel::Amount, 110);
    leftLayout->addWidget(m_exceptionsView, 1);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ReconciliationPage::refresh);
    connect(m_reconciliationFilter,
            &QComboBox::currentIndexChanged,
            this,
            &ReconciliationPage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &ReconciliationPage::refresh);
    connect(m_exceptionsView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { selectException(current.row()); });

    return left;
}

QWidget *ReconciliationPage::buildItemPane(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setText(tr("Select an exception to see candidates, explanations and its trail."));
    rightLayout->addWidget(m_itemTitle);

    m_tabs->addTab(buildCandidatesTab(), tr("Candidates"));
    m_tabs->addTab(buildExplanationTab(), tr("Explanation"));
    m_tabs->addTab(buildTrailTab(), tr("Trail"));
    m_audit->setObjectName(QStringLiteral("audit"));
    m_audit->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Why")});
    m_audit->setColumnWidth(0, 150);
    m_tabs->addTab(m_audit, tr("Audit trail"));
    rightLayout->addWidget(m_tabs, 1);
    return right;
}

QWidget *ReconciliationPage::buildCandidatesTab()
{
    auto *candidatesTab = new QWidget(m_tabs);
    auto *candidatesLayout = new QVBoxLayout(candidatesTab);
    m_candidatesView->setModel(m_candidates);
    m_candidatesView->setObjectName(QStringLiteral("candidatesView"));
    m_candidatesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidatesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidatesView->verticalHeader()->hide();
    m_candidatesView->horizontalHeader()->setStretchLastSection(true);
    m_candidatesView->setColumnWidth(CandidatesModel::Reference, 260);
    candidatesLayout->addWidget(m_candidatesView, 1);
    auto *actions = new QHBoxLayout;
    auto *matchButton = new QPushButton(tr("Match with selected…"), candidatesTab);
    auto *writeOffButton = new QPushButton(tr("Write off…"), candidatesTab);
    actions->addWidget(matchButton);
    actions->addWidget(writeOffButton);
    actions->addStretch(1);
    candidatesLayout->addLayout(actions);
    connect(matchButton, &QPushButton::clicked, this, &ReconciliationPage::matchSelected);
    connect(writeOffButton, &QPushButton::clicked, this, &ReconciliationPage::writeOffSelected);

    return candidatesTab;
}

QWidget *ReconciliationPage::buildExplanationTab()
{
    auto *explanationTab = new QWidget(m_tabs);
    auto *explanationLayout = new QVBoxLayout(explanationTab);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    explanationLayout->addWidget(m_explanation, 1);
    auto *unmatchButton = new QPushButton(tr("Unmatch…"), explanationTab);
    explanationLayout->addWidget(unmatchButton, 0, Qt::AlignLeft);
    connect(unmatchButton, &QPushButton::clicked, this, &ReconciliationPage::unmatchShown);

    return explanationTab;
}

QWidget *ReconciliationPage::buildTrailTab()
{
    auto *trailTab = new QWidget(m_tabs);
    auto *trailLayout = new QVBoxLayout(trailTab);
    auto *findRow = new QHBoxLayout;
    m_trailPayout = new QLineEdit(trailTab);
    m_trailPayout->setPlaceholderText(tr("Payout id, e.g. po_…"));
    auto *show = new QPushButton(tr("Show trail"), trailTab);
    findRow->addWidget(m_trailPayout, 1);
    findRow->addWidget(show);
    trailLayout->addLayout(findRow);
    m_trail->setObjectName(QStringLiteral("trail"));
    m_trail->setHeaderLabels({tr("Item"), tr("Date"), tr("Amount"), tr("Detail")});
    m_trail->setColumnWidth(0, 260);
    trailLayout->addWidget(m_trail, 1);
    const auto showTrail = [this] {
        showPayoutTrail(m_trailPayout->text());
    };
    connect(show, &QPushButton::clicked, this, showTrail);
    connect(m_trailPayout, &QLineEdit::returnPressed, this, showTrail);

    return trailTab;
}

void ReconciliationPage::showPayoutTrail(const QString &payoutId)
{
    const QString id = payoutId.trimmed();
    m_trailPayout->setText(id);
    // The payout is what is shown now: a refresh must not bring the exception selected before
    // back over it.
    m_selected.reset();
    const quint64 request = ++m_detailRequest;
    m_service->post<Result<reconcile::PayoutTrail>>(
        this,
        [id](reconcile::ReconcileService &service) { return service.payoutTrail(id); },
        [this, id, request](const Result<reconcile::PayoutTrail> &trail) {
            if (request != m_detailRequest)
                return; // something else was asked for since
            if (!trail || trail.value().id.isEmpty()) {
                emit message(!trail ? trail.error() : tr("No payout %1 in the store.").arg(id));
                return;
            }
            {
                // The exception selected before is not what is shown now.
                const QSignalBlocker quiet(m_exceptionsView->selectionModel());
                m_exceptionsView->clearSelection();
                m_exceptionsView->viewport()->update();
            }
            showItem(reconcile::ExceptionRow{}, {}, {}, trail.value());
            m_tabs->setCurrentIndex(2);
        });
}

} // namespace paydeck::ui
