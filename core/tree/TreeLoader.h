// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "tree/DecisionTree.h"
#include "json/JsonFileReader.h"

#include <memory>

namespace ww {

class ReferralDirectory;

struct TreeLoadResult
{
    std::shared_ptr<const DecisionTree> tree; ///< null when there are diagnostics
    Diagnostics diagnostics;
    bool ok() const { return tree != nullptr; }
};

/// Checks a tree document (docs/tree-format.md) and reports every problem at once: types,
/// missing Dutch texts, duplicate ids, references to missing nodes or parties, unreachable
/// nodes, cycles and questions without options.
class TreeLoader
{
public:
    /// Party references are checked against \a directory.
    static TreeLoadResult load(const JsonInput &input, const ReferralDirectory &directory);
    static TreeLoadResult loadFile(const QString &path, const ReferralDirectory &directory);
    /// Reloads a tree a case was walked in, from the canonical content stored with the case.
    /// Parties are not checked: the directory may have changed since.
    static TreeLoadResult loadArchived(const QByteArray &canonicalContent, const QString &identity);

private:
    static TreeLoadResult load(const JsonInput &input, const ReferralDirectory *directory);
};

} // namespace ww
