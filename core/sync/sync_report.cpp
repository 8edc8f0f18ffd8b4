#include "sync_report.h"

#include <numeric>

namespace paydeck::sync {

qint64 SyncReport::totalInserted() const
{
    return std::accumulate(inserted.begin(), inserted.end(), qint64(0));
}

qint64 SyncReport::totalFetched() const
{
    return std::accumulate(fetched.begin(), fetched.end(), qint64(0));
}

} // namespace paydeck::sync
