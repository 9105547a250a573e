// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeGraphCheck.h"

#include <QHash>

namespace ww {

TreeGraphCheck::TreeGraphCheck(const TreeGraph &graph)
{
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < graph.nodeIds.size(); ++i)
        indexById.insert(graph.nodeIds.at(i), i);
    const qsizetype start = indexById.value(graph.startId, -1);
    if (start < 0)
        return; // reported by the loader as a missing start node

    enum class Colour : char { White, Grey, Black };
    QList<Colour> colour(graph.nodeIds.size(), Colour::White);
    struct Frame
    {
        qsizetype node;
        qsizetype nextEdge;
    };
    QList<Frame> stack{{start, 0}};
    colour[start] = Colour::Grey;

    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const QList<TreeGraph::Edge> &edges = graph.edges.at(frame.node);
        if (frame.nextEdge >= edges.size()) {
            colour[frame.node] = Colour::Black;
            stack.removeLast();
            continue;
        }
        const qsizetype optionIndex = edges.at(frame.nextEdge).optionIndex;
        const qsizetype target = indexById.value(edges.at(frame.nextEdge).target, -1);
        ++frame.nextEdge;
        if (target < 0)
            continue; // a missing target is reported by the loader
        if (colour[target] == Colour::Grey) {
            Cycle cycle{frame.node, optionIndex, {}};
            qsizetype from = stack.size() - 1;
            while (from > 0 && stack.at(from).node != target)
                --from;
            for (qsizetype i = from; i < stack.size(); ++i)
                cycle.path.append(graph.nodeIds.at(stack.at(i).node));
            cycle.path.append(graph.nodeIds.at(target));
            m_cycles.append(cycle);
        } else if (colour[target] == Colour::White) {
            colour[target] = Colour::Grey;
            stack.append({target, 0});
        }
    }

    for (qsizetype i = 0; i < colour.size(); ++i) {
        if (colour.at(i) == Colour::White)
            m_unreachable.append(i);
    }
}

} // namespace ww
