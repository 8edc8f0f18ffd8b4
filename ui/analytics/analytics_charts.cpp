#include "analytics_charts.h"

#include "charts/chart_view.h"
#include "charts/time_ticks.h"
#include "common/money_text.h"
#include "domain/currency.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace paydeck::ui {

namespace {

using analytics::Filter;
using analytics::Kind;
using analytics::Outcome;

constexpr quint32 bit(Outcome o)
{
    return 1u << int(o);
}
constexpr quint32 kTaken
    = bit(Outcome::Succeeded) | bit(Outcome::Refunded) | bit(Outcome::Disputed);

const QColor kPalette[] = {QColor(0x63, 0x5b, 0xff),
                           QColor(0x0a, 0x9e, 0x6e),
                           QColor(0xe5, 0x6b, 0x1f),
                           QColor(0xc0, 0x39, 0x2b)};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 18, 4)); // room for the last time label
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates move nothing around
    return chart;
}

std::optional<double> percent(std::optional<double> ratio)
{
    if (!ratio)
        return std::nullopt;
    return *ratio * 100.0;
}

/// In place where the bars stay the same (no flicker), else anew.
void setBarValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

QString keyText(const std::string &key)
{
    return key.empty() ? AnalyticsCharts::tr("unknown") : QString::fromStdString(key);
}

} // namespace

AnalyticsCharts::AnalyticsCharts(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_volume = makeLineChart(
        Volume, tr("Gross and net volume"), {tr("Gross"), tr("Net"), tr("Gross, previous period")});
    m_success = makeLineChart(
        SuccessRate, tr("Success rate (%)"), {tr("Success rate"), tr("Previous period")});
    m_fees = makeTimeBarChart(Fees, tr("Fees"), {tr("Fees")});
    m_rates = makeLineChart(RefundDisputeRates,
                            tr("Refund and dispute rates (%)"),
                            {tr("Refunds per payment taken"), tr("Disputes per payment taken")});
    m_payouts = makeTimeBarChart(Payouts, tr("Payouts: due and paid"), {tr("Due"), tr("Paid")});
    m_currency = makeBreakdown(ByCurrency, tr("Volume by currency"), {tr("Volume")}, false);
    m_brand = makeBreakdown(
        ByBrand, tr("Payments by card brand"), {tr("Succeeded"), tr("Declined")}, true);
    m_country = makeBreakdown(
        ByCountry, tr("Payments by card country"), {tr("Succeeded"), tr("Declined")}, true);
    m_decline = makeBreakdown(DeclineReasons, tr("Decline reasons"), {tr("Declined")}, false);
    for (int id = 0; id < ChartCount; ++id) {
        m_views[id]->setMinimumHeight(250);
        grid->addWidget(m_views[id], id / 2, id % 2);
    }
}

ChartView *AnalyticsCharts::addView(ChartId id, QChart *chart, const QString &fileStem)
{
    auto *view = new ChartView(chart, fileStem, this);
    view->setObjectName(fileStem);
    view->setAccessibleName(chart->title());
    connect(view, &ChartView::saved, this, &AnalyticsCharts::message);
    m_views[id] = view;
    return view;
}

AnalyticsCharts::TimeChart
AnalyticsCharts::makeLineChart(ChartId id, const QString &title, const QStringList &names)
{
    TimeChart c{newChart(title), new QCategoryAxis, new QValueAxis, {}};
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.chart->addAxis(c.values, Qt::AlignLeft);
    for (int i = 0; i < names.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(names[i]);
        QPen pen(kPalette[i % 4], 2);
        if (names[i] == tr("Gross, previous period") || names[i] == tr("Previous period")) {
            pen.setColor(QColor(0x99, 0x99, 0x99));
            pen.setStyle(Qt::DashLine);
        }
        line->setPen(pen);
        line->setPointsVisible(true); // points are what one clicks
        c.chart->addSeries(line);
        line->attachAxis(c.time);
        line->attachAxis(c.values);
        connectLine(id, line, i);
        c.series.push_back(line);
    }
    addView(id, c.chart, QStringLiteral("chart-%1").arg(int(id)));
    return c;
}

