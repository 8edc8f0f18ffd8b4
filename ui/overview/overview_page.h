#pragma once

#include "store/store_reader.h"

#include <QWidget>

class QComboBox;
class QLabel;
namespace QtCharts {}
class QChart;
class QChartView;
class QLineSeries;
class QAreaSeries;
class QDateTimeAxis;
class QValueAxis;

namespace paydeck::ui {

class KpiTile;

/// Overview: KPI tiles for today and the last 7 days, and the live hourly volume chart.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setData(const store::OverviewData &data);
    const store::OverviewData &data() const { return m_data; }
    QChart *chart() const { return m_chart; }

private:
    void updateChart();

    store::OverviewData m_data;
    KpiTile *m_gross;
    KpiTile *m_success;
    KpiTile *m_net;
    KpiTile *m_refunds;
    KpiTile *m_disputes;
    QComboBox *m_currency;
    QLabel *m_chartNote;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_series;
    QLineSeries *m_baseline;
    QAreaSeries *m_area;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
};

} // namespace paydeck::ui
