#pragma once

// The transactions table as a file: every source's balance transactions created in a period,
// oldest first, with their source, type and category, amount, fee and net in the currency's
// own decimals, and what caused and settled them.

#include "table_export.h"

#include <functional>

namespace paydeck::store {
class Session;
}

namespace paydeck::exporting {

/// The columns of the transactions export.
const std::vector<ExportColumn> &transactionColumns();

/// Writes the balance transactions created in [from, to) (unix seconds) to `path`; `progress`
/// hears the rows written so far every few thousand and stops the export by returning false
/// (nothing is left under `path` then, and the answer is an error saying so). Returns the rows.
Result<qint64> exportTransactions(store::Session &db,
                                  qint64 from,
                                  qint64 to,
                                  ExportFormat format,
                                  const QString &path,
                                  const std::function<bool(qint64 rows)> &progress = {});

} // namespace paydeck::exporting
