// SPDX-License-Identifier: GPL-3.0-or-later
#include "PupilBranches.h"

#include "Vocabulary.h"
#include "tree/DecisionTree.h"

#include <QHash>

namespace ww {

PupilBranches::PupilBranches(const DecisionTree &tree)
{
    // Each node gets the set of caller roles a walk can arrive with (a bit per role, plus one for "not yet
    // known"), passed along the options in topological order: a node is final once all its parents are.
    const QList<TreeNode> &nodes = tree.nodes();
    const QStringList &roles = Vocabulary::callerRoles();
    const quint32 unknownRole = 1u << roles.size();
    const quint32 pupilRole = 1u << roles.indexOf(u"pupil"_qs);

    QHash<QString, qsizetype> indexById;
    indexById.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        indexById.insert(nodes.at(i).id, i);

    QList<qsizetype> parentsLeft(nodes.size(), 0);
    QList<QList<qsizetype>> targets(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (const TreeOption &option : nodes.at(i).options) {
            const qsizetype target = indexById.value(option.nextNodeId, -1);
            targets[i].append(target);
            if (target >= 0)
                ++parentsLeft[target];
        }
    }

    QList<quint32> arriving(nodes.size(), 0);
    QList<qsizetype> ready;
    const qsizetype start = indexById.value(tree.startNodeId(), -1);
    if (start >= 0) {
        arriving[start] = unknownRole;
        ready.append(start);
    }
    while (!ready.isEmpty()) {
        const qsizetype n = ready.takeLast();
        const TreeNode &node = nodes.at(n);
        for (qsizetype o = 0; o < node.options.size(); ++o) {
            const qsizetype target = targets.at(n).at(o);
            if (target < 0)
                continue;
            const QString &role = node.options.at(o).sets.callerRole;
            arriving[target] |= role.isEmpty() ? arriving.at(n) : 1u << roles.indexOf(role);
            if (--parentsLeft[target] == 0)
                ready.append(target);
        }
    }

    m_pupil.resize(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        m_pupil[i] = (arriving.at(i) & pupilRole) != 0;
}

} // namespace ww
