#pragma once

#include "cli_common.h"
#include "fraud/fraud_rules.h"

namespace paydeck::cli {

/// The rule set of a file, or Paydeck's defaults when there is none; errors name the file.
Result<fraud::FraudRuleSet> loadFraudRules(const std::optional<QString> &path);

/// `fraud rules check FILE` (parse, count, or the error with line and column) and
/// `fraud rules default` (the defaults as a file to start from).
int runFraudRules(Arguments &args);

} // namespace paydeck::cli
