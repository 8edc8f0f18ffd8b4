#pragma once

#include "cli_common.h"

namespace paydeck::cli {

/// `fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]`: every charge
/// of the entity across sources, oldest first, what became of them, and the entities linked to it.
int runFraudEntity(const QString &dataDir, Arguments &args);

} // namespace paydeck::cli