AnalyticsCharts::TimeChart
AnalyticsCharts::makeTimeBarChart(ChartId id, const QString &title, const QStringList &names)
{
    // Bars stand at 0, 1, 2 …; the axis labels the round ones with their time.
    TimeChart c{newChart(title), new QCategoryAxis, new QValueAxis, {}};
    auto *bars = new QBarSeries;
    for (int i = 0; i < names.size(); ++i) {
        auto *set = new QBarSet(names[i]);
        set->setColor(kPalette[i % 4]);
        bars->append(set);
    }
    c.chart->addSeries(bars);
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.chart->addAxis(c.values, Qt::AlignLeft);
    bars->attachAxis(c.time);
    bars->attachAxis(c.values);
    connectBars(id, bars);
    c.series.push_back(bars);
    addView(id, c.chart, QStringLiteral("chart-%1").arg(int(id)));
    return c;
}

AnalyticsCharts::BarChart AnalyticsCharts::makeBreakdown(ChartId id,
                                                         const QString &title,
                                                         const QStringList &sets,
                                                         bool stacked)
{
    BarChart c{newChart(title), nullptr, new QBarCategoryAxis, new QValueAxis};
    c.series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                       : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    for (int i = 0; i < sets.size(); ++i) {
        auto *set = new QBarSet(sets[i]);
        set->setColor(kPalette[(id == DeclineReasons ? 3 : i * 3) % 4]);
        c.series->append(set);
    }
    c.chart->addSeries(c.series);
    c.categories->setTruncateLabels(false); // "BHD (no rate)" whole, never "…"
    c.chart->addAxis(c.categories, Qt::AlignLeft);
    c.chart->addAxis(c.values, Qt::AlignBottom);
    c.series->attachAxis(c.categories);
    c.series->attachAxis(c.values);
    if (sets.size() == 1)
        c.chart->legend()->hide();
    connectBars(id, c.series);
    addView(id, c.chart, QStringLiteral("chart-%1").arg(int(id)));
    return c;
}

void AnalyticsCharts::connectLine(ChartId id, QLineSeries *series, int index)
{
    connect(series, &QLineSeries::clicked, this, [this, id, index](const QPointF &point) {
        const int bucket = bucketNear(point.x());
        if (bucket >= 0)
            drill(id, index, bucket);
    });
}

void AnalyticsCharts::connectBars(ChartId id, QAbstractBarSeries *series)
{
    connect(
        series, &QAbstractBarSeries::clicked, this, [this, id, series](int index, QBarSet *set) {
            // Breakdowns draw their largest group at the top, i.e. last.
            const bool breakdown = id >= ByCurrency;
            drill(id,
                  int(series->barSets().indexOf(set)),
                  breakdown ? int(set->count()) - 1 - index : index);
        });
}

int AnalyticsCharts::bucketNear(double xMs) const
{
    int best = -1;
    double distance = 0;
    for (size_t i = 0; i < m_data.buckets.size(); ++i) {
        const double d = std::abs(double(m_data.buckets[i].start) * 1000.0 - xMs);
        if (best < 0 || d < distance) {
            best = int(i);
            distance = d;
        }
    }
    return best;
}

double AnalyticsCharts::major(qint64 minor) const
{
    const auto code = Currency::fromCode(QStringView(m_data.reportingCurrency));
    return double(minor) / double(code ? code->minorPerMajor() : 1);
}

QString AnalyticsCharts::bucketText(int index) const
{
    const auto &b = m_data.buckets[size_t(index)];
    const QDateTime start = QDateTime::fromSecsSinceEpoch(b.start);
    const QLocale locale;
    if (b.end - b.start <= 3600)
        return locale.toString(start, QStringLiteral("ddd d MMM, HH:00"));
    return locale.toString(start.date(), QLocale::LongFormat);
}

void AnalyticsCharts::drill(ChartId id, int series, int index)
{
    const auto [filter, title] = drillFor(id, series, index);
    if (filter.kind)
        emit drillDown(filter, title);
    else if (!title.isEmpty())
        emit message(title);
}

