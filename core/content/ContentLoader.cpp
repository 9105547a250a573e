// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentLoader.h"

#include "content/TreeLanguageCheck.h"
#include "directory/DirectoryLoader.h"
#include "tree/TreeLoader.h"

#include <QCoreApplication>

namespace ww {

ContentLoader::Kind ContentLoader::kindOf(const JsonInput &input)
{
    if (input.root.contains(u"nodes"))
        return Kind::Tree;
    if (input.root.contains(u"parties"))
        return Kind::Directory;
    return Kind::Unknown;
}

Diagnostics ContentLoader::validateFiles(const QStringList &paths, const ReferralDirectory &fallbackDirectory)
{
    Diagnostics diagnostics;
    QList<JsonInput> trees;
    QList<std::shared_ptr<const ReferralDirectory>> directories;

    for (const QString &path : paths) {
        JsonInput input = JsonFileReader::readFile(path);
        if (!input.ok()) {
            diagnostics += input.diagnostics;
            continue;
        }
        switch (kindOf(input)) {
        case Kind::Tree:
            trees.append(std::move(input));
            break;
        case Kind::Directory: {
            const DirectoryLoadResult result = DirectoryLoader::load(input);
            diagnostics += result.diagnostics;
            if (result.ok())
                directories.append(result.directory);
            break;
        }
        case Kind::Unknown:
            diagnostics.append({path, 1, 1,
                                QCoreApplication::translate("ww::ContentLoader",
                                                            "neither a tree (no \"nodes\") nor a directory "
                                                            "(no \"parties\")"),
                                u"$"_qs});
            break;
        }
    }

    const ReferralDirectory &directory = directories.size() == 1 ? *directories.constFirst() : fallbackDirectory;
    const TreeLanguageCheck language;
    for (const JsonInput &input : std::as_const(trees)) {
        const TreeLoadResult result = TreeLoader::load(input, directory);
        diagnostics += result.diagnostics;
        if (result.ok())
            diagnostics += language.check(*result.tree, input);
    }
    return diagnostics;
}

} // namespace ww
