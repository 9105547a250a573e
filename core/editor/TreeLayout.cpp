// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/TreeLayout.h"

#include "editor/TreeDraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ww {

TreeLayout TreeLayout::of(const TreeDraft &draft)
{
    TreeLayout layout;
    const QStringList ids = draft.nodeIds();
    const QSet<QString> known(ids.cbegin(), ids.cend());
    QHash<QString, QStringList> next;
    for (const QString &id : ids) {
        for (const QJsonValue &option : draft.options(id)) {
            const QString to = option.toObject().value(u"next").toString();
            if (!known.contains(to))
                continue;
            layout.edges.append({id, to});
            if (!next[id].contains(to))
                next[id].append(to);
        }
    }
    // Breadth first from the start: every node is placed once, so cycles in a broken draft end too.
    QStringList frontier;
    if (known.contains(draft.startNodeId()))
        frontier.append(draft.startNodeId());
    QSet<QString> placed(frontier.cbegin(), frontier.cend());
    while (!frontier.isEmpty()) {
        const int layer = int(layout.layers.size());
        QStringList following;
        for (qsizetype column = 0; column < frontier.size(); ++column) {
            layout.places.insert(frontier[column], {layer, int(column)});
            for (const QString &to : next.value(frontier[column])) {
                if (!placed.contains(to)) {
                    placed.insert(to);
                    following.append(to);
                }
            }
        }
        layout.layers.append(frontier);
        frontier = following;
    }
    QStringList loose;
    for (const QString &id : ids) {
        if (!placed.contains(id) && !loose.contains(id)) {
            layout.places.insert(id, {int(layout.layers.size()), int(loose.size())});
            loose.append(id);
        }
    }
    if (!loose.isEmpty())
        layout.layers.append(loose);
    return layout;
}

} // namespace ww
