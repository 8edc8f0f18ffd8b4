#include "cli_common.h"

#include "store/session.h"
#include "store/store_writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace paydeck::cli {

int runStatus(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString path = storePath(dataDir);
    if (!QFileInfo::exists(path))
        return fail(
            QCoreApplication::translate("cli", "no store at %1 (run a sync first)").arg(path));
    {
        // An older store is brought up to date by the writer (the one that writes), then read.
        store::StoreWriter writer(path);
        if (auto started = writer.start(); !started)
            return fail(started.error());
        writer.stop();
    }
    auto db = store::openSession(path, store::Access::ReadOnly);
    if (!db)
        return fail(db.error());
    const QJsonObject report = db.value()->statusReport();
    if (json) {
        printOut(QJsonDocument(report).toJson(QJsonDocument::Indented).trimmed());
        return 0;
    }
    const QJsonObject objects = report.value(u"objects").toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it)
        std::printf("%-20s %10lld\n",
                    it.key().toUtf8().constData(),
                    static_cast<long long>(it.value().toObject().value(u"count").toInteger()));
    for (const auto &value : report.value(u"sources").toArray()) {
        const QJsonObject source = value.toObject();
        std::printf(
            "source %s (%s): last sync %s%s\n",
            source.value(u"name").toString().toUtf8().constData(),
            source.value(u"url").toString().toUtf8().constData(),
            source.value(u"last_success").toString().toUtf8().constData(),
            source.value(u"last_error").isNull()
                ? ""
                : (", error: " + source.value(u"last_error").toString()).toUtf8().constData());
    }
    return 0;
}

} // namespace paydeck::cli
