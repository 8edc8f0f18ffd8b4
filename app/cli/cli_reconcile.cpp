// import-statement, import-ledger, reconcile: month-end work without a window.
#include "cli_common.h"

#include "domain/money.h"
#include "reconcile/reconcile_service.h"
#include "reconcile/statement_file.h"
#include "store/store_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace paydeck::cli {

namespace {

std::optional<QDate>
dateOption(const std::optional<QString> &text, const char *name, QString &error)
{
    if (!text)
        return std::nullopt;
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid())
        error = tr("%1 wants a date as YYYY-MM-DD, got \"%2\"").arg(QLatin1String(name), *text);
    return date;
}

} // namespace

int runImportStatement(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(QStringLiteral("--json"));
    const auto mappingName = args.value(QStringLiteral("--mapping"));
    const auto saveAs = args.value(QStringLiteral("--save-mapping"));
    const QStringList files = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (files.isEmpty())
        return fail(tr("import-statement needs at least one FILE"), 2);
    auto db = openReconciling(dataDir);
    if (!db)
        return fail(db.error());
    reconcile::ReconcileService &service = db.value()->service;
    std::optional<reconcile::CsvMapping> mapping;
    if (mappingName) {
        auto loaded = service.csvMapping(*mappingName);
        if (!loaded)
            return fail(loaded.error());
        if (!loaded.value())
            return fail(tr("no CSV mapping named \"%1\"").arg(*mappingName));
        mapping = *loaded.value();
    }
    int failures = 0;
    QJsonArray reports;
    for (const QString &file : files) {
        auto data = reconcile::readWholeFile(file);
        if (!data) {
            fail(data.error());
            ++failures;
            continue;
        }
        if (saveAs
            && reconcile::detectStatementFormat(data.value()) == reconcile::StatementFormat::Csv
            && !mapping) {
            auto preview = reconcile::detectCsvMapping(
                data.value(), reconcile::CsvMapping::Kind::Statement, file);
            if (!preview) {
                fail(preview.error());
                ++failures;
                continue;
            }
            preview.value().mapping.name = *saveAs;
            if (auto saved = service.saveCsvMapping(preview.value().mapping); !saved)
                return fail(saved.error());
            mapping = preview.value().mapping;
        }
        const auto outcome = service.importStatement(file, mapping);
        const auto &report = outcome.report;
        if (!report) {
            fail(report.error());
            ++failures;
            continue;
        }
        if (json) {
            reports.append(report.value().toJson());
            continue;
        }
        for (const QString &note : report.value().notes)
            std::printf("%s: %s\n", qPrintable(file), qPrintable(note));
        if (report.value().alreadyImported) {
            std::printf("%s: already imported, nothing changed\n", qPrintable(file));
            continue;
        }
        for (const auto &s : report.value().statements) {
            const QString proof
                = !s.proofDifference        ? tr("balance proof not possible (no balances stated)")
                  : *s.proofDifference == 0 ? tr("balance proof ok")
                                            : tr("BALANCE PROOF FAILED: closing is %1 off")
                                                  .arg(decimalText(*s.proofDifference, s.currency));
            std::printf(
                "%s: statement %s, account %s %s: opening %s, closing %s, %d entries "
                "(credits %s, debits %s), %d new, %d already imported; %s\n",
                qPrintable(file),
                qPrintable(s.statementRef),
                qPrintable(s.account),
                qPrintable(s.currency),
                qPrintable(s.opening ? decimalText(*s.opening, s.currency) : QStringLiteral("-")),
                qPrintable(s.closing ? decimalText(*s.closing, s.currency) : QStringLiteral("-")),
                s.entries,
                qPrintable(decimalText(s.creditSum, s.currency)),
                qPrintable(decimalText(s.debitSum, s.currency)),
                s.newEntries,
                s.duplicates,
                qPrintable(proof));
        }
    }
    if (json)
        printOut(QJsonDocument(reports).toJson(QJsonDocument::Indented).trimmed());
    return failures == 0 ? 0 : 1;
}

