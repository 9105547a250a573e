// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree validate | walk | publish | list | export
#include "AdminCli.h"

#include "Vocabulary.h"
#include "admin/CliSupport.h"
#include "admin/TreeWalkReport.h"
#include "content/ContentLoader.h"
#include "content/ShippedContent.h"
#include "content/TreeVersions.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace ww {

using ww::CliSupport::openDatabase;
using ww::CliSupport::printDiagnostics;

int AdminCli::treeValidate(const QStringList &files, bool strict)
{
    const DirectoryLoadResult shipped = ShippedContent::loadDirectory();
    if (!shipped.ok()) {
        printDiagnostics(m_err, shipped.diagnostics);
        return Failure;
    }
    if (!reportValidation(ContentLoader::validateFiles(files, *shipped.directory), strict))
        return Failure;
    m_out << tr("%n file(s) valid", nullptr, int(files.size())) << '\n';
    return Success;
}

bool AdminCli::reportValidation(Diagnostics diagnostics, bool strict)
{
    qsizetype warnings = 0;
    for (Diagnostic &diagnostic : diagnostics) {
        if (strict)
            diagnostic.severity = Diagnostic::Severity::Error;
        warnings += diagnostic.isWarning() ? 1 : 0;
    }
    printDiagnostics(m_err, diagnostics);
    const qsizetype errors = diagnostics.size() - warnings;
    if (errors > 0) {
        m_err << tr("%n problem(s) found", nullptr, int(errors)) << '\n';
        return false;
    }
    if (warnings > 0)
        m_err << tr("%n warning(s) about language", nullptr, int(warnings)) << '\n';
    return true;
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

/// Published versions need schema version 11; an older database says so instead of a missing table.
void requireVersions(Database &database)
{
    constexpr int needed = 11;
    const int current = Migrator(database).currentVersion();
    if (current < needed)
        throw StorageError(AdminCli::tr("the database %1 has schema version %2 and keeps published versions from "
                                        "version %3 on: run \"wegwijzer-admin db migrate\" first")
                                   .arg(database.url().toString())
                                   .arg(current)
                                   .arg(needed));
}

/// Who publishes on SQLite, which has no accounts; PostgreSQL records the login instead.
QString localPublisher()
{
    return qEnvironmentVariable("USER", u"admin"_qs);
}

/// VERSION@sha256:first 12 hex digits: enough to tell versions apart in a list.
QString shortIdentity(const QString &identity)
{
    const qsizetype at = identity.indexOf(u"@sha256:"_qs);
    return at < 0 ? identity : identity.left(at + 8 + 12);
}

bool sameFile(const QString &a, const QString &b)
{
    const QString existing = QFileInfo(a).canonicalFilePath();
    return !a.isEmpty() && !b.isEmpty()
            && (QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath()
                || (!existing.isEmpty() && existing == QFileInfo(b).canonicalFilePath()));
}

} // namespace

