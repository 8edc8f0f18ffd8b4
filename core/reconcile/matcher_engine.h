#pragma once

// The matcher's engine: the rules applied in order over plain vectors. Internal to the matcher
// (matcher.cpp runs it; the reference rule lives in matcher_reference.cpp).

#include "matcher.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <numeric>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>

namespace paydeck::reconcile::detail {

inline QString money(qint64 minor, const std::string &currency)
{
    const auto code = Currency::fromCode(std::string_view(currency));
    if (!code)
        return QString::number(minor) + u' ' + QString::fromStdString(currency);
    return Money(minor, *code).format();
}

/// "7093.35 GBP": exact and locale-independent, as explanations are stored for the audit.
/// Written into a small buffer: this runs once per match.
class PlainMoney
{
public:
    PlainMoney(qint64 minor, const std::string &currency)
    {
        // A handful of currencies per run: a tiny cache beats a lookup in the ISO table.
        static thread_local std::vector<std::pair<std::string, int>> exponents;
        int exponent = -1;
        for (const auto &[code, e] : exponents)
            if (code == currency) {
                exponent = e;
                break;
            }
        if (exponent < 0) {
            const auto code = Currency::fromCode(std::string_view(currency));
            exponent = code ? code->exponent() : 2;
            exponents.emplace_back(currency, exponent);
        }
        char digits[24];
        int n = 0;
        const bool negative = minor < 0;
        quint64 value = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value > 0 || n <= exponent);
        if (negative)
            m_text[m_size++] = '-';
        for (int i = n - 1; i >= 0; --i) {
            m_text[m_size++] = digits[i];
            if (i == exponent && exponent > 0)
                m_text[m_size++] = '.';
        }
        m_text[m_size++] = ' ';
        for (size_t i = 0; i < currency.size() && i < 4; ++i) {
            const char c = currency[i];
            m_text[m_size++] = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        }
    }
    std::string_view view() const { return std::string_view(m_text, m_size); }

private:
    char m_text[40];
    size_t m_size = 0;
};

/// Replaces %1…%9 in a UTF-8 template (a translated text, converted once).
inline std::string fill(const std::string &pattern, std::initializer_list<std::string_view> args)
{
    size_t length = pattern.size();
    for (const auto &arg : args)
        length += arg.size();
    std::string out;
    out.reserve(length);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1'
            && pattern[i + 1] <= '9') {
            const size_t index = size_t(pattern[i + 1] - '1');
            if (index < args.size())
                out.append(*(args.begin() + index));
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

inline QString dayText(Day day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

struct AmountKey
{
    std::string_view currency;
    qint64 amount;
    bool operator==(const AmountKey &) const = default;
};
struct AmountKeyHash
{
    size_t operator()(const AmountKey &key) const
    {
        return std::hash<std::string_view>()(key.currency) * 1000003u
               ^ std::hash<qint64>()(key.amount);
    }
};

inline bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool isReferenceChar(char c)
{
    return isIdChar(c) || c == '-' || c == '#' || c == '/' || c == '.';
}

inline std::string upper(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

/// Runs two independent halves of a job on two threads (the machines Paydeck runs on have two
/// cores or more). The halves must not write the same memory.
template<typename A, typename B>
void parallel(A first, B second)
{
    std::thread worker(std::move(second));
    first();
    worker.join();
}

/// Open addressing from a string to an index: no allocation per entry, one probe mostly.
class FlatIndex
{
public:
    explicit FlatIndex(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{0, -1});
        m_mask = capacity - 1;
    }
    static quint64 hash(std::string_view text)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const char c : text) {
            h ^= quint64(static_cast<unsigned char>(c));
            h *= 0x100000001b3ULL;
        }
        return h ^ (h >> 29);
    }
    void insert(std::string_view key, int value)
    {
        const quint64 h = hash(key);
        size_t i = size_t(h) & m_mask;
        while (m_slots[i].value >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{h, value};
    }
    /// The value whose key (as `keyOf(value)` gives it) equals `key`, or -1.
    template<typename KeyOf>
    int find(std::string_view key, KeyOf keyOf) const
    {
        const quint64 h = hash(key);
        for (size_t i = size_t(h) & m_mask; m_slots[i].value >= 0; i = (i + 1) & m_mask)
            if (m_slots[i].hash == h && keyOf(m_slots[i].value) == key)
                return m_slots[i].value;
        return -1;
    }

private:
    struct Slot
    {
        quint64 hash;
        int value;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

class Engine
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile::Engine)

public:
    Engine(Reconciliation kind,
           const std::vector<ProviderItem> &provider,
           const std::vector<CounterItem> &counter,
           const RuleSet &rules,
           Day asOf,
           const std::vector<bool> &lockedLeft,
           const std::vector<bool> &lockedRight)
        : m_kind(kind)
        , m_p(provider)
        , m_c(counter)
        , m_rules(rules)
        , m_asOf(asOf)
        , m_leftUsed(provider.size(), 0)
        , m_rightUsed(counter.size(), 0)
    {
        for (size_t i = 0; i < lockedLeft.size() && i < provider.size(); ++i)
            m_leftUsed[i] = lockedLeft[i] ? 2 : 0;
        for (size_t i = 0; i < lockedRight.size() && i < counter.size(); ++i)
            m_rightUsed[i] = lockedRight[i] ? 2 : 0;
        // By date, then by the store's row id: a total order that does not depend on input order.
        // Sorted as packed keys: comparisons that chase items through memory cost seconds here.
        parallel(
            [&] {
                m_leftOrder = orderBy(provider.size(), [&](size_t i) {
                    return std::pair<qint64, qint64>(provider[i].day, provider[i].key);
                });
            },
            [&] {
                m_rightOrder = orderBy(counter.size(), [&](size_t i) {
                    return std::pair<qint64, qint64>(counter[i].day, counter[i].id);
                });
            });
        m_out.matches.reserve(provider.size());
    }

    template<typename KeyOf>
    static std::vector<int> orderBy(size_t count, KeyOf keyOf)
    {
        struct Key
        {
            qint64 a, b;
            int index;
        };
        std::vector<Key> keys(count);
        for (size_t i = 0; i < count; ++i) {
            const auto [a, b] = keyOf(i);
            keys[i] = Key{a, b, int(i)};
        }
        std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
            return std::tie(x.a, x.b, x.index) < std::tie(y.a, y.b, y.index);
        });
        std::vector<int> order(count);
        for (size_t i = 0; i < count; ++i)
            order[i] = keys[i].index;
        return order;
    }

    MatchOutcome run()
    {
        for (const QString &rule : m_rules.order) {
            if (rule == u"reference")
                referenceRule();
            else if (rule == u"amount_date")
                amountDateRule();
            else if (rule == u"fee_aware")
                feeAwareRule();
            else if (rule == u"many_to_one")
                manyToOneRule();
            else if (rule == u"one_to_many")
                oneToManyRule();
            else if (rule == u"fx")
                fxRule();
        }
        reportUnmatched();
        return std::move(m_out);
    }

