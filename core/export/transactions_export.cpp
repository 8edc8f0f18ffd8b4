#include "transactions_export.h"

#include "domain/currency.h"
#include "store/object_repository.h"
#include "store/session.h"
#include "store/sources.h"

#include <QObject>

#include <map>

namespace paydeck::exporting {

namespace {

constexpr qint64 kProgressEvery = 1000;

ExportCell textOrNone(const std::string &text)
{
    return text.empty() ? ExportCell::none() : ExportCell::ofText(text);
}

} // namespace

const std::vector<ExportColumn> &transactionColumns()
{
    static const std::vector<ExportColumn> columns{
        {QObject::tr("Source"), CellKind::Text},
        {QObject::tr("ID"), CellKind::Text},
        {QObject::tr("Created (UTC)"), CellKind::Moment},
        {QObject::tr("Available on (UTC)"), CellKind::Moment},
        {QObject::tr("Type"), CellKind::Text},
        {QObject::tr("Reporting category"), CellKind::Text},
        {QObject::tr("Description"), CellKind::Text},
        {QObject::tr("Currency"), CellKind::Text},
        {QObject::tr("Amount"), CellKind::Money},
        {QObject::tr("Fee"), CellKind::Money},
        {QObject::tr("Net"), CellKind::Money},
        {QObject::tr("Status"), CellKind::Text},
        {QObject::tr("Cause"), CellKind::Text},
        {QObject::tr("Payout"), CellKind::Text},
    };
    return columns;
}

Result<qint64> exportTransactions(store::Session &db,
                                  qint64 from,
                                  qint64 to,
                                  ExportFormat format,
                                  const QString &path,
                                  const std::function<bool(qint64)> &progress)
{
    std::map<qint64, std::string> sourceNames;
    for (const store::SourceConfig &source : db.sources().all())
        sourceNames[source.id] = source.name.toStdString();
    auto writer = openTableWriter(format, path, transactionColumns(), QObject::tr("Transactions"));
    if (!writer)
        return makeError(writer.error());
    std::map<std::string, int> exponents; // by lower-case code, looked up once each
    qint64 rows = 0;
    bool cancelled = false;
    QString failure;
    std::vector<ExportCell> cells;
    store::ReadSnapshot snapshot(db); // one consistent period, whatever syncs meanwhile
    auto scanned = db.objects().scanBalanceTransactions(
        from, to, [&](qint64 sourceId, BalanceTransaction &&bt) {
            auto [known, added] = exponents.try_emplace(bt.currency, 2);
            if (added) {
                const auto currency = Currency::fromCode(std::string_view(bt.currency));
                known->second = currency ? currency->exponent() : 2;
            }
            const int exponent = known->second;
            cells.clear();
            cells.push_back(ExportCell::ofText(sourceNames[sourceId]));
            cells.push_back(ExportCell::ofText(bt.id));
            cells.push_back(ExportCell::ofMoment(bt.created));
            cells.push_back(bt.availableOn > 0 ? ExportCell::ofMoment(bt.availableOn)
                                               : ExportCell::none());
            cells.push_back(textOrNone(bt.type));
            cells.push_back(textOrNone(bt.reportingCategory));
            cells.push_back(textOrNone(bt.description));
            std::string code = bt.currency;
            for (char &c : code)
                c = char(std::toupper(static_cast<unsigned char>(c)));
            cells.push_back(ExportCell::ofText(code));
            cells.push_back(ExportCell::ofMoney(bt.amount, exponent));
            cells.push_back(ExportCell::ofMoney(bt.fee, exponent));
            cells.push_back(ExportCell::ofMoney(bt.net, exponent));
            cells.push_back(textOrNone(bt.status));
            cells.push_back(textOrNone(bt.source));
            cells.push_back(textOrNone(bt.payout));
            if (auto written = writer.value()->writeRow(cells); !written) {
                failure = written.error();
                return false;
            }
            if (++rows % kProgressEvery == 0 && progress && !progress(rows)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (!scanned)
        return makeError(scanned.error());
    if (!failure.isEmpty())
        return makeError(failure);
    if (cancelled)
        return makeError(
            QObject::tr("the export was cancelled; nothing was written to %1").arg(path));
    if (auto finished = writer.value()->finish(); !finished)
        return makeError(finished.error());
    return rows;
}

} // namespace paydeck::exporting
