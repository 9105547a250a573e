// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeLoader.h"

#include "content/ContentRules.h"
#include "directory/ReferralDirectory.h"
#include "tree/TreeGraphCheck.h"
#include "json/JsonObjectReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace ww {

/// Reads one tree document into a DecisionTree while recording every problem.
class TreeReader
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeReader)

public:
    /// \a directory null: party references are not checked (archived trees of earlier cases).
    TreeReader(const JsonInput &input, const ReferralDirectory *directory)
        : m_context(input)
        , m_directory(directory)
    { }

    void read(const QJsonObject &rootObject, DecisionTree &tree);
    const Diagnostics &diagnostics() const { return m_context.diagnostics(); }

private:
    void readHeader(JsonObjectReader &root, DecisionTree &tree);
    TreeNode readNode(JsonObjectReader &reader);
    void readOptions(JsonObjectReader &reader, TreeNode &node);
    void readReferrals(JsonObjectReader &reader, TreeNode &node);
    void readLanguageExceptions(JsonObjectReader &reader, TreeNode &node);
    CodedAnswers readSets(JsonObjectReader &option);
    void checkGraph(const DecisionTree &tree);

    ValidationContext m_context;
    const ReferralDirectory *m_directory;
    QHash<QString, qsizetype> m_nodeIndexById;
    QList<QString> m_nodePaths; ///< JSON path of each accepted node
};

void TreeReader::readHeader(JsonObjectReader &root, DecisionTree &tree)
{
    if (const auto format = root.integer(u"format"_qs, Presence::Required);
        format && *format != ContentRules::FormatVersion) {
        m_context.error(root.memberPath(u"format"_qs),
                        tr("format %1 is not supported; this program reads format %2")
                                .arg(*format)
                                .arg(ContentRules::FormatVersion));
    }
    tree.m_version = root.string(u"version"_qs, Presence::Required, &ContentRules::versionPattern());
    if (const auto review = root.object(u"review"_qs, Presence::Required)) {
        JsonObjectReader reader(m_context, *review, root.memberPath(u"review"_qs));
        reader.rejectUnknownKeys({u"status"_qs, u"note"_qs});
        tree.m_reviewStatus = reader.code(u"status"_qs, {u"awaiting-review"_qs, u"approved"_qs}, Presence::Required);
        tree.m_reviewNote = reader.text(u"note"_qs, Presence::Optional);
    }
    tree.m_title = root.text(u"title"_qs, Presence::Required);
    tree.m_startNodeId = root.string(u"start"_qs, Presence::Required, &ContentRules::slugPattern());
}

CodedAnswers TreeReader::readSets(JsonObjectReader &option)
{
    CodedAnswers sets;
    const auto object = option.object(u"sets"_qs, Presence::Optional);
    if (!object)
        return sets;
    JsonObjectReader reader(m_context, *object, option.memberPath(u"sets"_qs));
    reader.rejectUnknownKeys({u"callerRole"_qs, u"schoolType"_qs, u"theme"_qs, u"routeStage"_qs});
    sets.callerRole = reader.code(u"callerRole"_qs, Vocabulary::callerRoles(), Presence::Optional);
    sets.schoolType = reader.code(u"schoolType"_qs, Vocabulary::schoolTypes(), Presence::Optional);
    sets.theme = reader.code(u"theme"_qs, Vocabulary::themes(), Presence::Optional);
    sets.routeStage = reader.code(u"routeStage"_qs, Vocabulary::routeStages(), Presence::Optional);
    return sets;
}

void TreeReader::readOptions(JsonObjectReader &reader, TreeNode &node)
{
    const auto options = reader.array(u"options"_qs, Presence::Required, 1, ContentRules::MaxOptions);
    for (qsizetype i = 0; options && i < options->size(); ++i) {
        const QString path = JsonPath::index(reader.memberPath(u"options"_qs), i);
        if (!options->at(i).isObject()) {
            m_context.error(path, tr("an option must be an object"));
            continue;
        }
        JsonObjectReader optionReader(m_context, options->at(i).toObject(), path);
        optionReader.rejectUnknownKeys({u"id"_qs, u"label"_qs, u"next"_qs, u"sets"_qs});
        TreeOption option;
        option.id = optionReader.string(u"id"_qs, Presence::Required, &ContentRules::slugPattern());
        option.label = optionReader.text(u"label"_qs, Presence::Required);
        option.nextNodeId = optionReader.string(u"next"_qs, Presence::Required, &ContentRules::slugPattern());
        option.sets = readSets(optionReader);
        if (!option.id.isEmpty() && node.option(option.id)) {
            m_context.error(optionReader.memberPath(u"id"_qs),
                            tr("duplicate option id \"%1\" in node \"%2\"").arg(option.id, node.id));
        }
        node.options.append(option);
    }
}

