#pragma once

// Editing a rule file's lists from where an analyst works (a review, an entity): the value goes
// into the list's line, or a new list line goes on top; the result is a new version of the
// rules, parsed before it is kept.

#include "util/result.h"

#include <QString>

namespace paydeck::fraud {

/// The rule file `text` with `value` in list `name`; the text unchanged when it is there already.
/// A name or value a list line cannot hold (empty, a comma, a colon in the name) is refused.
Result<QString> addToList(const QString &text, const QString &name, const QString &value);

/// Blocks an entity from now on: `value` into the list blocked_cards, blocked_emails or
/// blocked_ips (`kind` card, email or ip), and the block rule that uses the list, if the file
/// has none yet.
Result<QString> blockEntity(const QString &text, const QString &kind, const QString &value);

} // namespace paydeck::fraud