std::pair<analytics::Filter, QString>
AnalyticsCharts::drillFor(ChartId id, int series, int index) const
{
    Filter f;
    const auto &buckets = m_data.buckets;
    const bool timeChart = id == Volume || id == SuccessRate || id == Fees
                           || id == RefundDisputeRates || id == Payouts;
    if (timeChart) {
        // A previous period's line is a comparison, not objects of this period.
        if (index < 0 || size_t(index) >= buckets.size()
            || ((id == Volume && series == 2) || (id == SuccessRate && series == 1)))
            return {f, QString()};
        f.from = buckets[size_t(index)].start;
        f.to = buckets[size_t(index)].end;
    } else if (!buckets.empty()) {
        f.from = buckets.front().start;
        f.to = buckets.back().end;
    }
    const QString when = timeChart ? bucketText(index) : QString();
    const auto share
        = [&](const std::vector<analytics::Share> &shares) -> const analytics::Share * {
        return index >= 0 && size_t(index) < shares.size() ? &shares[size_t(index)] : nullptr;
    };
    switch (id) {
    case Volume:
        f.kind = Kind::Charge;
        f.outcomes = kTaken;
        if (series == 1) { // net: the balance transactions it sums
            f.kind = Kind::Balance;
            f.outcomes = 0;
            f.notDetail = "payout";
            return {f, tr("Balance transactions (net), %1").arg(when)};
        }
        return {f, tr("Payments taken, %1").arg(when)};
    case SuccessRate:
        f.kind = Kind::Charge;
        f.outcomes = kTaken | bit(Outcome::Declined);
        return {f, tr("Payments decided (taken or declined), %1").arg(when)};
    case Fees:
        f.kind = Kind::Balance;
        f.notDetail = "payout";
        return {f, tr("Balance transactions (fees), %1").arg(when)};
    case RefundDisputeRates:
        if (series == 0) {
            f.kind = Kind::Refund;
            f.outcome = Outcome::Succeeded;
            return {f, tr("Refunds, %1").arg(when)};
        }
        f.kind = Kind::Dispute;
        return {f, tr("Disputes, %1").arg(when)};
    case Payouts:
        f.kind = Kind::Payout;
        if (series == 1) {
            f.outcome = Outcome::Paid;
            return {f, tr("Payouts paid, %1").arg(when)};
        }
        return {f, tr("Payouts due, %1").arg(when)};
    case ByCurrency:
    case ByBrand:
    case ByCountry:
    case DeclineReasons: {
        const std::vector<analytics::Share> &shares = id == ByCurrency  ? m_data.byCurrency
                                                      : id == ByBrand   ? m_data.byMethod
                                                      : id == ByCountry ? m_data.byCountry
                                                                        : m_data.byDecline;
        const analytics::Share *s = share(shares);
        if (!s)
            return {Filter{}, QString()};
        if (s->key.empty()) // an empty value would filter nothing out
            return {Filter{}, tr("These payments have no value here to filter by.")};
        f.kind = Kind::Charge;
        const bool declined = id == DeclineReasons || series == 1;
        if (declined)
            f.outcome = Outcome::Declined;
        else
            f.outcomes = kTaken;
        const QString key = QString::fromStdString(s->key);
        QString title;
        switch (id) {
        case ByCurrency:
            f.currency = s->key;
            title = tr("Payments taken in %1").arg(key.toUpper());
            break;
        case ByBrand:
            f.method = s->key;
            title = declined ? tr("Declined %1 payments").arg(key)
                             : tr("Succeeded %1 payments").arg(key);
            break;
        case ByCountry:
            f.country = s->key;
            title = declined ? tr("Declined payments from cards of %1").arg(key)
                             : tr("Succeeded payments from cards of %1").arg(key);
            break;
        default:
            f.detail = s->key;
            title = tr("Payments declined with %1").arg(key);
        }
        const QLocale locale;
        const QDate first = QDateTime::fromSecsSinceEpoch(f.from).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(f.to - 1).date();
        const QString period = first == last
                                   ? locale.toString(first, QStringLiteral("d MMM"))
                                   : QStringLiteral("%1 – %2").arg(
                                       locale.toString(first, QStringLiteral("d MMM")),
                                       locale.toString(last, QStringLiteral("d MMM yyyy")));
        return {f, tr("%1, %2").arg(title, period)};
    }
    case ChartCount:
        break;
    }
    return {Filter{}, QString()};
}

