#include "cli_common.h"

#include "webhooks/webhook_signature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace paydeck::cli {

int runWebhook(const QString &, Arguments &args)
{
    const QStringList positional = args.rest();
    if (positional.isEmpty() || positional.first() != u"verify")
        return fail(QCoreApplication::translate("cli",
                                                "usage: webhook verify --secret S --header H "
                                                "--payload-file F [--now UNIX] [--tolerance S]"),
                    2);
    args.flag(QStringLiteral("verify"));
    const auto secret = args.value(QStringLiteral("--secret"));
    const auto header = args.value(QStringLiteral("--header"));
    const auto payloadFile = args.value(QStringLiteral("--payload-file"));
    const auto now = args.value(QStringLiteral("--now"));
    const auto tolerance = args.value(QStringLiteral("--tolerance"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (!secret || !header || !payloadFile)
        return fail(QCoreApplication::translate(
                        "cli", "webhook verify needs --secret, --header and --payload-file"),
                    2);
    QFile file(*payloadFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("cli", "cannot read %1: %2")
                        .arg(*payloadFile, file.errorString()),
                    2);
    // The raw bytes, exactly as received: never re-encoded or re-serialised.
    const QByteArray payload = file.readAll();
    bool ok = true;
    const qint64 clock = now ? now->toLongLong(&ok) : QDateTime::currentSecsSinceEpoch();
    if (!ok)
        return fail(
            QCoreApplication::translate("cli", "--now wants a Unix time, got \"%1\"").arg(*now), 2);
    const qint64 window
        = tolerance ? tolerance->toLongLong(&ok) : webhooks::kDefaultToleranceSeconds;
    if (!ok)
        return fail(QCoreApplication::translate("cli", "--tolerance wants seconds, got \"%1\"")
                        .arg(*tolerance),
                    2);
    const auto verdict = webhooks::verifyStripeSignature(
        payload, header->toUtf8(), secret->toUtf8(), clock, window);
    if (!verdict.valid)
        return fail(QCoreApplication::translate("cli", "invalid signature: %1").arg(verdict.reason),
                    1);
    printOut("valid");
    return 0;
}

} // namespace paydeck::cli
