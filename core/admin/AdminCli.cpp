// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"

#include "admin/AdminCommandHooks.h"
#include "admin/CliSupport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace ww {

namespace {

struct CallHook
{
    AdminCommandHooks::Command command;
    QString usage;
};

CallHook &callHook()
{
    static CallHook hook;
    return hook;
}

} // namespace

void AdminCommandHooks::setCallCommand(Command command, const QString &usage)
{
    callHook() = {std::move(command), usage};
}

AdminCli::AdminCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString AdminCli::usage() const
{
    QString text
            = tr("Usage: wegwijzer-admin [--help] [--version] COMMAND ...\n"
                 "\n"
                 "Commands:\n"
                 "  tree validate [--strict] FILE...\n"
                 "      Check tree and directory files. Problems are printed to standard error\n"
                 "      as FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH]. Texts for callers that are\n"
                 "      hard to understand (long sentences, jargon) are printed as warnings, which do not\n"
                 "      change the exit status; with --strict they are errors.\n"
                 "  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]\n"
                 "      Apply the answers from the start of the tree and show where they lead.\n"
                 "      Party references are checked against --directory, or the shipped directory.\n"
                 "  tree export-html FILE [--directory FILE] [--chat URL] [--exit-url URL] -o FILE\n"
                 "      Write the tree as one self-contained web page in Dutch and English that loads nothing.\n"
                 "      --chat wss://HOST/ offers a chat at an outcome that hands the visitor's path to that\n"
                 "      gateway; --exit-url is where \"Snel weg\" leads (default https://www.google.nl/).\n"
                 "  tree publish FILE [--directory FILE] --note TEXT [--strict] --db URL\n"
                 "      Validate the tree (as tree validate) and publish it with its directory as the newest\n"
                 "      version: desks switch to it. Without --directory the directory published last (or the\n"
                 "      shipped one) goes with it. Content managers and administrators only; prints the id.\n"
                 "  tree list --db URL\n"
                 "      The published versions, one per line: id, published at (UTC), by whom, tree, note.\n"
                 "  tree export --version ID -o FILE [--directory-output FILE] --db URL\n"
                 "      Write a published version's tree (and directory) back to files.\n"
                 "  tree diff OLD NEW [--directory OLD_DIRECTORY NEW_DIRECTORY]\n"
                 "  tree diff OLD_ID NEW_ID --db URL\n"
                 "      What changed from the tree file OLD to NEW, per node id: nodes, options, referrals and\n"
                 "      every text per language, old and new side by side; with --directory also the parties.\n"
                 "      The trees are checked first (against the shipped directory without --directory).\n"
                 "      With --db, OLD_ID and NEW_ID are published versions (tree list), directories included.\n"
                 "      Exit status 0 whether or not they differ.\n"
                 "  db install --db URL --admin NAME\n"
                 "      Install a shared PostgreSQL database once, as a superuser: the owner and group roles,\n"
                 "      the schema, and the first administrator (the password is asked for).\n"
                 "  db migrate --db URL\n"
                 "      Bring the database schema up to date (each version in one transaction).\n"
                 "  db status --db URL\n"
                 "      Show the schema version and whether migrations are pending.\n"
                 "  db check --db URL\n"
                 "      List every weakness of a shared database's security (exit status 1 if there is one).\n"
                 "  db backup --db sqlite:///PATH -o FILE\n"
                 "      Copy an embedded database consistently, also while a desk is saving, and check the copy.\n"
                 "      FILE (replaced when it exists) is readable by its owner only. For PostgreSQL use pg_dump.\n"
                 "  demo seed --db URL --cases N [--seed S] [--owner NAME]... [--now TIME] [--uniform]\n"
                 "      Write N synthetic cases (made-up content) for demos and benchmarks, over the two\n"
                 "      years before --now (default: now), in the proportions of docs/demo-data.md\n"
                 "      (--uniform: every answer equally likely, as before, for comparing benchmarks).\n"
                 "      The same seed and --now give the same cases.\n"
                 "  user add NAME --role agent|supervisor|admin|editor|gateway --db URL\n"
                 "      Create a personal account, or with gateway the chat gateway's own; the password is\n"
                 "      asked for (or read from standard input). An editor (content manager) publishes\n"
                 "      versions of the tree and the directory and reads no cases.\n"
                 "  user disable NAME --db URL\n"
                 "      Stop the account from logging in; its cases stay.\n"
                 "  user list --db URL\n"
                 "      List the accounts with their role and whether they can log in.\n"
                 "  retention apply --older-than DURATION [--dry-run] --db URL\n"
                 "      Anonymise closed cases older than DURATION (90d, 12w, 18m, 2y): free text is erased,\n"
                 "      coded fields stay. --dry-run only counts them.\n"
                 "  report monitoring --db URL --from DATE --to DATE --format csv|pdf [--lang nl|en]\n"
                 "                    [--separator ,|;] -o FILE\n"
                 "      The monitoring report for the expertise network on the cases opened in the period (days\n"
                 "      in Dutch time, both included), beside the period before and a year earlier: themes and\n"
                 "      their trend over four quarters, callers, school types, white spots and their reasons,\n"
                 "      changed advice per party, outcomes. PDF: a summary in plain words, charts and tables\n"
                 "      (Dutch unless --lang en). CSV: one row per count (period, dimension, value, label, count,\n"
                 "      suppressed). No free text, ids or names; counts below 5, and counts that would give one\n"
                 "      away in any table of the report, are hidden.\n"
                 "  report cases-for-network --db URL --from DATE --to DATE --format json|pdf [--lang nl|en] -o FILE\n"
                 "      The cases a supervisor flagged for the expertise network, opened in the period, as\n"
                 "      vignettes: the summary, the path in words, themes, caller, school type, parties, white\n"
                 "      spot, month. No notes, transcripts, ids, names or dates. Supervisors and administrators\n"
                 "      only; recorded in the audit log.\n"
                 "  report tree --db URL --version ID --from DATE --to DATE --format csv|pdf [--lang nl|en]\n"
                 "              [--separator ,|;] -o FILE\n"
                 "      Where the contacts of one tree version went, in the period: per node how many passed\n"
                 "      it and stopped there, the answers chosen, the outcomes reached, the referrals agents\n"
                 "      removed and added there (by the reasons' categories) and the median time spent.\n"
                 "      Counts only; counts below 5, and counts that would give one away, are hidden.\n"
                 "      ID: a published version (tree list), or a tree identity VERSION@sha256:HEX as cases\n"
                 "      record it. Content managers, supervisors and administrators; no case data is read.\n"
                 "  report staffing --from DATE --to DATE --format csv|pdf [--lang nl|en] [--separator ,|;]\n"
                 "                  -o FILE --db URL\n"
                 "      Per agent and day (Dutch time) the time in each state, the contacts they held by channel,\n"
                 "      the average handling and wrap-up time; per hour the chats offered, answered, answered\n"
                 "      within 60 s and abandoned. Supervisors and administrators only.\n"
                 "  settings show --db URL\n"
                 "      The database's settings (retention period, wrap-up limit).\n"
                 "  settings set wrapup-limit SECONDS --db URL\n"
                 "      After this many seconds (30 to 3600; default 180) of wrap-up the desks show that it runs\n"
                 "      over. Administrators only.\n"
                 "  case export ID --db URL --format json|pdf -o FILE\n"
                 "      Everything stored about one case, for a data subject's access request.\n"
                 "      The export is recorded in the audit log.\n"
                 "  audit list --db URL --from DATE --to DATE\n"
                 "      Audit log entries that concern no single case (exports of the case log, retention\n"
                 "      runs, chat log-ins), one per line: time (UTC), who, what, details.\n"
                 "      Entries about one case are in its timeline and its export.\n"
                 "\n"
                 "URL: sqlite:///absolute/path.db or\n"
                 "     postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&sslrootcert=FILE]\n"
                 "Database passwords are never given on the command line: libpq reads PGPASSWORD or ~/.pgpass.\n"
                 "\n"
                 "Exit status: 0 success, 1 failure, 2 usage error.\n");
    const qsizetype urls = text.indexOf(u"\nURL:"_qs);
    if (!callHook().usage.isEmpty() && urls > 0)
        text.insert(urls, callHook().usage);
    return text;
}

