// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"

#include "admin/TreeWalkReport.h"
#include "content/ContentLoader.h"
#include "content/ShippedContent.h"
#include "Vocabulary.h"
#include "admin/PasswordPrompt.h"
#include "storage/AccountAdmin.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/Migrator.h"
#include "storage/RetentionJob.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace ww {

namespace {

void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics)
        err << diagnostic.toString() << '\n';
}

} // namespace

AdminCli::AdminCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString AdminCli::usage() const
{
    return tr("Usage: wegwijzer-admin [--help] [--version] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  tree validate FILE...\n"
              "      Check tree and directory files. Problems are printed to standard error\n"
              "      as FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH].\n"
              "  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]\n"
              "      Apply the answers from the start of the tree and show where they lead.\n"
              "      Party references are checked against --directory, or the shipped directory.\n"
              "  db migrate --db URL\n"
              "      Bring the database schema up to date (each version in one transaction).\n"
              "  db status --db URL\n"
              "      Show the schema version and whether migrations are pending.\n"
              "  demo seed --db URL --cases N [--seed S] [--owner NAME]...\n"
              "      Write N synthetic cases (made-up content) for demos and benchmarks.\n"
              "  user add NAME --role agent|supervisor|admin --db URL\n"
              "      Create a personal account; the password is asked for (or read from standard input).\n"
              "  user disable NAME --db URL\n"
              "  user list --db URL\n"
              "  retention apply --older-than DURATION [--dry-run] --db URL\n"
              "      Anonymise closed cases older than DURATION (90d, 12w, 18m, 2y): free text is erased,\n"
              "      coded fields stay. --dry-run only counts them.\n"
              "\n"
              "URL: sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME[?sslmode=require]\n"
              "Database passwords are never given on the command line: libpq reads PGPASSWORD or ~/.pgpass.\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

int AdminCli::usageError(const QString &message)
{
    m_err << "wegwijzer-admin: " << message << "\n\n" << usage();
    return UsageError;
}

int AdminCli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given"));
    if (args.first() == u"--help" || args.first() == u"-h") {
        m_out << usage();
        return Success;
    }
    if (args.first() == u"--version") {
        m_out << "wegwijzer-admin " << WW_VERSION << '\n';
        return Success;
    }
    if (args.first() == u"db") {
        if (args.size() < 2 || (args.at(1) != u"migrate" && args.at(1) != u"status"))
            return usageError(tr("\"db\" needs a subcommand: migrate or status"));
        return database(args.at(1), args.mid(2));
    }
    if (args.first() == u"retention") {
        if (args.size() < 2 || args.at(1) != u"apply")
            return usageError(tr("\"retention\" needs the subcommand apply"));
        return retention(args.mid(2));
    }
    if (args.first() == u"user") {
        if (args.size() < 2 || (args.at(1) != u"add" && args.at(1) != u"disable" && args.at(1) != u"list"))
            return usageError(tr("\"user\" needs a subcommand: add, disable or list"));
        return user(args.at(1), args.mid(2));
    }
    if (args.first() == u"demo") {
        if (args.size() < 2 || args.at(1) != u"seed")
            return usageError(tr("\"demo\" needs the subcommand seed"));
        return demoSeed(args.mid(2));
    }
    if (args.first() != u"tree")
        return usageError(tr("unknown command \"%1\"").arg(args.first()));
    if (args.size() < 2)
        return usageError(tr("\"tree\" needs a subcommand: validate or walk"));
    if (args.at(1) == u"validate") {
        const QStringList files = args.mid(2);
        if (files.isEmpty())
            return usageError(tr("\"tree validate\" needs at least one FILE"));
        for (const QString &file : files) {
            if (file.startsWith(u'-'))
                return usageError(tr("unknown option \"%1\"").arg(file));
        }
        return treeValidate(files);
    }
    if (args.at(1) == u"walk")
        return treeWalk(args.mid(2));
    return usageError(tr("unknown subcommand \"tree %1\"").arg(args.at(1)));
}

int AdminCli::treeValidate(const QStringList &files)
{
    const DirectoryLoadResult shipped = ShippedContent::loadDirectory();
    if (!shipped.ok()) {
        printDiagnostics(m_err, shipped.diagnostics);
        return Failure;
    }
    const Diagnostics diagnostics = ContentLoader::validateFiles(files, *shipped.directory);
    printDiagnostics(m_err, diagnostics);
    if (!diagnostics.isEmpty()) {
        m_err << tr("%n problem(s) found", nullptr, int(diagnostics.size())) << '\n';
        return Failure;
    }
    m_out << tr("%n file(s) valid", nullptr, int(files.size())) << '\n';
    return Success;
}

int AdminCli::treeWalk(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answerOption(u"answer"_qs, tr("Choose this option at the current node."), u"OPTION_ID"_qs);
    const QCommandLineOption languageOption(u"lang"_qs, tr("Language of the texts: nl or en."), u"nl|en"_qs, u"nl"_qs);
    const QCommandLineOption jsonOption(u"json"_qs, tr("Print one JSON object."));
    const QCommandLineOption directoryOption(u"directory"_qs, tr("Directory file to check parties against."),
                                             u"FILE"_qs);
    parser.addOptions({answerOption, languageOption, jsonOption, directoryOption});
    parser.addPositionalArgument(u"FILE"_qs, tr("The tree file."));
    if (!parser.parse(QStringList{u"tree-walk"_qs} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"tree walk\" needs exactly one FILE"));
    const QString language = parser.value(languageOption);
    if (!Vocabulary::languages().contains(language))
        return usageError(tr("--lang must be nl or en, not \"%1\"").arg(language));

    const DirectoryLoadResult directory = parser.isSet(directoryOption)
                                              ? DirectoryLoader::loadFile(parser.value(directoryOption))
                                              : ShippedContent::loadDirectory();
    if (!directory.ok()) {
        printDiagnostics(m_err, directory.diagnostics);
        return Failure;
    }
    const TreeLoadResult loaded = TreeLoader::loadFile(parser.positionalArguments().constFirst(), *directory.directory);
    if (!loaded.ok()) {
        printDiagnostics(m_err, loaded.diagnostics);
        return Failure;
    }

    TreeWalker walker(loaded.tree);
    for (const QString &answer : parser.values(answerOption)) {
        const TreeNode &node = walker.current();
        if (node.isOutcome()) {
            m_err << tr("cannot answer \"%1\": node \"%2\" is an outcome and has no options").arg(answer, node.id)
                  << '\n';
            return Failure;
        }
        if (!walker.answer(answer)) {
            m_err << tr("\"%1\" is not an option of node \"%2\"; the options are: %3")
                         .arg(answer, node.id, node.optionIds().join(u", "_qs))
                  << '\n';
            return Failure;
        }
    }
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(TreeWalkReport::toJson(walker, language)).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << TreeWalkReport::toText(walker, *directory.directory, language);
    return Success;
}

namespace {

/// Opens --db for a command; prints why not and returns null when it cannot.
std::unique_ptr<Database> openDatabase(const QString &urlText, QTextStream &err)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(urlText, &error);
    if (!url) {
        err << "wegwijzer-admin: " << error << '\n';
        return nullptr;
    }
    return Database::open(*url);
}

} // namespace