private:
    bool payouts() const { return m_kind == Reconciliation::PayoutBank; }

    /// Whether a counter item's date fits a provider item's: a bank line from one calendar day
    /// before the payout's arrival to `window` business days after; a ledger entry within
    /// `window` business days either way.
    bool inWindow(const ProviderItem &p, const CounterItem &c) const
    {
        const int window = m_rules.dateWindowBusinessDays;
        if (payouts())
            return c.day >= p.day - 1 && businessDaysBetween(p.day, c.day) <= window;
        return std::abs(businessDaysBetween(p.day, c.day)) <= window;
    }

    void addMatch(
        IndexList left, IndexList right, const char *rule, double score, const QString &explanation)
    {
        addMatch(std::move(left), std::move(right), rule, score, utf8(explanation));
    }

    void addMatch(
        IndexList left, IndexList right, const char *rule, double score, std::string explanation)
    {
        MatchResult match;
        qint64 leftSum = 0, rightSum = 0;
        for (const int l : left) {
            m_leftUsed[size_t(l)] = 1;
            leftSum += m_p[size_t(l)].amount;
        }
        for (const int r : right) {
            m_rightUsed[size_t(r)] = 1;
            rightSum += m_c[size_t(r)].amount;
        }
        match.left = std::move(left);
        match.right = std::move(right);
        match.rule = rule;
        match.score = score;
        match.difference = rightSum - leftSum;
        match.explanation = std::move(explanation);
        sink().matches.push_back(std::move(match));
    }

    /// Where results go: the run's outcome, or a half's while both cores decide independent items.
    MatchOutcome &sink() { return t_sink ? *t_sink : m_out; }
    static thread_local MatchOutcome *t_sink;

    /// `amount` is the difference for mismatches; the item's own amount otherwise.
    void addException(ExceptionKind kind,
                      bool providerSide,
                      int index,
                      QString detail,
                      std::optional<qint64> amount = std::nullopt)
    {
        ExceptionResult e;
        e.kind = kind;
        e.providerSide = providerSide;
        e.index = index;
        e.amount = amount         ? *amount
                   : providerSide ? m_p[size_t(index)].amount
                                  : m_c[size_t(index)].amount;
        e.detail = std::move(detail);
        sink().exceptions.push_back(std::move(e));
    }

    QString pm(const ProviderItem &p) const { return money(p.amount, p.currency); }
    QString cm(const CounterItem &c) const { return money(c.amount, c.currency); }

    // ---- reference ----------------------------------------------------------------------

    struct Edge
    {
        int left;
        int right;
        bool truncated;
        std::string_view token; // into the item's text, which outlives the run
    };

    /// Finds which items name which: payout ids in bank texts, ledger references in charges.
    std::vector<Edge> referenceEdges();

    /// Stable storage for tokens made from a copy of an item's text.
    std::string_view keep(const std::string &token);

    QString nameOf(const ProviderItem &p) const { return QString::fromStdString(p.id); }
    QString refOf(const CounterItem &c) const { return QString::fromStdString(c.text); }

    void referenceRule();

    QString namedBy(const ProviderItem &p, bool truncated, std::string_view token) const;

    void referenceComponent(int l,
                            const std::vector<int> &lines,
                            bool truncated,
                            std::string_view token);

    // ---- amount and date ----------------------------------------------------------------

    using AmountIndex = std::unordered_map<AmountKey, std::vector<int>, AmountKeyHash>;

    AmountIndex counterIndex(const std::function<std::optional<qint64>(const CounterItem &)> &key)
    {
        AmountIndex index;
        for (const int r : m_rightOrder) {
            if (m_rightUsed[size_t(r)])
                continue;
            const auto amount = key(m_c[size_t(r)]);
            if (amount)
                index[AmountKey{m_c[size_t(r)].currency, *amount}].push_back(r);
        }
        return index;
    }

    /// The unused candidate closest in date (then earliest, then lowest id), or -1.
    int closest(const ProviderItem &p, const std::vector<int> *candidates)
    {
        if (!candidates)
            return -1;
        int best = -1;
        int bestDistance = 0;
        for (const int r : *candidates) {
            if (m_rightUsed[size_t(r)] || !inWindow(p, m_c[size_t(r)]))
                continue;
            const int distance = std::abs(m_c[size_t(r)].day - p.day);
            if (best < 0 || distance < bestDistance) {
                best = r;
                bestDistance = distance;
            }
        }
        return best;
    }

    void amountDateRule()
    {
        AmountIndex index = counterIndex([](const CounterItem &c) { return c.amount; });
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const ProviderItem &p = m_p[size_t(l)];
            const auto it = index.find(AmountKey{p.currency, p.amount});
            const int r = closest(p, it == index.end() ? nullptr : &it->second);
            if (r < 0)
                continue;
            const int days = businessDaysBetween(p.day, m_c[size_t(r)].day);
            addMatch({l},
                     {r},
                     "amount_date",
                     std::max(0.5, 0.9 - 0.05 * std::abs(days)),
                     fill(amountDateTemplate(days), {PlainMoney(p.amount, p.currency).view()}));
        }
    }

    void feeAwareRule()
    {
        // Gross against net: the bank took its charges, or the ledger books the provider's net.
        AmountIndex withCharges = counterIndex([](const CounterItem &c) -> std::optional<qint64> {
            if (c.charges > 0)
                return c.amount + c.charges;
            return std::nullopt;
        });
        AmountIndex plain = counterIndex([](const CounterItem &c) { return c.amount; });
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const ProviderItem &p = m_p[size_t(l)];
            const auto it = withCharges.find(AmountKey{p.currency, p.amount});
            if (const int r = closest(p, it == withCharges.end() ? nullptr : &it->second); r >= 0) {
                const CounterItem &c = m_c[size_t(r)];
                addMatch({l},
                         {r},
                         "fee_aware",
                         0.8,
                         tr("%1 received and a bank fee of %2 make the %3 of %4.")
                             .arg(cm(c), money(c.charges, c.currency), pm(p), nameOf(p)));
                continue;
            }
            if (p.net == p.amount)
                continue;
            const auto net = plain.find(AmountKey{p.currency, p.net});
            if (const int r = closest(p, net == plain.end() ? nullptr : &net->second); r >= 0)
                addMatch({l},
                         {r},
                         "fee_aware",
                         0.75,
                         tr("%1 equals the net of %2 (gross %3 less the provider's fee %4).")
                             .arg(cm(m_c[size_t(r)]),
                                  nameOf(p),
                                  pm(p),
                                  money(p.amount - p.net, p.currency)));
        }
    }

    // ---- groups ------------------------------------------------------------------------

    /// The first subset (smallest first, then earliest) of `items` whose amounts sum to `target`.
    template<typename AmountOf>
    std::vector<int>
    subsetSum(const std::vector<int> &items, qint64 target, AmountOf amountOf) const
    {
        const int n = int(items.size());
        std::vector<int> chosen;
        std::function<bool(int, int, qint64)> search = [&](int start, int left, qint64 sum) {
            if (left == 0)
                return std::abs(sum - target) <= m_rules.groupToleranceMinor;
            for (int i = start; i <= n - left; ++i) {
                chosen.push_back(items[size_t(i)]);
                if (search(i + 1, left - 1, sum + amountOf(items[size_t(i)])))
                    return true;
                chosen.pop_back();
            }
            return false;
        };
        for (int size = 2; size <= std::min(n, m_rules.maxGroupSize); ++size) {
            chosen.clear();
            if (search(0, size, 0))
                return chosen;
        }
        return {};
    }

    static constexpr int kMaxGroupCandidates = 12;

    /// The free items of `order` (date order), by currency.
    template<typename Free, typename CurrencyOf>
    static std::map<std::string_view, std::vector<int>>
    freeByCurrency(const std::vector<int> &order, Free isFree, CurrencyOf currencyOf)
    {
        std::map<std::string_view, std::vector<int>> out;
        for (const int i : order)
            if (isFree(i))
                out[currencyOf(i)].push_back(i);
        return out;
    }

    /// Of a date-ordered list, the items near `day` that `fits` (free, in the window, same sign).
    template<typename DayOf, typename Fits>
    std::vector<int> nearby(const std::vector<int> &list, Day day, DayOf dayOf, Fits fits) const
    {
        const int span = m_rules.dateWindowBusinessDays * 2 + 6; // calendar days; fits() decides
        auto it = std::lower_bound(
            list.begin(), list.end(), day - span, [&](int i, Day d) { return dayOf(i) < d; });
        std::vector<int> out;
        for (; it != list.end() && dayOf(*it) <= day + span; ++it)
            if (fits(*it))
                out.push_back(*it);
        return out;
    }

    void manyToOneRule()
    {
        // One bank line (or ledger entry) for several provider items.
        const auto byCurrency = freeByCurrency(
            m_leftOrder,
            [&](int l) { return !m_leftUsed[size_t(l)]; },
            [&](int l) { return std::string_view(m_p[size_t(l)].currency); });
        for (const int r : m_rightOrder) {
            if (m_rightUsed[size_t(r)])
                continue;
            const CounterItem &c = m_c[size_t(r)];
            const auto list = byCurrency.find(c.currency);
            if (list == byCurrency.end())
                continue;
            const std::vector<int> candidates = nearby(
                list->second,
                c.day,
                [&](int l) { return m_p[size_t(l)].day; },
                [&](int l) {
                    return !m_leftUsed[size_t(l)] && inWindow(m_p[size_t(l)], c)
                           && (m_p[size_t(l)].amount > 0) == (c.amount > 0);
                });
            if (candidates.size() < 2 || candidates.size() > kMaxGroupCandidates)
                continue;
            const auto group
                = subsetSum(candidates, c.amount, [&](int l) { return m_p[size_t(l)].amount; });
            if (group.empty())
                continue;
            QStringList names;
            for (const int l : group)
                names << nameOf(m_p[size_t(l)]);
            addMatch(group,
                     {r},
                     "many_to_one",
                     0.7,
                     tr("One line of %1 equals the sum of %n items in its date window: %2.",
                        nullptr,
                        int(group.size()))
                         .arg(cm(c), names.join(QStringLiteral(", "))));
        }
    }

    void oneToManyRule()
    {
        const auto byCurrency = freeByCurrency(
            m_rightOrder,
            [&](int r) { return !m_rightUsed[size_t(r)]; },
            [&](int r) { return std::string_view(m_c[size_t(r)].currency); });
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const ProviderItem &p = m_p[size_t(l)];
            const auto list = byCurrency.find(p.currency);
            if (list == byCurrency.end())
                continue;
            const std::vector<int> candidates = nearby(
                list->second,
                p.day,
                [&](int r) { return m_c[size_t(r)].day; },
                [&](int r) {
                    return !m_rightUsed[size_t(r)] && inWindow(p, m_c[size_t(r)])
                           && (m_c[size_t(r)].amount > 0) == (p.amount > 0);
                });
            if (candidates.size() < 2 || candidates.size() > kMaxGroupCandidates)
                continue;
            const auto group
                = subsetSum(candidates, p.amount, [&](int r) { return m_c[size_t(r)].amount; });
            if (group.empty())
                continue;
            addMatch({l},
                     group,
                     "one_to_many",
                     0.7,
                     tr("%1 of %2 equals the sum of %n lines in its date window.",
                        nullptr,
                        int(group.size()))
                         .arg(pm(p), nameOf(p)));
        }
    }

    void fxRule()
    {
        // A line booked in another currency whose instructed amount is the provider item's.
        std::vector<int> foreign;
        for (const int r : m_rightOrder)
            if (!m_rightUsed[size_t(r)] && m_c[size_t(r)].instructedAmount
                && m_c[size_t(r)].instructedCurrency != m_c[size_t(r)].currency)
                foreign.push_back(r);
        if (foreign.empty())
            return;
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const ProviderItem &p = m_p[size_t(l)];
            for (const int r : foreign) {
                const CounterItem &c = m_c[size_t(r)];
                if (m_rightUsed[size_t(r)] || c.instructedCurrency != p.currency || !inWindow(p, c))
                    continue;
                const qint64 instructed = c.amount < 0 ? -*c.instructedAmount : *c.instructedAmount;
                const double off = p.amount == 0 ? 1.0
                                                 : std::abs(double(instructed - p.amount))
                                                       / std::abs(double(p.amount));
                if (off * 100.0 > m_rules.fxTolerancePercent)
                    continue;
                addMatch({l},
                         {r},
                         "fx",
                         0.7,
                         tr("%1 instructed, booked as %2; within %3% of %4 %5.")
                             .arg(money(instructed, p.currency), cm(c))
                             .arg(m_rules.fxTolerancePercent)
                             .arg(nameOf(p), pm(p)));
                m_out.matches.back().difference = instructed - p.amount; // in the item's currency
                break;
            }
        }
    }

    void reportUnmatched()
    {
        const int window = m_rules.dateWindowBusinessDays;
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const ProviderItem &p = m_p[size_t(l)];
            if (businessDaysBetween(p.day, m_asOf) <= window) {
                ++m_out.pending; // may still arrive
                continue;
            }
            addException(ExceptionKind::Unmatched,
                         true,
                         l,
                         payouts()
                             ? tr("no bank line within %n business day(s) of the arrival date %1",
                                  nullptr,
                                  window)
                                   .arg(dayText(p.day))
                             : tr("no ledger entry for this charge of %1").arg(dayText(p.day)));
        }
        for (const int r : m_rightOrder) {
            if (m_rightUsed[size_t(r)] || !m_c[size_t(r)].providerLine)
                continue;
            addException(
                ExceptionKind::Unmatched,
                false,
                r,
                payouts()
                    ? tr("no payout for this line of %1").arg(dayText(m_c[size_t(r)].day))
                    : tr("no charge for this ledger entry of %1").arg(dayText(m_c[size_t(r)].day)));
        }
    }

    /// Translated once per run; plural forms per day count.
    const std::string &amountDateTemplate(int days)
    {
        const int key = std::clamp(days, -31, 31);
        auto it = m_amountDateTemplates.find(key);
        if (it == m_amountDateTemplates.end()) {
            const QString text
                = payouts() ? tr("Same amount and currency (%1), booked %n business day(s) after "
                                 "the arrival date; the line names no payout.",
                                 nullptr,
                                 days)
                            : tr("Same amount and currency (%1), %n business day(s) apart; the "
                                 "charge names no ledger reference.",
                                 nullptr,
                                 std::abs(days));
            it = m_amountDateTemplates.emplace(key, utf8(text)).first;
        }
        return it->second;
    }

    Reconciliation m_kind;
    const std::vector<ProviderItem> &m_p;
    const std::vector<CounterItem> &m_c;
    const RuleSet &m_rules;
    Day m_asOf;
    std::vector<char> m_leftUsed; // 0 free, 1 matched here, 2 decided by a person
    std::vector<char> m_rightUsed;
    std::vector<int> m_leftOrder;
    std::vector<int> m_rightOrder;
    MatchOutcome m_out;
    std::vector<std::unique_ptr<std::string>> m_tokens;
    // After m_kind: initialised in declaration order.
    std::string m_exactReference
        = utf8(m_kind == Reconciliation::PayoutBank
                   ? tr("The bank line names payout %1. Amounts equal (%3).")
                   : tr("Charge %1 names ledger reference %2. Amounts equal (%3)."));
    std::map<int, std::string> m_amountDateTemplates;
};

} // namespace paydeck::reconcile::detail
