// paydeck: the GUI. Composition only: the engine's threads, the reader, the window.
#include "gui_session.h"
#include "main_window.h"
#include "settings/settings_dialog.h"
#include "util/memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
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
    QFile style(QStringLiteral(":/paydeck.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    auto session = app::GuiSession::open(dataDir);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Paydeck"), session.error());
        return 1;
    }
    ui::MainWindow &window = session.value()->window();
    const QString screen = parser.value(screenOption);
    if (screen == u"transactions")
        window.showPage(ui::MainWindow::TransactionsScreen);
    else if (screen == u"reconciliation")
        window.showPage(ui::MainWindow::ReconciliationScreen);
    else if (screen == u"sources")
        window.showPage(ui::MainWindow::SourcesScreen);
    window.show();
    session.value()->startSync();
    const int code = QApplication::exec();
    session.value().reset(); // stops syncing, then every thread, then the writer
    return code;
}
