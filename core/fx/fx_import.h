#pragma once

// Bringing exchange rates into the store and back out as a table to convert with.

#include "fx_table.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

namespace paydeck::store {
class Session;
}

namespace paydeck::fx {

struct FxImportReport
{
    QString origin;
    int added = 0, changed = 0, unchanged = 0;
    QDate firstDay, lastDay;
    QStringList currencies;
    QStringList withdrawnSkipped; // currencies of the ECB's past that ISO 4217 no longer lists
};

/// Reads an ECB reference-rate file and saves its rates in one transaction: on any problem the
/// rates table stays as it was, and the error names the file and line.
Result<FxImportReport>
importEcbRates(store::Session &session, const QByteArray &xml, const QString &origin);

/// Every rate kept, as a table to convert with.
Result<FxTable> loadFxTable(store::Session &session);

} // namespace paydeck::fx
