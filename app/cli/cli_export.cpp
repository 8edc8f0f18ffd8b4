#include "cli_export.h"

#include "export/transactions_export.h"
#include "store/session.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

namespace paydeck::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

QString usage()
{
    return tr("usage: export transactions [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv|xlsx "
              "--out FILE [--json]");
}

} // namespace

int runExport(const QString &dataDir, Arguments &args)
{
    const auto from = args.value(QStringLiteral("--from"));
    const auto to = args.value(QStringLiteral("--to"));
    const auto formatName = args.value(QStringLiteral("--format"));
    const auto out = args.value(QStringLiteral("--out"));
    const bool json = args.flag(QStringLiteral("--json"));
    const QStringList words = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (words != QStringList{QStringLiteral("transactions")} || !formatName || !out)
        return fail(usage(), 2);
    const auto format = exporting::exportFormatNamed(*formatName);
    if (!format)
        return fail(tr("--format is csv or xlsx, not '%1'").arg(*formatName), 2);
    const auto days = dayRange(from, to, 30);
    if (!days)
        return fail(days.error(), 2);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    // Ctrl-C stops between rows: the file is then not left half-written under its name.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto rows = exporting::exportTransactions(*session.value(),
                                                    days.value().fromSeconds(),
                                                    days.value().toSeconds(),
                                                    *format,
                                                    *out,
                                                    [](qint64) { return g_interrupted == 0; });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!rows)
        return fail(rows.error());
    if (json) {
        printOut(QJsonDocument(
                     QJsonObject{{QStringLiteral("rows"), rows.value()},
                                 {QStringLiteral("path"), *out},
                                 {QStringLiteral("format"), formatName->toLower()},
                                 {QStringLiteral("from"), days.value().from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), days.value().to.toString(Qt::ISODate)}})
                     .toJson(QJsonDocument::Compact));
        return 0;
    }
    std::printf("%s\n",
                qPrintable(tr("%1 transactions from %2 to %3 written to %4")
                               .arg(rows.value())
                               .arg(days.value().from.toString(Qt::ISODate),
                                    days.value().to.toString(Qt::ISODate),
                                    *out)));
    return 0;
}

} // namespace paydeck::cli
