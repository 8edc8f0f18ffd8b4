#include "cli_common.h"

#include "sandbox/sandbox_server.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace paydeck::cli {

int runSandbox(const QString &dataDir, Arguments &args)
{
    sandbox::SandboxServerOptions options;
    const auto listen = args.value(QStringLiteral("--listen"));
    const auto seed = args.value(QStringLiteral("--seed"));
    const auto days = args.value(QStringLiteral("--history-days"));
    const auto count = args.value(QStringLiteral("--backfill-count"));
    const auto rate = args.value(QStringLiteral("--rate"));
    const auto fraudRate = args.value(QStringLiteral("--fraud-rate"));
    const auto truth = args.value(QStringLiteral("--truth"));
    const auto anchor = args.value(QStringLiteral("--anchor"));
    const auto faults = args.value(QStringLiteral("--faults"));
    const auto outage = args.value(QStringLiteral("--outage"));
    const auto webhookUrl = args.value(QStringLiteral("--webhook-url"));
    const auto webhookSecret = args.value(QStringLiteral("--webhook-secret"));
    const auto statementOut = args.value(QStringLiteral("--statement-out"));
    const auto statementFormat = args.value(QStringLiteral("--statement-format"));
    const auto ledgerOut = args.value(QStringLiteral("--ledger-out"));
    const auto fxOut = args.value(QStringLiteral("--fx-out"));
    const QStringList incidents = args.values(QStringLiteral("--incident"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString address = listen.value_or(QStringLiteral("127.0.0.1:0"));
    const qsizetype colon = address.lastIndexOf(u':');
    bool ok = colon > 0;
    const uint port = ok ? address.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return fail(
            QCoreApplication::translate("cli", "--listen wants HOST:PORT, got \"%1\"").arg(address),
            2);
    options.host = address.left(colon);
    options.port = quint16(port);
    auto number = [&](const std::optional<QString> &text, const char *name, auto &target) -> bool {
        if (!text)
            return true;
        bool valid = false;
        const double value = text->toDouble(&valid);
        if (!valid || value < 0) {
            fail(QCoreApplication::translate("cli", "%1 wants a non-negative number, got \"%2\"")
                     .arg(QString::fromLatin1(name), *text),
                 2);
            return false;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
        return true;
    };
    if (!number(seed, "--seed", options.world.seed)
        || !number(days, "--history-days", options.world.historyDays)
        || !number(count, "--backfill-count", options.world.backfillCount)
        || !number(rate, "--rate", options.world.ratePerMinute)
        || !number(fraudRate, "--fraud-rate", options.world.fraudRate)
        || !number(anchor, "--anchor", options.world.anchor))
        return 2;
    if (!incidents.isEmpty()) {
        // KIND:START:DURATION, START in seconds from --anchor (or now), negative for history.
        const qint64 base
            = options.world.anchor > 0 ? options.world.anchor : QDateTime::currentSecsSinceEpoch();
        std::vector<sandbox::Incident> planted;
        for (const QString &text : incidents) {
            const QStringList parts = text.split(u':');
            bool startOk = false, durationOk = false;
            const qint64 start = parts.value(1).toLongLong(&startOk);
            const qint64 duration = parts.value(2).toLongLong(&durationOk);
            if (parts.size() != 3 || !startOk || !durationOk || duration <= 0
                || !sandbox::Incident::known(parts[0].toStdString()))
                return fail(QCoreApplication::translate(
                                "cli",
                                "--incident wants KIND:START:DURATION (seconds; KIND one of "
                                "decline_spike, card_testing, refund_spike, dispute_wave, "
                                "volume_drop, api_outage, webhook_silence), got \"%1\"")
                                .arg(text),
                            2);
            planted.push_back({parts[0].toStdString(), base + start, base + start + duration});
        }
        options.world.incidents = planted;
    }
    if (faults) {
        auto spec = sandbox::FaultSpec::parse(*faults);
        if (!spec)
            return fail(spec.error(), 2);
        options.faults = spec.value();
    }
    if (outage) {
        auto window = sandbox::Outage::parse(*outage);
        if (!window)
            return fail(window.error(), 2);
        options.outage = window.value();
    }
    if (webhookUrl) {
        const QUrl parsed(*webhookUrl);
        if (parsed.scheme() != u"http" || !parsed.host().startsWith(u"127."))
            return fail(QCoreApplication::translate(
                            "cli", "--webhook-url must be an http:// URL on loopback, got \"%1\"")
                            .arg(*webhookUrl),
                        2);
        if (!webhookSecret)
            return fail(QCoreApplication::translate("cli", "--webhook-url needs --webhook-secret"),
                        2);
        options.webhookUrl = *webhookUrl;
        options.webhookSecret = *webhookSecret;
    }
    options.certificateDirectory = QDir(dataDir).absoluteFilePath(QStringLiteral("sandbox"));
    if (truth)
        options.truthPath = QFileInfo(*truth).absoluteFilePath();
    if (statementFormat && *statementFormat != u"camt053" && *statementFormat != u"mt940")
        return fail(
            QCoreApplication::translate("cli", "--statement-format is camt053 or mt940, got \"%1\"")
                .arg(*statementFormat),
            2);
    if (statementFormat && !statementOut)
        return fail(
            QCoreApplication::translate("cli", "--statement-format needs --statement-out FILE"), 2);
    if (ledgerOut)
        options.ledgerPath = QFileInfo(*ledgerOut).absoluteFilePath();
    if (fxOut)
        options.fxPath = QFileInfo(*fxOut).absoluteFilePath();
    if (statementOut) {
        options.statementPath = QFileInfo(*statementOut).absoluteFilePath();
        options.statementFormat = statementFormat.value_or(QStringLiteral("camt053"));
    }

    quitOnSignals();
    sandbox::SandboxServer server;
    if (auto started = server.start(options); !started)
        return fail(QCoreApplication::translate("cli", "sandbox: %1").arg(started.error()));
    printOut(QStringLiteral("ready %1 ca=%2")
                 .arg(server.baseUrl(), server.caCertificatePath())
                 .toUtf8());
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

} // namespace paydeck::cli