void TreeReader::readReferrals(JsonObjectReader &reader, TreeNode &node)
{
    const auto referrals
            = reader.array(u"referrals"_qs, Presence::Required, node.whiteSpot ? 0 : 1, ContentRules::MaxListItems);
    if (referrals && referrals->isEmpty() && !node.whiteSpot)
        return; // "must not be empty" already reported
    for (qsizetype i = 0; referrals && i < referrals->size(); ++i) {
        const QString path = JsonPath::index(reader.memberPath(u"referrals"_qs), i);
        if (!referrals->at(i).isObject()) {
            m_context.error(path, tr("a referral must be an object"));
            continue;
        }
        JsonObjectReader referralReader(m_context, referrals->at(i).toObject(), path);
        referralReader.rejectUnknownKeys({u"party"_qs, u"script"_qs});
        TreeReferral referral;
        referral.partyId = referralReader.string(u"party"_qs, Presence::Required, &ContentRules::slugPattern());
        referral.script = referralReader.text(u"script"_qs, Presence::Required);
        if (!referral.partyId.isEmpty() && m_directory && !m_directory->contains(referral.partyId)) {
            m_context.error(referralReader.memberPath(u"party"_qs),
                            tr("party \"%1\" is not in the referral directory").arg(referral.partyId));
        }
        node.referrals.append(referral);
    }
}

void TreeReader::readLanguageExceptions(JsonObjectReader &reader, TreeNode &node)
{
    const QString key = u"languageExceptions"_qs;
    const auto items = reader.array(key, Presence::Optional, 1, ContentRules::MaxListItems);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const QString path = JsonPath::index(reader.memberPath(key), i);
        if (!items->at(i).isObject()) {
            m_context.error(path, tr("a language exception must be an object"));
            continue;
        }
        JsonObjectReader item(m_context, items->at(i).toObject(), path);
        item.rejectUnknownKeys({u"rule"_qs, u"word"_qs, u"sentence"_qs, u"language"_qs, u"reason"_qs});
        LanguageException exception;
        exception.rule = item.code(u"rule"_qs, {u"jargon"_qs, u"sentence-length"_qs}, Presence::Required);
        // Each rule names what it excuses in a field of its own, and only that one.
        const bool jargon = exception.rule == u"jargon";
        if (!exception.rule.isEmpty()) {
            const QString needed = jargon ? u"word"_qs : u"sentence"_qs;
            const QString other = jargon ? u"sentence"_qs : u"word"_qs;
            const QString value = item.string(needed, Presence::Required);
            (jargon ? exception.word : exception.sentence) = value;
            if (item.has(other)) {
                m_context.errorAtKey(
                        item.memberPath(other),
                        tr("\"%1\" does not belong to rule \"%2\"; use \"%3\"").arg(other, exception.rule, needed));
            }
        }
        exception.language = item.code(u"language"_qs, Vocabulary::languages(), Presence::Optional);
        exception.reason = item.string(u"reason"_qs, Presence::Required);
        node.languageExceptions.append(exception);
    }
}

TreeNode TreeReader::readNode(JsonObjectReader &reader)
{
    TreeNode node;
    node.id = reader.string(u"id"_qs, Presence::Required, &ContentRules::slugPattern());
    const QString kind = reader.code(u"kind"_qs, {u"question"_qs, u"outcome"_qs}, Presence::Required);
    node.kind = kind == u"outcome" ? NodeKind::Outcome : NodeKind::Question;
    node.text = reader.text(u"text"_qs, Presence::Required);
    node.agentNote = reader.text(u"note"_qs, Presence::Optional);
    if (kind.isEmpty()) {
        reader.rejectUnknownKeys({u"id"_qs, u"kind"_qs, u"text"_qs, u"note"_qs, u"options"_qs, u"referrals"_qs,
                                  u"whiteSpot"_qs, u"urgent"_qs, u"languageExceptions"_qs});
        return node;
    }
    if (node.isOutcome()) {
        reader.rejectUnknownKeys({u"id"_qs, u"kind"_qs, u"text"_qs, u"note"_qs, u"referrals"_qs, u"whiteSpot"_qs,
                                  u"urgent"_qs, u"languageExceptions"_qs});
        node.whiteSpot = reader.boolean(u"whiteSpot"_qs, false);
        node.urgent = reader.boolean(u"urgent"_qs, false);
        readReferrals(reader, node);
    } else {
        reader.rejectUnknownKeys(
                {u"id"_qs, u"kind"_qs, u"text"_qs, u"note"_qs, u"options"_qs, u"languageExceptions"_qs});
        readOptions(reader, node);
    }
    readLanguageExceptions(reader, node);
    return node;
}

