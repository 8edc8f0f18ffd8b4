#include "data_directory.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

namespace paydeck::store {

namespace {

/// Sets `mode` on `path` unless it already has exactly that; returns a note when it changed.
QString tighten(const QString &path, mode_t mode)
{
    struct stat info
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return {};
    const mode_t current = info.st_mode & 07777;
    if ((current & 0077) == 0)
        return {}; // already private; keep what the owner chose for themselves
    if (::chmod(native.constData(), mode) != 0)
        return QCoreApplication::translate("store", "could not make %1 private").arg(path);
    return QCoreApplication::translate("store", "made %1 private (%2 → %3)")
        .arg(path,
             QString::number(current, 8).rightJustified(4, u'0'),
             QString::number(mode, 8).rightJustified(4, u'0'));
}

} // namespace

bool readableByOthers(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return (info.st_mode & 0077) != 0;
}

Result<DataDirectory> DataDirectory::open(const QString &path)
{
    DataDirectory directory;
    directory.m_path = QDir(path).absolutePath();
    // Created private from the start: no moment in which another user could open it.
    const mode_t previous = ::umask(0077);
    const bool made = QDir().mkpath(directory.m_path);
    ::umask(previous);
    if (!made)
        return Error{QCoreApplication::translate("store", "cannot create the data directory %1")
                         .arg(directory.m_path)};
    if (QString note = tighten(directory.m_path, 0700); !note.isEmpty())
        directory.m_notes << note;
    QDirIterator it(directory.m_path,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        if (QString note = tighten(entry, info.isDir() ? 0700 : 0600); !note.isEmpty())
            directory.m_notes << note;
    }
    return directory;
}

QString DataDirectory::storePath() const
{
    return QDir(m_path).absoluteFilePath(storeFileName());
}

QString DataDirectory::secretsPath() const
{
    return QDir(m_path).absoluteFilePath(secretsFileName());
}

} // namespace paydeck::store
