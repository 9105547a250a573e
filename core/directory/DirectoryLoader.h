// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "directory/ReferralDirectory.h"
#include "json/JsonFileReader.h"

#include <QCoreApplication>

#include <memory>

namespace ww {

struct DirectoryLoadResult
{
    std::shared_ptr<const ReferralDirectory> directory; ///< null when there are diagnostics
    Diagnostics diagnostics;
    bool ok() const { return directory != nullptr; }
};

/// Checks a directory document (docs/directory-format.md) and reports every problem at once.
class DirectoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(ww::DirectoryLoader)

public:
    static DirectoryLoadResult load(const JsonInput &input);
    static DirectoryLoadResult loadFile(const QString &path);
};

} // namespace ww
