// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeWalker.h"

namespace ww {

TreeWalker::TreeWalker(std::shared_ptr<const DecisionTree> tree, Clock clock)
    : m_tree(std::move(tree))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    restart();
}

const TreeNode &TreeWalker::current() const
{
    return *m_tree->node(m_path.constLast().nodeId);
}

bool TreeWalker::answer(const QString &optionId)
{
    const TreeOption *option = current().option(optionId);
    if (!option)
        return false;
    m_path.last().chosenOptionId = optionId;
    m_path.append({option->nextNodeId, m_clock(), {}});
    return true;
}

bool TreeWalker::back()
{
    return jumpTo(m_path.size() - 2);
}

bool TreeWalker::jumpTo(qsizetype index)
{
    if (index < 0 || index >= m_path.size() - 1)
        return false;
    m_path.resize(index + 1);
    m_path.last().chosenOptionId.clear();
    return true;
}

void TreeWalker::restart()
{
    m_path = {{m_tree->startNodeId(), m_clock(), {}}};
}

bool TreeWalker::restore(const QList<WalkStep> &path)
{
    restart();
    if (path.isEmpty() || path.constFirst().nodeId != m_tree->startNodeId())
        return path.isEmpty();
    m_path.first().reachedAt = path.constFirst().reachedAt;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const TreeOption *option = current().option(path.at(i).chosenOptionId);
        if (!option || option->nextNodeId != path.at(i + 1).nodeId)
            return false;
        m_path.last().chosenOptionId = option->id;
        m_path.append({option->nextNodeId, path.at(i + 1).reachedAt, {}});
    }
    return true;
}

CodedAnswers TreeWalker::impliedAnswers() const
{
    CodedAnswers answers;
    for (const WalkStep &step : m_path) {
        if (step.chosenOptionId.isEmpty())
            continue;
        if (const TreeOption *option = m_tree->node(step.nodeId)->option(step.chosenOptionId))
            answers.mergeFrom(option->sets);
    }
    return answers;
}

} // namespace ww
