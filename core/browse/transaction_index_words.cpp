// The Transactions index's "did you mean" and the values its filters offer.
#include "browse/text_fold.h"
#include "browse/transaction_index.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <numeric>
#include <unordered_set>

namespace paydeck::browse {

namespace {

/// Levenshtein distance, or `limit + 1` once it must exceed `limit`.
int editDistance(std::string_view a, std::string_view b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1,
                                   current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::vector<std::string> TransactionIndex::nearWords(const std::string &term)
{
    if (m_wordsFromCustomers != m_customers.size()) {
        std::unordered_set<std::string> words;
        for (uint32_t c = 0; c < m_customers.size(); ++c) {
            std::string word;
            for (const char ch : m_customers.value(c)) {
                if (std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80) != 0) {
                    word += fold(ch);
                    continue;
                }
                if (word.size() >= 3)
                    words.insert(word);
                word.clear();
            }
            if (word.size() >= 3)
                words.insert(word);
        }
        m_words.assign(words.begin(), words.end());
        std::sort(m_words.begin(), m_words.end());
        m_wordsFromCustomers = m_customers.size();
    }
    const int limit = term.size() <= 5 ? 1 : 2;
    int best = limit + 1;
    std::vector<std::string> found;
    for (const std::string &word : m_words) {
        const int distance = editDistance(term, word, limit);
        if (distance == 0 || distance > limit || distance > best)
            continue;
        if (distance < best)
            found.clear();
        best = distance;
        found.push_back(word);
    }
    return found;
}

void TransactionIndex::fillChoices(store::FilterChoices &choices) const
{
    const auto list = [](const Dictionary &values) {
        QStringList out;
        for (const std::string &value : values.values())
            out << QString::fromStdString(value);
        return out;
    };
    choices.types = list(m_types);
    choices.currencies = list(m_currencies);
    choices.statuses = list(m_statuses);
}

} // namespace paydeck::browse
