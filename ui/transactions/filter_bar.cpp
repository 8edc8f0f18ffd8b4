#include "filter_bar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace paydeck::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_type->setAccessibleName(tr("Type"));
    m_currency->setAccessibleName(tr("Currency"));
    m_status->setAccessibleName(tr("Status"));
    m_source->setAccessibleName(tr("Source"));
    m_period->setAccessibleName(tr("Period"));
    offer(m_type, tr("All types"), {}, {});
    offer(m_currency, tr("All currencies"), {}, {});
    offer(m_status, tr("All statuses"), {}, {});
    offer(m_source, tr("All sources"), {}, {});
    m_period->addItems({tr("Any time"),
                        tr("Today"),
                        tr("Last 7 days"),
                        tr("Last 30 days"),
                        tr("This month"),
                        tr("Last month"),
                        tr("From … to …")});
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setVisible(false);
    }
    m_from->setDate(today.addDays(-30));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To (inclusive)"));
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_type, m_currency, m_status, m_source, m_period})
        layout->addWidget(widget);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addStretch(1);
    for (QComboBox *box : {m_type, m_currency, m_status, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int period) {
        m_from->setVisible(period == Custom);
        m_to->setVisible(period == Custom);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::changed);
}

void FilterBar::offer(QComboBox *box,
                      const QString &anyText,
                      const QStringList &values,
                      const QStringList &labels)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(anyText, QVariant());
    for (qsizetype i = 0; i < values.size(); ++i)
        box->addItem(labels.value(i, values[i]), values[i]);
    const int again = chosen.isValid() ? box->findData(chosen) : 0;
    if (again >= 0) {
        box->setCurrentIndex(again);
    } else { // a value no longer offered stays chosen (it is what the user asked for)
        box->addItem(chosen.toString(), chosen);
        box->setCurrentIndex(box->count() - 1);
    }
}

void FilterBar::setChoices(const store::FilterChoices &choices)
{
    QStringList currencyLabels;
    for (const QString &code : choices.currencies)
        currencyLabels << code.toUpper();
    offer(m_type, tr("All types"), choices.types, {});
    offer(m_currency, tr("All currencies"), choices.currencies, currencyLabels);
    offer(m_status, tr("All statuses"), choices.statuses, {});
    QStringList ids, names;
    for (const auto &[id, name] : choices.sources) {
        ids << QString::number(id);
        names << name;
    }
    offer(m_source, tr("All sources"), ids, names);
    m_source->setVisible(choices.sources.size() > 1 || m_source->currentIndex() > 0);
}

QPair<qint64, qint64> FilterBar::periodRange(Period period, QDate today, QDate from, QDate to)
{
    const auto start = [](QDate day) {
        return day.startOfDay().toSecsSinceEpoch();
    };
    switch (period) {
    case AnyTime:
        break;
    case Today:
        return {start(today), start(today.addDays(1))};
    case Last7Days:
        return {start(today.addDays(-6)), start(today.addDays(1))};
    case Last30Days:
        return {start(today.addDays(-29)), start(today.addDays(1))};
    case ThisMonth:
        return {start(QDate(today.year(), today.month(), 1)), start(today.addDays(1))};
    case LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {start(first), start(first.addMonths(1))};
    }
    case Custom:
        return {start(std::min(from, to)), start(std::max(from, to).addDays(1))};
    }
    return {0, 0};
}

store::TransactionFilter FilterBar::filter() const
{
    store::TransactionFilter filter;
    filter.type = m_type->currentData().toString();
    filter.currency = m_currency->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.sourceId = m_source->currentData().toString().toLongLong();
    const auto [from, before] = periodRange(
        Period(m_period->currentIndex()), QDate::currentDate(), m_from->date(), m_to->date());
    filter.createdFrom = from;
    filter.createdBefore = before;
    return filter;
}

void FilterBar::clear()
{
    for (QComboBox *box : {m_type, m_currency, m_status, m_source, m_period}) {
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(0);
    }
    m_from->setVisible(false);
    m_to->setVisible(false);
    emit changed();
}

} // namespace paydeck::ui
