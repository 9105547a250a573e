// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree diff
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "tree/TreeDiff.h"

namespace ww {

using ww::CliSupport::printDiagnostics;

int AdminCli::treeDiff(const QStringList &arguments)
{
    QStringList files;
    QStringList directories;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--directory") {
            if (!directories.isEmpty() || i + 2 >= arguments.size())
                return usageError(tr("--directory needs two files, the old directory and the new one"));
            directories << arguments.at(i + 1) << arguments.at(i + 2);
            i += 2;
        } else if (argument.startsWith(u'-')) {
            return usageError(tr("unknown option \"%1\"").arg(argument));
        } else {
            files << argument;
        }
    }
    if (files.size() != 2)
        return usageError(tr("\"tree diff\" needs two tree files, OLD and NEW"));

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

} // namespace ww
