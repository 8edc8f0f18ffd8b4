#pragma once

#include "analytics/drill_down.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace paydeck::ui {

class DrillDownModel;

/// The Transactions screen while it shows what a figure of the Analytics screen is made of:
/// what was clicked, how many objects, the objects, and the way back to every transaction.
class DrillDownPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DrillDownPanel(QWidget *parent = nullptr);
    void show(const analytics::DrillAnswer &answer);
    DrillDownModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString headline() const;

signals:
    void closed();
    /// An object was activated: look it up among the transactions.
    void objectActivated(const QString &id);

private:
    DrillDownModel *m_model;
    QTableView *m_view;
    QLabel *m_headline;
};

} // namespace paydeck::ui
