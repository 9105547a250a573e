// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskStartup.h"

#include "Vocabulary.h"
#include "cases/CaseJournal.h"
#include "common/DeskPalette.h"
#include "content/ShippedContent.h"
#include "content/TreeVersionWatch.h"
#include "editor/StorageDraftHeat.h"
#include "editor/StorageDraftPublisher.h"
#include "shell/AppTranslations.h"
#include "shell/DeskLogin.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>

#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <future>

namespace ww {

namespace {

/// Problems go to standard error always, and to a dialog when someone is there to read it.
void showLoadProblems(const QString &what, const Diagnostics &diagnostics, bool interactive)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    qCritical("%s", qPrintable(lines.join(u'\n')));
    if (!interactive)
        return;
    QMessageBox box(
            QMessageBox::Critical, QApplication::translate("ww::DeskStartup", "Wegwijzer Desk cannot start"),
            QApplication::translate("ww::DeskStartup", "The %1 has %n problem(s).", nullptr, int(diagnostics.size()))
                    .arg(what),
            QMessageBox::Ok);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

} // namespace

QString DeskStartup::owner()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"agent"_qs;
}

bool DeskStartup::onlyPrints(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

bool DeskStartup::parse(const QStringList &arguments, DeskOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "ww::DeskStartup",
            "The desktop of Wegwijzer Desk, for helpline agents, chat operators and supervisors: walk a caller\n"
            "through the decision tree, record the case and refer the caller to the party that can help.\n"
            "\n"
            "A shared PostgreSQL database is opened with libpq's own means first (PGPASSWORD, ~/.pgpass);\n"
            "otherwise the login dialog asks for the password. The address is remembered, the password never.\n"
            "Exit status: 0 success, 1 failure, 2 usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
            u"lang"_qs, QApplication::translate("ww::DeskStartup", "User interface language: nl or en."), u"nl|en"_qs);
    const QCommandLineOption tree(u"tree"_qs,
                                  QApplication::translate("ww::DeskStartup", "Tree file instead of the shipped tree."),
                                  u"FILE"_qs);
    const QCommandLineOption directory(
            u"directory"_qs,
            QApplication::translate("ww::DeskStartup", "Directory file instead of the shipped directory."), u"FILE"_qs);
    const QCommandLineOption database(
            u"db"_qs,
            QApplication::translate(
                    "ww::DeskStartup",
                    "Case database: sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME"
                    "[?sslmode=verify-full]. Default: the shared database of the last login, else wegwijzer.db "
                    "in the user's data directory."),
            u"URL"_qs);
    const QCommandLineOption quitWhenReady(
            u"quit-when-ready"_qs,
            QApplication::translate("ww::DeskStartup", "Quit as soon as the main window is ready (start-up checks)."));
    const QCommandLineOption chatGateway(
            u"chat"_qs,
            QApplication::translate("ww::DeskStartup",
                                    "Chat gateway to take chats from: ws://HOST:PORT or wss://HOST:PORT (remembered)."),
            u"URL"_qs);
    parser.addOptions({language, tree, directory, database, quitWhenReady, chatGateway});
    parser.process(arguments); // --help and --version print and exit here
    if (!parser.positionalArguments().isEmpty()) {
        *error = QApplication::translate("ww::DeskStartup", "unexpected argument \"%1\"")
                         .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->language = parser.value(language);
    if (!options->language.isEmpty() && !Vocabulary::languages().contains(options->language)) {
        *error = QApplication::translate("ww::DeskStartup", "--lang must be nl or en, not \"%1\"")
                         .arg(options->language);
        return false;
    }
    options->treeFile = parser.value(tree);
    options->directoryFile = parser.value(directory);
    options->quitWhenReady = parser.isSet(quitWhenReady);
    if (parser.isSet(chatGateway)) {
        options->chatGateway = QUrl(parser.value(chatGateway), QUrl::StrictMode);
        const QString scheme = options->chatGateway.scheme();
        if (!options->chatGateway.isValid() || (scheme != u"ws" && scheme != u"wss")
            || options->chatGateway.host().isEmpty()) {
            *error = QApplication::translate("ww::DeskStartup",
                                             "--chat must be ws://HOST:PORT or wss://HOST:PORT, not \"%1\"")
                             .arg(parser.value(chatGateway));
            return false;
        }
    }
    if (parser.isSet(database)) {
        QString urlError;
        options->database = DatabaseUrl::parse(parser.value(database), &urlError);
        if (!options->database) {
            *error = QApplication::translate("ww::DeskStartup", "--db: %1").arg(urlError);
            return false;
        }
    }
    return true;
}

int DeskStartup::treeVersionInterval()
{
    bool given = false;
    const int seconds = qEnvironmentVariableIntValue("WW_TREE_VERSION_POLL_SECONDS", &given);
    return given && seconds > 0 ? seconds * 1000 : TreeVersionWatch::DefaultIntervalMs;
}

int DeskStartup::run(QApplication &app)
{
    DeskOptions options;
    QString error;
    if (!parse(QApplication::arguments(), &options, &error)) {
        qCritical("wegwijzer-desk: %s", qPrintable(error));
        return 2;
    }
    QSettings settings;
    if (!options.language.isEmpty() && settings.value(u"ui/language"_qs).toString() != options.language)
        settings.setValue(u"ui/language"_qs, options.language);
    const QString language = settings.value(u"ui/language"_qs, u"nl"_qs).toString();
    installTranslations(app, Vocabulary::languages().contains(language) ? language : u"nl"_qs);
    DeskPalette::apply(DeskPalette::stored()); // before the first window, so that every colour comes from it
    if (FirstRunWizard::isDue(options)) {
        // The first start: language, where the cases are kept, login and keys, before anything opens.
        FirstRunWizard wizard;
        if (wizard.exec() == QDialog::Accepted) {
            const QString chosen = settings.value(u"ui/language"_qs, u"nl"_qs).toString();
            if (chosen != language && Vocabulary::languages().contains(chosen))
                installTranslations(app, chosen);
        }
    }

    // The content loads on the second core while this one opens the database.
    struct Content
    {
        DirectoryLoadResult directory;
        TreeLoadResult tree;
    };
    std::future<Content> loading = std::async(std::launch::async, [&options] {
        Content content;
        content.directory = options.directoryFile.isEmpty() ? ShippedContent::loadDirectory()
                                                            : DirectoryLoader::loadFile(options.directoryFile);
        if (!content.directory.ok())
            return content;
        content.tree = options.treeFile.isEmpty()
                ? ShippedContent::loadTree(*content.directory.directory)
                : TreeLoader::loadFile(options.treeFile, *content.directory.directory);
        if (content.tree.ok())
            (void)content.tree.tree->identity(); // worked out here rather than on the window's first paint
        return content;
    });

    // --db, else the shared database chosen at an earlier login, else the embedded default.
    DatabaseUrl url = DatabaseUrl::embeddedDefault();
    QString agent = owner();
    if (options.database) {
        url = *options.database;
    } else if (const QString remembered = settings.value(u"database/url"_qs).toString(); !remembered.isEmpty()) {
        QString ignored;
        if (const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(remembered, &ignored))
            url = *parsed;
    }
    DeskLogin login(!options.quitWhenReady);
    const std::unique_ptr<DeskDatabase> database = login.connect(&url);
    if (!database)
        return 1;
    if (url.dialect() == SqlDialect::PostgreSql) {
        // The shared database is remembered (never its password); the agent is the login role.
        if (settings.value(u"database/url"_qs).toString() != url.toString())
            settings.setValue(u"database/url"_qs, url.toString());
        agent = url.user().isEmpty() ? agent : url.user();
    }
    // The supervision windows read through a storage of their own (made below, gone after the window).
    std::unique_ptr<AsyncStorage> supervisionStorage;
    // So does publishing from the tree editor: a large tree may take longer than a case to store.
    std::unique_ptr<AsyncStorage> publishingStorage;
    std::unique_ptr<StorageDraftPublisher> publisher;
    std::unique_ptr<StorageDraftHeat> heat;
    // Build the window while the content is still loading; it is shown only once the content is in.
    MainWindow window(nullptr, nullptr, database->cases(), agent);
    window.setJournalFolder(CaseJournal::folderFor(agent, url.toString()));
    // Only supervisors and administrators get the case log and dashboard: for agents the database refuses
    // reviews and the audit log.
    if (database->isSupervisor()) {
        // A longer deadline than for saving cases: a dashboard count or an export step may take seconds.
        supervisionStorage
                = std::make_unique<AsyncStorage>(database->opener(), AsyncStorage::Timing{.deadlineMs = 20000});
        window.enableSupervision(*supervisionStorage);
    }
    // The chat gateway given now, else the one used before; without one there are no chats.
    if (!options.chatGateway.isEmpty())
        settings.setValue(u"chat/url"_qs, options.chatGateway.toString());
    if (const QUrl gateway(settings.value(u"chat/url"_qs).toString()); gateway.isValid() && !gateway.isEmpty())
        window.enableChat(gateway, database->storage());
    window.enableAgentStates(database->storage());

    const Content content = loading.get();
    const DirectoryLoadResult &directory = content.directory;
    if (!directory.ok()) {
        showLoadProblems(QApplication::translate("ww::DeskStartup", "referral directory"), directory.diagnostics,
                         !options.quitWhenReady);
        return 1;
    }
    const TreeLoadResult &tree = content.tree;
    if (!tree.ok()) {
        showLoadProblems(QApplication::translate("ww::DeskStartup", "decision tree"), tree.diagnostics,
                         !options.quitWhenReady);
        return 1;
    }

    // The newest published version, unless --tree or --directory names files to try; without one
    // published (or when it does not load), the shipped content.
    const bool filesGiven = !options.treeFile.isEmpty() || !options.directoryFile.isEmpty();
    if (const std::optional<TreeVersionContent> &published = database->publishedContent(); published && !filesGiven) {
        window.setContent(published->tree, published->directory, published->version.id);
        qInfo("wegwijzer-desk: using published version %lld of the tree (%s)", published->version.id,
              qPrintable(published->tree->identity()));
    } else {
        if (!database->publishedProblem().isEmpty())
            qWarning("wegwijzer-desk: the newest published tree is not used: %s",
                     qPrintable(database->publishedProblem()));
        window.setContent(tree.tree, directory.directory);
    }
    if (!filesGiven)
        window.watchTreeVersions(database->storage(), treeVersionInterval());
    // With a gateway the desk is reachable for the phone system's calls from the start (docs/telephony.md).
    window.enablePhoneCalls();
    // Content managers and administrators (on the embedded database: whoever uses this computer) edit the tree
    // and publish it as a new version for every desk.
    if (database->mayEditContent()) {
        publishingStorage
                = std::make_unique<AsyncStorage>(database->opener(), AsyncStorage::Timing{.deadlineMs = 30000});
        publisher = std::make_unique<StorageDraftPublisher>(*publishingStorage, agent);
        heat = std::make_unique<StorageDraftHeat>(*publishingStorage);
        window.enableTreeEditor(publisher.get(), heat.get());
    }
    window.show();
    // Without a window manager (kiosk set-ups, X servers for tests) nobody else gives it the keyboard.
    window.activateWindow();
    if (options.quitWhenReady)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    else
        QTimer::singleShot(0, &window, &MainWindow::offerToRestoreUnsavedWork);
    return app.exec();
}

} // namespace ww
