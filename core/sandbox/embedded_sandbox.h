#pragma once

#include "sandbox_server.h"
#include "store/sources.h"

#include <QString>

#include <memory>

namespace paydeck::sandbox {

/// The embedded default: with no provider configured, Paydeck runs its own sandbox on loopback
/// and syncs from it like from a real provider. Its history is anchored at the first start
/// (kept in the data directory), so that every later start serves the same account and the
/// store never sees two versions of one business.
class EmbeddedSandbox
{
public:
    /// Generates and starts the sandbox; slow for large histories, so not on the GUI thread.
    Result<store::SourceConfig> start(const QString &dataDirectory);
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    static QString sourceName() { return QStringLiteral("Sandbox"); }
    /// The camt.053 statement of the sandbox's bank account, rewritten at every start.
    static QString statementPath(const QString &dataDirectory);
    /// The company's receivables for the sandbox's charges (CSV), rewritten at every start.
    static QString ledgerPath(const QString &dataDirectory);
    // About the history's average rate, so that live hours look like past ones.
    static constexpr double kLivePaymentsPerMinute = 1.5;

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace paydeck::sandbox