void TreeReader::checkGraph(const DecisionTree &tree)
{
    TreeGraph graph;
    graph.startId = tree.m_startNodeId;
    for (const TreeNode &node : tree.m_nodes) {
        graph.nodeIds.append(node.id);
        QList<TreeGraph::Edge> edges;
        for (qsizetype i = 0; i < node.options.size(); ++i)
            edges.append({i, node.options.at(i).nextNodeId});
        graph.edges.append(edges);
    }

    if (!tree.m_startNodeId.isEmpty() && !m_nodeIndexById.contains(tree.m_startNodeId))
        m_context.error(u"$.start"_qs, tr("start node \"%1\" does not exist").arg(tree.m_startNodeId));

    for (qsizetype n = 0; n < tree.m_nodes.size(); ++n) {
        const TreeNode &node = tree.m_nodes.at(n);
        for (qsizetype i = 0; i < node.options.size(); ++i) {
            const QString next = node.options.at(i).nextNodeId;
            if (!next.isEmpty() && !m_nodeIndexById.contains(next)) {
                m_context.error(JsonPath::member(JsonPath::index(JsonPath::member(m_nodePaths.at(n), u"options"_qs), i),
                                                 u"next"_qs),
                                tr("option \"%1\" leads to node \"%2\", which does not exist")
                                        .arg(node.options.at(i).id, next));
            }
        }
    }

    const TreeGraphCheck check(graph);
    for (const TreeGraphCheck::Cycle &cycle : check.cycles()) {
        const QString optionPath
                = JsonPath::index(JsonPath::member(m_nodePaths.at(cycle.nodeIndex), u"options"_qs), cycle.optionIndex);
        m_context.error(JsonPath::member(optionPath, u"next"_qs),
                        tr("this option closes a cycle: %1").arg(cycle.path.join(u" → "_qs)));
    }
    if (m_nodeIndexById.contains(tree.m_startNodeId)) {
        for (const qsizetype n : check.unreachableNodes()) {
            m_context.error(JsonPath::member(m_nodePaths.at(n), u"id"_qs),
                            tr("node \"%1\" cannot be reached from the start node").arg(tree.m_nodes.at(n).id));
        }
    }
}

void TreeReader::read(const QJsonObject &rootObject, DecisionTree &tree)
{
    JsonObjectReader root(m_context, rootObject, u"$"_qs);
    root.rejectUnknownKeys(
            {u"$schema"_qs, u"format"_qs, u"version"_qs, u"review"_qs, u"title"_qs, u"start"_qs, u"nodes"_qs});
    readHeader(root, tree);

    const QString nodesPath = root.memberPath(u"nodes"_qs);
    const auto nodes = root.array(u"nodes"_qs, Presence::Required, 1, ContentRules::MaxNodes);
    for (qsizetype i = 0; nodes && i < nodes->size(); ++i) {
        const QString path = JsonPath::index(nodesPath, i);
        if (!nodes->at(i).isObject()) {
            m_context.error(path, tr("a node must be an object"));
            continue;
        }
        JsonObjectReader reader(m_context, nodes->at(i).toObject(), path);
        TreeNode node = readNode(reader);
        if (node.id.isEmpty())
            continue;
        if (const auto first = m_nodeIndexById.constFind(node.id); first != m_nodeIndexById.cend()) {
            m_context.error(reader.memberPath(u"id"_qs),
                            tr("duplicate node id \"%1\"; it is first used at %2")
                                    .arg(node.id, JsonPath::member(m_nodePaths.at(first.value()), u"id"_qs)));
            continue;
        }
        m_nodeIndexById.insert(node.id, tree.m_nodes.size());
        m_nodePaths.append(path);
        tree.m_nodes.append(std::move(node));
    }
    checkGraph(tree);
}

TreeLoadResult TreeLoader::loadFile(const QString &path, const ReferralDirectory &directory)
{
    return load(JsonFileReader::readFile(path), directory);
}

TreeLoadResult TreeLoader::load(const JsonInput &input, const ReferralDirectory &directory)
{
    return load(input, &directory);
}

TreeLoadResult TreeLoader::loadArchived(const QByteArray &canonicalContent, const QString &identity)
{
    return load(JsonFileReader::readBytes(canonicalContent, identity), nullptr);
}

TreeLoadResult TreeLoader::load(const JsonInput &input, const ReferralDirectory *directory)
{
    TreeLoadResult result;
    if (!input.ok()) {
        result.diagnostics = input.diagnostics;
        return result;
    }
    auto tree = std::make_shared<DecisionTree>();
    TreeReader reader(input, directory);
    reader.read(input.root, *tree);
    if (!reader.diagnostics().isEmpty()) {
        result.diagnostics = reader.diagnostics();
        return result;
    }
    tree->m_document = input.root;
    tree->m_indexById.reserve(tree->m_nodes.size());
    for (qsizetype i = 0; i < tree->m_nodes.size(); ++i)
        tree->m_indexById.insert(tree->m_nodes.at(i).id, i);
    result.tree = std::move(tree);
    return result;
}

} // namespace ww
