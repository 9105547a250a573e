// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryLoader.h"
#include "tree/TreeLoader.h"

namespace ww::ShippedContent {

/// The tree and directory compiled into the program (resources/tree, resources/directory).
QString treePath();
QString directoryPath();

DirectoryLoadResult loadDirectory();
TreeLoadResult loadTree(const ReferralDirectory &directory);

} // namespace ww::ShippedContent
