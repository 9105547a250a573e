// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShippedContent.h"

namespace ww::ShippedContent {

QString treePath()
{
    return u":/tree/wegwijzer.tree.json"_qs;
}

QString directoryPath()
{
    return u":/directory/wegwijzer.directory.json"_qs;
}

DirectoryLoadResult loadDirectory()
{
    return DirectoryLoader::loadFile(directoryPath());
}

TreeLoadResult loadTree(const ReferralDirectory &directory)
{
    return TreeLoader::loadFile(treePath(), directory);
}

} // namespace ww::ShippedContent
