#pragma once

#include "analytics/analytics_service.h"
#include "transactions/filter_bar.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace paydeck::ui {

class AnalyticsCharts;
class KpiTile;

/// Analytics: a period (today, 7 or 30 days, this or last month, custom) against the one before
/// it, in a reporting currency; tiles with their trend and the charts, which drill down into the
/// Transactions screen. Figures come from the analytics service's thread, by signal.
class AnalyticsPage final : public QWidget
{
    Q_OBJECT
public:
    enum TileId { Gross, Net, Fees, SuccessRate, RefundRate, DisputeRate, TileCount };

    explicit AnalyticsPage(analytics::AnalyticsService *service, QWidget *parent = nullptr);
    AnalyticsCharts *charts() const { return m_charts; }
    KpiTile *tile(TileId id) const { return m_tiles[id]; }
    const analytics::Dashboard &dashboard() const { return m_dashboard; }
    QString reportingCurrency() const;
    void setReportingCurrency(const QString &code);
    void setPeriod(FilterBar::Period period);
    FilterBar::Period period() const;
    /// Custom: whole local days, `to` included.
    void setCustomRange(QDate from, QDate to);
    QString noteText() const;

    /// [from, to) of a period, ending with the current hour or day (never in the future), and
    /// the same length of the period before it (the month before for months).
    struct Periods
    {
        qint64 from = 0, to = 0, previousFrom = 0, previousTo = 0;
    };
    static Periods periodsOf(FilterBar::Period period, QDateTime now, QDate from, QDate to);

public slots:
    /// Asks for the chosen period's figures (the answer replaces what is shown, in place).
    void refresh();
    void onDashboard(const paydeck::analytics::Dashboard &dashboard);
    /// The engine changed: refresh now if shown, else when shown.
    void onEngineUpdated();
    void onRebuildProgress(qint64 objects);

signals:
    void reportingCurrencyChanged(const QString &code);
    void drillDownRequested(const paydeck::analytics::Filter &filter, const QString &title);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTiles();
    QString moneyDetail(qint64 analytics::CurrencyDetail::*field) const;

    analytics::AnalyticsService *m_service;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_compare;
    QComboBox *m_currency;
    QLabel *m_note;
    std::array<KpiTile *, TileCount> m_tiles{};
    AnalyticsCharts *m_charts;
    analytics::Dashboard m_dashboard;
    quint64 m_requestId = 0;
    bool m_stale = true;
};

} // namespace paydeck::ui