int AdminCli::database(const QString &subcommand, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOption(dbOption);
    if (!parser.parse(QStringList{u"db"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"db %1\" needs --db URL and nothing else").arg(subcommand));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator migrator(*db);
        if (subcommand == u"migrate") {
            const QList<Migrator::Migration> applied = migrator.migrate();
            for (const Migrator::Migration &migration : applied)
                m_out << tr("applied %1 %2").arg(migration.version, 3, 10, QChar(u'0')).arg(migration.name) << '\n';
            m_out << tr("schema version %1: up to date").arg(migrator.currentVersion()) << '\n';
            return Success;
        }
        const int current = migrator.currentVersion();
        const int latest = migrator.latestVersion();
        m_out << tr("database: %1").arg(db->url().toString()) << '\n';
        m_out << tr("schema version: %1 (this program: %2)").arg(current).arg(latest) << '\n';
        if (current > latest) {
            m_out << tr("status: newer than this program; install a newer program") << '\n';
            return Failure;
        }
        const QList<Migrator::Migration> pending = migrator.pending();
        if (pending.isEmpty())
            m_out << tr("status: up to date") << '\n';
        else
            m_out << tr("status: %n migration(s) pending; run \"db migrate\"", nullptr, int(pending.size())) << '\n';
        return Success;
    } catch (const StorageError &error) {
        m_err << "wegwijzer-admin: " << error.message() << '\n';
        return Failure;
    }
}

