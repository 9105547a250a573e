// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTreeText.h"

#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

namespace ww {

QString ChatTreeText::forNode(const TreeNode &node, const ReferralDirectory &directory, const QString &language)
{
    QStringList lines{node.text.in(language)};
    if (!node.isOutcome()) {
        for (qsizetype i = 0; i < node.options.size(); ++i)
            lines.append(u"%1. %2"_qs.arg(i + 1).arg(node.options.at(i).label.in(language)));
        return lines.join(u'\n');
    }
    for (const TreeReferral &referral : node.referrals) {
        const Party *party = directory.party(referral.partyId);
        if (!party)
            continue;
        lines.append(QString());
        lines.append(party->name.in(language));
        const QString script = referral.script.in(language);
        if (!script.isEmpty())
            lines.append(script);
        for (const PartyChannel &channel : party->channels) {
            const QString hours = channel.hours.in(language);
            lines.append(hours.isEmpty() ? u"- %1"_qs.arg(channel.value) : u"- %1 (%2)"_qs.arg(channel.value, hours));
        }
    }
    return lines.join(u'\n');
}

QList<WalkStep> ChatTreeText::walkAlong(const DecisionTree &tree, const QStringList &nodeIds, const QDateTime &at)
{
    if (nodeIds.isEmpty() || nodeIds.constFirst() != tree.startNodeId())
        return {};
    QList<WalkStep> path;
    for (qsizetype i = 0; i < nodeIds.size(); ++i) {
        const TreeNode *node = tree.node(nodeIds.at(i));
        if (!node)
            return {};
        QString chosen;
        if (i + 1 < nodeIds.size()) {
            for (const TreeOption &option : node->options) {
                if (option.nextNodeId == nodeIds.at(i + 1)) {
                    chosen = option.id;
                    break;
                }
            }
            if (chosen.isEmpty())
                return {}; // not a step this tree can take
        }
        path.append({node->id, at, chosen});
    }
    return path;
}

} // namespace ww
