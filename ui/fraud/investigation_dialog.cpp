#include "investigation_dialog.h"

#include "common/money_text.h"
#include "evidence_pdf.h"
#include "reviews_model.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <map>

namespace paydeck::ui {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Major units of a charge's own currency (the timeline's height).
double major(const fraud::ChargeFacts &f)
{
    static const QStringList zeroDecimal{u"jpy"_qs, u"krw"_qs, u"vnd"_qs, u"clp"_qs, u"isk"_qs};
    return zeroDecimal.contains(q(f.currency).toLower()) ? double(f.amount)
                                                         : double(f.amount) / 100.0;
}

} // namespace

InvestigationDialog::InvestigationDialog(fraud::FraudDesk *desk,
                                         const QString &entity,
                                         QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_summary(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableWidget(this))
    , m_linked(new QTreeWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_export(new QPushButton(tr("Export evidence (PDF)…"), this))
{
    setObjectName(QStringLiteral("investigation"));
    resize(1100, 720);
    m_summary->setWordWrap(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setMinimumHeight(200);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Time"),
                                        tr("Charge"),
                                        tr("Amount"),
                                        tr("Card"),
                                        tr("E-mail"),
                                        tr("IP"),
                                        tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_linked->setHeaderLabels({tr("Linked"), tr("Charges")});
    m_linked->setAccessibleName(tr("Linked cards, e-mails, IPs and customers"));
    m_back->setEnabled(false);
    connect(m_linked, &QTreeWidget::itemActivated, this, &InvestigationDialog::onLinkedActivated);
    connect(m_back, &QPushButton::clicked, this, &InvestigationDialog::back);
    connect(m_export, &QPushButton::clicked, this, &InvestigationDialog::askExport);
    connect(m_desk, &fraud::FraudDesk::investigated, this, &InvestigationDialog::onInvestigation);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_chartView, 2);
    leftLayout->addWidget(m_table, 3);
    split->addWidget(left);
    split->addWidget(m_linked);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    open(entity);
}

void InvestigationDialog::open(const QString &entity)
{
    if (!m_entity.isEmpty() && entity != m_entity)
        m_history << m_entity;
    m_entity = entity;
    m_back->setEnabled(!m_history.isEmpty());
    setWindowTitle(tr("Investigate %1").arg(entity));
    m_summary->setText(tr("Reading %1…").arg(entity));
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, entity] { desk->investigate(entity); });
}

void InvestigationDialog::back()
{
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeLast();
    m_entity.clear();
    open(previous);
}

void InvestigationDialog::onInvestigation(const fraud::Investigation &investigation)
{
    if (investigation.view.key.text() != m_entity)
        return; // an answer for an entity left meanwhile
    m_shown = investigation;
    const auto &charges = m_shown.view.charges;
    qint64 declined = 0, disputed = 0, refunded = 0;
    for (const auto &c : charges) {
        declined += c.facts.declined;
        disputed += !c.disputeReason.empty();
        refunded += c.refunded > 0;
    }
    m_summary->setText(tr("<b>%1</b>: %2 charges across all sources — %3 declined, %4 refunded, "
                          "%5 disputed; %6 of them reviewed.")
                           .arg(m_entity.toHtmlEscaped())
                           .arg(charges.size())
                           .arg(declined)
                           .arg(refunded)
                           .arg(disputed)
                           .arg(m_shown.reviews.size()));
    fillTimeline();
    fillTable();
    fillLinked();
    emit shownChanged();
}

void InvestigationDialog::fillTimeline()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto *paid = new QScatterSeries;
    paid->setName(tr("Paid"));
    auto *declined = new QScatterSeries;
    declined->setName(tr("Declined"));
    declined->setColor(QColor(0xc6, 0x28, 0x28));
    auto *disputed = new QScatterSeries;
    disputed->setName(tr("Disputed or refunded"));
    disputed->setColor(Qt::black);
    double top = 1;
    for (const auto &c : m_shown.view.charges) {
        const QPointF point(double(c.facts.created) * 1000.0, major(c.facts));
        top = std::max(top, point.y());
        if (!c.disputeReason.empty() || c.refunded > 0)
            disputed->append(point);
        else if (c.facts.declined)
            declined->append(point);
        else
            paid->append(point);
    }
    for (QScatterSeries *series : {paid, declined, disputed}) {
        series->setMarkerSize(8);
        m_chart->addSeries(series);
    }
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    time->setTitleText(tr("When"));
    auto *amount = new QValueAxis;
    amount->setTitleText(tr("Amount (its own currency)"));
    amount->setRange(0, top * 1.1);
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(amount, Qt::AlignLeft);
    if (!m_shown.view.charges.empty()) {
        const qint64 first = m_shown.view.charges.front().facts.created;
        const qint64 last = std::max(first + 60, m_shown.view.charges.back().facts.created);
        const qint64 margin = std::max<qint64>(30, (last - first) / 20);
        time->setRange(QDateTime::fromSecsSinceEpoch(first - margin),
                       QDateTime::fromSecsSinceEpoch(last + margin));
    }
    for (QScatterSeries *series : {paid, declined, disputed}) {
        series->attachAxis(time);
        series->attachAxis(amount);
    }
}

