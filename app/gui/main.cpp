// paydeck: the GUI. Composition only: the engine's threads, the reader, the window.
#include "main_window.h"
#include "reconcile/reconcile_service.h"
#include "reconciliation/reconciliation_page.h"
#include "sandbox/embedded_sandbox.h"
#include "secrets/secret_store.h"
#include "settings/settings_dialog.h"
#include "store/data_directory.h"
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "sync/sync_service.h"
#include "util/memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>
#include <QTranslator>

#include <sys/stat.h>

using namespace paydeck;

namespace {

void installTranslations(QApplication &app)
{
    const QString language = ui::SettingsDialog::savedLanguage();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    // A language Paydeck does not speak gets English with its plural forms ("1 payout").
    if (translator->load(
            locale, QStringLiteral("paydeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/paydeck_en")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    util::returnFreedMemoryPromptly(); // a long-running window over a million rows
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Paydeck"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("paydeck"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Finance-operations console for payments"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the store and settings in <dir>."),
        QStringLiteral("dir"));
    parser.addOption(dataDirOption);
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QApplication::translate(
            "main", "Open on <screen>: overview, transactions, reconciliation or sources."),
        QStringLiteral("screen"));
    parser.addOption(screenOption);
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Everything Paydeck writes holds customers' names and e-mails: private to its owner.
    ::umask(0077);
    auto directory = store::DataDirectory::open(dataDir);
    if (!directory) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Paydeck"), directory.error());
        return 1;
    }
    for (const QString &note : directory->notes())
        qInfo("%s", qPrintable(note));
    QFile style(QStringLiteral(":/paydeck.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    const QString storePath = directory->storePath();
    store::StoreWriter writer(storePath);
    if (auto started = writer.start(); !started) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Paydeck"), started.error());
        return 1;
    }

    QThread networkThread;
    networkThread.setObjectName(QStringLiteral("network"));
    // The embedded default: Paydeck's own sandbox provider, when no account is configured.
    sandbox::EmbeddedSandbox embeddedSandbox;
    auto *sync = new sync::SyncService(
        dataDir,
        &writer,
        std::shared_ptr<secrets::SecretStore>(secrets::openSecretStore(*directory)),
        sync::EmbeddedDefault{
            [&embeddedSandbox, dataDir] { return embeddedSandbox.start(dataDir); },
            [&embeddedSandbox] {
                embeddedSandbox.stop();
            }});
    sync->moveToThread(&networkThread);
    QObject::connect(&networkThread, &QThread::finished, sync, &QObject::deleteLater);

    QThread readerThread;
    readerThread.setObjectName(QStringLiteral("reader"));
    auto *reader = new store::StoreReader(storePath);
    reader->moveToThread(&readerThread);
    QObject::connect(&readerThread, &QThread::finished, reader, &QObject::deleteLater);

    QThread reconcileThread;
    reconcileThread.setObjectName(QStringLiteral("reconcile"));
    auto *reconcileService = new reconcile::ReconcileService(storePath, &writer);
    reconcileService->moveToThread(&reconcileThread);
    QObject::connect(&reconcileThread, &QThread::finished, reconcileService, &QObject::deleteLater);

    // The change feed, at the pace a screen can follow (the writer emits on its own thread).
    store::ChangeCoalescer changes(500);
    QObject::connect(
        &writer, &store::StoreWriter::committed, &changes, &store::ChangeCoalescer::add);
    // The reader's index first: a screen's refresh after the same change then finds it applied.
    QObject::connect(
        &changes, &store::ChangeCoalescer::changed, reader, &store::StoreReader::applyChange);

    networkThread.start();
    readerThread.start();
    reconcileThread.start();
    ui::MainWindow window(reader, sync, reconcileService, &changes);
    window.reconciliation()->setSandboxFiles(sandbox::EmbeddedSandbox::statementPath(dataDir),
                                             sandbox::EmbeddedSandbox::ledgerPath(dataDir));
    const QString screen = parser.value(screenOption);
    if (screen == u"transactions")
        window.showPage(ui::MainWindow::TransactionsScreen);
    else if (screen == u"reconciliation")
        window.showPage(ui::MainWindow::ReconciliationScreen);
    else if (screen == u"sources")
        window.showPage(ui::MainWindow::SourcesScreen);
    window.show();
    QMetaObject::invokeMethod(sync, &sync::SyncService::start, Qt::QueuedConnection);

    const int code = QApplication::exec();
    QMetaObject::invokeMethod(sync, &sync::SyncService::stop, Qt::BlockingQueuedConnection);
    reconcileService->cancelFlag() = true; // a long run stops and leaves the store unchanged
    networkThread.quit();
    readerThread.quit();
    reconcileThread.quit();
    networkThread.wait();
    readerThread.wait();
    reconcileThread.wait();
    writer.stop();
    return code;
}
