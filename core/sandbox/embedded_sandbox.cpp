#include "embedded_sandbox.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace paydeck::sandbox {

Result<store::SourceConfig> EmbeddedSandbox::start(const QString &dataDirectory)
{
    const QDir dir(QDir(dataDirectory).absoluteFilePath(QStringLiteral("sandbox")));
    QDir().mkpath(dir.path());
    const QString settingsPath = dir.absoluteFilePath(QStringLiteral("sandbox.json"));

    // The account's identity: seed and anchor, written once.
    SandboxOptions world;
    world.seed = 20261127;
    world.historyDays = 45;
    world.backfillCount = 60000;
    world.ratePerMinute = kLivePaymentsPerMinute;
    // A new user sees an alert fire and resolve: an issuer's outage a few minutes after each
    // start, for half an hour (the history has its own incidents).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    world.extraIncidents = {{"decline_spike", now + 3 * 60, now + 33 * 60}};
    QFile existing(settingsPath);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(existing.readAll()).object();
        world.seed = quint64(saved.value(u"seed").toInteger(qint64(world.seed)));
        world.anchor = saved.value(u"anchor").toInteger(0);
    }
    if (world.anchor <= 0) {
        world.anchor = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        QSaveFile file(settingsPath);
        QJsonObject saved;
        saved.insert(QStringLiteral("seed"), qint64(world.seed));
        saved.insert(QStringLiteral("anchor"), world.anchor);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(saved).toJson()) < 0
            || !file.commit())
            return makeError(
                QObject::tr("cannot write %1: %2").arg(settingsPath, file.errorString()));
    }

    SandboxServerOptions options;
    options.world = world;
    options.certificateDirectory = dir.path();
    // What the sandbox's payouts look like at the bank, for reconciliation without own files.
    options.statementPath = statementPath(dataDirectory);
    options.ledgerPath = ledgerPath(dataDirectory);
    auto server = std::make_unique<SandboxServer>();
    if (auto started = server->start(options); !started)
        return makeError(QObject::tr("the sandbox did not start: %1").arg(started.error()));

    store::SourceConfig source;
    source.name = sourceName();
    source.baseUrl = server->baseUrl();
    source.apiKey = QStringLiteral("sk_test_paydeck_sandbox");
    source.caCertificate = server->caCertificatePath();
    source.isSandbox = true;
    m_server = std::move(server);
    return source;
}

QString EmbeddedSandbox::statementPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).absoluteFilePath(QStringLiteral("sandbox/bank-statement.xml"));
}

QString EmbeddedSandbox::ledgerPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).absoluteFilePath(QStringLiteral("sandbox/receivables.csv"));
}

void EmbeddedSandbox::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

} // namespace paydeck::sandbox
