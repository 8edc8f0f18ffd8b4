#include "analytics_page.h"

#include "analytics_charts.h"
#include "charts/chart_view.h"
#include "common/money_text.h"
#include "overview/kpi_tile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

const auto kCurrencySetting = QStringLiteral("analytics/reportingCurrency");

/// "▲ 4.2 % vs previous period", or why there is no comparison.
QString trendText(double now, double before, bool compared)
{
    if (!compared)
        return QString();
    if (before == 0)
        return AnalyticsPage::tr("no figures for the previous period");
    const double change = (now - before) / std::abs(before) * 100.0;
    return AnalyticsPage::tr("%1 %2 % vs previous period")
        .arg(change >= 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
             QLocale().toString(std::abs(change), 'f', 1));
}

/// Rates move in percentage points; the relative change follows.
QString rateTrendText(std::optional<double> now, std::optional<double> before, bool compared)
{
    if (!compared)
        return QString();
    if (!now || !before)
        return AnalyticsPage::tr("no figures for the previous period");
    const double points = (*now - *before) * 100.0;
    const QLocale locale;
    QString text = AnalyticsPage::tr("%1 %2 pts vs previous period")
                       .arg(points >= 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                            locale.toString(std::abs(points), 'f', 2));
    if (*before > 0)
        text += QStringLiteral(" (%1%2 %)")
                    .arg(points >= 0 ? u"+" : u"−",
                         locale.toString(std::abs(*now - *before) / *before * 100.0, 'f', 1));
    return text;
}

QString rateValue(std::optional<double> rate)
{
    return rate ? QStringLiteral("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 2))
                : QStringLiteral("—");
}

} // namespace

AnalyticsPage::AnalyticsPage(analytics::AnalyticsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-13), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_compare(new QCheckBox(tr("Compare with the previous period"), this))
    , m_currency(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_charts(new AnalyticsCharts(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Analytics"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    const std::pair<QString, FilterBar::Period> periods[]
        = {{tr("Today"), FilterBar::Today},
           {tr("Last 7 days"), FilterBar::Last7Days},
           {tr("Last 30 days"), FilterBar::Last30Days},
           {tr("This month"), FilterBar::ThisMonth},
           {tr("Last month"), FilterBar::LastMonth},
           {tr("Custom"), FilterBar::Custom}};
    for (const auto &[text, period] : periods)
        m_period->addItem(text, int(period));
    m_period->setCurrentIndex(m_period->findData(int(FilterBar::Last7Days)));
    m_period->setAccessibleName(tr("Period"));
    bar->addWidget(m_period);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        bar->addWidget(edit);
    }
    m_compare->setChecked(true);
    bar->addWidget(m_compare);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Reporting currency:"), this));
    m_currency->setAccessibleName(tr("Reporting currency"));
    const QString chosen = QSettings().value(kCurrencySetting, QStringLiteral("EUR")).toString();
    m_currency->addItem(chosen);
    bar->addWidget(m_currency);
    layout->addLayout(bar);

    m_note->setObjectName(QStringLiteral("analyticsNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *tiles = new QGridLayout;
    const QString titles[TileCount] = {tr("Gross volume"),
                                       tr("Net volume"),
                                       tr("Fees"),
                                       tr("Success rate"),
                                       tr("Refund rate"),
                                       tr("Dispute rate")};
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[i] = new KpiTile(titles[i], this);
        m_tiles[i]->setMinimumWidth(150);
        tiles->addWidget(m_tiles[i], 0, i);
    }
    layout->addLayout(tiles);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_from->setVisible(period() == FilterBar::Custom);
        m_to->setVisible(period() == FilterBar::Custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsPage::refresh);
    connect(m_compare, &QCheckBox::toggled, this, &AnalyticsPage::refresh);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kCurrencySetting, reportingCurrency());
        emit reportingCurrencyChanged(reportingCurrency());
        refresh();
    });
    connect(m_charts, &AnalyticsCharts::drillDown, this, &AnalyticsPage::drillDownRequested);
    connect(m_charts, &AnalyticsCharts::message, this, &AnalyticsPage::message);
    if (service) {
        connect(service,
                &analytics::AnalyticsService::dashboardReady,
                this,
                &AnalyticsPage::onDashboard,
                Qt::QueuedConnection);
        connect(service,
                &analytics::AnalyticsService::updated,
                this,
                &AnalyticsPage::onEngineUpdated,
                Qt::QueuedConnection);
        connect(service,
                &analytics::AnalyticsService::rebuildProgress,
                this,
                &AnalyticsPage::onRebuildProgress,
                Qt::QueuedConnection);
    }
    m_note->setText(tr("Counting what the store holds…"));
}

