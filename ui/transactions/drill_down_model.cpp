#include "drill_down_model.h"

#include "common/money_text.h"

#include <QDateTime>
#include <QLocale>

namespace paydeck::ui {

namespace {

QString kindText(analytics::Kind kind)
{
    switch (kind) {
    case analytics::Kind::Charge:
        return DrillDownModel::tr("Payment");
    case analytics::Kind::Refund:
        return DrillDownModel::tr("Refund");
    case analytics::Kind::Dispute:
        return DrillDownModel::tr("Dispute");
    case analytics::Kind::Payout:
        return DrillDownModel::tr("Payout");
    case analytics::Kind::Balance:
    case analytics::Kind::Count:
        break;
    }
    return DrillDownModel::tr("Balance transaction");
}

QString outcomeText(analytics::Outcome outcome)
{
    switch (outcome) {
    case analytics::Outcome::Succeeded:
        return DrillDownModel::tr("succeeded");
    case analytics::Outcome::Declined:
        return DrillDownModel::tr("declined");
    case analytics::Outcome::Refunded:
        return DrillDownModel::tr("refunded");
    case analytics::Outcome::Disputed:
        return DrillDownModel::tr("disputed");
    case analytics::Outcome::Pending:
        return DrillDownModel::tr("pending");
    case analytics::Outcome::Paid:
        return DrillDownModel::tr("paid");
    case analytics::Outcome::Failed:
        return DrillDownModel::tr("failed");
    case analytics::Outcome::Other:
    case analytics::Outcome::Count:
        break;
    }
    return DrillDownModel::tr("other");
}

} // namespace

DrillDownModel::DrillDownModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillDownModel::setFacts(std::vector<analytics::Fact> facts)
{
    beginResetModel();
    m_facts = std::move(facts);
    endResetModel();
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::Fact &f = m_facts[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(f.at), QLocale::ShortFormat);
    case Kind:
        return kindText(f.kind);
    case Id:
        return QString::fromStdString(f.id);
    case Amount:
        return moneyText(f.amount, QString::fromStdString(f.currency));
    case Currency:
        return QString::fromStdString(f.currency).toUpper();
    case Outcome:
        return outcomeText(f.outcome);
    case Why:
        return QString::fromStdString(f.detail);
    case Brand:
        return QString::fromStdString(f.method);
    case Country:
        return QString::fromStdString(f.country);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Id:
        return tr("ID");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Outcome:
        return tr("Outcome");
    case Why:
        return tr("Reason or code");
    case Brand:
        return tr("Card brand");
    case Country:
        return tr("Card country");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace paydeck::ui
