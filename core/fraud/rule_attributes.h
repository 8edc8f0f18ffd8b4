#pragma once

// The attributes fraud rules read of a scored charge (fraud_rules.h): the charge's own facts,
// Paydeck's score, and its velocity counts as `:<count>_per_<entity>_<window>:`.

#include "history_scoring.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <string>

namespace paydeck::fraud {

/// A rule operand's value: a number, a text, or nothing (an absent attribute, which no
/// comparison matches).
struct RuleValue
{
    enum class Kind { Missing, Number, Text } kind = Kind::Missing;
    double number = 0;
    std::string text; // lower case
    static RuleValue of(double n) { return {Kind::Number, n, {}}; }
    static RuleValue of(std::string t);
};

using AttributeReader = std::function<RuleValue(const ScoredCharge &)>;

/// The reader of an attribute by its name (without colons), or nullopt for an unknown one.
std::optional<AttributeReader> attributeReader(const std::string &name);

} // namespace paydeck::fraud
