#include "overview_page.h"

#include "common/money_text.h"
#include "domain/currency.h"
#include "kpi_tile.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
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

QString countAndAmount(qint64 count,
                       const QMap<QString, qint64> &amounts,
                       const QStringList &order,
                       const QLocale &locale)
{
    if (count == 0)
        return QCoreApplication::translate("paydeck::ui::OverviewPage", "none");
    return QCoreApplication::translate("paydeck::ui::OverviewPage", "%1 × %2")
        .arg(locale.toString(count), moneyListText(amounts, order, locale, 2));
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_gross(new KpiTile(tr("Gross volume"), this))
    , m_success(new KpiTile(tr("Successful payments"), this))
    , m_net(new KpiTile(tr("Net"), this))
    , m_refunds(new KpiTile(tr("Refunds"), this))
    , m_disputes(new KpiTile(tr("Disputes"), this))
    , m_currency(new QComboBox(this))
    , m_chartNote(new QLabel(this))
    , m_staleNote(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QLineSeries)
    , m_baseline(new QLineSeries)
    , m_area(new QAreaSeries(m_series, m_baseline))
    , m_timeAxis(new QDateTimeAxis)
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
    layout->addWidget(tilesBox);

    auto *chartBar = new QHBoxLayout;
    auto *chartTitle = new QLabel(tr("Hourly volume, last 48 hours"), this);
    chartTitle->setObjectName(QStringLiteral("sectionHeading"));
    chartBar->addWidget(chartTitle);
    chartBar->addStretch();
    chartBar->addWidget(new QLabel(tr("Currency:"), this));
    m_currency->setAccessibleName(tr("Chart currency"));
    chartBar->addWidget(m_currency);
    layout->addLayout(chartBar);

    m_area->setName(tr("Succeeded payments"));
    QColor fill(QStringLiteral("#635bff"));
    fill.setAlpha(90);
    m_area->setBrush(fill);
    m_area->setPen(QPen(QColor(QStringLiteral("#635bff")), 2));
    m_chart->addSeries(m_area);
    m_timeAxis->setFormat(QStringLiteral("ddd HH:mm"));
    m_timeAxis->setTickCount(9);
    // Labels are written here (grouped digits, the currency), at round values.
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_area->attachAxis(m_timeAxis);
    m_area->attachAxis(m_valueAxis);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_chartNote);
    // While the chart is hidden (nothing to draw yet) the space stays empty below the note,
    // instead of stretching the tiles.
    layout->addStretch(0);

    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] { updateChart(); });
}

void OverviewPage::setData(const store::OverviewData &data)
{
    m_data = data;
    const QLocale locale;
    const QStringList &order = data.currenciesByVolume;
    m_gross->setValues(moneyListText(data.today.gross, order, locale),
                       moneyListText(data.week.gross, order, locale, 2));
    m_success->setValues(rateText(data.today.succeeded, data.today.attempts, locale),
                         rateText(data.week.succeeded, data.week.attempts, locale));
    m_net->setValues(moneyListText(data.today.net, order, locale),
                     moneyListText(data.week.net, order, locale, 2));
    m_refunds->setValues(countAndAmount(data.today.refundCount, data.today.refunds, order, locale),
                         countAndAmount(data.week.refundCount, data.week.refunds, order, locale));
    m_disputes->setValues(
        countAndAmount(data.today.disputeCount, data.today.disputes, order, locale),
        countAndAmount(data.week.disputeCount, data.week.disputes, order, locale));

    const QString selected = m_currency->currentData().toString();
    QSignalBlocker block(m_currency);
    m_currency->clear();
    for (const QString &code : order)
        m_currency->addItem(code.toUpper(), code);
    const int index = m_currency->findData(selected);
    m_currency->setCurrentIndex(index >= 0 ? index : 0);
    updateChart();
}

void OverviewPage::updateChart()
{
    const QString currency = m_currency->currentData().toString();
    const auto code = Currency::fromCode(currency);
    // Chart points are display values in major units; money itself stays integer everywhere else.
    const double perMajor = code ? double(code->minorPerMajor()) : 1.0;
    QMap<qint64, qint64> byHour;
    for (const auto &hour : m_data.hourly.value(currency))
        byHour.insert(hour.start, hour.amount);
    QList<QPointF> points;
    QList<QPointF> base;
    double maximum = 0;
    qint64 total = 0;
    for (int i = 0; i < 48; ++i) {
        const qint64 start = m_data.hourlyFrom + qint64(i) * 3600;
        const double x = double(start) * 1000.0;
        const double value = double(byHour.value(start)) / perMajor;
        total += byHour.value(start);
        maximum = std::max(maximum, value);
        points << QPointF(x, value);
        base << QPointF(x, 0);
    }
    m_series->replace(points);
    m_baseline->replace(base);
    if (m_data.hourlyFrom > 0) {
        // 48 hours with a tick every 6: ticks on whole hours.
        m_timeAxis->setRange(QDateTime::fromSecsSinceEpoch(m_data.hourlyFrom),
                             QDateTime::fromSecsSinceEpoch(m_data.hourlyFrom + 48 * 3600));
    }
    setValueTicks(maximum, currency);
    // An empty chart draws no made-up axes: the note says why it is empty.
    m_chartView->setVisible(!currency.isEmpty());
    m_chartNote->setText(
        currency.isEmpty()
            ? (m_firstSyncRunning ? tr("Loading: the first sync is still filling the store…")
                                  : tr("No payments yet."))
            : tr("%1 in the last 48 hours · %2 transactions in the store")
                  .arg(moneyText(total, currency), QLocale().toString(m_data.transactionCount)));
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

} // namespace paydeck::ui
