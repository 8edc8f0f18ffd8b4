#pragma once

#include "statement.h"
#include "util/result.h"

#include <QByteArray>

namespace paydeck::reconcile {

/// Parses SWIFT MT940 (statements) and MT942 (interim reports): several messages per file, with or
/// without the {1:…}{4: envelope, CRLF or LF, UTF-8 or ISO-8859-1, control bytes between messages,
/// :86: free text or structured (German ?00/?20 subfields with SEPA EREF+/SVWZ+ keywords).
/// Errors name the file and the line.
Result<QList<Statement>> parseMt940(const QByteArray &data, const QString &fileName);

} // namespace paydeck::reconcile
