#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace paydeck::store {

/// Paydeck's data directory: the store, the embedded sandbox's certificates and statements, and
/// (without a desktop secret service) the secrets file. It holds every customer's name and e-mail,
/// so it is private to its owner: the directory 0700, everything in it 0600 (folders 0700).
/// Opening fixes what an earlier version or a careless copy left readable by others.
class DataDirectory
{
public:
    /// Creates `path` if needed and makes it private. `notes` says what was fixed (for the log).
    static Result<DataDirectory> open(const QString &path);

    QString path() const { return m_path; }
    /// The embedded SQLite store.
    QString storePath() const;
    /// The owner-only secrets file (when no desktop secret service is available).
    QString secretsPath() const;
    /// One line per file or folder whose permissions were tightened on open.
    const QStringList &notes() const { return m_notes; }

    static QString storeFileName() { return QStringLiteral("paydeck.sqlite"); }
    static QString secretsFileName() { return QStringLiteral("secrets.json"); }

private:
    QString m_path;
    QStringList m_notes;
};

/// True when `path` can be read or written by anyone but its owner (group or other bits set).
bool readableByOthers(const QString &path);

} // namespace paydeck::store
