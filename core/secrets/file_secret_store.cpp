#include "secret_store.h"

#include "store/data_directory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace paydeck::secrets {

namespace {

/// Free calls: lupdate files them under the namespace, so run time uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::secrets", text);
}

Error exposed(const QString &path)
{
    return Error{
        tr("%1 is readable by other users; make it private with `chmod 600 %1`").arg(path)};
}

} // namespace

QString apiKeyName(const QString &sourceName)
{
    return QStringLiteral("source/%1/api_key").arg(sourceName);
}

QString webhookSecretName(const QString &sourceName)
{
    return QStringLiteral("source/%1/webhook_secret").arg(sourceName);
}

QString FileSecretStore::describe() const
{
    return QCoreApplication::translate("paydeck::secrets", "the file %1").arg(m_path);
}

Result<QString> FileSecretStore::read(const QString &key)
{
    QFile file(m_path);
    if (!file.exists())
        return QString();
    if (store::readableByOthers(m_path))
        return exposed(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("paydeck::secrets", "cannot read %1: %2")
                         .arg(m_path, file.errorString())};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{
            QCoreApplication::translate("paydeck::secrets", "%1 is not a secrets file (%2)")
                .arg(m_path, parseError.errorString())};
    return document.object().value(key).toString();
}

Result<void> FileSecretStore::write(const QString &key, const QString &value)
{
    QJsonObject secrets;
    if (QFile::exists(m_path)) {
        if (store::readableByOthers(m_path))
            return exposed(m_path);
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("paydeck::secrets", "cannot read %1: %2")
                             .arg(m_path, file.errorString())};
        secrets = QJsonDocument::fromJson(file.readAll()).object();
    }
    if (value.isEmpty())
        secrets.remove(key);
    else
        secrets.insert(key, value);
    // Written whole or not at all, and private before the first byte is in it.
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("paydeck::secrets", "cannot write %1: %2")
                         .arg(m_path, out.errorString())};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error{QCoreApplication::translate("paydeck::secrets", "cannot write %1: %2")
                         .arg(m_path, out.errorString())};
    return {};
}

Result<QString> readSecretFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("the %1 file %2 does not exist").arg(what, path)};
    if (store::readableByOthers(path))
        return exposed(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the %1 file %2: %3").arg(what, path, file.errorString())};
    const QString secret = QString::fromUtf8(file.readAll()).trimmed();
    if (secret.isEmpty())
        return Error{tr("the %1 file %2 is empty").arg(what, path)};
    return secret;
}

} // namespace paydeck::secrets