int AdminCli::demoSeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption casesOption(u"cases"_qs, tr("How many cases to write."), u"N"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, tr("Seed of the random generator."), u"S"_qs, u"1"_qs);
    const QCommandLineOption ownerOption(u"owner"_qs, tr("Agent who owns cases; repeat for several."), u"NAME"_qs);
    parser.addOptions({dbOption, casesOption, seedOption, ownerOption});
    if (!parser.parse(QStringList{u"demo-seed"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(casesOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"demo seed\" needs --db URL and --cases N"));
    constexpr qint64 maxCases = 10'000'000;
    bool numberOk = false;
    const qint64 cases = parser.value(casesOption).toLongLong(&numberOk);
    if (!numberOk || cases < 1 || cases > maxCases)
        return usageError(tr("--cases must be a whole number from 1 to %1").arg(maxCases));
    const quint32 seed = parser.value(seedOption).toUInt(&numberOk);
    if (!numberOk)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295"));
    QStringList owners = parser.values(ownerOption);
    static const QRegularExpression ownerPattern(u"^[A-Za-z0-9._-]{1,64}$"_qs);
    for (const QString &owner : std::as_const(owners)) {
        if (!ownerPattern.match(owner).hasMatch())
            return usageError(tr("--owner \"%1\" must be 1 to 64 letters, digits, dots, dashes or underscores").arg(owner));
    }
    if (owners.isEmpty()) {
        for (int i = 1; i <= 20; ++i)
            owners.append(u"agent-%1"_qs.arg(i, 2, 10, QChar(u'0')));
    }

    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    const TreeLoadResult tree = directory.ok() ? ShippedContent::loadTree(*directory.directory) : TreeLoadResult{};
    if (!tree.ok()) {
        printDiagnostics(m_err, directory.diagnostics + tree.diagnostics);
        return Failure;
    }
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        DemoSeeder seeder(*db, tree.tree, directory.directory);
        DemoSeeder::Options options;
        options.cases = cases;
        options.seed = seed;
        options.owners = owners;
        options.now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        seeder.seed(options, [&](qint64 written) {
            if (written % 100000 == 0 || written == cases)
                m_err << tr("%1 of %2 cases written").arg(written).arg(cases) << '\n' << Qt::flush;
        });
        m_out << tr("%1 synthetic cases written in %2 s").arg(cases).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << '\n';
        return Success;
    } catch (const StorageError &error) {
        m_err << "wegwijzer-admin: " << error.message() << '\n';
        return Failure;
    }
}

int AdminCli::user(const QString &subcommand, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption roleOption(u"role"_qs, tr("agent, supervisor or admin."), u"ROLE"_qs);
    parser.addOptions({dbOption, roleOption});
    if (!parser.parse(QStringList{u"user"_qs} + arguments))
        return usageError(parser.errorText());
    const QStringList names = parser.positionalArguments();
    const bool wantsName = subcommand != u"list";
    if (!parser.isSet(dbOption) || names.size() != (wantsName ? 1 : 0))
        return usageError(wantsName ? tr("\"user %1\" needs NAME and --db URL").arg(subcommand)
                                    : tr("\"user list\" needs --db URL"));
    if (subcommand == u"add") {
        if (!parser.isSet(roleOption))
            return usageError(tr("\"user add\" needs --role agent|supervisor|admin"));
        for (const QString &problem : {AccountAdmin::checkName(names.first()), AccountAdmin::checkRole(parser.value(roleOption))}) {
            if (!problem.isEmpty())
                return usageError(problem);
        }
    } else if (parser.isSet(roleOption)) {
        return usageError(tr("--role belongs to \"user add\" only"));
    }
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        AccountAdmin accounts(*db);
        if (subcommand == u"list") {
            for (const AccountAdmin::Account &account : accounts.list()) {
                m_out << account.name << '\t' << account.role << '\t'
                      << (account.canLogIn ? tr("active") : tr("disabled")) << '\n';
            }
            return Success;
        }
        if (subcommand == u"disable") {
            accounts.disable(names.first());
            m_out << tr("account %1 disabled").arg(names.first()) << '\n';
            return Success;
        }
        QString error;
        const std::optional<QString> password = PasswordPrompt::read(tr("Password for %1: ").arg(names.first()),
                                                                     tr("Repeat the password: "), &error);
        if (!password) {
            m_err << "wegwijzer-admin: " << error << '\n';
            return Failure;
        }
        if (const QString problem = AccountAdmin::checkPassword(*password); !problem.isEmpty()) {
            m_err << "wegwijzer-admin: " << problem << '\n';
            return Failure;
        }
        accounts.add(names.first(), parser.value(roleOption), *password);
        m_out << tr("account %1 added as %2").arg(names.first(), parser.value(roleOption)) << '\n';
        return Success;
    } catch (const StorageError &error) {
        m_err << "wegwijzer-admin: " << error.message() << '\n';
        return Failure;
    }
}

int AdminCli::retention(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption olderOption(u"older-than"_qs, tr("Closed longer ago than this."), u"DURATION"_qs);
    const QCommandLineOption dryRunOption(u"dry-run"_qs, tr("Only count the cases."));
    parser.addOptions({dbOption, olderOption, dryRunOption});
    if (!parser.parse(QStringList{u"retention"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(olderOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"retention apply\" needs --older-than DURATION and --db URL"));
    QString periodError;
    const std::optional<RetentionPeriod> period = RetentionPeriod::parse(parser.value(olderOption), &periodError);
    if (!period)
        return usageError(periodError);
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const bool dryRun = parser.isSet(dryRunOption);
        const QString actor = qEnvironmentVariable("USER", u"admin"_qs);
        const int affected = RetentionJob(*db).apply(*period, QDateTime::currentDateTimeUtc(), dryRun, actor);
        m_out << (dryRun ? tr("%1 closed case(s) older than %2 would be anonymised").arg(affected).arg(period->text)
                         : tr("%1 closed case(s) older than %2 anonymised").arg(affected).arg(period->text))
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        m_err << "wegwijzer-admin: " << error.message() << '\n';
        return Failure;
    }
}

} // namespace ww
