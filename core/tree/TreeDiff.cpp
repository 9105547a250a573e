// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/TreeDiff.h"

#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace ww {

namespace {

/// An entity's fields as (name, value) in the format's order; empty values are kept, so that a text
/// that appears or disappears in one language reads as changed from or to nothing.
using Fields = QList<std::pair<QString, QString>>;

void addText(Fields &fields, const QString &name, const LocalizedText &text)
{
    fields.append({name + u".nl"_qs, text.nl});
    fields.append({name + u".en"_qs, text.en});
}

QString yesNo(bool value)
{
    return value ? u"true"_qs : u"false"_qs;
}

QString codedAnswers(const CodedAnswers &sets)
{
    QStringList parts;
    const std::pair<const char *, QString> fields[] = {{"callerRole", sets.callerRole},
                                                       {"schoolType", sets.schoolType},
                                                       {"theme", sets.theme},
                                                       {"routeStage", sets.routeStage}};
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(name) + u'=' + value;
    }
    return parts.join(u", "_qs);
}

/// A keyed list (options, referrals): each member's own fields under PREFIX[ID].
struct Member
{
    QString id;
    QString summary; ///< what an added or removed member is shown as
    Fields fields;
};

class Comparer
{
public:
    Comparer(ContentChange::Subject subject, QString id, QList<ContentChange> &out)
        : m_subject(subject)
        , m_id(std::move(id))
        , m_out(out)
    { }

    void fields(const Fields &before, const Fields &after, const QString &prefix = {})
    {
        QMap<QString, QString> old;
        for (const auto &[name, value] : before)
            old.insert(name, value);
        for (const auto &[name, value] : after) {
            const QString was = old.value(name);
            if (was != value)
                add(prefix + name, ContentChange::Kind::Changed, was, value);
        }
    }

    /// Members by id: added, removed, changed; then whether the order of those in both changed.
    void members(const QString &prefix, const QList<Member> &before, const QList<Member> &after)
    {
        QStringList kept;
        for (const Member &member : after) {
            const auto old
                    = std::find_if(before.begin(), before.end(), [&](const Member &m) { return m.id == member.id; });
            const QString field = prefix + u'[' + member.id + u']';
            if (old == before.end()) {
                add(field, ContentChange::Kind::Added, {}, member.summary);
                continue;
            }
            kept << member.id;
            fields(old->fields, member.fields, field + u'.');
        }
        QStringList keptBefore;
        for (const Member &member : before) {
            const bool stays
                    = std::any_of(after.begin(), after.end(), [&](const Member &m) { return m.id == member.id; });
            if (!stays)
                add(prefix + u'[' + member.id + u']', ContentChange::Kind::Removed, member.summary, {});
            else
                keptBefore << member.id;
        }
        if (keptBefore != kept)
            add(prefix + u".order"_qs, ContentChange::Kind::Changed, keptBefore.join(u", "_qs), kept.join(u", "_qs));
    }

    void add(const QString &field, ContentChange::Kind kind, const QString &before, const QString &after)
    {
        m_out.append({m_subject, m_id, field, kind, before, after});
    }

private:
    ContentChange::Subject m_subject;
    QString m_id;
    QList<ContentChange> &m_out;
};

Fields nodeFields(const TreeNode &node)
{
    Fields fields{{u"kind"_qs, nodeKindCode(node.kind)}};
    addText(fields, u"text"_qs, node.text);
    addText(fields, u"note"_qs, node.agentNote);
    if (node.isOutcome()) {
        fields.append({u"whiteSpot"_qs, yesNo(node.whiteSpot)});
        fields.append({u"urgent"_qs, yesNo(node.urgent)});
    }
    QStringList exceptions;
    for (const LanguageException &exception : node.languageExceptions)
        exceptions << QStringList{exception.rule, exception.word, exception.sentence, exception.language,
                                  exception.reason}
                              .join(u" | "_qs);
    fields.append({u"languageExceptions"_qs, exceptions.join(u"; "_qs)});
    return fields;
}

QList<Member> optionMembers(const TreeNode &node)
{
    QList<Member> members;
    for (const TreeOption &option : node.options) {
        Fields fields;
        addText(fields, u"label"_qs, option.label);
        fields.append({u"next"_qs, option.nextNodeId});
        fields.append({u"sets"_qs, codedAnswers(option.sets)});
        members.append({option.id, option.label.nl + u" → "_qs + option.nextNodeId, fields});
    }
    return members;
}

QList<Member> referralMembers(const TreeNode &node)
{
    QList<Member> members;
    for (const TreeReferral &referral : node.referrals) {
        Fields fields;
        addText(fields, u"script"_qs, referral.script);
        members.append({referral.partyId, referral.script.nl, fields});
    }
    return members;
}

Fields treeFields(const DecisionTree &tree)
{
    Fields fields{{u"version"_qs, tree.version()}, {u"review.status"_qs, tree.reviewStatus()}};
    addText(fields, u"review.note"_qs, tree.reviewNote());
    addText(fields, u"title"_qs, tree.title());
    fields.append({u"start"_qs, tree.startNodeId()});
    return fields;
}

QString texts(const QList<LocalizedText> &list, bool english)
{
    QStringList out;
    for (const LocalizedText &text : list)
        out << (english ? text.en : text.nl);
    return out.join(u"\n"_qs);
}

