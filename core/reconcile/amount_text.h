#pragma once

#include <QChar>
#include <QStringView>

#include <optional>

namespace paydeck::reconcile {

/// Parses an unsigned or signed decimal amount as banks write it ("3236,28", "107,", "474.4",
/// "-1.234,56" with grouping) into minor units of a currency with `exponent` decimals.
/// `decimalSeparator` is ',' or '.'; `groupSeparator` (or QChar() for none) is skipped between
/// digits. Extra decimals are accepted only when they are zeros. nullopt when the text is not such
/// an amount or exceeds int64 minor units.
std::optional<qint64> parseMinorUnits(QStringView text,
                                      int exponent,
                                      QChar decimalSeparator,
                                      QChar groupSeparator = QChar());

} // namespace paydeck::reconcile
