#pragma once

// Edits an alert rule — or writes a new one — and backtests it over the stored history before
// it is saved: when it would have fired and resolved over the last 30 days, how often, and its
// metric against the threshold. The rule is checked by the same parser as a rule file, so the
// dialog refuses exactly what an import would.

#include "alerts/alert_rule.h"
#include "alerts/backtest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace paydeck::ui {

class ChartView;

class RuleEditor final : public QDialog
{
    Q_OBJECT
public:
    /// `rule` to edit, or none for a new one (its id is then asked for).
    explicit RuleEditor(const std::optional<alerts::AlertRule> &rule, QWidget *parent = nullptr);

    /// The rule as the form describes it, or why it is not one.
    Result<alerts::AlertRule> rule() const;
    /// What the last backtest found, in words (tests).
    QString backtestText() const;
    int backtestFirings() const { return m_firings; }

    // The form's fields, for tests that fill it like a person would.
    QDoubleSpinBox *thresholdField() const { return m_threshold; }
    QLineEdit *idField() const { return m_id; }
    QComboBox *metricField() const { return m_metric; }

public slots:
    void showBacktest(const paydeck::alerts::Backtest &result);
    /// Asks for a backtest of the form's rule over the last 30 days.
    void runBacktest();
    /// Saves (asks for it by signal) when the rule is valid; says why not otherwise.
    void save();

signals:
    void backtestRequested(const paydeck::alerts::AlertRule &rule, qint64 from, qint64 to);
    void saveRequested(const paydeck::alerts::AlertRule &rule);

private:
    void fill(const alerts::AlertRule &rule);
    void drawSeries(const alerts::Backtest &result);

    alerts::AlertRule m_original;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_metric;
    QLineEdit *m_currency;
    QLineEdit *m_declineCode;
    QSpinBox *m_window;
    QComboBox *m_condition;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_hasClear;
    QDoubleSpinBox *m_clear;
    QSpinBox *m_minimumVolume;
    QSpinBox *m_pending;
    QComboBox *m_severity;
    QLabel *m_problem;
    QLabel *m_result;
    QListWidget *m_firingsList;
    ChartView *m_chart;
    QPushButton *m_backtest;
    int m_firings = -1;
};

} // namespace paydeck::ui
