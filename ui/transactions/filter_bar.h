#pragma once

#include "store/browse_repository.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace paydeck::ui {

/// The filters of the Transactions screen: type, currency, status, source and a period. They
/// combine with the search; the values offered are those the store has.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    enum Period { AnyTime, Today, Last7Days, Last30Days, ThisMonth, LastMonth, Custom };

    explicit FilterBar(QWidget *parent = nullptr);
    /// Offers these values, keeping what is chosen.
    void setChoices(const store::FilterChoices &choices);
    store::TransactionFilter filter() const;
    bool isEmpty() const { return filter().isEmpty(); }
    void clear();
    /// The [from, before) of a period in local time, as unix seconds (0: open).
    static QPair<qint64, qint64> periodRange(Period period, QDate today, QDate from, QDate to);

signals:
    void changed();

private:
    static void offer(QComboBox *box,
                      const QString &anyText,
                      const QStringList &values,
                      const QStringList &labels);

    QComboBox *m_type;
    QComboBox *m_currency;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace paydeck::ui
