// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "directory/ReferralDirectory.h"
#include "json/JsonFileReader.h"

#include <QStringList>

#include <memory>

namespace ww {

/// Validates any mix of tree and directory files, telling them apart by their content.
class ContentLoader
{
public:
    enum class Kind { Tree, Directory, Unknown };

    static Kind kindOf(const JsonInput &input);

    /// Checks every file. Trees are checked against the directory among \a paths when there is
    /// exactly one valid one, otherwise against \a fallbackDirectory. Valid trees also get the
    /// plain-language warnings of TreeLanguageCheck.
    static Diagnostics validateFiles(const QStringList &paths, const ReferralDirectory &fallbackDirectory);
};

} // namespace ww
