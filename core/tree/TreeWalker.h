// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/DecisionTree.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace ww {

/// One node on the walked path: when it was reached and, once answered, which option was chosen.
struct WalkStep
{
    QString nodeId;
    QDateTime reachedAt;    ///< UTC
    QString chosenOptionId; ///< empty for the current node
};

/// Walks a decision tree: start, answer, back, jump to an earlier step, restart.
/// The path always begins at the start node and ends at the current node.
class TreeWalker
{
public:
    using Clock = std::function<QDateTime()>;

    explicit TreeWalker(std::shared_ptr<const DecisionTree> tree, Clock clock = {});

    const DecisionTree &tree() const { return *m_tree; }
    std::shared_ptr<const DecisionTree> sharedTree() const { return m_tree; }
    const TreeNode &current() const;
    const QList<WalkStep> &path() const { return m_path; }
    bool atOutcome() const { return current().isOutcome(); }
    bool canGoBack() const { return m_path.size() > 1; }

    /// Follows the option \a optionId of the current node; false (and no change) if it is not one.
    bool answer(const QString &optionId);
    /// Goes back one step; false at the start.
    bool back();
    /// Makes step \a index of the path current again, forgetting the steps after it.
    bool jumpTo(qsizetype index);
    void restart();
    /// Takes over a saved path. Stops at the first step that does not fit this tree and returns
    /// false; the walk then stands on the last step that fitted.
    bool restore(const QList<WalkStep> &path);

    /// The coded fields implied by the answers on the path, later answers winning.
    CodedAnswers impliedAnswers() const;

private:
    std::shared_ptr<const DecisionTree> m_tree;
    Clock m_clock;
    QList<WalkStep> m_path;
};

} // namespace ww
