#pragma once

#include "reconcile/reconcile_queries.h"

#include <QAbstractTableModel>

namespace paydeck::ui {

/// The exceptions of the latest reconciliation: what is unmatched, partial, off in amount,
/// duplicated or failing its balance proof, with age and amount.
class ExceptionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Reconciliation, Side, Reference, Date, Age, Amount, Detail, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ExceptionsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<reconcile::ExceptionRow> rows);
    const reconcile::ExceptionRow *rowAt(int row) const;

    static QString kindText(const QString &kind);
    static QString reconciliationText(const QString &reconciliation);
    static QString sideText(const QString &side);

private:
    QList<reconcile::ExceptionRow> m_rows;
};

/// Open items on the other side that could complete a selected exception, nearest first.
class CandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Date, Amount, Difference, Days, ColumnCount };

    explicit CandidatesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<reconcile::CandidateRow> rows);
    const reconcile::CandidateRow *rowAt(int row) const;

private:
    QList<reconcile::CandidateRow> m_rows;
};

} // namespace paydeck::ui
