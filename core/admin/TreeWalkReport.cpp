// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeWalkReport.h"

#include "directory/ReferralDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ww {

namespace {

QStringList pathIds(const TreeWalker &walker)
{
    QStringList ids;
    for (const WalkStep &step : walker.path())
        ids.append(step.nodeId);
    return ids;
}

} // namespace

QJsonObject TreeWalkReport::toJson(const TreeWalker &walker, const QString &language)
{
    const TreeNode &node = walker.current();
    QJsonArray options;
    for (const TreeOption &option : node.options)
        options.append(QJsonObject{{u"id"_qs, option.id}, {u"label"_qs, option.label.in(language)}});
    QJsonArray referrals;
    for (const TreeReferral &referral : node.referrals)
        referrals.append(referral.partyId);

    const QJsonObject nodeObject{
            {u"id"_qs, node.id},      {u"kind"_qs, nodeKindCode(node.kind)}, {u"text"_qs, node.text.in(language)},
            {u"options"_qs, options}, {u"referrals"_qs, referrals},          {u"whiteSpot"_qs, node.whiteSpot}};
    return QJsonObject{{u"path"_qs, QJsonArray::fromStringList(pathIds(walker))}, {u"node"_qs, nodeObject}};
}

QString TreeWalkReport::toText(const TreeWalker &walker, const ReferralDirectory &directory, const QString &language)
{
    const TreeNode &node = walker.current();
    QString text = tr("Path: %1").arg(pathIds(walker).join(u" > "_qs)) + u'\n';
    QString kind = node.isOutcome() ? tr("outcome") : tr("question");
    if (node.whiteSpot)
        kind += u", "_qs + tr("white spot");
    if (node.urgent)
        kind += u", "_qs + tr("urgent");
    text += tr("Node: %1 (%2)").arg(node.id, kind) + u'\n';
    text += node.text.in(language) + u'\n';
    for (const TreeOption &option : node.options)
        text += u"  ["_qs + option.id + u"] "_qs + option.label.in(language) + u'\n';
    if (!node.referrals.isEmpty())
        text += tr("Referrals:") + u'\n';
    for (const TreeReferral &referral : node.referrals) {
        const Party *party = directory.party(referral.partyId);
        text += u"  - "_qs + referral.partyId + u": "_qs + (party ? party->name.in(language) : QString()) + u'\n';
    }
    return text;
}

} // namespace ww
