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
class QCategoryAxis;

namespace paydeck::ui {

class KpiTile;

/// Overview: KPI tiles for today and the last 7 days, and the live hourly volume chart.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setData(const store::OverviewData &data);
    /// Whether the figures are stale and why (empty: current), and whether a first sync is
    /// still filling the store (an empty store is then loading, not "no payments").
    void setStaleness(const QString &note, bool firstSyncRunning);
    QString stalenessNote() const;
    QString chartNote() const;
    const store::OverviewData &data() const { return m_data; }
    QChart *chart() const { return m_chart; }

private:
    void updateChart();
    /// Round values up to a little above `maximum` (major units), labelled as money.
    void setValueTicks(double maximum, const QString &currency);

    store::OverviewData m_data;
    KpiTile *m_gross;
    KpiTile *m_success;
    KpiTile *m_net;
    KpiTile *m_refunds;
    KpiTile *m_disputes;
    QComboBox *m_currency;
    QLabel *m_chartNote;
    QLabel *m_staleNote;
    bool m_firstSyncRunning = false;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_series;
    QLineSeries *m_baseline;
    QAreaSeries *m_area;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
};

} // namespace paydeck::ui
