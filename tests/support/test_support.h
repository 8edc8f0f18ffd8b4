#pragma once

#include "fx/fx_table.h"

#include "net/tls_server.h"
#include "sandbox/sandbox_server.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace paydeck::test {

/// ../shared/samples/<relative> (the real-world samples that exist only in the workplace).
QString samplePath(const QString &relative);
/// Whether ../shared/samples is there; a clone on its own has none.
bool samplesAvailable();
QString samplesDirectory();
/// The project's own fixtures: tests/fixtures/<relative>.
QString fixturePath(const QString &relative);
QByteArray readFile(const QString &path);

/// A sandbox on a free loopback port with its certificates in `directory`.
std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString &directory,
                                                     sandbox::SandboxOptions options);

/// Serves `server` over TLS with the certificate of a sandbox started by startSandbox(directory)
/// (kept in `directory`/certs); returns its base URL, or an empty string if it could not listen.
QString listenWithSandboxCertificate(net::TlsServer &server,
                                     const QString &directory,
                                     const QString &host = QStringLiteral("127.0.0.1"));

/// Makes `process` end when the test does — also when the test crashes or is killed — so that
/// no test leaves a process behind.
void endsWithTest(QProcess &process);

/// What a run of paydeck-cli gave.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs paydeck-cli --data-dir `dataDir` `arguments` (up to two minutes) and waits for it.
CliRun runCli(const QStringList &arguments, const QString &dataDir);

/// Where a `paydeck-cli sandbox` process serves, from its "ready URL ca=PEM" line.
struct SandboxAddress
{
    QString url, caFile;
    QString line; // what it said (for a failure message)
    bool ok() const { return !url.isEmpty(); }
};
/// Waits (up to a minute) for the sandbox process to say where it serves.
SandboxAddress waitForSandboxReady(QProcess &sandbox);
/// Starts `paydeck-cli sandbox` on a free loopback port, its files in `sandboxDir`, with
/// `options` (seed, history, anchor, …), ending with the test; waits until it serves.
SandboxAddress
startSandbox(QProcess &sandbox, const QString &sandboxDir, const QStringList &options);
/// `paydeck-cli sync` of the store in `dataDir` from that sandbox.
CliRun syncFromSandbox(const SandboxAddress &sandbox, const QString &dataDir);

/// Weekday rates for USD, GBP and JPY around the analytics tests' history (2026-08-20 …
/// 2026-09-30), moving a little each day; every other currency has none.
fx::FxTable weekdayRates();

} // namespace paydeck::test

/// Skips the calling test (or the test of the calling _data function) when the shared samples
/// are absent, naming the folder it looked for; the project's own fixtures still run.
#define PAYDECK_REQUIRE_SAMPLES()                                                                  \
    do {                                                                                           \
        if (!paydeck::test::samplesAvailable())                                                    \
            QSKIP(qPrintable(QStringLiteral("shared samples not found at %1 (they exist only in "  \
                                            "the workplace; own fixtures cover the parsers)")      \
                                 .arg(paydeck::test::samplesDirectory())));                        \
    } while (false)
