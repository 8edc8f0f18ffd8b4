#include "cli_common.h"

#include "fx/fx_fetch.h"
#include "fx/fx_import.h"
#include "store/browse_repository.h"
#include "store/change_feed.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

namespace paydeck::cli {

namespace {

constexpr qint64 kMaxRatesFileBytes = 64 << 20; // the ECB's whole history is ~7 MB

/// Saves a file's rates through the store's single writer (all or nothing).
Result<fx::FxImportReport>
saveRates(store::StoreWriter &writer, const QByteArray &xml, const QString &origin)
{
    std::optional<Result<fx::FxImportReport>> imported;
    const auto written = runWriterJob(
        writer,
        [&](store::Session &session) -> Result<void> {
            imported = fx::importEcbRates(session, xml, origin);
            return *imported ? Result<void>() : makeError(imported->error());
        },
        store::ChangeSet::Rates);
    if (!written) // the import's own error, or a commit that failed after it
        return makeError(written.error());
    return std::move(*imported);
}

QJsonObject reportJson(const fx::FxImportReport &report)
{
    return QJsonObject{
        {QStringLiteral("origin"), report.origin},
        {QStringLiteral("added"), report.added},
        {QStringLiteral("changed"), report.changed},
        {QStringLiteral("unchanged"), report.unchanged},
        {QStringLiteral("first_day"), report.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("last_day"), report.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("currencies"), QJsonArray::fromStringList(report.currencies)},
        {QStringLiteral("withdrawn_skipped"), QJsonArray::fromStringList(report.withdrawnSkipped)}};
}

int printReport(const fx::FxImportReport &report, bool json)
{
    if (json) {
        printOut(QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented).trimmed());
        return 0;
    }
    std::printf("%s\n",
                qPrintable(tr("%1: rates of %2 currencies from %3 to %4: %5 new, %6 corrected, "
                              "%7 already kept")
                               .arg(report.origin)
                               .arg(report.currencies.size())
                               .arg(report.firstDay.toString(Qt::ISODate),
                                    report.lastDay.toString(Qt::ISODate))
                               .arg(report.added)
                               .arg(report.changed)
                               .arg(report.unchanged)));
    if (!report.withdrawnSkipped.isEmpty())
        std::printf("%s\n",
                    qPrintable(tr("skipped currencies no longer in ISO 4217: %1")
                                   .arg(report.withdrawnSkipped.join(u", "))));
    return 0;
}

int importFiles(const QString &dataDir, const QStringList &files, bool json)
{
    if (files.isEmpty())
        return fail(tr("usage: fx import FILE... [--json]"), 2);
    CommandWriter writing(dataDir);
    if (!writing.started)
        return fail(writing.started.error());
    QJsonArray reports;
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(file, in.errorString()));
        if (in.size() > kMaxRatesFileBytes)
            return fail(tr("%1 is larger than %2 MB: not a reference-rate file")
                            .arg(file)
                            .arg(kMaxRatesFileBytes >> 20));
        auto report = saveRates(writing.writer, in.readAll(), QFileInfo(file).absoluteFilePath());
        if (!report)
            return fail(report.error());
        if (json)
            reports.append(reportJson(report.value()));
        else
            printReport(report.value(), false);
    }
    if (json)
        printOut(QJsonDocument(reports).toJson(QJsonDocument::Indented).trimmed());
    return 0;
}

int fetchAndImport(const QString &dataDir, Arguments &args, bool json)
{
    const std::optional<QString> ca = args.value(QStringLiteral("--ca-cert"));
    const QStringList positional = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QUrl url(positional.value(0, QString::fromLatin1(fx::kEcbHistoryUrl)));
    QNetworkAccessManager network;
    Result<QByteArray> body = makeError(QString());
    fx::fetchRatesFile(network, url, ca.value_or(QString()), [&](Result<QByteArray> fetched) {
        body = std::move(fetched);
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (!body)
        return fail(body.error());
    CommandWriter writing(dataDir);
    if (!writing.started)
        return fail(writing.started.error());
    auto report = saveRates(writing.writer, body.value(), url.toString(QUrl::RemoveUserInfo));
    if (!report)
        return fail(report.error());
    return printReport(report.value(), json);
}

int showRates(const QString &dataDir, Arguments &args, bool json)
{
    const std::optional<QString> dateText = args.value(QStringLiteral("--date"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QDate day = dateText ? QDate::fromString(*dateText, Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        return fail(tr("--date wants YYYY-MM-DD, not \"%1\"").arg(*dateText), 2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    auto table = fx::loadFxTable(*session.value());
    if (!table)
        return fail(table.error());
    QStringList currencies = table.value().currencies();
    if (auto choices = session.value()->browse().filterChoices(); choices) {
        for (const QString &code : choices.value().currencies)
            currencies << code.toUpper(); // the store's currencies, with a rate or without
    }
    currencies.removeDuplicates();
    currencies.removeAll(QStringLiteral("EUR"));
    currencies.sort();
    QJsonArray rates;
    QStringList without;
    for (const QString &code : currencies) {
        const auto rate = table.value().rateOn(code, day);
        if (!rate) {
            without << code;
            continue;
        }
        const bool standsIn = rate->publishedFor != day;
        if (json) {
            rates.append(QJsonObject{
                {QStringLiteral("currency"), code},
                {QStringLiteral("per_euro"), rate->perEuro.text()},
                {QStringLiteral("published_for"), rate->publishedFor.toString(Qt::ISODate)},
                {QStringLiteral("source"), rate->source},
                {QStringLiteral("origin"), rate->origin},
                {QStringLiteral("earlier_rate"), standsIn}});
            continue;
        }
        std::printf("%s\n",
                    qPrintable(tr("1 EUR = %1 %2  (%3 %4%5)")
                                   .arg(rate->perEuro.text(), code, rate->source)
                                   .arg(rate->publishedFor.toString(Qt::ISODate))
                                   .arg(standsIn ? tr(", the last published before %1")
                                                       .arg(day.toString(Qt::ISODate))
                                                 : QString())));
    }
    if (json) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                           {QStringLiteral("base"), QStringLiteral("EUR")},
                                           {QStringLiteral("rates"), rates},
                                           {QStringLiteral("without_rate"),
                                            QJsonArray::fromStringList(without)}})
                     .toJson(QJsonDocument::Indented)
                     .trimmed());
    } else if (!without.isEmpty()) {
        std::printf("%s\n",
                    qPrintable(tr("no rate for %1 on %2: amounts in it are not converted")
                                   .arg(without.join(u", "), day.toString(Qt::ISODate))));
    }
    return 0;
}

} // namespace

/// `fx import FILE...`, `fx fetch [URL] [--ca-cert PATH]`, `fx show [--date D]`, each [--json].
int runFx(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(QStringLiteral("--json"));
    const QStringList rest = args.rest();
    const QString action = rest.value(0);
    args.flag(action); // consumed
    if (action == u"import") {
        QStringList files = args.positional();
        if (const QString error = args.error(); !error.isEmpty())
            return fail(error, 2);
        return importFiles(dataDir, files, json);
    }
    if (action == u"fetch")
        return fetchAndImport(dataDir, args, json);
    if (action == u"show")
        return showRates(dataDir, args, json);
    return fail(tr("usage: fx import FILE... | fx fetch [URL] [--ca-cert PATH] | fx show "
                   "[--date YYYY-MM-DD]  (each with [--json])"),
                2);
}

} // namespace paydeck::cli
