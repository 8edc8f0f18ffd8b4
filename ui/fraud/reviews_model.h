#pragma once

#include "fraud/fraud_desk.h"

#include <QAbstractTableModel>

namespace paydeck::ui {

/// The review queue as the desk answered it: open reviews riskiest first, then decided ones;
/// score, action, status, the charge and who paid, and the strongest reason in words.
class ReviewsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Score,
        Action,
        Status,
        Amount,
        Created,
        Email,
        Ip,
        Assignee,
        Reason,
        ColumnCount
    };
    enum Role { ChargeRole = Qt::UserRole + 1, SourceRole };

    explicit ReviewsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces what is shown: in place when the same reviews are in the same order (the
    /// selection stays), reset otherwise.
    void setReviews(fraud::ReviewList reviews);
    const store::FraudReview *reviewAt(int row) const;
    int rowOf(qint64 sourceId, const QString &charge) const;

    static QString statusText(const std::string &status);
    static QString actionText(const std::string &action);
    /// The reasons kept with a review, strongest first, in words.
    static QStringList reasonTexts(const store::FraudReview &review);

private:
    fraud::ReviewList m_reviews;
};

} // namespace paydeck::ui