QString AnalyticsPage::reportingCurrency() const
{
    return m_currency->currentText();
}

void AnalyticsPage::setReportingCurrency(const QString &code)
{
    int index = m_currency->findText(code);
    if (index < 0) {
        m_currency->addItem(code);
        index = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(index);
}

void AnalyticsPage::setPeriod(FilterBar::Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void AnalyticsPage::setCustomRange(QDate from, QDate to)
{
    {
        const QSignalBlocker quietFrom(m_from), quietTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (period() == FilterBar::Custom)
        refresh();
    else
        setPeriod(FilterBar::Custom);
}

FilterBar::Period AnalyticsPage::period() const
{
    return FilterBar::Period(m_period->currentData().toInt());
}

QString AnalyticsPage::noteText() const
{
    return m_note->text();
}

AnalyticsPage::Periods
AnalyticsPage::periodsOf(FilterBar::Period period, QDateTime now, QDate from, QDate to)
{
    const QDate today = now.date();
    const auto [start, end] = FilterBar::periodRange(period, today, from, to);
    Periods p{start, end, 0, 0};
    const auto at = [](QDate day) {
        return day.startOfDay().toSecsSinceEpoch();
    };
    const QDate first = QDateTime::fromSecsSinceEpoch(start).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(end).date(); // exclusive
    const qint64 days = first.daysTo(last);
    switch (period) {
    case FilterBar::Today: {
        // Up to the end of the current hour; yesterday up to the same hour.
        const qint64 hourEnd = now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600 + 3600;
        p.to = std::min(p.to, hourEnd);
        p.previousFrom = at(today.addDays(-1));
        p.previousTo = p.previousFrom + (p.to - p.from);
        break;
    }
    case FilterBar::ThisMonth: // month to date against the same days of the month before
        p.previousFrom = at(first.addMonths(-1));
        p.previousTo = at(std::min(first.addMonths(-1).addDays(days), first));
        break;
    case FilterBar::LastMonth:
        p.previousFrom = at(first.addMonths(-1));
        p.previousTo = start;
        break;
    default:
        p.previousFrom = at(first.addDays(-days));
        p.previousTo = start;
    }
    return p;
}

void AnalyticsPage::refresh()
{
    m_stale = !isVisible();
    if (m_stale || !m_service)
        return;
    const Periods p
        = periodsOf(period(), QDateTime::currentDateTime(), m_from->date(), m_to->date());
    analytics::DashboardRequest request;
    request.id = m_requestId = analytics::DashboardRequest::newId();
    request.starts = analytics::bucketStarts(p.from, p.to);
    request.to = p.to;
    if (m_compare->isChecked()) {
        request.previousStarts = analytics::bucketStarts(p.previousFrom, p.previousTo);
        request.previousTo = p.previousTo;
    }
    request.reportingCurrency = reportingCurrency();
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, request] { service->requestDashboard(request); },
        Qt::QueuedConnection);
}

void AnalyticsPage::onEngineUpdated()
{
    refresh();
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AnalyticsPage::onRebuildProgress(qint64 objects)
{
    m_note->setText(
        tr("Counting what the store holds… %1 objects so far").arg(QLocale().toString(objects)));
}

void AnalyticsPage::onDashboard(const analytics::Dashboard &dashboard)
{
    if (dashboard.id != m_requestId)
        return; // an earlier question, or the Overview's
    m_dashboard = dashboard;
    {
        // Offer every rated currency, keeping the chosen one.
        const QSignalBlocker quiet(m_currency);
        const QString chosen = reportingCurrency();
        QStringList offered = dashboard.ratedCurrencies;
        if (!offered.contains(chosen))
            offered << chosen;
        offered.sort();
        QStringList current;
        for (int i = 0; i < m_currency->count(); ++i)
            current << m_currency->itemText(i);
        if (current != offered) {
            m_currency->clear();
            m_currency->addItems(offered);
            m_currency->setCurrentText(chosen);
        }
    }
    QStringList note;
    note << tr("Figures in %1, each day at that day's rate.").arg(dashboard.reportingCurrency);
    if (!dashboard.withoutRate.isEmpty())
        note << tr("No rate for %1: left out of the converted figures, shown on their own under "
                   "Volume by currency.")
                    .arg(dashboard.withoutRate.join(QStringLiteral(", ")));
    if (dashboard.overflowed)
        note << tr("Some amounts were too large to convert and are left out.");
    m_note->setText(note.join(u' '));
    m_note->setToolTip((dashboard.rates + dashboard.provenance).join(u'\n'));
    showTiles();
    m_charts->setDashboard(dashboard);
}

QString AnalyticsPage::moneyDetail(qint64 analytics::CurrencyDetail::*field) const
{
    QStringList lines;
    for (const analytics::CurrencyDetail &detail : m_dashboard.perCurrency)
        lines << moneyText(detail.*field, QString::fromStdString(detail.currency));
    if (!m_dashboard.rates.isEmpty())
        lines << QString() << m_dashboard.rates;
    if (!m_dashboard.withoutRate.isEmpty())
        lines << tr("Not converted (no rate): %1")
                     .arg(m_dashboard.withoutRate.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

void AnalyticsPage::showTiles()
{
    const analytics::Dashboard &d = m_dashboard;
    const QString currency = d.reportingCurrency;
    const auto money = [&](TileId id,
                           qint64 analytics::PeriodFigures::*field,
                           qint64 analytics::CurrencyDetail::*detail) {
        m_tiles[id]->setFigure(
            moneyText(d.current.*field, currency),
            trendText(double(d.current.*field), double(d.previous.*field), d.compared),
            moneyDetail(detail));
    };
    money(Gross, &analytics::PeriodFigures::gross, &analytics::CurrencyDetail::gross);
    money(Net, &analytics::PeriodFigures::net, &analytics::CurrencyDetail::net);
    money(Fees, &analytics::PeriodFigures::fees, &analytics::CurrencyDetail::fees);
    const QLocale locale;
    m_tiles[SuccessRate]->setFigure(
        rateValue(d.current.successRate()),
        rateTrendText(d.current.successRate(), d.previous.successRate(), d.compared),
        tr("%1 taken of %2 decided (%3 declined)")
            .arg(locale.toString(d.current.taken),
                 locale.toString(d.current.taken + d.current.declined),
                 locale.toString(d.current.declined)));
    m_tiles[RefundRate]->setFigure(
        rateValue(d.current.refundRate()),
        rateTrendText(d.current.refundRate(), d.previous.refundRate(), d.compared),
        tr("%1 refunds per %2 payments taken")
            .arg(locale.toString(d.current.refunds), locale.toString(d.current.taken)));
    m_tiles[DisputeRate]->setFigure(
        rateValue(d.current.disputeRate()),
        rateTrendText(d.current.disputeRate(), d.previous.disputeRate(), d.compared),
        tr("%1 disputes per %2 payments taken")
            .arg(locale.toString(d.current.disputes), locale.toString(d.current.taken)));
}

} // namespace paydeck::ui
