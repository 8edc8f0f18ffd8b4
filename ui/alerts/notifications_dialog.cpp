#include "notifications_dialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

constexpr int kLogRows = 200;
enum TargetColumn { Url, Slack, GroupBy, GroupWait, Secret, TargetColumns };

QTableWidgetItem *item(const QString &text, bool editable = false)
{
    auto *cell = new QTableWidgetItem(text);
    if (!editable)
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    return cell;
}

} // namespace

NotificationsDialog::NotificationsDialog(alerts::NotificationCenter *center, QWidget *parent)
    : QDialog(parent)
    , m_center(center)
    , m_targets(new QTableWidget(0, TargetColumns, this))
    , m_log(new QTableWidget(0, 6, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Alert notifications"));
    setObjectName(QStringLiteral("notificationsDialog"));
    resize(900, 560);
    m_targets->setHorizontalHeaderLabels({tr("Webhook URL"),
                                          tr("Slack"),
                                          tr("Group by labels"),
                                          tr("Group wait (s)"),
                                          tr("Signing secret")});
    m_targets->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    m_targets->verticalHeader()->hide();
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setHorizontalHeaderLabels(
        {tr("When"), tr("Target"), tr("Group"), tr("Status"), tr("Attempt"), tr("Result")});
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *secret = new QPushButton(tr("Set secret…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(this,
                                                  tr("Add a webhook"),
                                                  tr("URL (https://, or http:// on this computer)"),
                                                  QLineEdit::Normal,
                                                  QStringLiteral("https://"),
                                                  &ok);
        if (ok && !url.trimmed().isEmpty())
            addTarget(url.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_targets->currentRow();
        if (row >= 0) {
            m_targets->removeRow(row);
            m_rows.removeAt(row);
        }
    });
    connect(secret, &QPushButton::clicked, this, &NotificationsDialog::setSecretOfSelected);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(add);
    targetButtons->addWidget(remove);
    targetButtons->addWidget(secret);
    targetButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationsDialog::saveTargets);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *explain = new QLabel(
        tr("Alerts that fire or resolve are sent as JSON, signed like Stripe's webhooks "
           "(Paydeck-Signature: t=…,v1=HMAC-SHA256 of \"t.body\"), or in Slack's shape; alerts "
           "of one group within the wait go as one message, repeated every 4 hours while they "
           "fire. Silenced alerts are not sent."),
        this);
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_targets, 1);
    layout->addLayout(targetButtons);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Delivery log (newest first)"), this));
    layout->addWidget(m_log, 2);
    layout->addWidget(buttons);

    if (m_center) {
        connect(m_center,
                &alerts::NotificationCenter::settingsReady,
                this,
                &NotificationsDialog::showSettings,
                Qt::QueuedConnection);
        connect(m_center,
                &alerts::NotificationCenter::delivered,
                this,
                &NotificationsDialog::addDelivery,
                Qt::QueuedConnection);
        connect(m_center,
                &alerts::NotificationCenter::failed,
                this,
                &NotificationsDialog::showProblem,
                Qt::QueuedConnection);
        connect(
            m_center,
            &alerts::NotificationCenter::saved,
            this,
            [this] {
                m_problem->clear();
                emit saved();
                refresh();
            },
            Qt::QueuedConnection);
    }
    refresh();
}

QString NotificationsDialog::problemText() const
{
    return m_problem->text();
}

void NotificationsDialog::refresh()
{
    if (m_center)
        QMetaObject::invokeMethod(m_center,
                                  [center = m_center] { center->requestSettings(kLogRows); });
}

void NotificationsDialog::appendTargetRow(const alerts::TargetSettings &t)
{
    const int row = m_targets->rowCount();
    m_targets->insertRow(row);
    m_targets->setItem(row, Url, item(t.target.url, true));
    auto *slack = item(QString());
    slack->setFlags(slack->flags() | Qt::ItemIsUserCheckable);
    slack->setCheckState(t.target.slack ? Qt::Checked : Qt::Unchecked);
    m_targets->setItem(row, Slack, slack);
    m_targets->setItem(row, GroupBy, item(t.target.groupBy.join(u", "), true));
    m_targets->setItem(row, GroupWait, item(QString::number(t.target.groupWaitSeconds), true));
    const bool secret = t.newSecret ? !t.newSecret->isEmpty() : t.hasSecret;
    m_targets->setItem(row, Secret, item(secret ? tr("kept") : tr("none: unsigned")));
    m_rows.append(t);
}

void NotificationsDialog::showSettings(const QList<alerts::TargetSettings> &targets,
                                       const QList<store::DeliveryRecord> &log)
{
    m_targets->setRowCount(0);
    m_rows.clear();
    for (const alerts::TargetSettings &t : targets)
        appendTargetRow(t);
    m_log->setRowCount(0);
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        addDelivery(*it); // each goes on top
}

void NotificationsDialog::addDelivery(const store::DeliveryRecord &d)
{
    m_log->insertRow(0);
    m_log->setItem(
        0, 0, item(QLocale().toString(QDateTime::fromSecsSinceEpoch(d.at), QLocale::ShortFormat)));
    m_log->setItem(0, 1, item(d.target));
    m_log->setItem(0, 2, item(d.group));
    m_log->setItem(0, 3, item(d.status));
    m_log->setItem(0, 4, item(QString::number(d.attempt)));
    m_log->setItem(0, 5, item(d.delivered ? tr("delivered (HTTP %1)").arg(d.httpStatus) : d.error));
    if (m_log->rowCount() > kLogRows)
        m_log->removeRow(m_log->rowCount() - 1);
}

void NotificationsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

void NotificationsDialog::addTarget(const QString &url, const QString &secret)
{
    alerts::TargetSettings t;
    t.target.url = url;
    if (!secret.isEmpty())
        t.newSecret = secret;
    appendTargetRow(t);
    m_targets->selectRow(m_targets->rowCount() - 1);
}

void NotificationsDialog::setSecretOfSelected()
{
    const int row = m_targets->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString secret = QInputDialog::getText(this,
                                                 tr("Signing secret"),
                                                 tr("The secret receivers verify the signature "
                                                    "with (empty: send unsigned)"),
                                                 QLineEdit::Password,
                                                 QString(),
                                                 &ok);
    if (!ok)
        return;
    m_rows[row].newSecret = secret;
    m_targets->item(row, Secret)->setText(secret.isEmpty() ? tr("none: unsigned") : tr("kept"));
}

void NotificationsDialog::saveTargets()
{
    QList<alerts::TargetSettings> targets;
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        alerts::TargetSettings t = m_rows.value(row);
        t.target.url = m_targets->item(row, Url)->text().trimmed();
        t.target.slack = m_targets->item(row, Slack)->checkState() == Qt::Checked;
        t.target.groupBy.clear();
        for (const QString &label : m_targets->item(row, GroupBy)->text().split(u','))
            if (!label.trimmed().isEmpty())
                t.target.groupBy << label.trimmed();
        bool number = false;
        t.target.groupWaitSeconds = m_targets->item(row, GroupWait)->text().toLongLong(&number);
        if (!number) {
            showProblem(tr("%1: the group wait is a number of seconds").arg(t.target.url));
            return;
        }
        targets.append(t);
    }
    if (!m_center)
        return;
    const QString who = qEnvironmentVariable("USER", tr("unknown"));
    QMetaObject::invokeMethod(
        m_center, [center = m_center, targets, who] { center->saveTargets(targets, who); });
}

} // namespace paydeck::ui
