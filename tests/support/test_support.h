#pragma once

#include "sandbox/sandbox_server.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace paydeck::test {

/// ../shared/samples/<relative>
QString samplePath(const QString &relative);
QByteArray readFile(const QString &path);

/// A sandbox on a free loopback port with its certificates in `directory`.
std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString &directory,
                                                     sandbox::SandboxOptions options);

} // namespace paydeck::test
