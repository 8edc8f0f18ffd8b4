#include "transactions_model.h"

#include "common/money_text.h"

#include <QDateTime>

#include <algorithm>

namespace paydeck::ui {

namespace {
constexpr int kMaxCachedPages = 64;
}

TransactionsModel::TransactionsModel(store::StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader), m_keys(std::make_shared<std::vector<qint64>>())
{
    connect(reader,
            &store::StoreReader::keysReady,
            this,
            &TransactionsModel::onKeys,
            Qt::QueuedConnection);
    connect(reader,
            &store::StoreReader::rowsReady,
            this,
            &TransactionsModel::onRows,
            Qt::QueuedConnection);
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys->size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Created:
        return tr("Created");
    case Column::Type:
        return tr("Type");
    case Column::Description:
        return tr("Description");
    case Column::Customer:
        return tr("Customer");
    case Column::Amount:
        return tr("Amount");
    case Column::Fee:
        return tr("Fee");
    case Column::Net:
        return tr("Net");
    case Column::Currency:
        return tr("Currency");
    case Column::Status:
        return tr("Status");
    case Column::Payout:
        return tr("Payout");
    case Column::Id:
        return tr("ID");
    case Column::Count:
        break;
    }
    return {};
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    if (role == RowKeyRole)
        return (*m_keys)[size_t(row)];
    if (role == Qt::TextAlignmentRole) {
        const bool numeric
            = column == Column::Amount || column == Column::Fee || column == Column::Net;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != LoadedRole
        && role != Qt::ToolTipRole)
        return {};
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        if (role == LoadedRole)
            return false;
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…"))
                                                              : QVariant();
    }
    if (role == LoadedRole)
        return true;
    const store::TransactionRow &r = (*it)[row % kPageSize];
    if (role == RawValueRole)
        return raw(r, column);
    if (role == Qt::ToolTipRole)
        return column == Column::Description ? QVariant(r.description) : QVariant();
    return display(r, column);
}

QVariant TransactionsModel::display(const store::TransactionRow &r, Column column) const
{
    switch (column) {
    case Column::Created:
        return r.created > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(r.created),
                                                  QLocale::ShortFormat)
                             : QString();
    case Column::Type:
        return r.type;
    case Column::Description:
        return r.description;
    case Column::Customer:
        return r.card.isEmpty()
                   ? r.customer
                   : (r.customer.isEmpty() ? r.card : r.customer + QStringLiteral(" · ") + r.card);
    case Column::Amount:
        return moneyText(r.amount, r.currency);
    case Column::Fee:
        return moneyText(r.fee, r.currency);
    case Column::Net:
        return moneyText(r.net, r.currency);
    case Column::Currency:
        return r.currency.toUpper();
    case Column::Status:
        return r.status;
    case Column::Payout:
        return r.payout;
    case Column::Id:
        return r.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant TransactionsModel::raw(const store::TransactionRow &r, Column column) const
{
    switch (column) {
    case Column::Created:
        return r.created;
    case Column::Amount:
        return r.amount;
    case Column::Fee:
        return r.fee;
    case Column::Net:
        return r.net;
    case Column::Currency:
        return r.currency;
    case Column::Customer:
        return r.customer;
    default:
        return display(r, column);
    }
}

void TransactionsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    m_query.sortColumn = static_cast<Column>(column);
    m_query.order = order;
    refresh();
}

void TransactionsModel::setSearch(const QString &text)
{
    if (m_query.search == text)
        return;
    m_query.search = text;
    refresh();
}

void TransactionsModel::refresh()
{
    const quint64 id = m_nextRequest++;
    const bool wasLoading = m_pendingRequest != 0;
    m_pendingRequest = id;
    const store::TransactionQuery query = m_query;
    store::StoreReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, id, query] { reader->queryKeys(id, query); }, Qt::QueuedConnection);
    if (!wasLoading)
        emit loadingChanged(true);
}

qint64 TransactionsModel::keyAt(int row) const
{
    if (row < 0 || size_t(row) >= m_keys->size())
        return 0;
    return (*m_keys)[size_t(row)];
}

int TransactionsModel::rowOfKey(qint64 key) const
{
    const auto it = std::find(m_keys->begin(), m_keys->end(), key);
    return it == m_keys->end() ? -1 : int(it - m_keys->begin());
}

bool TransactionsModel::sortsPerCurrency() const
{
    return m_query.sortColumn == Column::Amount || m_query.sortColumn == Column::Fee
           || m_query.sortColumn == Column::Net;
}

void TransactionsModel::onKeys(quint64 requestId, const store::RowKeyList &keys)
{
    if (requestId != m_pendingRequest)
        return; // a newer query is on its way
    m_pendingRequest = 0;
    const auto &old = *m_keys;
    const auto &fresh = *keys;
    ++m_generation;
    m_pages.clear();
    m_requested.clear();
    m_pageOrder.clear();
    if (fresh.size() >= old.size() && !old.empty()
        && std::equal(
            old.begin(), old.end(), fresh.begin() + qsizetype(fresh.size() - old.size()))) {
        // Live data arrived on top (newest first): insert, so that selection and scroll hold.
        const int added = int(fresh.size() - old.size());
        if (added > 0) {
            beginInsertRows({}, 0, added - 1);
            m_keys = keys;
            endInsertRows();
        } else {
            m_keys = keys;
        }
        if (!fresh.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_keys = keys;
        endResetModel();
    }
    emit loadingChanged(false);
    emit rowsUpdated();
}

void TransactionsModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_pageOrder.append(page);
    const size_t first = size_t(page) * kPageSize;
    const size_t last = std::min(m_keys->size(), first + kPageSize);
    QVector<qint64> ids;
    ids.reserve(qsizetype(last - first));
    for (size_t i = first; i < last; ++i)
        ids.append((*m_keys)[i]);
    const quint64 generation = m_generation;
    store::StoreReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, generation, page, ids] { reader->fetchRows(generation, page, ids); },
        Qt::QueuedConnection);
}

void TransactionsModel::onRows(quint64 generation,
                               int page,
                               const QVector<store::TransactionRow> &rows)
{
    if (generation != m_generation || !m_requested.contains(page))
        return;
    const int first = page * kPageSize;
    if (first >= rowCount() || rows.size() != std::min<qsizetype>(kPageSize, rowCount() - first))
        return;
    m_pages.insert(page, rows);
    // Bounded memory: forget the pages requested longest ago.
    while (m_pageOrder.size() > kMaxCachedPages) {
        const int evicted = m_pageOrder.takeFirst();
        m_pages.remove(evicted);
        m_requested.remove(evicted);
    }
    emit dataChanged(index(first, 0), index(first + int(rows.size()) - 1, columnCount() - 1));
}

} // namespace paydeck::ui
