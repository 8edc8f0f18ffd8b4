#include "fx_import.h"

#include "settlement_rate.h"

#include "ecb_xml.h"
#include "store/fx_repository.h"
#include "store/session.h"

#include <set>

namespace paydeck::fx {

Result<FxImportReport>
importEcbRates(store::Session &session, const QByteArray &xml, const QString &origin)
{
    auto parsed = parseEcbXml(xml, origin);
    if (!parsed)
        return makeError(parsed.error());
    const EcbFile &file = parsed.value();
    FxImportReport report;
    report.origin = origin;
    report.firstDay = file.firstDay;
    report.lastDay = file.lastDay;
    report.withdrawnSkipped = file.withdrawnCurrencies;
    std::set<QString> currencies;
    for (const ExchangeRate &rate : file.rates)
        currencies.insert(rate.currency);
    report.currencies = QStringList(currencies.begin(), currencies.end());
    auto saved = session.fx().saveRates(file.rates);
    if (!saved)
        return makeError(saved.error());
    report.added = saved.value().added;
    report.changed = saved.value().changed;
    report.unchanged = saved.value().unchanged;
    return report;
}

Result<FxTable> loadFxTable(store::Session &session)
{
    auto rates = session.fx().allRates();
    if (!rates)
        return makeError(rates.error());
    auto settled = session.fx().settlements();
    if (!settled)
        return makeError(settled.error());
    FxTable table;
    table.add(rates.value());
    // The ECB's rate of a day is preferred where both exist (FxTable::rateOn).
    table.add(perEuroRates(settled.value(), QStringLiteral("Stripe")));
    return table;
}

} // namespace paydeck::fx
