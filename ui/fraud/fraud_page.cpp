#include "fraud_page.h"

#include "common/money_text.h"
#include "investigation_dialog.h"
#include "reviews_model.h"
#include "rules_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

QString escaped(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

FraudPage::FraudPage(fraud::FraudDesk *desk, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_user(user)
    , m_model(new ReviewsModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_mine(new QCheckBox(tr("Only mine"), this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_note(new QLineEdit(this))
    , m_assign(new QPushButton(tr("Assign to me"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_fraudulent(new QPushButton(tr("Fraudulent"), this))
    , m_needsInfo(new QPushButton(tr("Needs more info"), this))
    , m_undo(new QPushButton(tr("Undo decision"), this))
    , m_refund(new QPushButton(tr("Refund as fraudulent…"), this))
    , m_burst(new QPushButton(tr("Select all open from this IP"), this))
    , m_list(new QToolButton(this))
    , m_investigate(new QToolButton(this))
{
    setObjectName(QStringLiteral("fraudPage"));
    buildLayout();
    if (!m_desk) {
        m_summary->setText(tr("Fraud monitoring is not running in this window."));
        updateButtons();
        return;
    }
    connect(m_desk, &fraud::FraudDesk::queueChanged, this, &FraudPage::onQueue);
    connect(m_desk, &fraud::FraudDesk::reviewOpened, this, &FraudPage::onDetail);
    connect(m_desk, &fraud::FraudDesk::changed, this, &FraudPage::onDetail);
    connect(m_desk, &fraud::FraudDesk::failed, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_desk,
            &fraud::FraudDesk::refunded,
            this,
            [this](const QString &charge, const QString &refundId) {
                m_problem->setText(tr("%1 refunded as fraudulent (%2); the next sync brings "
                                      "the refund.")
                                       .arg(charge, refundId));
                m_problem->show();
            });
    connect(m_desk,
            &fraud::FraudDesk::blocked,
            this,
            [this](const QString &, const QString &value, int version) {
                m_problem->setText(
                    tr("%1 is blocked from now on (rules version %2).").arg(value).arg(version));
                m_problem->show();
            });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FraudPage::requestQueue);
    connect(m_mine, &QCheckBox::toggled, this, &FraudPage::requestQueue);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &FraudPage::onSelectionChanged);
    connect(m_assign, &QPushButton::clicked, this, &FraudPage::assignSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        decideSelected(QStringLiteral("approved"), noteText());
    });
    connect(m_fraudulent, &QPushButton::clicked, this, [this] {
        decideSelected(QStringLiteral("fraudulent"), noteText());
    });
    connect(m_needsInfo, &QPushButton::clicked, this, [this] {
        decideSelected(QStringLiteral("needs_info"), noteText());
    });
    connect(m_undo, &QPushButton::clicked, this, &FraudPage::undoSelected);
    connect(m_refund, &QPushButton::clicked, this, &FraudPage::askRefund);
    connect(m_burst, &QPushButton::clicked, this, &FraudPage::selectSameIp);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &FraudPage::updateButtons);
    requestQueue();
    updateButtons();
}

void FraudPage::buildLayout()
{
    m_filter->addItem(tr("Open"), QStringLiteral("open"));
    m_filter->addItem(tr("Needs more info"), QStringLiteral("needs_info"));
    m_filter->addItem(tr("Decided"), QStringLiteral("decided"));
    m_filter->addItem(tr("All"), QStringLiteral("all"));
    m_filter->setAccessibleName(tr("Which reviews"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_table->setObjectName(QStringLiteral("reviewsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // a burst at once
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(ReviewsModel::Score, 60);
    m_table->setColumnWidth(ReviewsModel::Action, 70);
    m_table->setColumnWidth(ReviewsModel::Amount, 150);
    m_table->setColumnWidth(ReviewsModel::Created, 130);
    m_table->setColumnWidth(ReviewsModel::Email, 180);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("fraudProblem"));
    m_problem->hide();
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setOpenLinks(false);
    m_note->setPlaceholderText(tr("Note for the decision (kept in the audit trail)"));
    m_list->setText(tr("Block…"));
    m_list->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_list);
    menu->addAction(tr("This card"), this, [this] { blockSelected(QStringLiteral("card")); });
    menu->addAction(tr("This e-mail"), this, [this] { blockSelected(QStringLiteral("email")); });
    menu->addAction(tr("This IP"), this, [this] { blockSelected(QStringLiteral("ip")); });
    m_list->setMenu(menu);
    m_investigate->setText(tr("Investigate…"));
    m_investigate->setPopupMode(QToolButton::InstantPopup);
    auto *open = new QMenu(m_investigate);
    open->addAction(tr("This card"), this, [this] { investigateSelected(QStringLiteral("card")); });
    open->addAction(
        tr("This e-mail"), this, [this] { investigateSelected(QStringLiteral("email")); });
    open->addAction(tr("This IP"), this, [this] { investigateSelected(QStringLiteral("ip")); });
    open->addAction(
        tr("This customer"), this, [this] { investigateSelected(QStringLiteral("customer")); });
    m_investigate->setMenu(open);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addWidget(m_mine);
    top->addWidget(m_burst); // a selection, like the filters: then decided at once
    top->addStretch(1);
    top->addWidget(m_summary);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addWidget(m_note);
    auto *decide = new QHBoxLayout;
    for (QPushButton *button : {m_approve, m_fraudulent, m_needsInfo})
        decide->addWidget(button);
    sideLayout->addLayout(decide);
    auto *more = new QHBoxLayout;
    for (QWidget *button :
         std::initializer_list<QWidget *>{m_assign, m_undo, m_refund, m_list, m_investigate})
        more->addWidget(button);
    sideLayout->addLayout(more);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->addLayout(top);
    queueLayout->addWidget(m_problem);
    queueLayout->addWidget(split, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fraudTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(queue, tr("Review queue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void FraudPage::setRulesDesk(fraud::RulesDesk *desk)
{
    if (m_rules)
        return;
    m_rules = new RulesPanel(desk, m_user, this);
    m_tabs->addTab(m_rules, tr("Rules"));
}

void FraudPage::requestQueue()
{
    if (!m_desk)
        return;
    store::ReviewQuery query;
    const QString which = m_filter->currentData().toString();
    if (which == u"decided")
        query.statuses = {"approved", "fraudulent"};
    else if (which != u"all")
        query.statuses = {which.toStdString()};
    if (m_mine->isChecked())
        query.assignee = m_user.toStdString();
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, query] { desk->watchQueue(query); });
}

void FraudPage::onQueue(const fraud::ReviewList &reviews, const fraud::ReviewCounts &counts)
{
    const store::FraudReview *current = selected();
    const qint64 source = current ? current->sourceId : 0;
    const QString charge = current ? QString::fromStdString(current->charge) : QString();
    // A selection of several (a burst being decided) outlives the live queue's updates.
    std::vector<std::pair<qint64, QString>> others;
    for (const store::FraudReview *review : chosen())
        if (review != current)
            others.emplace_back(review->sourceId, QString::fromStdString(review->charge));
    m_model->setReviews(reviews);
    m_counts = counts;
    m_summary->setText(tr("%n open", nullptr, int(counts.open)) + QStringLiteral(" · ")
                       + tr("%n need more info", nullptr, int(counts.needsInfo))
                       + QStringLiteral(" · ")
                       + tr("%n fraudulent", nullptr, int(counts.fraudulent)));
    emit openReviewsChanged(counts.open);
    emit countsChanged(counts.open, counts.needsInfo);
    if (!charge.isEmpty())
        showReview(source, charge); // the selection stays with its review
    QItemSelection kept;
    for (const auto &[otherSource, otherCharge] : others) {
        if (const int row = m_model->rowOf(otherSource, otherCharge); row >= 0)
            kept.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_table->selectionModel()->select(kept, QItemSelectionModel::Select);
    updateButtons();
}

void FraudPage::showReview(qint64 sourceId, const QString &charge)
{
    const int row = m_model->rowOf(sourceId, charge);
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->selectRow(row);
}

const store::FraudReview *FraudPage::selected() const
{
    return m_model->reviewAt(m_table->currentIndex().row());
}

std::vector<const store::FraudReview *> FraudPage::chosen() const
{
    std::vector<const store::FraudReview *> out;
    const store::FraudReview *current = selected();
    if (current)
        out.push_back(current);
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const store::FraudReview *review = m_model->reviewAt(index.row());
        if (review && review != current)
            out.push_back(review);
    }
    return out;
}

int FraudPage::selectSameIp()
{
    const store::FraudReview *current = selected();
    if (!current || current->ip.empty())
        return int(chosen().size());
    QItemSelection burst;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const store::FraudReview *review = m_model->reviewAt(row);
        if (review->ip == current->ip && review->status == "open")
            burst.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_table->selectionModel()->select(burst, QItemSelectionModel::Select);
    return int(chosen().size());
}

void FraudPage::onSelectionChanged()
{
    const store::FraudReview *review = selected();
    updateButtons();
    if (!review || !m_desk)
        return;
    const qint64 source = review->sourceId;
    const QString charge = QString::fromStdString(review->charge);
    QMetaObject::invokeMethod(
        m_desk, [desk = m_desk, source, charge] { desk->openReview(source, charge); });
}

void FraudPage::onDetail(const fraud::ReviewDetail &detail)
{
    m_shown = detail;
    const store::FraudReview &r = detail.review;
    QString html
        = QStringLiteral("<h3>%1 — %2</h3>")
              .arg(escaped(r.charge),
                   moneyText(r.amount, QString::fromStdString(r.currency)).toHtmlEscaped());
    html += tr("<p>Score <b>%1</b>, %2 · %3 · paid %4</p>")
                .arg(r.score)
                .arg(ReviewsModel::actionText(r.action),
                     ReviewsModel::statusText(r.status),
                     when(r.created));
    if (!r.rule.empty())
        html += tr("<p>Rule: <code>%1</code></p>").arg(escaped(r.rule));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Why"));
    for (const QString &reason : ReviewsModel::reasonTexts(r))
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul><h4>%1</h4><table>").arg(tr("Who paid"));
    const auto row = [&html](const QString &label, const std::string &value) {
        if (!value.empty())
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, escaped(value));
    };
    row(tr("Card"),
        r.cardLast4.empty() ? r.cardFingerprint
                            : "•••• " + r.cardLast4 + " (" + r.cardFingerprint + ")");
    row(tr("E-mail"), r.email);
    row(tr("IP"), r.ip);
    row(tr("Customer"), r.customer);
    row(tr("Refund"), r.refund);
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("History"));
    html += tr("<li>%1 flagged by scoring</li>").arg(when(r.scoredAt));
    for (const store::ReviewEvent &e : detail.history) {
        QString line
            = QStringLiteral("%1 · %2 · %3").arg(when(e.at), escaped(e.who), escaped(e.kind));
        if (e.statusAfter != e.statusBefore)
            line += QStringLiteral(" → ") + ReviewsModel::statusText(e.statusAfter).toHtmlEscaped();
        if (!e.note.empty())
            line += QStringLiteral(": <i>%1</i>").arg(escaped(e.note));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
    updateButtons();
}

void FraudPage::updateButtons()
{
    const store::FraudReview *review = selected();
    const bool any = review && m_desk;
    const bool refunded = any && !review->refund.empty();
    for (QPushButton *button : {m_assign, m_approve, m_fraudulent, m_needsInfo})
        button->setEnabled(any && !refunded);
    m_undo->setEnabled(any && !refunded && review->status != "open");
    m_refund->setEnabled(any && !refunded && !review->declined);
    m_refund->setToolTip(any && review->declined ? tr("A declined payment moved no money.")
                                                 : QString());
    m_list->setEnabled(any);
    m_investigate->setEnabled(any);
    m_burst->setEnabled(any && !review->ip.empty());
    // Decisions apply to every selected review: the note says how many.
    const int count = int(chosen().size());
    m_note->setPlaceholderText(
        count > 1 ? tr("Note for the decision of %1 reviews (kept in the audit trail)").arg(count)
                  : tr("Note for the decision (kept in the audit trail)"));
}

QString FraudPage::noteText() const
{
    return m_note->text().trimmed();
}

void FraudPage::sendChange(const std::string &kind, const QString &status, const QString &note)
{
    if (!m_desk)
        return;
    std::vector<store::ReviewChange> changes;
    for (const store::FraudReview *review : chosen()) {
        if (!review->refund.empty() || (kind == "undone" && review->status == "open"))
            continue; // a refunded review is final; an open one has nothing to undo
        store::ReviewChange change;
        change.sourceId = review->sourceId;
        change.charge = review->charge;
        change.expectedVersion = review->version; // the version this person saw
        change.who = m_user.toStdString();
        change.kind = kind;
        change.status = status.toStdString();
        change.note = note.toStdString();
        changes.push_back(std::move(change));
    }
    if (changes.empty())
        return;
    m_problem->hide();
    m_note->clear();
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, changes] { desk->changeAll(changes); });
}

void FraudPage::assignSelected()
{
    sendChange("assigned", {}, {});
}

void FraudPage::decideSelected(const QString &status, const QString &note)
{
    sendChange("decided", status, note);
}

void FraudPage::undoSelected()
{
    sendChange("undone", {}, {});
}

void FraudPage::askRefund()
{
    const store::FraudReview *review = selected();
    if (!review)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning,
        tr("Refund as fraudulent"),
        tr("Refund %1 (%2) to the card as fraudulent?\n\nThe money goes back to the cardholder "
           "and the provider is told the payment was fraud. This cannot be undone in Paydeck.")
            .arg(QString::fromStdString(review->charge),
                 moneyText(review->amount, QString::fromStdString(review->currency))),
        QMessageBox::Cancel,
        this);
    QPushButton *confirm = box->addButton(tr("Refund"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            refundSelectedWithoutAsking(noteText());
    });
    box->open();
}

void FraudPage::refundSelectedWithoutAsking(const QString &note)
{
    const store::FraudReview *review = selected();
    if (!review || !m_desk)
        return;
    m_problem->setText(
        tr("Refunding %1 at the provider…").arg(QString::fromStdString(review->charge)));
    m_problem->show();
    m_refund->setEnabled(false);
    QMetaObject::invokeMethod(m_desk, [desk = m_desk, review = *review, who = m_user, note] {
        desk->refund(review, who, note);
    });
}

InvestigationDialog *FraudPage::investigateSelected(const QString &kind)
{
    const store::FraudReview *review = selected();
    if (!review || !m_desk)
        return nullptr;
    const std::string &value = kind == u"card"    ? review->cardFingerprint
                               : kind == u"email" ? review->email
                               : kind == u"ip"    ? review->ip
                                                  : review->customer;
    if (value.empty()) {
        m_problem->setText(tr("This charge has nothing of that kind to investigate."));
        m_problem->show();
        return nullptr;
    }
    auto *dialog
        = new InvestigationDialog(m_desk, kind + u':' + QString::fromStdString(value), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void FraudPage::blockSelected(const QString &kind)
{
    const store::FraudReview *review = selected();
    if (!review || !m_desk)
        return;
    const std::string &value = kind == u"card"    ? review->cardFingerprint
                               : kind == u"email" ? review->email
                                                  : review->ip;
    if (value.empty()) {
        m_problem->setText(tr("This charge has nothing of that kind to block."));
        m_problem->show();
        return;
    }
    QMetaObject::invokeMethod(
        m_desk, [desk = m_desk, kind, v = QString::fromStdString(value), who = m_user] {
            desk->block(kind, v, who);
        });
}

QString FraudPage::summaryText() const
{
    return m_summary->text();
}

QString FraudPage::detailText() const
{
    return m_detail->toPlainText();
}

QString FraudPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

} // namespace paydeck::ui
