#include "reviews_model.h"

#include "common/money_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::ui {

ReviewsModel::ReviewsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewsModel::statusText(const std::string &status)
{
    if (status == "open")
        return tr("Open");
    if (status == "approved")
        return tr("Approved");
    if (status == "fraudulent")
        return tr("Fraudulent");
    if (status == "needs_info")
        return tr("Needs more info");
    return QString::fromStdString(status);
}

QString ReviewsModel::actionText(const std::string &action)
{
    if (action == "block")
        return tr("Block");
    if (action == "review")
        return tr("Review");
    return tr("Allow");
}

QStringList ReviewsModel::reasonTexts(const store::FraudReview &review)
{
    QStringList out;
    const QJsonArray reasons
        = QJsonDocument::fromJson(QByteArray::fromStdString(review.reasons)).array();
    for (const QJsonValue &reason : reasons)
        out << reason.toObject().value(QStringLiteral("text")).toString();
    return out;
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const store::FraudReview &r = m_reviews[size_t(index.row())];
    if (role == ChargeRole)
        return QString::fromStdString(r.charge);
    if (role == SourceRole)
        return r.sourceId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Score || index.column() == Amount
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Action && r.action == "block")
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return reasonTexts(r).join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Score:
        return r.score;
    case Action:
        return actionText(r.action);
    case Status:
        return statusText(r.status);
    case Amount:
        return moneyText(r.amount, QString::fromStdString(r.currency))
               + (r.declined ? tr(" (declined)") : QString());
    case Created:
        return QDateTime::fromSecsSinceEpoch(r.created).toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
    case Email:
        return QString::fromStdString(r.email);
    case Ip:
        return QString::fromStdString(r.ip);
    case Assignee:
        return QString::fromStdString(r.assignee);
    case Reason:
        return reasonTexts(r).value(0);
    }
    return {};
}

QVariant ReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Score:
        return tr("Score");
    case Action:
        return tr("Action");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Created:
        return tr("Paid at");
    case Email:
        return tr("E-mail");
    case Ip:
        return tr("IP");
    case Assignee:
        return tr("Assigned to");
    case Reason:
        return tr("Strongest reason");
    }
    return {};
}

void ReviewsModel::setReviews(fraud::ReviewList reviews)
{
    const bool sameRows
        = reviews.size() == m_reviews.size()
          && std::equal(
              reviews.begin(), reviews.end(), m_reviews.begin(), [](const auto &a, const auto &b) {
                  return a.sourceId == b.sourceId && a.charge == b.charge;
              });
    if (!sameRows) {
        beginResetModel();
        m_reviews = std::move(reviews);
        endResetModel();
        return;
    }
    m_reviews = std::move(reviews);
    if (!m_reviews.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const store::FraudReview *ReviewsModel::reviewAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_reviews[size_t(row)] : nullptr;
}

int ReviewsModel::rowOf(qint64 sourceId, const QString &charge) const
{
    for (size_t i = 0; i < m_reviews.size(); ++i)
        if (m_reviews[i].sourceId == sourceId
            && QString::fromStdString(m_reviews[i].charge) == charge)
            return int(i);
    return -1;
}

} // namespace paydeck::ui
