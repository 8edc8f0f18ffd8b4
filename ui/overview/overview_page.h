#pragma once

#include "analytics/analytics_service.h"

#include <QWidget>

class QLabel;
namespace QtCharts {}
class QChart;
class QChartView;
class QLineSeries;
class QAreaSeries;
class QCategoryAxis;

namespace paydeck::ui {

class KpiTile;

/// Overview: KPI tiles for today and the last 7 days, and the live hourly volume chart — in the
/// reporting currency, from the analytics engine (per-currency detail and rates in tooltips).
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(analytics::AnalyticsService *service, QWidget *parent = nullptr);
    /// Asks the engine for the last 7 days (today's figures are their last day) and 48 hours.
    void refresh();
    void setReportingCurrency(const QString &code);
    void onDashboard(const analytics::Dashboard &dashboard);
    /// Whether the figures are stale and why (empty: current), and whether a first sync is
    /// still filling the store (an empty store is then loading, not "no payments").
    void setStaleness(const QString &note, bool firstSyncRunning);
    QString stalenessNote() const;
    QString chartNote() const;
    const analytics::Dashboard &week() const { return m_week; }
    const analytics::Dashboard &hours() const { return m_hours; }
    QChart *chart() const { return m_chart; }
    KpiTile *grossTile() const { return m_gross; }
    KpiTile *reviewsTile() const { return m_reviews; }
    /// The fraud queue: open reviews, and how many of them the rules would block.
    void setOpenReviews(qint64 open, qint64 needsInfo);

signals:
    /// The reviews tile was clicked: the fraud queue is wanted.
    void reviewsRequested();

    /// New figures are on screen.
    void figuresShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTiles();
    void updateChart();
    /// Round values up to a little above `maximum` (major units), labelled as money.
    void setValueTicks(double maximum, const QString &currency);

    analytics::AnalyticsService *m_service;
    QString m_reportingCurrency;
    analytics::Dashboard m_week, m_hours;
    quint64 m_weekRequest = 0, m_hoursRequest = 0;
    KpiTile *m_gross;
    KpiTile *m_success;
    KpiTile *m_net;
    KpiTile *m_refunds;
    KpiTile *m_disputes;
    KpiTile *m_reviews;
    QLabel *m_chartNote;
    QLabel *m_staleNote;
    bool m_firstSyncRunning = false;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_series;
    QLineSeries *m_baseline;
    QAreaSeries *m_area;
    QCategoryAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
};

} // namespace paydeck::ui