int AdminCli::treePublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption directoryOption(u"directory"_qs, tr("Directory file published with the tree."),
                                             u"FILE"_qs);
    const QCommandLineOption noteOption(u"note"_qs, tr("What changed, in one line."), u"TEXT"_qs);
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption strictOption(u"strict"_qs, tr("Language warnings are errors."));
    parser.addOptions({directoryOption, noteOption, dbOption, strictOption});
    parser.addPositionalArgument(u"FILE"_qs, tr("The tree file."));
    if (!parser.parse(QStringList{u"tree-publish"_qs} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(noteOption) || !parser.isSet(dbOption))
        return usageError(tr("\"tree publish\" needs exactly one FILE, --note TEXT and --db URL"));
    if (const QString problem = TreeVersions::checkNote(parser.value(noteOption)); !problem.isEmpty())
        return usageError(problem);
    const QString treeFile = parser.positionalArguments().constFirst();
    QStringList files{treeFile};
    if (parser.isSet(directoryOption))
        files.append(parser.value(directoryOption));
    for (const QString &file : std::as_const(files)) {
        if (!QFileInfo(file).isFile())
            return usageError(tr("%1: no such file").arg(file));
    }

    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        requireVersions(*db);
        TreeVersions versions(*db, localPublisher());
        // Without --directory the tree goes with the directory published last, or the shipped one.
        std::shared_ptr<const ReferralDirectory> directory;
        DirectoryLoadResult given;
        if (parser.isSet(directoryOption)) {
            given = DirectoryLoader::loadFile(parser.value(directoryOption));
            directory = given.directory;
        } else if (const std::optional<TreeVersionContent> newest = versions.newest()) {
            directory = newest->directory;
        } else {
            directory = ShippedContent::loadDirectory().directory;
        }
        // The same checks and messages as "tree validate"; a --directory among the files is used itself.
        const std::shared_ptr<const ReferralDirectory> fallback
                = directory ? directory : ShippedContent::loadDirectory().directory;
        if (!reportValidation(ContentLoader::validateFiles(files, *fallback), parser.isSet(strictOption)))
            return Failure;
        if (!directory) {
            // Valid as some other kind of file (a tree given as --directory), but no directory.
            printDiagnostics(m_err, given.diagnostics);
            return Failure;
        }
        const TreeLoadResult tree = TreeLoader::loadFile(treeFile, *directory);
        if (!tree.ok()) {
            // A directory given as FILE validates, but is no tree.
            printDiagnostics(m_err, tree.diagnostics);
            return Failure;
        }
        const qint64 id = versions.publish(*tree.tree, *directory, parser.value(noteOption));
        m_out << tr("published version %1: tree %2").arg(id).arg(tree.tree->identity()) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::treeList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOption(dbOption);
    if (!parser.parse(QStringList{u"tree-list"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(dbOption))
        return usageError(tr("\"tree list\" needs --db URL and nothing else"));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        requireVersions(*db);
        const QList<TreeVersion> list = TreeVersions(*db).list();
        if (list.isEmpty())
            m_err << tr("no version of the tree has been published; desks use the tree they were shipped with") << '\n';
        for (const TreeVersion &version : list) {
            m_out << version.id << '\t' << version.publishedAt.toString(Qt::ISODate) << '\t' << version.publishedBy
                  << '\t' << shortIdentity(version.treeIdentity) << '\t' << version.note << '\n';
        }
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::treeExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption versionOption(u"version"_qs, tr("The published version's id."), u"ID"_qs);
    const QCommandLineOption outputOption({u"o"_qs, u"output"_qs}, tr("The tree file to write."), u"FILE"_qs);
    const QCommandLineOption directoryOutputOption(u"directory-output"_qs, tr("The directory file to write."),
                                                   u"FILE"_qs);
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOptions({versionOption, outputOption, directoryOutputOption, dbOption});
    if (!parser.parse(QStringList{u"tree-export"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(versionOption) || !parser.isSet(outputOption)
        || parser.value(outputOption).isEmpty() || !parser.isSet(dbOption))
        return usageError(tr("\"tree export\" needs --version ID, -o FILE and --db URL"));
    bool numeric = false;
    const qint64 id = parser.value(versionOption).toLongLong(&numeric);
    if (!numeric || id <= 0)
        return usageError(tr("--version must be a version id as \"tree list\" shows it, not \"%1\"")
                                  .arg(parser.value(versionOption)));
    const QString output = parser.value(outputOption);
    const QString directoryOutput = parser.value(directoryOutputOption);
    if (parser.isSet(directoryOutputOption) && (directoryOutput.isEmpty() || sameFile(output, directoryOutput)))
        return usageError(tr("--directory-output must name a file other than -o"));
    QString urlProblem;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(dbOption), &urlProblem);
    if (!url)
        return usageError(urlProblem);
    for (const QString &file : {output, directoryOutput}) {
        if (url->dialect() == SqlDialect::Sqlite && sameFile(file, url->sqlitePath()))
            return usageError(tr("%1 would overwrite the database").arg(file));
    }
    try {
        const std::unique_ptr<Database> db = Database::open(*url);
        requireVersions(*db);
        const std::optional<TreeVersionContent> version = TreeVersions(*db).load(id);
        if (!version) {
            m_err << "wegwijzer-admin: " << tr("there is no published version %1; \"tree list\" shows them").arg(id)
                  << '\n';
            return Failure;
        }
        // Indented for people to read and edit; the identity is taken over the content, not its layout.
        const auto indented = [](const QByteArray &canonical) {
            return QJsonDocument::fromJson(canonical).toJson(QJsonDocument::Indented);
        };
        if (!writeFile(output, indented(version->tree->canonicalContent())))
            return Failure;
        if (parser.isSet(directoryOutputOption)
            && !writeFile(directoryOutput, indented(version->directory->canonicalContent())))
            return Failure;
        m_out << tr("version %1 written: tree %2").arg(id).arg(version->tree->identity()) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
