// The embedded default's exchange rates (part of SyncService: it starts the sandbox).
#include "sync_service.h"

#include "fx/fx_fetch.h"
#include "fx/fx_import.h"
#include "store/change_feed.h"
#include "store/store_writer.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

namespace paydeck::sync {

namespace {

constexpr int kRatesIntervalMs = 6 * 3600 * 1000;

} // namespace

void SyncService::fetchSandboxRates(const store::SourceConfig &sandbox)
{
    m_ratesFrom = sandbox;
    if (!m_ratesNetwork)
        m_ratesNetwork = std::make_unique<QNetworkAccessManager>();
    if (!m_ratesTimer) {
        m_ratesTimer = std::make_unique<QTimer>();
        m_ratesTimer->setInterval(kRatesIntervalMs);
        connect(
            m_ratesTimer.get(), &QTimer::timeout, this, [this] { fetchSandboxRates(m_ratesFrom); });
        m_ratesTimer->start();
    }
    const QUrl url(sandbox.baseUrl + QStringLiteral("/fx/eurofxref-hist.xml"));
    fx::fetchRatesFile(
        *m_ratesNetwork,
        url,
        sandbox.caCertificate,
        [self = QPointer<SyncService>(this), url](Result<QByteArray> body) {
            if (!self)
                return;
            if (!body) {
                emit self->problem(tr("exchange rates: %1").arg(body.error()));
                return;
            }
            auto report = std::make_shared<Result<fx::FxImportReport>>(makeError(QString()));
            self->m_writer->submitJob(
                [report, xml = body.value(), url](store::Session &session) -> Result<void> {
                    *report = fx::importEcbRates(session, xml, url.toString());
                    return *report ? Result<void>() : makeError(report->error());
                },
                [self, report](const Result<void> &) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, report] {
                            if (!self)
                                return;
                            if (!*report) {
                                emit self->problem(tr("exchange rates: %1").arg(report->error()));
                                return;
                            }
                            const fx::FxImportReport &r = report->value();
                            emit self->ratesUpdated(tr("%1: rates of %2 currencies from %3 to %4")
                                                        .arg(r.origin)
                                                        .arg(r.currencies.size())
                                                        .arg(r.firstDay.toString(Qt::ISODate),
                                                             r.lastDay.toString(Qt::ISODate)));
                        },
                        Qt::QueuedConnection);
                },
                store::ChangeSet::Rates);
        });
}

} // namespace paydeck::sync