void InvestigationDialog::fillTable()
{
    const auto &charges = m_shown.view.charges;
    std::map<std::string, const store::FraudReview *> reviews;
    for (const auto &r : m_shown.reviews)
        reviews[r.charge] = &r;
    m_table->setRowCount(int(charges.size()));
    int row = 0;
    for (auto it = charges.rbegin(); it != charges.rend(); ++it, ++row) { // newest first
        const fraud::ChargeFacts &f = it->facts;
        QString outcome = f.declined ? tr("declined") : tr("paid");
        if (it->refunded > 0)
            outcome += tr(", refunded %1").arg(moneyText(it->refunded, q(f.currency)));
        if (!it->disputeReason.empty())
            outcome += tr(", disputed (%1)").arg(q(it->disputeReason));
        if (const auto r = reviews.find(f.id); r != reviews.end())
            outcome += tr(" · review: %1").arg(ReviewsModel::statusText(r->second->status));
        const QStringList cells{QDateTime::fromSecsSinceEpoch(f.created).toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                q(f.id),
                                moneyText(f.amount, q(f.currency)),
                                f.cardLast4.empty() ? q(f.cardFingerprint)
                                                    : u"•••• "_qs + q(f.cardLast4),
                                q(f.email),
                                q(f.ip),
                                outcome};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

void InvestigationDialog::fillLinked()
{
    m_linked->clear();
    static const std::map<fraud::EntityKind, const char *> titles{
        {fraud::EntityKind::Card, QT_TR_NOOP("Cards")},
        {fraud::EntityKind::Email, QT_TR_NOOP("E-mails")},
        {fraud::EntityKind::Ip, QT_TR_NOOP("IPs")},
        {fraud::EntityKind::Customer, QT_TR_NOOP("Customers")},
        {fraud::EntityKind::Bin, QT_TR_NOOP("Card issuer ranges (BIN)")}};
    for (const auto &[kind, entities] : m_shown.view.linked) {
        auto *group = new QTreeWidgetItem(m_linked,
                                          {tr(titles.at(kind)), QString::number(entities.size())});
        for (const auto &[value, count] : entities) {
            auto *item = new QTreeWidgetItem(group, {q(value), QString::number(count)});
            item->setData(0,
                          Qt::UserRole,
                          QString::fromLatin1(fraud::entityKindName(kind)) + u':' + q(value));
        }
        group->setExpanded(entities.size() <= 20);
    }
    m_linked->resizeColumnToContents(0);
}

void InvestigationDialog::onLinkedActivated(QTreeWidgetItem *item)
{
    const QString entity = item->data(0, Qt::UserRole).toString();
    if (!entity.isEmpty())
        open(entity);
}

int InvestigationDialog::chargeRows() const
{
    return m_table->rowCount();
}

int InvestigationDialog::linkedCount() const
{
    int count = 0;
    for (int i = 0; i < m_linked->topLevelItemCount(); ++i)
        count += m_linked->topLevelItem(i)->childCount();
    return count;
}

QString InvestigationDialog::summaryText() const
{
    return m_summary->text();
}

Result<void> InvestigationDialog::exportEvidence(const QString &path)
{
    const QImage timeline = m_chartView->grab().toImage();
    return writeEvidencePdf(path, m_shown, timeline, QDateTime::currentSecsSinceEpoch());
}

void InvestigationDialog::askExport()
{
    auto *dialog = new QFileDialog(this, tr("Export evidence"), QString(), tr("PDF (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(
        QStringLiteral("evidence-%1.pdf").arg(QString(m_entity).replace(u':', u'-')));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto written = exportEvidence(path); !written)
            QMessageBox::warning(this, tr("Export evidence"), written.error());
    });
    dialog->open();
}

} // namespace paydeck::ui
