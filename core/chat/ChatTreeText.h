// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/TreeWalker.h"

#include <QCoreApplication>

namespace ww {

class DecisionTree;
class ReferralDirectory;
struct TreeNode;

/// The decision tree in a chat: the text of a node as a chat message, and the path a visitor
/// walked on the website turned into the walk the agent continues from.
class ChatTreeText
{
    Q_DECLARE_TR_FUNCTIONS(ww::ChatTreeText)

public:
    /// A question with its answers numbered, or an outcome with the parties and how to reach them,
    /// in \a language (Dutch where a text has no translation).
    static QString forNode(const TreeNode &node, const ReferralDirectory &directory, const QString &language);

    /// The walk through \a tree along \a nodeIds (from the start node, each next node reached by one
    /// of the previous node's answers), or empty when the ids do not form such a path in this tree.
    static QList<WalkStep> walkAlong(const DecisionTree &tree, const QStringList &nodeIds, const QDateTime &at);
};

} // namespace ww
