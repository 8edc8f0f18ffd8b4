#pragma once

#include "cli_common.h"
#include "fraud/fraud_rules.h"

namespace paydeck::store {
class Session;
}

namespace paydeck::cli {

/// The rule set of a file; without one, the set in force in the store (or Paydeck's defaults
/// before the first import). Errors name the file.
Result<fraud::FraudRuleSet> loadFraudRules(const std::optional<QString> &path,
                                           store::Session *session = nullptr);

/// `fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history`.
int runFraudRules(const QString &dataDir, Arguments &args);

} // namespace paydeck::cli
