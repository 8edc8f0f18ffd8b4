#pragma once

#include "fraud/fraud_desk.h"

#include <QDialog>
#include <QStringList>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace paydeck::ui {

/// The investigation workspace for one card, e-mail, IP or customer: its charges across sources
/// on a timeline and in a table (with refunds, disputes and the analysts' decisions), the
/// entities linked to it — a double click opens one, Back returns — and the evidence bundle as
/// PDF. Reads through the fraud desk; never the store.
class InvestigationDialog final : public QDialog
{
    Q_OBJECT
public:
    InvestigationDialog(fraud::FraudDesk *desk, const QString &entity, QWidget *parent = nullptr);

    QString entity() const { return m_entity; }
    int chargeRows() const;
    int linkedCount() const;
    QString summaryText() const;
    const fraud::Investigation &shown() const { return m_shown; }
    /// Opens another entity (a linked one), keeping the way back.
    void open(const QString &entity);
    void back();
    /// Writes the evidence bundle (the button asks where first).
    Result<void> exportEvidence(const QString &path);

signals:
    void shownChanged();

private:
    void onInvestigation(const fraud::Investigation &investigation);
    void fillTimeline();
    void fillTable();
    void fillLinked();
    void onLinkedActivated(QTreeWidgetItem *item);
    void askExport();

    fraud::FraudDesk *m_desk;
    QString m_entity;
    QStringList m_history;
    fraud::Investigation m_shown;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableWidget *m_table;
    QTreeWidget *m_linked;
    QPushButton *m_back;
    QPushButton *m_export;
};

} // namespace paydeck::ui
