#pragma once

// What is known about which charges were fraud: disputes the card holders opened as fraudulent,
// analysts' decisions in the review queue, and labels from a file (the sandbox's --truth, or a
// team's own list), by charge id.

#include "util/result.h"

#include <QString>

#include <optional>
#include <string>
#include <unordered_map>

namespace paydeck::store {
class Session;
}

namespace paydeck::fraud {

class FraudLabels
{
public:
    /// Labels a charge; a later label of the same charge replaces the earlier one.
    void set(const std::string &charge, bool fraud) { m_labels[charge] = fraud; }
    std::optional<bool> of(const std::string &charge) const;
    qint64 count() const { return qint64(m_labels.size()); }
    qint64 fraudCount() const;

    /// Charges disputed with reason "fraudulent" are fraud (friendly fraud among them too: the
    /// dispute is all a shop learns).
    Result<void> addDisputed(store::Session &db);
    /// What analysts decided in the review queue: fraudulent is fraud, approved is not (needs
    /// more info and open say nothing yet).
    Result<void> addDecisions(store::Session &db);
    /// Lines `{"object":"fraud_label","charge":"ch_…","fraud":true|false,…}` of a JSON-lines
    /// file; other objects' lines are skipped. A malformed line is an error naming the line;
    /// nothing of the file is taken then.
    Result<void> addFile(const QString &path);

private:
    std::unordered_map<std::string, bool> m_labels;
};

} // namespace paydeck::fraud
