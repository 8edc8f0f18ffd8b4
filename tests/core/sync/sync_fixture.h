#pragma once

// What the sync tests share: a store with its writer, a source saved in it, one run, and the
// comparison of every stored object with what the provider serves.
#include "providers/stripe/stripe_mapping.h"
#include "sandbox/sandbox_server.h"
#include "store/object_repository.h"
#include "store/session.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace paydeck::test {

struct SyncStore
{
    QString path;
    std::unique_ptr<store::StoreWriter> writer;
};

inline SyncStore makeSyncStore(const QString &path)
{
    SyncStore s;
    s.path = path;
    s.writer = std::make_unique<store::StoreWriter>(s.path);
    if (auto ok = s.writer->start(); !ok)
        qFatal("%s", qPrintable(ok.error()));
    return s;
}

inline store::SourceConfig
saveSyncSource(SyncStore &s, const QString &url, const QString &key, const QString &ca)
{
    store::SourceConfig source;
    source.name = QStringLiteral("acme");
    source.baseUrl = url;
    source.apiKey = key;
    source.caCertificate = ca;
    auto db = store::openSession(s.path).value();
    source.id = db->sources().save(source).value();
    return source;
}

inline sync::SyncReport runSync(SyncStore &s, const store::SourceConfig &source)
{
    sync::SourceSync sync(source, s.writer.get(), s.path);
    QSignalSpy finished(&sync, &sync::SourceSync::finished);
    sync.start();
    if (!finished.wait(60000))
        qFatal("sync did not finish");
    s.writer->flush();
    return finished.first().first().value<sync::SyncReport>();
}

/// Every stored object of `type` equals the provider's, and there are as many.
template<typename T>
void compareWith(sandbox::SandboxServer &provider, SyncStore &s, qint64 sourceId, ObjectType type)
{
    auto db = store::openSession(s.path, store::Access::ReadOnly).value();
    const std::vector<T> stored = db->objects().loadAll<T>(sourceId);
    QCOMPARE(qint64(stored.size()), provider.world().count(type));
    simdjson::dom::parser parser;
    for (const T &object : stored) {
        const auto answer = provider.world().retrieve(type, object.id);
        QCOMPARE(answer.status, 200);
        const auto served = stripe::mapObject<T>(parser.parse(answer.body));
        QVERIFY(served.ok());
        if constexpr (std::is_same_v<T, BalanceTransaction>) {
            QVERIFY2(served.value() == object,
                     qPrintable(QStringLiteral("%1: payout %2 vs %3, status %4 vs %5")
                                    .arg(QString::fromStdString(object.id),
                                         QString::fromStdString(served->payout),
                                         QString::fromStdString(object.payout),
                                         QString::fromStdString(served->status),
                                         QString::fromStdString(object.status))));
        } else {
            QVERIFY2(served.value() == object, object.id.c_str());
        }
    }
}

} // namespace paydeck::test
