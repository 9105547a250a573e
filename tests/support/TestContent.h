// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <QByteArray>

#include <memory>

namespace ww::test {

/// A three-party directory: school-route, kindertelefoon, veilig-thuis.
QByteArray smallDirectoryJson();
std::shared_ptr<const ReferralDirectory> smallDirectory();

/// A small valid tree: danger? → (yes) urgent outcome; (no) caller? → pupil outcome |
/// parent → theme? → bullying outcome | other → white spot.
QByteArray smallTreeJson();
std::shared_ptr<const DecisionTree> smallTree();

/// Problems found in \a treeJson (checked against the small directory), as "LINE:COLUMN message".
Diagnostics treeProblems(const QByteArray &treeJson);
/// Whether any problem's message contains \a fragment.
bool hasProblem(const Diagnostics &problems, const QString &fragment);

} // namespace ww::test
