#pragma once

#include "statement.h"
#include "util/result.h"

#include <QByteArray>

namespace paydeck::reconcile {

/// Streams ISO 20022 camt.053 (statements), camt.052 (account reports) and camt.054
/// (debit/credit notifications), versions 001.02 to 001.10, into statements. Errors name the
/// file, the line and the element path (e.g. /Document/BkToCstmrStmt/Stmt[2]/Ntry[5]/Amt).
Result<QList<Statement>> parseCamt(const QByteArray &data, const QString &fileName);

} // namespace paydeck::reconcile
