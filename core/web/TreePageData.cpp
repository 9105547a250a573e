// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/TreePageData.h"

#include "Vocabulary.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace ww {

namespace {

QJsonObject text(const LocalizedText &localized)
{
    QJsonObject object{{u"nl"_qs, localized.nl}};
    if (!localized.en.isEmpty())
        object.insert(u"en"_qs, localized.en);
    return object;
}

QJsonArray texts(const QList<LocalizedText> &items)
{
    QJsonArray array;
    for (const LocalizedText &item : items)
        array.append(text(item));
    return array;
}

QJsonObject question(const TreeNode &node)
{
    QJsonArray options;
    for (const TreeOption &option : node.options)
        options.append(
                QJsonObject{{u"id"_qs, option.id}, {u"label"_qs, text(option.label)}, {u"next"_qs, option.nextNodeId}});
    return {{u"id"_qs, node.id},
            {u"kind"_qs, nodeKindCode(node.kind)},
            {u"text"_qs, text(node.text)},
            {u"options"_qs, options}};
}

QJsonObject outcome(const TreeNode &node)
{
    QJsonArray referrals;
    for (const TreeReferral &referral : node.referrals)
        referrals.append(QJsonObject{{u"party"_qs, referral.partyId}, {u"script"_qs, text(referral.script)}});
    return {{u"id"_qs, node.id},         {u"kind"_qs, nodeKindCode(node.kind)}, {u"text"_qs, text(node.text)},
            {u"urgent"_qs, node.urgent}, {u"whiteSpot"_qs, node.whiteSpot},     {u"referrals"_qs, referrals}};
}

QJsonObject party(const Party &party)
{
    QJsonArray channels;
    for (const PartyChannel &channel : party.channels) {
        QJsonObject object{{u"type"_qs, channel.type}, {u"value"_qs, channel.value}};
        if (!channel.hours.isEmpty())
            object.insert(u"hours"_qs, text(channel.hours));
        if (!channel.note.isEmpty())
            object.insert(u"note"_qs, text(channel.note));
        channels.append(object);
    }
    QJsonObject checked;
    for (const QString &language : Vocabulary::languages())
        checked.insert(language, QLocale(language).toString(party.assuredDate, QLocale::LongFormat));
    return {{u"id"_qs, party.id},
            {u"name"_qs, text(party.name)},
            {u"alternateName"_qs, party.alternateName},
            {u"can"_qs, texts(party.can)},
            {u"cannot"_qs, texts(party.cannot)},
            {u"conditions"_qs, texts(party.conditions)},
            {u"channels"_qs, channels},
            {u"url"_qs, party.url},
            {u"checked"_qs, checked}};
}

} // namespace

QJsonObject TreePageData::build(const DecisionTree &tree, const ReferralDirectory &directory)
{
    QJsonArray nodes;
    QSet<QString> referred;
    for (const TreeNode &node : tree.nodes()) {
        nodes.append(node.isOutcome() ? outcome(node) : question(node));
        for (const TreeReferral &referral : node.referrals)
            referred.insert(referral.partyId);
    }
    QJsonArray parties;
    for (const Party &candidate : directory.parties()) {
        if (referred.contains(candidate.id))
            parties.append(party(candidate));
    }
    return {{u"identity"_qs, tree.identity()},
            {u"version"_qs, tree.version()},
            {u"draft"_qs, tree.awaitingReview() || directory.awaitingReview()},
            {u"title"_qs, text(tree.title())},
            {u"start"_qs, tree.startNodeId()},
            {u"nodes"_qs, nodes},
            {u"parties"_qs, parties}};
}

} // namespace ww
