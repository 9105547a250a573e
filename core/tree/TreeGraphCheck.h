// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

/// The tree as a graph of node ids, for the checks that need the whole graph.
struct TreeGraph
{
    struct Edge
    {
        qsizetype optionIndex;
        QString target;
    };
    QStringList nodeIds;      ///< in file order
    QList<QList<Edge>> edges; ///< per node, in option order
    QString startId;
};

/// Finds unreachable nodes and cycles. Iterative, so a hostile 20,000-deep chain cannot
/// exhaust the stack.
class TreeGraphCheck
{
public:
    struct Cycle
    {
        qsizetype nodeIndex; ///< the node whose option closes the cycle
        qsizetype optionIndex;
        QStringList path; ///< the ids around the cycle, first repeated at the end
    };

    explicit TreeGraphCheck(const TreeGraph &graph);

    QList<qsizetype> unreachableNodes() const { return m_unreachable; }
    QList<Cycle> cycles() const { return m_cycles; }

private:
    QList<qsizetype> m_unreachable;
    QList<Cycle> m_cycles;
};

} // namespace ww