void AnalyticsCharts::setDashboard(const analytics::Dashboard &d)
{
    m_data = d;
    const size_t n = d.buckets.size();
    const auto series = [&](auto value) {
        std::vector<std::optional<double>> out(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = value(d.buckets[i].figures);
        return out;
    };
    // The previous period's i-th bucket is drawn under this period's i-th.
    const auto previous = [&](auto value) {
        std::vector<std::optional<double>> out(n);
        for (size_t i = 0; i < n && i < d.previousBuckets.size(); ++i)
            out[i] = value(d.previousBuckets[i].figures);
        return out;
    };
    using P = analytics::PeriodFigures;
    updateLines(m_volume,
                {series([&](const P &p) { return std::optional(major(p.gross)); }),
                 series([&](const P &p) { return std::optional(major(p.net)); }),
                 d.compared ? previous([&](const P &p) { return std::optional(major(p.gross)); })
                            : std::vector<std::optional<double>>{}},
                true);
    updateLines(m_success,
                {series([](const P &p) { return percent(p.successRate()); }),
                 d.compared ? previous([](const P &p) { return percent(p.successRate()); })
                            : std::vector<std::optional<double>>{}},
                false);
    updateLines(m_rates,
                {series([](const P &p) { return percent(p.refundRate()); }),
                 series([](const P &p) { return percent(p.disputeRate()); })},
                true);
    std::vector<double> fees(n), due(n), paid(n);
    for (size_t i = 0; i < n; ++i) {
        fees[i] = major(d.buckets[i].figures.fees);
        due[i] = major(d.buckets[i].figures.payoutsExpected);
        paid[i] = major(d.buckets[i].figures.payoutsPaid);
    }
    updateTimeBars(m_fees, {fees});
    updateTimeBars(m_payouts, {due, paid});
    for (TimeChart *c : {&m_volume, &m_fees, &m_payouts})
        c->values->setTitleText(d.reportingCurrency);

    const QLocale locale;
    QStringList labels;
    std::vector<double> amounts;
    for (const analytics::Share &s : d.byCurrency) {
        const QString code = QString::fromStdString(s.key).toUpper();
        labels << (s.amount ? code : tr("%1 (no rate)").arg(code));
        amounts.push_back(s.amount ? major(*s.amount) : 0.0);
    }
    updateBreakdown(m_currency, labels, {amounts});
    m_currency.values->setTitleText(d.reportingCurrency);
    const auto rated = [&](const std::vector<analytics::Share> &shares, BarChart &chart) {
        QStringList names;
        std::vector<double> taken, declined;
        for (const analytics::Share &s : shares) {
            const qint64 decided = s.taken + s.declined;
            names << tr("%1 · %2 %")
                         .arg(keyText(s.key),
                              locale.toString(decided ? 100.0 * double(s.taken) / double(decided)
                                                      : 0.0,
                                              'f',
                                              1));
            taken.push_back(double(s.taken));
            declined.push_back(double(s.declined));
        }
        updateBreakdown(chart, names, {taken, declined});
    };
    rated(d.byMethod, m_brand);
    rated(d.byCountry, m_country);
    labels.clear();
    std::vector<double> declines;
    for (const analytics::Share &s : d.byDecline) {
        labels << keyText(s.key);
        declines.push_back(double(s.declined));
    }
    updateBreakdown(m_decline, labels, {declines});
}

void AnalyticsCharts::updateLines(TimeChart &chart,
                                  const std::vector<std::vector<std::optional<double>>> &values,
                                  bool fromZero)
{
    const auto &b = m_data.buckets;
    double low = 0, high = 0;
    bool any = false;
    for (size_t s = 0; s < chart.series.size(); ++s) {
        QList<QPointF> points;
        if (s < values.size()) {
            for (size_t i = 0; i < values[s].size() && i < b.size(); ++i) {
                if (!values[s][i])
                    continue; // no payments: no point, rather than a made-up 0 %
                const double v = *values[s][i];
                points << QPointF(double(b[i].start) * 1000.0, v);
                low = any ? std::min(low, v) : v;
                high = any ? std::max(high, v) : v;
                any = true;
            }
        }
        auto *line = static_cast<QLineSeries *>(chart.series[s]);
        line->replace(points);
        line->setVisible(s < values.size() && !values[s].empty());
    }
    if (!b.empty())
        setTimeAxis(chart.time, b.front().start, b.back().start, 7);
    if (fromZero) {
        chart.values->setRange(std::min(0.0, low), any && high > 0 ? high * 1.05 : 1.0);
    } else {
        // Rates: the band they move in, so that a change of a point shows.
        const double pad = std::max((high - low) * 0.25, 0.5);
        chart.values->setRange(std::max(0.0, low - pad), std::min(100.0, high + pad));
    }
    chart.values->applyNiceNumbers();
    chart.values->setLabelFormat(QStringLiteral("%.0f"));
}

void AnalyticsCharts::updateTimeBars(TimeChart &chart,
                                     const std::vector<std::vector<double>> &values)
{
    auto *bars = static_cast<QBarSeries *>(chart.series.front());
    double high = 0;
    for (int s = 0; s < int(bars->count()) && size_t(s) < values.size(); ++s) {
        setBarValues(bars->barSets()[s],
                     QList<qreal>(values[size_t(s)].begin(), values[size_t(s)].end()));
        for (const double v : values[size_t(s)])
            high = std::max(high, v);
    }
    // Label the bars that start on a round time with that time.
    const auto &b = m_data.buckets;
    for (const QString &label : chart.time->categoriesLabels())
        chart.time->remove(label);
    chart.time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart.time->setStartValue(-0.5);
    if (!b.empty()) {
        for (const TimeTick &tick : roundTimeTicks(b.front().start, b.back().start, 7)) {
            for (size_t i = 0; i < b.size(); ++i) {
                if (b[i].start == tick.at && !chart.time->categoriesLabels().contains(tick.label))
                    chart.time->append(tick.label, double(i));
            }
        }
    }
    chart.time->setRange(-0.5, double(std::max<size_t>(b.size(), 1)) - 0.5);
    chart.values->setRange(0, high > 0 ? high * 1.05 : 1.0);
    chart.values->applyNiceNumbers();
    chart.values->setLabelFormat(QStringLiteral("%.0f"));
}

void AnalyticsCharts::updateBreakdown(BarChart &chart,
                                      const QStringList &labels,
                                      const std::vector<std::vector<double>> &values)
{
    // Largest at the top: a horizontal chart draws its first category at the bottom.
    QStringList reversed(labels.rbegin(), labels.rend());
    if (chart.categories->categories() != reversed) {
        chart.categories->clear();
        chart.categories->append(reversed);
    }
    double high = 0;
    const QList<QBarSet *> sets = chart.series->barSets();
    for (int s = 0; s < sets.size() && size_t(s) < values.size(); ++s) {
        setBarValues(sets[s], QList<qreal>(values[size_t(s)].rbegin(), values[size_t(s)].rend()));
    }
    const bool stacked = chart.series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    for (int i = 0; i < labels.size(); ++i) {
        double total = 0;
        for (const auto &v : values) {
            const double value = size_t(i) < v.size() ? v[size_t(i)] : 0.0;
            total = stacked ? total + value : std::max(total, value);
        }
        high = std::max(high, total);
    }
    chart.values->setRange(0, high > 0 ? high * 1.05 : 1.0);
    chart.values->applyNiceNumbers();
    chart.values->setLabelFormat(QStringLiteral("%.0f"));
}

} // namespace paydeck::ui
