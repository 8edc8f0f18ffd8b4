#pragma once

// Where alerts are sent: webhook targets (a URL, Slack's shape or Paydeck's signed JSON, how
// alerts are grouped and how long a group waits) with their signing secrets, and the delivery
// log of every attempt. Everything is read and written on the alerts' thread
// (alerts::NotificationCenter); the secrets go to the secret store and are never shown.

#include "alerts/notification_center.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace paydeck::ui {

class NotificationsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationsDialog(alerts::NotificationCenter *center, QWidget *parent = nullptr);

    QTableWidget *targetsTable() const { return m_targets; }
    QTableWidget *logTable() const { return m_log; }
    QString problemText() const;
    /// Adds a target row (the Add button, and tests).
    void addTarget(const QString &url, const QString &secret = {});
    /// Sends the table to be kept (the Save button).
    void saveTargets();

public slots:
    void showSettings(const QList<paydeck::alerts::TargetSettings> &targets,
                      const QList<paydeck::store::DeliveryRecord> &log);
    void addDelivery(const paydeck::store::DeliveryRecord &delivery);
    void showProblem(const QString &message);

signals:
    /// The targets were kept and are used from now on.
    void saved();

private:
    void refresh();
    void setSecretOfSelected();
    void appendTargetRow(const alerts::TargetSettings &target);

    alerts::NotificationCenter *m_center;
    QTableWidget *m_targets;
    QTableWidget *m_log;
    QLabel *m_problem;
    /// Per row of the targets table: the secret typed for it (nullopt: keep what is kept).
    QList<alerts::TargetSettings> m_rows;
};

} // namespace paydeck::ui
