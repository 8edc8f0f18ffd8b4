#pragma once

#include "store/store_reader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <deque>
#include <vector>

namespace paydeck::ui {

/// The balance transactions of the store as a table that stays smooth at millions of rows: the
/// store sorts and filters (a list of row ids comes back), and rows are fetched page by page on
/// the reader thread as the view needs them. The GUI thread never waits for the disk; a row not
/// loaded yet shows a placeholder until its page arrives.
///
/// New keys from the change feed arrive as inserts where they fall (any sort), so selection and
/// scroll hold; rows already read stay on screen, by key, while their fresh values are fetched
/// (no flicker of placeholders).
class TransactionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = store::TransactionColumn;
    enum Role { RawValueRole = Qt::UserRole + 1, RowKeyRole, LoadedRole };
    static constexpr int kPageSize = 200;
    /// New keys scattered over more places than this reset the model instead.
    static constexpr size_t kMaxInsertBlocks = 64;

    explicit TransactionsModel(store::StoreReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &text);
    void setFilter(const store::TransactionFilter &filter);
    const store::TransactionQuery &query() const { return m_query; }
    /// What the store suggests when the current result is empty (else an empty hint).
    const store::SearchHint &hint() const { return m_hint; }
    /// Re-reads the row ids (new data arrived); keeps the view where it is when rows were added on
    /// top.
    void refresh();
    qint64 keyAt(int row) const;
    /// The row of a key in the current result, or -1.
    int rowOfKey(qint64 key) const;
    /// Whether the amount columns are sorted within each currency (no exchange rates to compare
    /// them across currencies).
    bool sortsPerCurrency() const;
    bool isLoading() const { return m_pendingRequest != 0; }

signals:
    void loadingChanged(bool loading);
    void rowsUpdated();
    void hintChanged();

private:
    void onKeys(quint64 requestId, const store::RowKeyList &keys);
    void onHint(quint64 requestId, const store::SearchHint &hint);
    /// Announces the new keys as inserted rows if they only add to the old ones (in the same
    /// order); false when rows left or moved (then the model resets).
    bool insertNewKeys(const store::RowKeyList &keys);

    void onRows(quint64 generation, int page, const QVector<store::TransactionRow> &rows);
    void requestPage(int page) const;
    QVariant display(const store::TransactionRow &row, Column column) const;
    QVariant raw(const store::TransactionRow &row, Column column) const;

    store::StoreReader *m_reader;
    store::TransactionQuery m_query;
    store::RowKeyList m_keys;
    quint64 m_nextRequest = 1;
    quint64 m_pendingRequest = 0;
    quint64 m_answeredRequest = 0;
    store::SearchHint m_hint;
    quint64 m_generation = 1;
    struct CachedRow
    {
        store::TransactionRow row;
        quint64 generation = 0; // of the keys it was read for: older ones are shown, and re-read
    };
    QHash<qint64, CachedRow> m_rows; // by key, bounded (the oldest read are forgotten first)
    const CachedRow *cachedRow(int row) const;
    std::deque<qint64> m_readOrder;
    mutable QSet<int> m_requested; // pages asked for in this generation
};

} // namespace paydeck::ui
