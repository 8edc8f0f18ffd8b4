#include "alerts_page.h"

#include "alerts_model.h"
#include "charts/chart_view.h"
#include "charts/time_ticks.h"
#include "notifications_dialog.h"
#include "rule_editor.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace paydeck::ui {

namespace {

constexpr qint64 kHistorySeconds = 24 * 3600;
constexpr qint64 kSilenceSeconds = 2 * 3600;

QString userName()
{
    return qEnvironmentVariable("USER", QObject::tr("unknown"));
}

/// What the chart plots of a reading: the value in the unit the table shows (rates in %).
double plotted(const alerts::AlertRule &rule, double value)
{
    return alerts::isRate(rule.metric) ? value * 100 : value;
}

} // namespace

AlertsPage::AlertsPage(alerts::AlertService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AlertsModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_chart(new ChartView(new QChart, QStringLiteral("alert"), this))
    , m_acknowledge(new QPushButton(tr("Acknowledge…"), this))
    , m_silence(new QPushButton(tr("Silence for 2 hours…"), this))
    , m_transactions(new QPushButton(tr("Show the payments"), this))
{
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AlertsModel::Alert,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertsModel::State,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_title->setObjectName(QStringLiteral("alertTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("The alert's metric over the last day"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_silence);
    buttons->addWidget(m_transactions);
    buttons->addStretch(1);
    auto *editButton = new QPushButton(tr("Edit rule…"), this);
    auto *newButton = new QPushButton(tr("New rule…"), this);
    editButton->setObjectName(QStringLiteral("editRule"));
    newButton->setObjectName(QStringLiteral("newRule"));
    buttons->addWidget(editButton);
    buttons->addWidget(newButton);
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (!selectedRule().isEmpty())
            editRule(selectedRule());
    });
    connect(newButton, &QPushButton::clicked, this, [this] { editRule({}); });
    m_notificationsButton = new QPushButton(tr("Notifications…"), this);
    m_notificationsButton->setObjectName(QStringLiteral("notifications"));
    m_notificationsButton->hide(); // until there is a notification center to configure
    buttons->addWidget(m_notificationsButton);
    connect(m_notificationsButton, &QPushButton::clicked, this, [this] { openNotifications(); });
    auto *detail = new QVBoxLayout;
    detail->addWidget(m_title);
    detail->addWidget(m_detail);
    detail->addWidget(m_chart, 1);
    detail->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(detail, 1);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AlertsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::onSelectionChanged);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledge);
    connect(m_silence, &QPushButton::clicked, this, &AlertsPage::silence);
    connect(m_transactions, &QPushButton::clicked, this, &AlertsPage::showTransactions);
    if (service) {
        connect(service, &alerts::AlertService::evaluated, this, &AlertsPage::onSnapshot);
        connect(service, &alerts::AlertService::historyReady, this, &AlertsPage::onHistory);
    }
    m_summary->setText(tr("Reading the alert rules…"));
    onSelectionChanged();
}

QString AlertsPage::summaryText() const
{
    return m_summary->text();
}

QString AlertsPage::selectedRule() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AlertsModel::RuleIdRole).toString();
}

