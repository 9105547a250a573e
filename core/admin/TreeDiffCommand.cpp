// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree diff
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "content/TreeVersions.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "tree/TreeDiff.h"

namespace ww {

using ww::CliSupport::openDatabase;
using ww::CliSupport::printDiagnostics;

int AdminCli::treeDiff(const QStringList &arguments)
{
    QStringList files;
    QStringList directories;
    QString databaseUrl;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--directory") {
            if (!directories.isEmpty() || i + 2 >= arguments.size())
                return usageError(tr("--directory needs two files, the old directory and the new one"));
            directories << arguments.at(i + 1) << arguments.at(i + 2);
            i += 2;
        } else if (argument == u"--db") {
            if (!databaseUrl.isEmpty() || i + 1 >= arguments.size())
                return usageError(tr("--db needs one URL"));
            databaseUrl = arguments.at(++i);
        } else if (argument.startsWith(u'-')) {
            return usageError(tr("unknown option \"%1\"").arg(argument));
        } else {
            files << argument;
        }
    }
    if (files.size() != 2)
        return usageError(tr("\"tree diff\" needs two tree files, OLD and NEW"));
    if (!databaseUrl.isEmpty())
        return directories.isEmpty() ? treeDiffVersions(databaseUrl, files)
                                     : usageError(tr("--directory is for files; published versions have their own"));

    QList<DirectoryLoadResult> loadedDirectories;
    for (qsizetype i = 0; i < 2; ++i) {
        loadedDirectories << (directories.isEmpty() ? ShippedContent::loadDirectory()
                                                    : DirectoryLoader::loadFile(directories.at(i)));
        if (!loadedDirectories.last().ok()) {
            printDiagnostics(m_err, loadedDirectories.last().diagnostics);
            return Failure;
        }
    }
    QList<TreeLoadResult> trees;
    for (qsizetype i = 0; i < 2; ++i) {
        trees << TreeLoader::loadFile(files.at(i), *loadedDirectories.at(i).directory);
        if (!trees.last().ok()) {
            printDiagnostics(m_err, trees.last().diagnostics);
            return Failure;
        }
    }
    QList<ContentChange> changes = TreeDiff::compare(*trees.at(0).tree, *trees.at(1).tree);
    if (!directories.isEmpty())
        changes += TreeDiff::compare(*loadedDirectories.at(0).directory, *loadedDirectories.at(1).directory);
    m_out << TreeDiff::toText(changes);
    return Success;
}

int AdminCli::treeDiffVersions(const QString &databaseUrl, const QStringList &ids)
{
    QList<qint64> numbers;
    for (const QString &id : ids) {
        bool numeric = false;
        numbers << id.toLongLong(&numeric);
        if (!numeric || numbers.last() <= 0)
            return usageError(
                    tr("with --db, OLD and NEW are version ids as \"tree list\" shows them, not \"%1\"").arg(id));
    }
    try {
        const std::unique_ptr<Database> db = openDatabase(databaseUrl, m_err);
        if (!db)
            return UsageError;
        TreeVersions versions(*db);
        QList<TreeVersionContent> contents;
        for (const qint64 id : std::as_const(numbers)) {
            std::optional<TreeVersionContent> content = versions.load(id);
            if (!content) {
                m_err << "wegwijzer-admin: " << tr("there is no published version %1; \"tree list\" shows them").arg(id)
                      << '\n';
                return Failure;
            }
            contents << *content;
        }
        QList<ContentChange> changes = TreeDiff::compare(*contents.at(0).tree, *contents.at(1).tree);
        changes += TreeDiff::compare(*contents.at(0).directory, *contents.at(1).directory);
        m_out << TreeDiff::toText(changes);
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
