#pragma once

#include "statement.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

namespace paydeck::reconcile {

/// Parses SWIFT MT940 (statements) and MT942 (interim reports): several messages per file, with or
/// without the {1:…}{4: envelope, CRLF or LF, UTF-8 or ISO-8859-1, control bytes between messages,
/// :86: free text or structured (German ?00/?20 subfields with SEPA EREF+/SVWZ+ keywords).
/// What banks vary without ambiguity is read: indented tags, a blank or lower-case transaction
/// type, an account with its owner's BIC (:25P:), bank-specific fields (skipped, each with a
/// note in `notes`). Amounts, signs, currencies and balances stay strict. Errors name the file
/// and the line.
Result<QList<Statement>>
parseMt940(const QByteArray &data, const QString &fileName, QStringList *notes = nullptr);

} // namespace paydeck::reconcile
