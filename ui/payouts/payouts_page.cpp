#include "payouts_page.h"

#include "payout_models.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace paydeck::ui {

using reconcile::ArrivalState;

namespace {

bool needsSomeone(ArrivalState state)
{
    return state == ArrivalState::Missing || state == ArrivalState::Late
           || state == ArrivalState::AmountDiffers;
}

QLabel *legendChip(ArrivalState state, QWidget *parent)
{
    auto *chip = new QLabel(arrivalStateText(state), parent);
    chip->setStyleSheet(QStringLiteral("background: %1; padding: 1px 6px; border-radius: 3px;")
                            .arg(arrivalStateColor(state).name()));
    return chip;
}

} // namespace

PayoutsPage::PayoutsPage(QWidget *parent)
    : QWidget(parent)
    , m_month(new PayoutMonthModel(this))
    , m_list(new PayoutListModel(this))
    , m_calendar(new QTableView(this))
    , m_table(new QTableView(this))
    , m_monthLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_listTitle(new QLabel(this))
{
    auto *previous = new QPushButton(QStringLiteral("◀"), this);
    auto *next = new QPushButton(QStringLiteral("▶"), this);
    auto *today = new QPushButton(tr("Today"), this);
    previous->setAccessibleName(tr("Previous month"));
    next->setAccessibleName(tr("Next month"));
    auto *attention = new QPushButton(tr("Needs attention"), this);
    attention->setObjectName(QStringLiteral("payoutsAttention"));
    m_monthLabel->setObjectName(QStringLiteral("payoutsMonth"));
    m_monthLabel->setMinimumWidth(150);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    QFont heading = m_monthLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_monthLabel->setFont(heading);
    m_summary->setObjectName(QStringLiteral("payoutsSummary"));
    m_summary->setWordWrap(true);
    connect(previous, &QPushButton::clicked, this, [this] {
        showMonth(m_month->month().addMonths(-1));
    });
    connect(
        next, &QPushButton::clicked, this, [this] { showMonth(m_month->month().addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        showMonth(m_today.isValid() ? m_today : QDate::currentDate());
    });
    connect(attention, &QPushButton::clicked, this, &PayoutsPage::showAttention);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_monthLabel);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addSpacing(16);
    for (ArrivalState s : {ArrivalState::Expected,
                           ArrivalState::Arrived,
                           ArrivalState::AmountDiffers,
                           ArrivalState::Late,
                           ArrivalState::Missing})
        bar->addWidget(legendChip(s, this));
    bar->addStretch(1);
    bar->addWidget(attention);

    m_calendar->setObjectName(QStringLiteral("payoutCalendar"));
    m_calendar->setModel(m_month);
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calendar->setWordWrap(true);
    m_calendar->setMinimumHeight(300);
    connect(m_calendar, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showDay(m_month->dateAt(index));
    });

    m_table->setObjectName(QStringLiteral("payoutList"));
    m_table->setModel(m_list);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PayoutListModel::Payout, 230);
    m_table->setColumnWidth(PayoutListModel::Amount, 120);
    m_table->setColumnWidth(PayoutListModel::Expected, 170);
    m_table->setColumnWidth(PayoutListModel::Bank, 280);
    m_table->setToolTip(tr("Double-click a payout to see its transactions and bank lines"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto *e = m_list->payoutAt(index.row()))
            emit payoutTrailRequested(e->payout.id);
    });
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_calendar, 3);
    layout->addWidget(m_listTitle);
    layout->addWidget(m_table, 2);
    updateMonthLabel();
    showAttention();
    // A payout becomes late when its day passes, not only when data arrives.
    auto *midnight = new QTimer(this);
    connect(midnight, &QTimer::timeout, this, [this] {
        if (m_today.isValid() && QDateTime::currentDateTimeUtc().date() != m_today)
            emit refreshRequested();
    });
    midnight->start(60000);
}

QString PayoutsPage::summaryText() const
{
    return m_summary->text();
}

void PayoutsPage::setPayouts(const std::vector<reconcile::ExpectedPayout> &payouts,
                             const QDate &today)
{
    const bool first = !m_today.isValid();
    m_payouts = payouts;
    m_today = today;
    m_month->setPayouts(payouts);
    if (first)
        showMonth(today);
    const reconcile::ArrivalCounts c = reconcile::countArrivals(payouts);
    if (payouts.empty()) {
        m_summary->setText(tr("No payouts yet. Payouts appear here once a source has synced them; "
                              "import bank statements to see them arrive."));
    } else {
        m_summary->setText(
            tr("%1 expected · %2 arrived · %3 with another amount · %4 late · %5 missing · %6 "
               "without a statement. Expected days are the arrival date plus the bank's usual "
               "lag in business days, learned from earlier payouts.")
                .arg(c.expected)
                .arg(c.arrived)
                .arg(c.amountDiffers)
                .arg(c.late)
                .arg(c.missing)
                .arg(c.unverifiable));
    }
    if (m_shownDay.isValid())
        showDay(m_shownDay);
    else
        showAttention();
}

void PayoutsPage::showMonth(const QDate &anyDayOfIt)
{
    m_month->setMonth(anyDayOfIt);
    updateMonthLabel();
}

void PayoutsPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_shownDay = day;
    std::vector<reconcile::ExpectedPayout> those;
    for (const auto &e : m_payouts)
        if (e.expected == day)
            those.push_back(e);
    m_listTitle->setText(tr("Expected at the bank on %1: %n payout(s)", nullptr, int(those.size()))
                             .arg(QLocale().toString(day, QLocale::LongFormat)));
    m_list->setPayouts(std::move(those));
}

void PayoutsPage::showAttention()
{
    m_shownDay = QDate();
    std::vector<reconcile::ExpectedPayout> those;
    for (const auto &e : m_payouts)
        if (needsSomeone(e.state))
            those.push_back(e);
    m_listTitle->setText(
        those.empty() ? tr("Nothing needs attention: every payout due has arrived in full.")
                      : tr("Needs attention: %n payout(s) missing, late or with another amount",
                           nullptr,
                           int(those.size())));
    m_list->setPayouts(std::move(those));
}

void PayoutsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit refreshRequested();
}

void PayoutsPage::updateMonthLabel()
{
    const QDate month = m_month->month();
    m_monthLabel->setText(QLocale().standaloneMonthName(month.month()) + u' '
                          + QString::number(month.year()));
}

} // namespace paydeck::ui
