#include "overview_page.h"

#include <QEvent>

#include "charts/chart_view.h"
#include "charts/time_ticks.h"
#include "common/money_text.h"
#include "domain/currency.h"
#include "kpi_tile.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

QString rateText(qint64 succeeded, qint64 attempts, const QLocale &locale)
{
    if (attempts == 0)
        return QStringLiteral("—");
    return QCoreApplication::translate("paydeck::ui::OverviewPage", "%1 % of %2")
        .arg(locale.toString(100.0 * double(succeeded) / double(attempts), 'f', 1),
             locale.toString(attempts));
}

QString countAndAmount(qint64 count, qint64 amount, const QString &currency, const QLocale &locale)
{
    if (count == 0)
        return QCoreApplication::translate("paydeck::ui::OverviewPage", "none");
    return QCoreApplication::translate("paydeck::ui::OverviewPage", "%1 × %2")
        .arg(locale.toString(count), moneyText(amount, currency, locale));
}

/// Each currency's own amount, the rates used and what could not be converted.
QString detailText(const analytics::Dashboard &d, qint64 analytics::CurrencyDetail::*field)
{
    QStringList lines;
    lines << QCoreApplication::translate("paydeck::ui::OverviewPage", "Last 7 days by currency:");
    for (const analytics::CurrencyDetail &detail : d.perCurrency)
        lines << moneyText(detail.*field, QString::fromStdString(detail.currency));
    if (!d.rates.isEmpty())
        lines << QString() << d.rates;
    if (!d.withoutRate.isEmpty())
        lines << QCoreApplication::translate("paydeck::ui::OverviewPage",
                                             "Not converted (no rate): %1")
                     .arg(d.withoutRate.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

} // namespace

OverviewPage::OverviewPage(analytics::AnalyticsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_reportingCurrency(
          QSettings()
              .value(QStringLiteral("analytics/reportingCurrency"), QStringLiteral("EUR"))
              .toString())
    , m_gross(new KpiTile(tr("Gross volume"), this))
    , m_success(new KpiTile(tr("Successful payments"), this))
    , m_net(new KpiTile(tr("Net"), this))
    , m_refunds(new KpiTile(tr("Refunds"), this))
    , m_disputes(new KpiTile(tr("Disputes"), this))
    , m_reviews(new KpiTile(tr("Fraud reviews"), this))
    , m_chartNote(new QLabel(this))
    , m_staleNote(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new ChartView(m_chart, QStringLiteral("overview-hourly-volume"), this))
    , m_series(new QLineSeries)
    , m_baseline(new QLineSeries)
    , m_area(new QAreaSeries(m_series, m_baseline))
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxis(new QCategoryAxis)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Today"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #7a4a00; padding: 6px; }"));
    m_staleNote->hide();
    layout->addWidget(m_staleNote);
    // The tiles take the height they need, all the same, and never more.
    auto *tilesBox = new QWidget(this);
    tilesBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *tiles = new QGridLayout(tilesBox);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->addWidget(m_gross, 0, 0);
    tiles->addWidget(m_success, 0, 1);
    tiles->addWidget(m_net, 0, 2);
    tiles->addWidget(m_refunds, 0, 3);
    tiles->addWidget(m_disputes, 0, 4);
    tiles->addWidget(m_reviews, 0, 5);
    m_reviews->setObjectName(QStringLiteral("reviewsTile"));
    m_reviews->setFigure(QStringLiteral("–"), tr("fraud monitoring starting"));
    m_reviews->setCursor(Qt::PointingHandCursor);
    m_reviews->installEventFilter(this);
    layout->addWidget(tilesBox);

    auto *chartTitle = new QLabel(tr("Hourly volume, last 48 hours"), this);
    chartTitle->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(chartTitle);

    m_area->setName(tr("Succeeded payments"));
    QColor fill(QStringLiteral("#635bff"));
    fill.setAlpha(90);
    m_area->setBrush(fill);
    m_area->setPen(QPen(QColor(QStringLiteral("#635bff")), 2));
    m_chart->addSeries(m_area);
    // Labels are written here: whole hours on the time axis, round money on the value axis.
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_area->attachAxis(m_timeAxis);
    m_area->attachAxis(m_valueAxis);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setMinimumHeight(260);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_chartNote);
    // While the chart is hidden (nothing to draw yet) the space stays empty below the note,
    // instead of stretching the tiles.
    layout->addStretch(0);
    if (service) {
        connect(service,
                &analytics::AnalyticsService::dashboardReady,
                this,
                &OverviewPage::onDashboard,
                Qt::QueuedConnection);
    }
    updateChart();
}

void OverviewPage::refresh()
{
    if (!m_service)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    analytics::DashboardRequest week;
    week.id = m_weekRequest = analytics::DashboardRequest::newId();
    week.to = today.addDays(1).startOfDay().toSecsSinceEpoch();
    week.starts
        = analytics::bucketStarts(today.addDays(-6).startOfDay().toSecsSinceEpoch(), week.to);
    week.reportingCurrency = m_reportingCurrency;
    week.breakdownLimit = 1;
    analytics::DashboardRequest hours = week;
    hours.id = m_hoursRequest = analytics::DashboardRequest::newId();
    const qint64 hourEnd = now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600 + 3600;
    hours.to = hourEnd;
    hours.starts = analytics::bucketStarts(hourEnd - 48 * 3600, hourEnd);
    for (const auto &request : {week, hours}) {
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, request] { service->requestDashboard(request); },
            Qt::QueuedConnection);
    }
}

void OverviewPage::setReportingCurrency(const QString &code)
{
    if (code.isEmpty() || code == m_reportingCurrency)
        return;
    m_reportingCurrency = code;
    refresh();
}

