#pragma once

#include "rules.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::reconcile {

/// Days since 1970-01-01 (UTC); the matcher's calendar.
using Day = int;
/// Business days from `from` to `to` (Mon–Fri), negative when `to` is earlier.
int businessDaysBetween(Day from, Day to);

/// A provider-side item: a payout (to be found on the bank statement) or a charge (to be found
/// in the ledger).
struct ProviderItem
{
    qint64 key = 0; // the store's key of the payout or charge
    std::string id; // po_…, ch_…
    qint64 amount = 0;
    qint64 net = 0;       // a charge's net after the provider's fee; a payout's amount
    std::string currency; // upper case
    Day day = 0;          // payout arrival date, charge creation date
    std::string text;     // what may carry a reference: description, metadata
};

/// A counter-side item: a bank statement line or a ledger entry.
struct CounterItem
{
    qint64 id = 0;
    qint64 amount = 0;
    std::string currency;
    Day day = 0;      // booking date
    std::string text; // references and remittance text (bank) or the invoice reference (ledger)
    qint64 charges = 0;
    std::string instructedCurrency;
    std::optional<qint64> instructedAmount;
    bool providerLine = true; // mentions the provider: reported when nothing matches it
};

enum class Reconciliation { PayoutBank, ChargeLedger };

/// Indices of one side of a match: one inline (the common case, a million times a run), more on
/// the heap.
class IndexList
{
public:
    IndexList() = default;
    IndexList(std::initializer_list<int> values)
    {
        for (const int v : values)
            push_back(v);
    }
    IndexList(const std::vector<int> &values)
    {
        for (const int v : values)
            push_back(v);
    }
    void push_back(int value)
    {
        if (m_size == 0)
            m_first = value;
        else
            m_more.push_back(value);
        ++m_size;
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    int operator[](size_t i) const { return i == 0 ? m_first : m_more[i - 1]; }
    int front() const { return m_first; }
    class const_iterator
    {
    public:
        const_iterator(const IndexList *list, size_t i) : m_list(list), m_i(i) {}
        int operator*() const { return (*m_list)[m_i]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const IndexList *m_list;
        size_t m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

private:
    int m_first = -1;
    size_t m_size = 0;
    std::vector<int> m_more;
};

struct MatchResult
{
    IndexList left;  // indices into the provider items
    IndexList right; // indices into the counter items
    std::string rule;
    double score = 1.0;
    qint64 difference = 0;   // counter sum minus provider sum, minor units
    std::string explanation; // UTF-8, as stored; amounts as exact decimals with their code
};

enum class ExceptionKind { Unmatched, Partial, AmountMismatch, Duplicate, BalanceProof };
const char *exceptionKindName(ExceptionKind kind);

struct ExceptionResult
{
    ExceptionKind kind = ExceptionKind::Unmatched;
    bool providerSide = true;
    int index = 0;
    qint64 amount = 0;
    QString detail;
};

struct MatchOutcome
{
    std::vector<MatchResult> matches;
    std::vector<ExceptionResult> exceptions;
    int pending = 0; // provider items too recent to be overdue
};

/// Matches provider items against counter items by the rules, in order. Deterministic: the same
/// input gives the same matches. `lockedLeft/lockedRight` (by index) are already decided by a
/// person and are neither matched nor reported. `asOf` decides which unmatched provider items
/// are overdue (later than their date window) rather than still on their way.
MatchOutcome matchItems(Reconciliation kind,
                        const std::vector<ProviderItem> &provider,
                        const std::vector<CounterItem> &counter,
                        const RuleSet &rules,
                        Day asOf,
                        const std::vector<bool> &lockedLeft = {},
                        const std::vector<bool> &lockedRight = {});

} // namespace paydeck::reconcile
