#pragma once

#include "analytics/dashboard.h"

#include <QWidget>

#include <array>

class QAbstractSeries;
class QBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QValueAxis;
class QAbstractBarSeries;

namespace paydeck::ui {

class ChartView;

/// The Analytics screen's charts, kept and updated in place (no flicker, the view stays where
/// the user left it). Every bar and point drills down: `drillDown` names exactly the objects
/// that make up what was clicked.
class AnalyticsCharts final : public QWidget
{
    Q_OBJECT
public:
    enum ChartId {
        Volume,
        SuccessRate,
        Fees,
        RefundDisputeRates,
        Payouts,
        ByCurrency,
        ByBrand,
        ByCountry,
        DeclineReasons,
        ChartCount
    };

    explicit AnalyticsCharts(QWidget *parent = nullptr);
    void setDashboard(const analytics::Dashboard &dashboard);
    ChartView *view(ChartId id) const { return m_views[id]; }
    /// What clicking point/bar `index` of series/set `series` of a chart means: the filter of
    /// its objects and a title; no kind when it is not a figure of objects.
    std::pair<analytics::Filter, QString> drillFor(ChartId id, int series, int index) const;
    /// As a click does.
    void drill(ChartId id, int series, int index);

signals:
    void drillDown(const paydeck::analytics::Filter &filter, const QString &title);
    void message(const QString &text);

private:
    struct TimeChart
    {
        QChart *chart = nullptr;
        QCategoryAxis *time = nullptr;
        QValueAxis *values = nullptr;
        std::vector<QAbstractSeries *> series;
    };
    struct BarChart
    {
        QChart *chart = nullptr;
        QAbstractBarSeries *series = nullptr;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *values = nullptr;
    };

    ChartView *addView(ChartId id, QChart *chart, const QString &fileStem);
    TimeChart makeLineChart(ChartId id, const QString &title, const QStringList &names);
    TimeChart makeTimeBarChart(ChartId id, const QString &title, const QStringList &names);
    BarChart makeBreakdown(ChartId id, const QString &title, const QStringList &sets, bool stacked);
    void connectLine(ChartId id, QLineSeries *series, int index);
    void connectBars(ChartId id, QAbstractBarSeries *series);

    /// Money and small rates from zero; success rates in the band they move in.
    void updateLines(TimeChart &chart,
                     const std::vector<std::vector<std::optional<double>>> &values,
                     bool fromZero);
    void updateTimeBars(TimeChart &chart, const std::vector<std::vector<double>> &values);
    void updateBreakdown(BarChart &chart,
                         const QStringList &labels,
                         const std::vector<std::vector<double>> &values);
    int bucketNear(double xMs) const;
    double major(qint64 minor) const;
    QString bucketText(int index) const;

    analytics::Dashboard m_data;
    std::array<ChartView *, ChartCount> m_views{};
    TimeChart m_volume, m_success, m_fees, m_rates, m_payouts;
    BarChart m_currency, m_brand, m_country, m_decline;
};

} // namespace paydeck::ui