int runImportLedger(const QString &dataDir, Arguments &args)
{
    const auto mappingName = args.value(QStringLiteral("--mapping"));
    const bool json = args.flag(QStringLiteral("--json"));
    const QStringList files = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (files.size() != 1 || !mappingName)
        return fail(tr("usage: import-ledger FILE --mapping NAME"), 2);
    auto db = openReconciling(dataDir);
    if (!db)
        return fail(db.error());
    auto data = reconcile::readWholeFile(files.first());
    if (!data)
        return fail(data.error());
    reconcile::ReconcileService &service = db.value()->service;
    auto loaded = service.csvMapping(*mappingName);
    if (!loaded)
        return fail(loaded.error());
    reconcile::CsvMapping mapping;
    if (loaded.value()) {
        mapping = *loaded.value();
    } else {
        // A new name: detect the columns, show what was chosen, and keep it for next time.
        auto preview = reconcile::detectCsvMapping(
            data.value(), reconcile::CsvMapping::Kind::Ledger, files.first());
        if (!preview)
            return fail(preview.error());
        if (!preview.value().doubts.isEmpty())
            return fail(tr("%1: cannot save mapping \"%2\" without doubt: %3")
                            .arg(files.first(),
                                 *mappingName,
                                 preview.value().doubts.join(QStringLiteral("; "))));
        mapping = preview.value().mapping;
        mapping.name = *mappingName;
        for (const QString &line : mapping.describe())
            std::fprintf(stderr, "mapping %s: %s\n", qPrintable(*mappingName), qPrintable(line));
    }
    // A new mapping is kept with the import, in its transaction.
    QString presetProblem;
    auto report
        = service.importLedger(files.first(), mapping, !loaded.value().has_value(), &presetProblem);
    if (!report)
        return fail(report.error());
    if (!presetProblem.isEmpty())
        return fail(presetProblem);
    if (json) {
        printOut(
            QJsonDocument(
                QJsonObject{{QStringLiteral("file"), files.first()},
                            {QStringLiteral("already_imported"), report.value().alreadyImported},
                            {QStringLiteral("entries"), report.value().entries},
                            {QStringLiteral("new_entries"), report.value().newEntries},
                            {QStringLiteral("duplicates"), report.value().duplicates}})
                .toJson(QJsonDocument::Indented)
                .trimmed());
    } else if (report.value().alreadyImported) {
        std::printf("%s: already imported, nothing changed\n", qPrintable(files.first()));
    } else {
        std::printf("%s: %d ledger entries, %d new, %d already imported\n",
                    qPrintable(files.first()),
                    report.value().entries,
                    report.value().newEntries,
                    report.value().duplicates);
    }
    return 0;
}

int runReconcile(const QString &dataDir, Arguments &args)
{
    const auto from = args.value(QStringLiteral("--from"));
    const auto to = args.value(QStringLiteral("--to"));
    const auto rulesFile = args.value(QStringLiteral("--rules"));
    const QStringList only = args.values(QStringLiteral("--only"));
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    reconcile::ReconcileOptions options;
    QString dateError;
    options.from = dateOption(from, "--from", dateError);
    options.to = dateOption(to, "--to", dateError);
    if (!dateError.isEmpty())
        return fail(dateError, 2);
    if (options.from && options.to && *options.from > *options.to)
        return fail(tr("--from is after --to"), 2);
    options.dryRun = dryRun;
    for (const QString &name : only) {
        if (name != QLatin1String(reconcile::kPayoutBank)
            && name != QLatin1String(reconcile::kChargeLedger)
            && name != QLatin1String(reconcile::kPayoutTransactions))
            return fail(
                tr("--only is payout_bank, charge_ledger or payout_transactions, got \"%1\"")
                    .arg(name),
                2);
        options.only << name;
    }
    if (rulesFile) {
        auto data = reconcile::readWholeFile(*rulesFile);
        if (!data)
            return fail(data.error());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data.value(), &parseError);
        if (!document.isObject())
            return fail(tr("%1: not a JSON object (%2)").arg(*rulesFile, parseError.errorString()));
        auto rules = reconcile::RuleSet::fromJson(document.object());
        if (!rules)
            return fail(tr("%1: %2").arg(*rulesFile, rules.error()));
        options.rules = rules.value();
    }
    auto db = openReconciling(dataDir);
    if (!db)
        return fail(db.error());
    auto summary = db.value()->service.reconcile(options);
    if (!summary)
        return fail(summary.error());
    const QJsonObject report = summary.value().toJson();
    if (json) {
        printOut(QJsonDocument(report).toJson(QJsonDocument::Indented).trimmed());
        return 0;
    }
    std::printf("%s (rules v%d)%s\n",
                dryRun ? "dry run, nothing written" : "reconciled",
                summary.value().rulesetVersion,
                dryRun
                    ? qPrintable(QStringLiteral(": %1 matches would be added, %2 removed, %3 stay")
                                     .arg(summary.value().wouldAdd)
                                     .arg(summary.value().wouldRemove)
                                     .arg(summary.value().unchanged))
                    : "");
    for (const auto &[name, part] : summary.value().parts) {
        if (part.skipped) {
            std::printf("%s: skipped, %s\n", qPrintable(name), qPrintable(part.skipReason));
            continue;
        }
        if (name != u"statement")
            std::printf("%s: %d of %d matched (%d pending)\n",
                        qPrintable(name),
                        part.provider.matched,
                        part.provider.total,
                        part.provider.pending);
        for (const auto &[rule, count] : part.byRule)
            std::printf("  matched by %-12s %d\n", qPrintable(rule), count);
        for (const auto &[kind, count] : part.exceptionCounts) {
            QStringList amounts;
            if (const auto it = part.exceptionAmounts.find(kind); it != part.exceptionAmounts.end())
                for (const auto &[currency, sum] : it->second)
                    amounts << decimalText(sum, currency) + u' ' + currency;
            std::printf("  exceptions %-16s %d (%s)\n",
                        qPrintable(kind),
                        count,
                        qPrintable(amounts.join(QStringLiteral(", "))));
        }
    }
    if (summary.value().manualKept > 0)
        std::printf("%d manual decisions kept\n", summary.value().manualKept);
    return 0;
}

} // namespace paydeck::cli
