#pragma once

// A benchmark's store: one source and the objects written through the store's single writer in
// batches of 5,000, as a sync writes them.
#include "store/session.h"
#include "store/sources.h"
#include "store/store_writer.h"
#include "store/sync_batches.h"

#include <QThread>

#include <vector>

namespace paydeck::bench {

/// Writes `rows` (of `type`, into the batch's `member`) to a new source "bench" of the store at
/// `path`; its id in `sourceId`. False when the store could not be written.
template<typename T>
bool fillStore(const QString &path,
               std::vector<T> rows,
               ObjectType type,
               std::vector<T> store::SyncBatch::*member,
               qint64 &sourceId)
{
    {
        auto session = store::openSession(path);
        if (!session)
            return false;
        store::SourceConfig source;
        source.name = QStringLiteral("bench");
        source.baseUrl = QStringLiteral("https://127.0.0.1:1");
        auto saved = session.value()->sources().save(source, {});
        if (!saved)
            return false;
        sourceId = saved.value();
    }
    store::StoreWriter writer(path);
    if (!writer.start())
        return false;
    for (size_t i = 0; i < rows.size(); i += 5000) {
        store::SyncBatch batch;
        batch.sourceId = sourceId;
        batch.type = type;
        batch.saveCursor = false;
        const size_t end = std::min(rows.size(), i + 5000);
        (batch.*member)
            .assign(std::make_move_iterator(rows.begin() + qsizetype(i)),
                    std::make_move_iterator(rows.begin() + qsizetype(end)));
        writer.submit(std::move(batch));
        while (writer.pendingObjects() > 50000)
            QThread::msleep(5);
    }
    writer.flush();
    writer.stop();
    return true;
}

} // namespace paydeck::bench