void AlertsPage::onSnapshot(const alerts::AlertSnapshot &snapshot)
{
    const QString selected = selectedRule();
    m_model->setSnapshot(snapshot);
    int pending = 0, firing = 0, quiet = 0;
    for (const alerts::AlertView &a : snapshot.alerts) {
        firing += a.record.state == alerts::State::Firing ? 1 : 0;
        pending += a.record.state == alerts::State::Pending ? 1 : 0;
        quiet += a.record.state == alerts::State::Normal ? 1 : 0;
    }
    m_summary->setText(tr("%1 firing · %2 pending · %3 normal, of %n rule(s)",
                          nullptr,
                          int(snapshot.alerts.size()))
                           .arg(firing)
                           .arg(pending)
                           .arg(quiet));
    if (!selected.isEmpty() && selectedRule() != selected)
        showAlert(selected);
    else if (selected.isEmpty() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        onSelectionChanged();
    if (firing != m_firing) {
        m_firing = firing;
        emit firingChanged(firing);
    }
}

void AlertsPage::showAlert(const QString &ruleId)
{
    const int row = m_model->rowOf(ruleId);
    if (row >= 0)
        m_table->selectRow(row);
}

void AlertsPage::onSelectionChanged()
{
    const alerts::AlertView *a = m_model->alertAt(m_model->rowOf(selectedRule()));
    m_acknowledge->setEnabled(
        a
        && (a->record.state == alerts::State::Firing || a->record.state == alerts::State::Pending));
    m_silence->setEnabled(a && !a->rule.labels.isEmpty());
    m_transactions->setEnabled(a != nullptr);
    m_transactions->setText(a ? drillDownText(a->rule.metric) : tr("Show the payments"));
    if (!a) {
        m_title->setText(tr("No alert selected"));
        m_detail->clear();
        return;
    }
    m_title->setText(a->rule.name);
    QStringList lines;
    if (!a->rule.description.isEmpty())
        lines << a->rule.description;
    lines << tr("Judged every %n second(s): %1.", nullptr, int(a->rule.intervalSeconds))
                 .arg(AlertsModel::conditionText(a->rule));
    QString now = tr("Now %1").arg(AlertsModel::valueText(a->rule, a->record.value));
    if (a->rule.usesBaseline() && a->record.baseline)
        now += tr(", normal %1 (%2 standard errors)")
                   .arg(AlertsModel::valueText(a->rule, a->record.baseline))
                   .arg(QLocale().toString(a->record.score, 'f', 1));
    lines << now + u'.';
    if (a->record.acknowledgedAt)
        lines << tr("Acknowledged by %1 at %2: %3")
                     .arg(a->record.acknowledgedBy,
                          QLocale().toString(
                              QDateTime::fromSecsSinceEpoch(*a->record.acknowledgedAt),
                              QLocale::ShortFormat),
                          a->record.acknowledgement);
    if (a->silenced)
        lines << tr("Silenced: no notification while a silence matches its labels.");
    m_detail->setText(lines.join(u'\n'));
    // The metric over the last day, computed on the service's thread.
    const qint64 to = QDateTime::currentSecsSinceEpoch();
    if (m_service && (m_historyRule != a->rule.id || to - m_historyAt >= 60)) {
        m_historyRule = a->rule.id;
        m_historyAt = to;
        QMetaObject::invokeMethod(m_service, [service = m_service, id = a->rule.id, to] {
            service->requestHistory(id, to - kHistorySeconds, to);
        });
    }
}

void AlertsPage::onHistory(const QString &ruleId, const alerts::Backtest &history)
{
    if (ruleId != m_historyRule)
        return; // another alert was chosen meanwhile
    m_drawnRule = ruleId;
    const alerts::AlertRule &rule = history.rule;
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removing gives it back, it does not delete it
    }
    if (!history.unavailable.isEmpty()) {
        m_historyPoints = 0;
        chart->setTitle(tr("Judged on the state now: no history of it is kept"));
        return;
    }
    auto *value = new QLineSeries;
    value->setName(tr("Now"));
    auto *limit = new QLineSeries;
    const bool baseline = rule.usesBaseline();
    limit->setName(baseline ? tr("Normal for the hour") : tr("Threshold"));
    QPen dashed = limit->pen();
    dashed.setStyle(Qt::DashLine);
    limit->setPen(dashed);
    double low = 0, high = 0;
    m_historyPoints = 0;
    for (const alerts::Reading &r : history.series) {
        const qint64 ms = r.at * 1000;
        const auto other = baseline ? r.baseline : std::optional<double>(rule.threshold);
        if (r.value) {
            value->append(double(ms), plotted(rule, *r.value));
            high = std::max(high, plotted(rule, *r.value));
            ++m_historyPoints;
        }
        if (other) {
            limit->append(double(ms), plotted(rule, *other));
            high = std::max(high, plotted(rule, *other));
        }
    }
    chart->addSeries(value);
    chart->addSeries(limit);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    auto *y = new QValueAxis;
    y->setRange(low, high > low ? high * 1.1 : 1);
    y->setLabelFormat(alerts::isRate(rule.metric) ? QStringLiteral("%.0f %%")
                                                  : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {value, limit}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->setTitle(tr("The last 24 hours, as the rule judged them (%n firing(s))",
                       nullptr,
                       int(history.intervals.size())));
}

void AlertsPage::acknowledgeSelected(const QString &note)
{
    const QString rule = selectedRule();
    if (rule.isEmpty() || !m_service)
        return;
    QMetaObject::invokeMethod(m_service, [service = m_service, rule, note] {
        service->acknowledge(rule, userName(), note);
    });
}

void AlertsPage::acknowledge()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this,
                                               tr("Acknowledge"),
                                               tr("What is being done about it?"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok);
    if (ok)
        acknowledgeSelected(note);
}

