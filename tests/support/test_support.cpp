#include "test_support.h"
#include <QElapsedTimer>
#include <QRegularExpression>

#include <sys/prctl.h>

#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace paydeck::test {

QString samplesDirectory()
{
    return QDir::cleanPath(QStringLiteral(PAYDECK_SAMPLES_DIR));
}

bool samplesAvailable()
{
    return QFileInfo(samplesDirectory()).isDir();
}

QString samplePath(const QString &relative)
{
    return QDir(samplesDirectory()).absoluteFilePath(relative);
}

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(PAYDECK_FIXTURES_DIR)).absoluteFilePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString
listenWithSandboxCertificate(net::TlsServer &server, const QString &directory, const QString &host)
{
    const QString certs = QDir(directory).filePath(QStringLiteral("certs"));
    const auto port = server.listen(
        host, 0, certs + QStringLiteral("/server.pem"), certs + QStringLiteral("/server.key"));
    return port ? QStringLiteral("https://%1:%2").arg(host).arg(port.value()) : QString();
}

std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString &directory,
                                                     sandbox::SandboxOptions options)
{
    auto server = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxServerOptions serverOptions;
    serverOptions.world = options;
    serverOptions.certificateDirectory = QDir(directory).absoluteFilePath(QStringLiteral("certs"));
    if (auto started = server->start(serverOptions); !started)
        qFatal("sandbox did not start: %s", qPrintable(started.error()));
    return server;
}

void endsWithTest(QProcess &process)
{
    // The kernel sends SIGKILL to the child when its parent dies, however it dies.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

CliRun runCli(const QStringList &arguments, const QString &dataDir)
{
    QProcess process;
    endsWithTest(process);
    process.start(QStringLiteral(PAYDECK_CLI_PATH),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("paydeck-cli did not finish");
    return CliRun{
        process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

SandboxAddress
startSandbox(QProcess &sandbox, const QString &sandboxDir, const QStringList &options)
{
    endsWithTest(sandbox);
    sandbox.start(QStringLiteral(PAYDECK_CLI_PATH),
                  QStringList{QStringLiteral("--data-dir"),
                              sandboxDir,
                              QStringLiteral("sandbox"),
                              QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0")}
                      + options);
    return waitForSandboxReady(sandbox);
}

SandboxAddress waitForSandboxReady(QProcess &sandbox)
{
    SandboxAddress address;
    if (!sandbox.waitForStarted())
        return address;
    QElapsedTimer clock;
    clock.start();
    while (!sandbox.canReadLine() && clock.elapsed() < 60000)
        sandbox.waitForReadyRead(1000);
    address.line = QString::fromUtf8(sandbox.readLine()).trimmed();
    static const QRegularExpression ready(
        QStringLiteral("^ready (https://\\S+) ca=(/\\S+\\.pem)$"));
    if (const auto match = ready.match(address.line); match.hasMatch()) {
        address.url = match.captured(1);
        address.caFile = match.captured(2);
    }
    return address;
}

CliRun syncFromSandbox(const SandboxAddress &sandbox, const QString &dataDir)
{
    return runCli({QStringLiteral("sync"),
                   QStringLiteral("--stripe-url"),
                   sandbox.url,
                   QStringLiteral("--api-key"),
                   QStringLiteral("sk_test_paydeck"),
                   QStringLiteral("--ca-cert"),
                   sandbox.caFile},
                  dataDir);
}

fx::FxTable weekdayRates()
{
    std::vector<fx::ExchangeRate> rates;
    for (QDate day = QDate(2026, 8, 20); day <= QDate(2026, 9, 30); day = day.addDays(1)) {
        if (day.dayOfWeek() >= 6)
            continue;
        const QString ecb = QStringLiteral("ECB");
        rates.push_back({QStringLiteral("USD"), day, {10800 + day.day(), 4}, ecb, {}});
        rates.push_back({QStringLiteral("GBP"), day, {86000 + day.day(), 5}, ecb, {}});
        rates.push_back({QStringLiteral("JPY"), day, {16200, 2}, ecb, {}});
    }
    fx::FxTable table;
    table.add(rates);
    return table;
}

} // namespace paydeck::test
