#pragma once

// What a figure is made of: the objects behind a bar, slice or point, read from the store and
// matched with the engine's own rules — so their number is the number the figure counted.

#include "analytics_engine.h"
#include "util/result.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace paydeck::store {
class Session;
}

namespace paydeck::analytics {

struct DrillRequest
{
    quint64 id = 0;
    Filter filter; // its kind is required
    QString title; // what was clicked, in the screen's words
};

struct DrillAnswer
{
    quint64 id = 0;
    QString title;
    Filter filter;
    std::vector<Fact> facts; // by time, newest first
    QString error;
};

/// Whether the engine counts `fact` under `filter` (the range in whole hours, as it does).
bool factMatches(const Fact &fact, const Filter &filter);

/// The objects of `filter.kind` the engine counts under `filter`.
Result<std::vector<Fact>> factsMatching(store::Session &session, const Filter &filter);

} // namespace paydeck::analytics

Q_DECLARE_METATYPE(paydeck::analytics::DrillRequest)
Q_DECLARE_METATYPE(paydeck::analytics::DrillAnswer)