int AdminCli::usageError(const QString &message)
{
    m_err << "wegwijzer-admin: " << message << "\n\n" << usage();
    return UsageError;
}

int AdminCli::storageFailure(const StorageError &error)
{
    m_err << "wegwijzer-admin: " << error.message() << '\n';
    return Failure;
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
    if (args.first() == u"db" && args.value(1) == u"backup")
        return databaseBackup(args.mid(2));
    if (args.first() == u"db") {
        if (args.size() >= 2 && args.at(1) == u"check")
            return databaseCheck(args.mid(2));
        if (args.size() >= 2 && args.at(1) == u"install")
            return databaseInstall(args.mid(2));
        if (args.size() < 2 || (args.at(1) != u"migrate" && args.at(1) != u"status"))
            return usageError(tr("\"db\" needs a subcommand: install, migrate, status, check or backup"));
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
    if (args.first() == u"report") {
        if (args.size() >= 2 && args.at(1) == u"cases-for-network")
            return reportCasesForNetwork(args.mid(2));
        if (args.size() >= 2 && args.at(1) == u"tree")
            return reportTree(args.mid(2));
        if (args.size() >= 2 && args.at(1) == u"staffing")
            return reportStaffing(args.mid(2));
        if (args.size() < 2 || args.at(1) != u"monitoring")
            return usageError(tr("\"report\" needs a subcommand: monitoring, cases-for-network, tree or staffing"));
        return reportMonitoring(args.mid(2));
    }
    if (args.first() == u"settings")
        return settings(args.mid(1));
    if (args.first() == u"case") {
        if (args.size() < 2 || args.at(1) != u"export")
            return usageError(tr("\"case\" needs the subcommand export"));
        return caseExport(args.mid(2));
    }
    if (args.first() == u"audit") {
        if (args.size() < 2 || args.at(1) != u"list")
            return usageError(tr("\"audit\" needs the subcommand list"));
        return auditList(args.mid(2));
    }
    if (args.first() == u"call" && callHook().command)
        return callHook().command(args.mid(1));
    if (args.first() == u"demo") {
        if (args.size() < 2 || args.at(1) != u"seed")
            return usageError(tr("\"demo\" needs the subcommand seed"));
        return demoSeed(args.mid(2));
    }
    if (args.first() != u"tree")
        return usageError(tr("unknown command \"%1\"").arg(args.first()));
    if (args.size() < 2)
        return usageError(
                tr("\"tree\" needs a subcommand: validate, walk, export-html, publish, list, export or diff"));
    if (args.at(1) == u"validate") {
        QStringList files = args.mid(2);
        const bool strict = files.removeAll(u"--strict"_qs) > 0;
        if (files.isEmpty())
            return usageError(tr("\"tree validate\" needs at least one FILE"));
        for (const QString &file : std::as_const(files)) {
            if (file.startsWith(u'-'))
                return usageError(tr("unknown option \"%1\"").arg(file));
        }
        return treeValidate(files, strict);
    }
    if (args.at(1) == u"walk")
        return treeWalk(args.mid(2));
    if (args.at(1) == u"publish")
        return treePublish(args.mid(2));
    if (args.at(1) == u"list")
        return treeList(args.mid(2));
    if (args.at(1) == u"export")
        return treeExport(args.mid(2));
    if (args.at(1) == u"export-html")
        return treeExportHtml(args.mid(2));
    if (args.at(1) == u"diff")
        return treeDiff(args.mid(2));
    return usageError(tr("unknown subcommand \"tree %1\"").arg(args.at(1)));
}

} // namespace ww
