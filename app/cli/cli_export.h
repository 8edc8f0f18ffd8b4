#pragma once

#include "cli_common.h"

namespace paydeck::cli {

/// `export transactions [--from D] [--to D] --format csv|xlsx --out FILE [--json]`: the
/// balance transactions of every source created in the days given (by default the last 30) as a
/// file for a spreadsheet. Interrupted (Ctrl-C), nothing is left under FILE.
int runExport(const QString &dataDir, Arguments &args);

} // namespace paydeck::cli
