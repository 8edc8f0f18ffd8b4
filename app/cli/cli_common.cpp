#include "cli_common.h"

#include <future>

#include "store/data_directory.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace paydeck::cli {

std::optional<QString> Arguments::value(const QString &name)
{
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (m_arguments[i] == name) {
            m_consumed << i;
            if (i + 1 >= m_arguments.size()) {
                m_error = QCoreApplication::translate("cli", "%1 needs a value").arg(name);
                return std::nullopt;
            }
            m_consumed << i + 1;
            return m_arguments[i + 1];
        }
        if (m_arguments[i].startsWith(name + u'=')) {
            m_consumed << i;
            return m_arguments[i].mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

QStringList Arguments::values(const QString &name)
{
    QStringList out;
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (m_arguments[i] == name && i + 1 < m_arguments.size()) {
            m_consumed << i << i + 1;
            out << m_arguments[++i];
        } else if (m_arguments[i] == name) {
            m_consumed << i;
            m_error = QCoreApplication::translate("cli", "%1 needs a value").arg(name);
        }
    }
    return out;
}

bool Arguments::flag(const QString &name)
{
    const int index = int(m_arguments.indexOf(name));
    if (index < 0)
        return false;
    m_consumed << index;
    return true;
}

QStringList Arguments::rest() const
{
    QStringList out;
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (!m_consumed.contains(i))
            out << m_arguments[i];
    }
    return out;
}

QStringList Arguments::positional()
{
    QStringList out;
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (!m_consumed.contains(i) && !m_arguments[i].startsWith(u"--")) {
            m_consumed.append(i);
            out << m_arguments[i];
        }
    }
    return out;
}

QString Arguments::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    const QStringList unknown = rest();
    if (!unknown.isEmpty())
        return QCoreApplication::translate("cli", "unknown argument: %1").arg(unknown.first());
    return {};
}

Result<QString> dataDirectory(const QString &overridePath)
{
    const QString dir = overridePath.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : overridePath;
    auto opened = store::DataDirectory::open(dir);
    if (!opened)
        return makeError(opened.error());
    for (const QString &note : opened->notes())
        std::fprintf(stderr, "paydeck-cli: %s\n", note.toLocal8Bit().constData());
    return opened->path();
}

QString storePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(store::DataDirectory::storeFileName());
}

Reconciling::Reconciling(const QString &dataDir)
    : writer(storePath(dataDir)), service(storePath(dataDir), &writer)
{}

Reconciling::~Reconciling()
{
    writer.stop();
}

Result<std::unique_ptr<Reconciling>> openReconciling(const QString &dataDir)
{
    auto store = std::make_unique<Reconciling>(dataDir);
    if (auto started = store->writer.start(); !started)
        return makeError(started.error());
    return store;
}

std::unique_ptr<secrets::SecretStore> secretStore(const QString &dataDir)
{
    // Headless runs keep secrets in the owner-only file unless told to use the keychain.
    if (qEnvironmentVariable("PAYDECK_SECRETS") == u"keychain")
        return std::make_unique<secrets::KeychainSecretStore>();
    return std::make_unique<secrets::FileSecretStore>(
        QDir(dataDir).absoluteFilePath(store::DataDirectory::secretsFileName()));
}

Result<QString> secretFromOptions(const std::optional<QString> &value,
                                  const std::optional<QString> &file,
                                  const char *environment,
                                  const QString &what)
{
    if (value && file)
        return makeError(
            QCoreApplication::translate("cli", "give the %1 once, not as text and as a file")
                .arg(what));
    if (value)
        return *value;
    if (file)
        return secrets::readSecretFile(*file, what);
    const QByteArray fileVariable = QByteArray(environment) + "_FILE";
    if (qEnvironmentVariableIsSet(fileVariable.constData()))
        return secrets::readSecretFile(qEnvironmentVariable(fileVariable.constData()), what);
    return qEnvironmentVariable(environment).trimmed();
}

qint64 DayRange::fromSeconds() const
{
    return QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 DayRange::toSeconds() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

Result<DayRange>
dayRange(const std::optional<QString> &from, const std::optional<QString> &to, int defaultDays)
{
    DayRange range;
    range.to = to ? QDate::fromString(*to, Qt::ISODate) : QDateTime::currentDateTimeUtc().date();
    range.from = from ? QDate::fromString(*from, Qt::ISODate) : range.to.addDays(1 - defaultDays);
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return makeError(tr("--from and --to want YYYY-MM-DD, the first not after the second"));
    return range;
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("paydeck::cli", text, disambiguation, n);
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "paydeck-cli: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    return code;
}

void printOut(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

CommandWriter::CommandWriter(const QString &dataDir)
    : writer(storePath(dataDir)), started(writer.start())
{}

CommandWriter::~CommandWriter()
{
    writer.flush();
    writer.stop();
}

Result<void> runWriterJob(store::StoreWriter &writer,
                          const std::function<Result<void>(store::Session &)> &work,
                          quint32 domains)
{
    std::promise<Result<void>> done;
    writer.submitJob(
        work, [&](const Result<void> &r) { done.set_value(r); }, domains);
    return done.get_future().get();
}

} // namespace paydeck::cli
