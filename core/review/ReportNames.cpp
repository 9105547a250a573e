// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNames.h"

#include "VocabularyNames.h"
#include "directory/ReferralDirectory.h"
#include "storage/SqlCaseStore.h"
#include "tree/DecisionTree.h"
#include "tree/TreeLoader.h"

namespace ww {

ReportNames::ReportNames(QString language)
    : m_language(std::move(language))
{ }

void ReportNames::addDirectory(const ReferralDirectory &directory)
{
    for (const Party &party : directory.parties())
        m_parties.insert(party.id, party.name);
}

void ReportNames::addTree(const DecisionTree &tree)
{
    for (const TreeNode &node : tree.nodes()) {
        if (node.isOutcome())
            m_outcomes.insert(node.id, node.text);
        for (const TreeOption &option : node.options)
            m_answers.insert(node.id + u'|' + option.id, option.label);
    }
}

void ReportNames::addStoredTrees(Database &database, const QStringList &identities)
{
    SqlCaseStore store(database);
    for (const QString &identity : identities) {
        const TreeLoadResult loaded = TreeLoader::loadArchived(store.treeContent(identity), identity);
        if (loaded.ok())
            addTree(*loaded.tree);
    }
}

void ReportNames::addNames(const QHash<QString, QString> &parties, const QHash<QString, QString> &nodes)
{
    for (auto it = parties.cbegin(); it != parties.cend(); ++it)
        m_parties.insert(it.key(), {it.value(), it.value()});
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        m_outcomes.insert(it.key(), {it.value(), it.value()});
}

QString ReportNames::firstSentence(const QString &text)
{
    static constexpr qsizetype longest = 90;
    const QString simple = text.simplified();
    for (qsizetype i = 0; i < simple.size() && i < longest; ++i) {
        const QChar c = simple.at(i);
        if ((c == u'.' || c == u'?' || c == u'!') && (i + 1 == simple.size() || simple.at(i + 1) == u' '))
            return simple.left(i + 1);
    }
    if (simple.size() <= longest)
        return simple;
    const qsizetype space = simple.lastIndexOf(u' ', longest - 1);
    return simple.left(space > 0 ? space : longest - 1) + u'…';
}

QString ReportNames::party(const QString &id) const
{
    const auto it = m_parties.constFind(id);
    return it == m_parties.cend() ? id : it->in(m_language);
}

QString ReportNames::outcome(const QString &nodeId) const
{
    if (nodeId.isEmpty())
        return tr("(no outcome reached)");
    const auto it = m_outcomes.constFind(nodeId);
    if (it == m_outcomes.cend())
        return nodeId;
    const QString name = firstSentence(it->in(m_language));
    for (auto other = m_outcomes.cbegin(); other != m_outcomes.cend(); ++other) {
        if (other.key() != nodeId && firstSentence(other->in(m_language)) == name)
            return name + u" ("_qs + nodeId + u')';
    }
    return name;
}

QString ReportNames::answer(const QString &nodeId, const QString &optionId) const
{
    const auto it = m_answers.constFind(nodeId + u'|' + optionId);
    return it == m_answers.cend() ? optionId : it->in(m_language);
}

QString ReportNames::code(const QString &dimension, const QString &code) const
{
    if (dimension == u"total")
        return tr("All cases");
    if (dimension == u"theme")
        return VocabularyNames::theme(code);
    if (dimension == u"caller_role")
        return VocabularyNames::callerRole(code);
    if (dimension == u"school_type")
        return VocabularyNames::schoolType(code);
    if (dimension == u"caller_language")
        return VocabularyNames::callerLanguage(code);
    if (dimension == u"white_spot")
        return code == u"yes" ? tr("White spot") : tr("No white spot");
    if (dimension == u"white_spot_reason")
        return VocabularyNames::whiteSpotReason(code);
    if (dimension == u"reason")
        return VocabularyNames::referralChangeReason(code);
    if (dimension == u"outcome")
        return outcome(code);
    if (dimension == u"referred_party" || dimension == u"referral_removed" || dimension == u"referral_added")
        return party(code);
    if (dimension == u"tree")
        return tr("tree version %1").arg(code.section(u'@', 0, 0));
    return code;
}

QString ReportNames::label(const QString &dimension, const QString &value) const
{
    const QStringList dimensions = dimension.split(u':');
    const QStringList values = value.split(u':');
    if (dimensions.size() != values.size())
        return value;
    QStringList names;
    for (qsizetype i = 0; i < dimensions.size(); ++i)
        names.append(code(dimensions.at(i), values.at(i)));
    return names.join(u" – "_qs);
}

} // namespace ww
