#include "exceptions_model.h"

#include "common/money_text.h"

#include <QLocale>

namespace paydeck::ui {

ExceptionsModel::ExceptionsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ExceptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExceptionsModel::kindText(const QString &kind)
{
    if (kind == u"unmatched")
        return tr("Unmatched");
    if (kind == u"partial")
        return tr("Partial");
    if (kind == u"amount_mismatch")
        return tr("Amount mismatch");
    if (kind == u"duplicate")
        return tr("Duplicate");
    if (kind == u"balance_proof")
        return tr("Balance proof failed");
    return kind;
}

QString ExceptionsModel::reconciliationText(const QString &reconciliation)
{
    if (reconciliation == u"payout_bank")
        return tr("Payouts ↔ bank");
    if (reconciliation == u"charge_ledger")
        return tr("Charges ↔ ledger");
    if (reconciliation == u"payout_transactions")
        return tr("Payouts ↔ transactions");
    if (reconciliation == u"statement")
        return tr("Bank statement");
    return reconciliation;
}

QString ExceptionsModel::sideText(const QString &side)
{
    if (side == u"provider")
        return tr("Provider");
    if (side == u"bank")
        return tr("Bank");
    if (side == u"ledger")
        return tr("Ledger");
    if (side == u"statement")
        return tr("Statement");
    return side;
}

QVariant ExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return kindText(row.kind);
        case Reconciliation:
            return reconciliationText(row.reconciliation);
        case Side:
            return sideText(row.side);
        case Reference:
            return row.reference;
        case Date:
            return row.itemDate.isValid() ? locale.toString(row.itemDate, QLocale::ShortFormat)
                                          : QString();
        case Age:
            return tr("%n day(s)", nullptr, row.ageDays);
        case Amount:
            return moneyText(row.amount, row.currency, locale);
        case Detail:
            return row.detail;
        }
    } else if (role == RawValueRole) {
        switch (index.column()) {
        case Age:
            return row.ageDays;
        case Amount:
            return row.amount;
        case Date:
            return row.itemDate;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Amount || index.column() == Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return row.detail;
    }
    return {};
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Exception");
    case Reconciliation:
        return tr("Reconciliation");
    case Side:
        return tr("Side");
    case Reference:
        return tr("Reference");
    case Date:
        return tr("Date");
    case Age:
        return tr("Age");
    case Amount:
        return tr("Amount");
    case Detail:
        return tr("Why");
    }
    return {};
}

void ExceptionsModel::setRows(QList<reconcile::ExceptionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const reconcile::ExceptionRow *ExceptionsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

CandidatesModel::CandidatesModel(QObject *parent) : QAbstractTableModel(parent) {}

int CandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return row.reference;
        case Date:
            return row.date.isValid() ? locale.toString(row.date, QLocale::ShortFormat) : QString();
        case Amount:
            return moneyText(row.amount, row.currency, locale);
        case Difference:
            return row.difference == 0 ? tr("exact")
                                       : moneyText(row.difference, row.currency, locale);
        case Days:
            return tr("%n day(s)", nullptr, row.dayDistance);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Reference) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Candidate");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Difference:
        return tr("Difference");
    case Days:
        return tr("Days apart");
    }
    return {};
}

void CandidatesModel::setRows(QList<reconcile::CandidateRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const reconcile::CandidateRow *CandidatesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

} // namespace paydeck::ui
