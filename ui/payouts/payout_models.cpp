#include "payout_models.h"

#include "common/money_text.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace paydeck::ui {

using reconcile::ArrivalState;

namespace {

constexpr int kWeeks = 6; // every month fits six rows of weeks

/// What needs someone first: a day shows its worst payout's colour.
int badness(ArrivalState state)
{
    switch (state) {
    case ArrivalState::Missing:
        return 6;
    case ArrivalState::Late:
        return 5;
    case ArrivalState::AmountDiffers:
        return 4;
    case ArrivalState::Expected:
        return 3;
    case ArrivalState::Unverifiable:
        return 2;
    case ArrivalState::WrittenOff:
        return 1;
    case ArrivalState::Arrived:
        return 0;
    }
    return 0;
}

QString dayText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace

QString arrivalStateText(ArrivalState state)
{
    switch (state) {
    case ArrivalState::Expected:
        return PayoutListModel::tr("Expected");
    case ArrivalState::Arrived:
        return PayoutListModel::tr("Arrived");
    case ArrivalState::AmountDiffers:
        return PayoutListModel::tr("Another amount");
    case ArrivalState::Late:
        return PayoutListModel::tr("Late");
    case ArrivalState::Missing:
        return PayoutListModel::tr("Missing");
    case ArrivalState::WrittenOff:
        return PayoutListModel::tr("Written off");
    case ArrivalState::Unverifiable:
        return PayoutListModel::tr("No statement");
    }
    return {};
}

QColor arrivalStateColor(ArrivalState state)
{
    switch (state) {
    case ArrivalState::Missing:
        return QColor(0xf4, 0xc7, 0xc3); // red
    case ArrivalState::Late:
        return QColor(0xfc, 0xe8, 0xb2); // amber
    case ArrivalState::AmountDiffers:
        return QColor(0xfb, 0xd5, 0xb5); // orange
    case ArrivalState::Expected:
        return QColor(0xd2, 0xe3, 0xfc); // blue
    case ArrivalState::Arrived:
        return QColor(0xce, 0xea, 0xd6); // green
    case ArrivalState::WrittenOff:
    case ArrivalState::Unverifiable:
        return QColor(0xe8, 0xea, 0xed); // grey
    }
    return {};
}

PayoutMonthModel::PayoutMonthModel(QObject *parent) : QAbstractTableModel(parent)
{
    setMonth(QDate::currentDate());
}

void PayoutMonthModel::setPayouts(const std::vector<reconcile::ExpectedPayout> &payouts)
{
    beginResetModel();
    m_payouts = payouts;
    m_byDay.clear();
    for (size_t i = 0; i < m_payouts.size(); ++i)
        m_byDay[m_payouts[i].expected].push_back(i);
    endResetModel();
}

void PayoutMonthModel::setMonth(QDate anyDayOfIt)
{
    beginResetModel();
    m_first = QDate(anyDayOfIt.year(), anyDayOfIt.month(), 1);
    m_gridStart = m_first.addDays(1 - m_first.dayOfWeek());
    endResetModel();
}

QDate PayoutMonthModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_gridStart.addDays(index.row() * 7 + index.column());
}

QModelIndex PayoutMonthModel::indexOf(QDate day) const
{
    const qint64 offset = m_gridStart.daysTo(day);
    if (offset < 0 || offset >= kWeeks * 7)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

int PayoutMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kWeeks;
}

int PayoutMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant PayoutMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QDate day = dateAt(index);
    const auto found = m_byDay.find(day);
    const std::vector<size_t> none;
    const std::vector<size_t> &ids = found != m_byDay.end() ? found->second : none;
    std::map<ArrivalState, int> counts;
    std::optional<ArrivalState> worst;
    for (const size_t i : ids) {
        const ArrivalState s = m_payouts[i].state;
        ++counts[s];
        if (!worst || badness(s) > badness(*worst))
            worst = s;
    }
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{QString::number(day.day())};
        for (const auto &[state, n] : counts)
            lines << QStringLiteral("%1 %2").arg(n).arg(arrivalStateText(state));
        return lines.join(u'\n');
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const size_t i : ids) {
            const auto &e = m_payouts[i];
            lines << QStringLiteral("%1  %2  %3")
                         .arg(e.payout.id,
                              moneyText(e.payout.amount, e.payout.currency),
                              arrivalStateText(e.state));
        }
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        return worst ? QBrush(arrivalStateColor(*worst)) : QVariant();
    case Qt::ForegroundRole:
        return day.month() != m_first.month() ? QBrush(Qt::gray) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case DateRole:
        return day;
    case WorstStateRole:
        return worst ? QVariant(int(*worst)) : QVariant();
    default:
        return {};
    }
}

QVariant PayoutMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= 7)
        return {};
    return QLocale().dayName(section + 1, QLocale::ShortFormat);
}

PayoutListModel::PayoutListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PayoutListModel::setPayouts(std::vector<reconcile::ExpectedPayout> payouts)
{
    beginResetModel();
    m_payouts = std::move(payouts);
    endResetModel();
}

const reconcile::ExpectedPayout *PayoutListModel::payoutAt(int row) const
{
    return row >= 0 && row < int(m_payouts.size()) ? &m_payouts[size_t(row)] : nullptr;
}

int PayoutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payouts.size());
}

int PayoutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const reconcile::ExpectedPayout &e = m_payouts[size_t(index.row())];
    if (role == Qt::BackgroundRole && index.column() == State)
        return QBrush(arrivalStateColor(e.state));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Overdue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Payout:
        return e.payout.id;
    case Amount:
        return moneyText(e.payout.amount, e.payout.currency);
    case Arrival:
        return dayText(e.payout.arrival);
    case Expected:
        return e.expected == e.latest ? dayText(e.expected)
                                      : tr("%1 – %2").arg(dayText(e.expected), dayText(e.latest));
    case State:
        return arrivalStateText(e.state);
    case Bank:
        if (!e.arrival || !e.arrival->booked.isValid())
            return QVariant();
        return e.arrival->difference != 0
                   ? tr("%1 on %2, %3 differs")
                         .arg(dayText(e.arrival->booked),
                              e.arrival->account,
                              moneyText(e.arrival->difference, e.payout.currency))
                   : tr("%1 on %2").arg(dayText(e.arrival->booked), e.arrival->account);
    case Overdue:
        return e.businessDaysOverdue > 0 ? tr("%n business day(s)", nullptr, e.businessDaysOverdue)
                                         : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PayoutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case Payout:
        return tr("Payout");
    case Amount:
        return tr("Amount");
    case Arrival:
        return tr("Arrival date");
    case Expected:
        return tr("Expected at the bank");
    case State:
        return tr("State");
    case Bank:
        return tr("Bank line");
    case Overdue:
        return tr("Overdue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace paydeck::ui
