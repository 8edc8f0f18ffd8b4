#include "session.h"

#include "sqlite/sqlite_session.h"

#include <QObject>

namespace paydeck::store {

Result<std::unique_ptr<Session>> openSession(const QString &location, Access access)
{
    // The backend is chosen by the location's form; a server backend registers its scheme here.
    if (location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://")))
        // (The location is not repeated: a connection string can carry a password.)
        return makeError(QObject::tr("a PostgreSQL store needs a build with its backend"));
    return openSqliteSession(location, access);
}

} // namespace paydeck::store