Fields partyFields(const Party &party)
{
    Fields fields;
    addText(fields, u"name"_qs, party.name);
    fields.append({u"alternate_name"_qs, party.alternateName});
    fields.append({u"kind"_qs, party.kind});
    addText(fields, u"description"_qs, party.description);
    fields.append({u"audiences"_qs, party.audiences.join(u", "_qs)});
    fields.append({u"themes"_qs, party.themes.join(u", "_qs)});
    fields.append({u"school_types"_qs, party.schoolTypes.join(u", "_qs)});
    addText(fields, u"eligibility_description"_qs, party.eligibility);
    for (const auto &[name, list] : {std::pair{u"can"_qs, &party.can}, std::pair{u"cannot"_qs, &party.cannot},
                                     std::pair{u"conditions"_qs, &party.conditions}}) {
        fields.append({name + u".nl"_qs, texts(*list, false)});
        fields.append({name + u".en"_qs, texts(*list, true)});
    }
    QStringList channels;
    for (const PartyChannel &channel : party.channels)
        channels << channel.type + u' ' + channel.value + u' ' + channel.hours.nl + u' ' + channel.note.nl;
    fields.append({u"channels"_qs, channels.join(u"\n"_qs)});
    fields.append({u"url"_qs, party.url});
    fields.append({u"languages"_qs, party.languages.join(u", "_qs)});
    fields.append({u"languages_complete"_qs, yesNo(party.languagesComplete)});
    fields.append({u"assured_date"_qs, party.assuredDate.toString(Qt::ISODate)});
    return fields;
}

template<typename Item, typename IdOf>
QStringList sortedIds(const QList<Item> &before, const QList<Item> &after, IdOf idOf)
{
    QStringList ids;
    for (const Item &item : before)
        ids << idOf(item);
    for (const Item &item : after)
        ids << idOf(item);
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QList<ContentChange> TreeDiff::compare(const DecisionTree &before, const DecisionTree &after)
{
    QList<ContentChange> changes;
    Comparer(ContentChange::Subject::Tree, {}, changes).fields(treeFields(before), treeFields(after));
    const QStringList ids = sortedIds(before.nodes(), after.nodes(), [](const TreeNode &node) { return node.id; });
    for (const QString &id : ids) {
        const TreeNode *old = before.node(id);
        const TreeNode *now = after.node(id);
        Comparer node(ContentChange::Subject::Node, id, changes);
        if (!old) {
            node.add({}, ContentChange::Kind::Added, {}, now->text.nl);
            continue;
        }
        if (!now) {
            node.add({}, ContentChange::Kind::Removed, old->text.nl, {});
            continue;
        }
        node.fields(nodeFields(*old), nodeFields(*now));
        node.members(u"options"_qs, optionMembers(*old), optionMembers(*now));
        node.members(u"referrals"_qs, referralMembers(*old), referralMembers(*now));
    }
    return changes;
}

QList<ContentChange> TreeDiff::compare(const ReferralDirectory &before, const ReferralDirectory &after)
{
    QList<ContentChange> changes;
    const QStringList ids = sortedIds(before.parties(), after.parties(), [](const Party &party) { return party.id; });
    for (const QString &id : ids) {
        const Party *old = before.party(id);
        const Party *now = after.party(id);
        Comparer party(ContentChange::Subject::Party, id, changes);
        if (!old)
            party.add({}, ContentChange::Kind::Added, {}, now->name.nl);
        else if (!now)
            party.add({}, ContentChange::Kind::Removed, old->name.nl, {});
        else
            party.fields(partyFields(*old), partyFields(*now));
    }
    return changes;
}

namespace {

QString quoted(const QString &text)
{
    if (text.isEmpty())
        return TreeDiff::tr("(nothing)");
    QString shown = text;
    shown.replace(u'\n', u"\n      "_qs);
    return u'"' + shown + u'"';
}

QString heading(const ContentChange &change)
{
    switch (change.subject) {
    case ContentChange::Subject::Tree:
        return TreeDiff::tr("tree");
    case ContentChange::Subject::Node:
        return TreeDiff::tr("node %1").arg(change.id);
    case ContentChange::Subject::Party:
        return TreeDiff::tr("party %1").arg(change.id);
    }
    return {};
}

} // namespace

QString TreeDiff::toText(const QList<ContentChange> &changes)
{
    if (changes.isEmpty())
        return tr("no differences") + u'\n';
    QString out;
    QString current;
    for (const ContentChange &change : changes) {
        const QString block = heading(change);
        if (block != current) {
            out += block + u":\n"_qs;
            current = block;
        }
        const QString field = change.field.isEmpty() ? QString() : change.field + u": "_qs;
        switch (change.kind) {
        case ContentChange::Kind::Added:
            out += u"  + "_qs + field + tr("added") + u' ' + quoted(change.after) + u'\n';
            break;
        case ContentChange::Kind::Removed:
            out += u"  - "_qs + field + tr("removed") + u' ' + quoted(change.before) + u'\n';
            break;
        case ContentChange::Kind::Changed:
            out += u"  ~ "_qs + field + quoted(change.before) + u"\n      → "_qs + quoted(change.after) + u'\n';
            break;
        }
    }
    return out;
}

} // namespace ww
