#pragma once

#include "sqlite/database.h"

#include <QJsonObject>

namespace paydeck::store {

/// The store at a glance: per object type the count and the per-currency sum of `amount`; per
/// source its endpoint, last successful sync, cursor and last error per object type.
QJsonObject statusReport(Database &db);

} // namespace paydeck::store