void AlertsPage::silence()
{
    const alerts::AlertView *a = m_model->alertAt(m_model->rowOf(selectedRule()));
    if (!a || !m_service)
        return;
    // The alert's own rule, not its whole team: the narrowest silence that does the job.
    QMap<QString, QString> matchers = a->rule.labels;
    if (a->rule.labels.contains(QStringLiteral("rule")))
        matchers = {{QStringLiteral("rule"), a->rule.labels.value(QStringLiteral("rule"))}};
    bool ok = false;
    const QString why = QInputDialog::getText(this,
                                              tr("Silence for 2 hours"),
                                              tr("Why? (kept with the silence)"),
                                              QLineEdit::Normal,
                                              QString(),
                                              &ok);
    if (!ok || why.trimmed().isEmpty())
        return;
    QMetaObject::invokeMethod(m_service, [service = m_service, matchers, why] {
        service->silence(matchers, kSilenceSeconds, userName(), why);
    });
}

RuleEditor *AlertsPage::editRule(const QString &ruleId)
{
    std::optional<alerts::AlertRule> rule;
    if (!ruleId.isEmpty()) {
        const alerts::AlertView *a = m_model->alertAt(m_model->rowOf(ruleId));
        if (!a)
            return nullptr;
        rule = a->rule;
    }
    auto *editor = new RuleEditor(rule, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (m_service) {
        // Both run on the alerts' thread; the answer comes back to this one.
        connect(editor,
                &RuleEditor::backtestRequested,
                m_service,
                &alerts::AlertService::backtest,
                Qt::QueuedConnection);
        connect(m_service,
                &alerts::AlertService::backtestReady,
                editor,
                &RuleEditor::showBacktest,
                Qt::QueuedConnection);
        connect(editor,
                &RuleEditor::saveRequested,
                this,
                [service = m_service](const alerts::AlertRule &r) {
                    QMetaObject::invokeMethod(service,
                                              [service, r] { service->saveRule(r, userName()); });
                });
    }
    editor->open();
    return editor;
}

void AlertsPage::setNotificationCenter(alerts::NotificationCenter *center)
{
    m_notifications = center;
    m_notificationsButton->setVisible(center != nullptr);
}

NotificationsDialog *AlertsPage::openNotifications()
{
    auto *dialog = new NotificationsDialog(m_notifications, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString AlertsPage::drillDownButtonText() const
{
    return m_transactions->text();
}

QString AlertsPage::drillDownText(alerts::Metric metric)
{
    switch (alerts::concernOf(metric)) {
    case alerts::Concern::Payouts:
        return tr("Show the payouts");
    case alerts::Concern::Reconciliation:
        return tr("Show the exceptions");
    case alerts::Concern::Sources:
        return tr("Show the sources");
    case alerts::Concern::Fraud:
        return tr("Show the fraud queue");
    case alerts::Concern::Payments:
        break;
    }
    return tr("Show the payments");
}

void AlertsPage::showTransactions()
{
    const alerts::AlertView *a = m_model->alertAt(m_model->rowOf(selectedRule()));
    if (!a)
        return;
    if (const auto concern = alerts::concernOf(a->rule.metric);
        concern != alerts::Concern::Payments) {
        emit operationsRequested(concern);
        return;
    }
    // The payments the rule judged: its window up to now (since the alert began, if it is on).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool on
        = a->record.state == alerts::State::Firing || a->record.state == alerts::State::Pending;
    analytics::Filter filter;
    filter.from = (on ? std::min(a->record.since, now) : now) - a->rule.windowSeconds;
    filter.to = now + 1;
    filter.kind = a->rule.metric == alerts::Metric::RefundRate ? analytics::Kind::Refund
                  : a->rule.metric == alerts::Metric::DisputeCount
                          || a->rule.metric == alerts::Metric::DisputeRate
                      ? analytics::Kind::Dispute
                      : analytics::Kind::Charge;
    if (a->rule.metric == alerts::Metric::DeclineRate
        || a->rule.metric == alerts::Metric::DeclineCount)
        filter.outcome = analytics::Outcome::Declined;
    filter.sourceId = a->rule.filter.sourceId;
    filter.currency = a->rule.filter.currency.toLower().toStdString();
    filter.method = a->rule.filter.method.toStdString();
    filter.country = a->rule.filter.country.toStdString();
    filter.detail = a->rule.filter.declineCode.toStdString();
    emit drillDownRequested(filter, a->rule.name);
}

} // namespace paydeck::ui