void OverviewPage::onDashboard(const analytics::Dashboard &dashboard)
{
    if (dashboard.id == m_weekRequest) {
        m_week = dashboard;
        showTiles();
    } else if (dashboard.id == m_hoursRequest) {
        m_hours = dashboard;
        updateChart();
        emit figuresShown();
    }
}

void OverviewPage::showTiles()
{
    const QLocale locale;
    const analytics::Dashboard &d = m_week;
    if (d.buckets.empty())
        return;
    const analytics::PeriodFigures &today = d.buckets.back().figures;
    const analytics::PeriodFigures &week = d.current;
    const QString currency = d.reportingCurrency;
    m_gross->setValues(moneyText(today.gross, currency), moneyText(week.gross, currency));
    m_gross->setToolTip(detailText(d, &analytics::CurrencyDetail::gross));
    m_success->setValues(rateText(today.taken, today.taken + today.declined, locale),
                         rateText(week.taken, week.taken + week.declined, locale));
    m_net->setValues(moneyText(today.net, currency), moneyText(week.net, currency));
    m_net->setToolTip(detailText(d, &analytics::CurrencyDetail::net));
    m_refunds->setValues(countAndAmount(today.refunds, today.refunded, currency, locale),
                         countAndAmount(week.refunds, week.refunded, currency, locale));
    m_refunds->setToolTip(detailText(d, &analytics::CurrencyDetail::refunded));
    m_disputes->setValues(countAndAmount(today.disputes, today.disputed, currency, locale),
                          countAndAmount(week.disputes, week.disputed, currency, locale));
    m_disputes->setToolTip(detailText(d, &analytics::CurrencyDetail::disputed));
}

void OverviewPage::updateChart()
{
    const analytics::Dashboard &d = m_hours;
    const QString currency = d.reportingCurrency;
    const auto code = Currency::fromCode(QStringView(currency));
    // Chart points are display values in major units; money itself stays integer everywhere else.
    const double perMajor = code ? double(code->minorPerMajor()) : 1.0;
    QList<QPointF> points;
    QList<QPointF> base;
    double maximum = 0;
    for (const analytics::Bucket &hour : d.buckets) {
        const double x = double(hour.start) * 1000.0;
        const double value = double(hour.figures.gross) / perMajor;
        maximum = std::max(maximum, value);
        points << QPointF(x, value);
        base << QPointF(x, 0);
    }
    m_series->replace(points);
    m_baseline->replace(base);
    if (!d.buckets.empty())
        setTimeAxis(m_timeAxis, d.buckets.front().start, d.buckets.back().start, 8);
    setValueTicks(maximum, currency);
    // An empty chart draws no made-up axes: the note says why it is empty.
    const bool answered = d.id != 0;
    const bool empty = d.current.charges == 0 && d.balanceTransactions == 0;
    m_chartView->setVisible(answered && !empty);
    if (!answered || empty) {
        m_chartNote->setText(!answered ? tr("Counting the payments in the store…")
                             : m_firstSyncRunning
                                 ? tr("Loading: the first sync is still filling the store…")
                                 : tr("No payments yet."));
        return;
    }
    QString note
        = tr("%1 in the last 48 hours · %2 transactions in the store")
              .arg(moneyText(d.current.gross, currency), QLocale().toString(d.balanceTransactions));
    if (!d.withoutRate.isEmpty())
        note += u' '
                + tr("(not converted, no rate: %1)").arg(d.withoutRate.join(QStringLiteral(", ")));
    m_chartNote->setText(note);
    m_chartNote->setToolTip(d.rates.join(u'\n'));
}

} // namespace paydeck::ui

namespace paydeck::ui {

namespace {

/// 1, 2, 2.5 or 5 times a power of ten: about `ticks` steps up to `maximum`.
double niceStep(double maximum, int ticks)
{
    const double raw = std::max(maximum, 1.0) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

void OverviewPage::setValueTicks(double maximum, const QString &currency)
{
    const double step = std::max(1.0, niceStep(maximum * 1.1, 4)); // labels stay distinct
    const int steps = int(std::ceil(std::max(maximum * 1.1, 1.0) / step));
    for (const QString &label : m_valueAxis->categoriesLabels())
        m_valueAxis->remove(label);
    m_valueAxis->setStartValue(0);
    for (int i = 0; i <= steps; ++i) {
        const double value = step * i;
        // Whole major units read as money: "15,000 $", "0 €".
        const QString label = currency.isEmpty()
                                  ? QLocale().toString(value, 'f', 0)
                                  : wholeMoneyText(qint64(std::llround(value)), currency);
        m_valueAxis->append(label, value);
    }
    m_valueAxis->setRange(0, step * steps);
    m_valueAxis->setTitleText(currency.isEmpty() ? QString() : currency.toUpper());
}

void OverviewPage::setStaleness(const QString &note, bool firstSyncRunning)
{
    m_staleNote->setText(note);
    m_staleNote->setVisible(!note.isEmpty());
    if (firstSyncRunning != m_firstSyncRunning) {
        m_firstSyncRunning = firstSyncRunning;
        updateChart();
    }
}

QString OverviewPage::stalenessNote() const
{
    return m_staleNote->isVisible() ? m_staleNote->text() : QString();
}

QString OverviewPage::chartNote() const
{
    return m_chartNote->text();
}

void OverviewPage::setOpenReviews(qint64 open, qint64 needsInfo)
{
    m_reviews->setFigure(QLocale().toString(open),
                         tr("open · %1 need more info").arg(QLocale().toString(needsInfo)),
                         tr("Charges fraud scoring flagged that nobody has decided yet"));
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reviews && event->type() == QEvent::MouseButtonRelease)
        emit reviewsRequested();
    return QWidget::eventFilter(watched, event);
}

} // namespace paydeck::ui
