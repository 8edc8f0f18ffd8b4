#include "transactions_model.h"

#include "common/money_text.h"

#include <QDateTime>

#include <algorithm>

namespace paydeck::ui {

namespace {
constexpr int kMaxCachedRows = 64 * TransactionsModel::kPageSize;
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
            &store::StoreReader::searchHintReady,
            this,
            &TransactionsModel::onHint,
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
    const CachedRow *cached = cachedRow(row);
    if (role == LoadedRole) // read for the current keys (a row shown from before is not)
        return cached && cached->generation == m_generation;
    if (!cached)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…"))
                                                              : QVariant();
    const store::TransactionRow &r = cached->row;
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

void TransactionsModel::setFilter(const store::TransactionFilter &filter)
{
    if (m_query.filter == filter)
        return;
    m_query.filter = filter;
    refresh();
}

void TransactionsModel::onHint(quint64 requestId, const store::SearchHint &hint)
{
    if (requestId != m_answeredRequest)
        return; // for a result already replaced
    m_hint = hint;
    emit hintChanged();
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

const TransactionsModel::CachedRow *TransactionsModel::cachedRow(int row) const
{
    const auto it = m_rows.constFind((*m_keys)[size_t(row)]);
    if (it == m_rows.constEnd() || it->generation != m_generation)
        requestPage(row / kPageSize); // not read yet, or read before the keys last changed
    return it == m_rows.constEnd() ? nullptr : &*it;
}

void TransactionsModel::onKeys(quint64 requestId, const store::RowKeyList &keys)
{
    if (requestId != m_pendingRequest)
        return; // a newer query is on its way
    m_pendingRequest = 0;
    m_answeredRequest = requestId;
    if (!m_hint.didYouMean.isEmpty() || m_hint.withoutFilters >= 0 || !m_hint.objects.isEmpty()) {
        m_hint = {};
        emit hintChanged();
    }
    ++m_generation; // rows read before are shown until they are read again
    m_requested.clear();
    if (!insertNewKeys(keys)) {
        beginResetModel();
        m_keys = keys;
        endResetModel();
    } else if (!m_keys->empty()) {
        // Values may have changed (a status, a payout): the view asks again and gets them.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    emit loadingChanged(false);
    emit rowsUpdated();
}

bool TransactionsModel::insertNewKeys(const store::RowKeyList &keys)
{
    const auto &old = *m_keys;
    const auto &fresh = *keys;
    if (old.empty() || fresh.size() < old.size())
        return false;
    // Walk both in order: every old key must come again, in the same order; what lies between
    // is new. Blocks of new keys are inserted from the top, each at its final position.
    std::vector<std::pair<int, int>> blocks; // (first row in `fresh`, count)
    size_t i = 0;
    for (size_t j = 0; j < fresh.size(); ++j) {
        if (i < old.size() && fresh[j] == old[i]) {
            ++i;
            continue;
        }
        if (!blocks.empty() && blocks.back().first + blocks.back().second == int(j))
            ++blocks.back().second;
        else
            blocks.emplace_back(int(j), 1);
    }
    if (i != old.size())
        return false; // a row left or moved
    if (blocks.size() > kMaxInsertBlocks)
        return false; // scattered all over: one reset costs less than many inserts
    if (blocks.empty()) {
        m_keys = keys;
        return true;
    }
    // Insert block by block into a growing copy, so that every intermediate state is true.
    auto growing = std::make_shared<std::vector<qint64>>(old);
    for (const auto &[first, count] : blocks) {
        beginInsertRows({}, first, first + count - 1);
        growing->insert(
            growing->begin() + first, fresh.begin() + first, fresh.begin() + first + count);
        m_keys = growing;
        endInsertRows();
    }
    m_keys = keys;
    // Pages asked for while the rows went in named the keys of the moment: ask again.
    m_requested.clear();
    return true;
}

void TransactionsModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
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
    // Cached by each row's own key: the keys may have grown since the page was asked for.
    for (const store::TransactionRow &row : rows) {
        if (row.key == 0)
            continue; // no longer stored
        auto it = m_rows.find(row.key);
        if (it == m_rows.end()) {
            m_readOrder.push_back(row.key);
            it = m_rows.insert(row.key, {});
        }
        it->row = row;
        it->generation = generation;
    }
    // Bounded memory: forget the rows read longest ago.
    while (m_readOrder.size() > size_t(kMaxCachedRows)) {
        m_rows.remove(m_readOrder.front());
        m_readOrder.pop_front();
    }
    const int first = std::min(page * kPageSize, rowCount());
    const int last = std::min(first + int(kPageSize), rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

} // namespace paydeck::ui
