#include "rule_editor.h"

#include "alerts_model.h"
#include "charts/chart_view.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>

namespace paydeck::ui {

using alerts::AlertRule;
using alerts::Condition;
using alerts::Metric;
using alerts::Severity;

namespace {

constexpr qint64 kBacktestDays = 30;
constexpr int kMaxChartPoints = 1500; // a month by the minute is 43,200: the worst per bucket

template<typename E>
void addNames(QComboBox *combo, int count, const char *(*name)(E))
{
    for (int i = 0; i < count; ++i)
        combo->addItem(QLatin1String(name(E(i))), i);
}

QString when(qint64 t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t), QLocale::ShortFormat);
}

} // namespace

RuleEditor::RuleEditor(const std::optional<AlertRule> &rule, QWidget *parent)
    : QDialog(parent)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_metric(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_declineCode(new QLineEdit(this))
    , m_window(new QSpinBox(this))
    , m_condition(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_hasClear(new QCheckBox(tr("Clears at"), this))
    , m_clear(new QDoubleSpinBox(this))
    , m_minimumVolume(new QSpinBox(this))
    , m_pending(new QSpinBox(this))
    , m_severity(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_result(new QLabel(this))
    , m_firingsList(new QListWidget(this))
    , m_chart(new ChartView(new QChart, QStringLiteral("backtest"), this))
    , m_backtest(new QPushButton(tr("Backtest the last 30 days"), this))
{
    setWindowTitle(rule ? tr("Edit alert rule") : tr("New alert rule"));
    setObjectName(QStringLiteral("ruleEditor"));
    addNames<Metric>(m_metric, int(Metric::PayoutAmountDiffers) + 1, &alerts::metricName);
    addNames<Condition>(m_condition, int(Condition::ZScoreBelow) + 1, &alerts::conditionName);
    addNames<Severity>(m_severity, int(Severity::Critical) + 1, &alerts::severityName);
    m_window->setRange(1, 60 * 24 * 28);
    m_window->setSuffix(tr(" min"));
    m_pending->setRange(0, 60 * 24 * 7);
    m_pending->setSuffix(tr(" min"));
    m_minimumVolume->setRange(0, 1000000);
    for (QDoubleSpinBox *box : {m_threshold, m_clear}) {
        box->setRange(0, 1e12);
        box->setDecimals(4);
    }
    m_currency->setPlaceholderText(tr("all (amounts need one, e.g. EUR)"));
    m_currency->setMaxLength(3);
    m_declineCode->setPlaceholderText(tr("all"));
    m_threshold->setToolTip(tr("Rates as fractions (0.05 is 5 %); amounts in minor units; "
                               "departures from the baseline as relative changes or standard "
                               "errors"));
    connect(m_hasClear, &QCheckBox::toggled, m_clear, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Metric"), m_metric);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Decline code"), m_declineCode);
    form->addRow(tr("Window"), m_window);
    form->addRow(tr("Condition"), m_condition);
    form->addRow(tr("Threshold"), m_threshold);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_hasClear);
    clearRow->addWidget(m_clear, 1);
    form->addRow(tr("Hysteresis"), clearRow);
    form->addRow(tr("Minimum volume"), m_minimumVolume);
    form->addRow(tr("Pending for"), m_pending);
    form->addRow(tr("Severity"), m_severity);

    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_result->setWordWrap(true);
    m_firingsList->setMaximumHeight(110);
    m_chart->setMinimumSize(520, 220);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    connect(m_backtest, &QPushButton::clicked, this, &RuleEditor::runBacktest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_problem);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_backtest);
    right->addWidget(m_result);
    right->addWidget(m_firingsList);
    right->addWidget(m_chart, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(buttons);

    AlertRule start;
    start.windowSeconds = 3600;
    start.condition = Condition::ZScoreAbove;
    start.threshold = 6;
    if (rule)
        start = *rule;
    m_original = start;
    fill(start);
    m_id->setReadOnly(rule.has_value()); // a rule's id is what its versions are kept under
    m_result->setText(tr("Run a backtest to see when this rule would have fired."));
}

void RuleEditor::fill(const AlertRule &rule)
{
    m_id->setText(rule.id);
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    m_metric->setCurrentIndex(int(rule.metric));
    m_currency->setText(rule.filter.currency);
    m_declineCode->setText(rule.filter.declineCode);
    m_window->setValue(int(rule.windowSeconds / 60));
    m_condition->setCurrentIndex(int(rule.condition));
    m_threshold->setValue(rule.threshold);
    m_hasClear->setChecked(rule.clearThreshold.has_value());
    m_clear->setEnabled(rule.clearThreshold.has_value());
    m_clear->setValue(rule.clearThreshold.value_or(rule.threshold));
    m_minimumVolume->setValue(int(rule.minimumVolume));
    m_pending->setValue(int(rule.pendingSeconds / 60));
    m_severity->setCurrentIndex(int(rule.severity));
}

Result<AlertRule> RuleEditor::rule() const
{
    AlertRule r = m_original; // labels, baseline weeks, interval, handling, other filters kept
    r.id = m_id->text().trimmed();
    r.name = m_name->text().trimmed().isEmpty() ? r.id : m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.metric = Metric(m_metric->currentIndex());
    r.filter.currency = m_currency->text().trimmed().toUpper();
    r.filter.declineCode = m_declineCode->text().trimmed();
    r.windowSeconds = qint64(m_window->value()) * 60;
    r.condition = Condition(m_condition->currentIndex());
    r.threshold = m_threshold->value();
    r.clearThreshold = m_hasClear->isChecked() ? std::optional(m_clear->value()) : std::nullopt;
    r.minimumVolume = m_minimumVolume->value();
    r.pendingSeconds = qint64(m_pending->value()) * 60;
    r.severity = Severity(m_severity->currentIndex());
    if (!r.labels.contains(QStringLiteral("rule")))
        r.labels.insert(QStringLiteral("rule"), r.id);
    // The same checks as a rule file's: what an import refuses, the editor refuses.
    return alerts::parseAlertRule(alerts::alertRuleJson(r), tr("this rule"));
}

void RuleEditor::runBacktest()
{
    const auto checked = rule();
    if (!checked) {
        m_problem->setText(checked.error());
        return;
    }
    m_problem->clear();
    m_result->setText(tr("Backtesting…"));
    m_backtest->setEnabled(false);
    const qint64 to = QDateTime::currentSecsSinceEpoch();
    emit backtestRequested(checked.value(), to - kBacktestDays * 86400, to);
}

void RuleEditor::showBacktest(const alerts::Backtest &result)
{
    m_backtest->setEnabled(true);
    m_firingsList->clear();
    if (!result.unavailable.isEmpty()) {
        m_firings = 0;
        m_result->setText(result.unavailable);
        drawSeries(result);
        return;
    }
    m_firings = int(result.intervals.size());
    m_result->setText(
        tr("Over the last 30 days it would have fired %n time(s); %1 of %2 evaluations had "
           "enough volume to judge.",
           nullptr,
           m_firings)
            .arg(result.judged)
            .arg(result.evaluations));
    for (const alerts::FiringInterval &fired : result.intervals)
        m_firingsList->addItem(
            fired.resolvedAt ? tr("%1 – %2").arg(when(fired.startedAt), when(*fired.resolvedAt))
                             : tr("%1 – still firing").arg(when(fired.startedAt)));
    drawSeries(result);
}

void RuleEditor::drawSeries(const alerts::Backtest &result)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (result.series.empty())
        return;
    const bool rate = alerts::isRate(result.rule.metric) && !result.rule.usesBaseline();
    const double scale = rate ? 100 : 1;
    auto *score = new QLineSeries;
    score->setName(result.rule.usesBaseline() ? tr("Departure from normal") : tr("Value"));
    auto *limit = new QLineSeries;
    limit->setName(tr("Threshold"));
    QPen dashed = limit->pen();
    dashed.setStyle(Qt::DashLine);
    limit->setPen(dashed);
    // The worst reading of each bucket: a burst of minutes stays visible in a month.
    const size_t step = std::max<size_t>(1, result.series.size() / kMaxChartPoints);
    double high = result.rule.threshold * scale;
    for (size_t i = 0; i < result.series.size(); i += step) {
        // Worse is higher, but for a value that must not fall below its threshold.
        const bool lowIsWorse = result.rule.condition == Condition::Below;
        const alerts::Reading *worst = &result.series[i];
        for (size_t j = i; j < std::min(i + step, result.series.size()); ++j)
            if (lowIsWorse ? result.series[j].score < worst->score
                           : result.series[j].score > worst->score)
                worst = &result.series[j];
        const double ms = double(result.series[i].at) * 1000;
        score->append(ms, worst->score * scale);
        limit->append(ms, result.rule.threshold * scale);
        high = std::max(high, worst->score * scale);
    }
    chart->addSeries(score);
    chart->addSeries(limit);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd MMM"));
    auto *y = new QValueAxis;
    y->setRange(0, high > 0 ? high * 1.1 : 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {score, limit}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void RuleEditor::save()
{
    const auto checked = rule();
    if (!checked) {
        m_problem->setText(checked.error());
        return;
    }
    emit saveRequested(checked.value());
    accept();
}

QString RuleEditor::backtestText() const
{
    return m_result->text();
}

} // namespace paydeck::ui
