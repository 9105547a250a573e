// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/TreeDraft.h"

#include "content/TreeLanguageCheck.h"
#include "editor/DraftJsonWriter.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace ww {

namespace {

const QString Nodes = u"nodes"_qs;
const QString Options = u"options"_qs;
const QString Referrals = u"referrals"_qs;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isSlug(const QString &id)
{
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9-]{0,63}$"_qs);
    return slug.match(id).hasMatch();
}

QString fieldKey(DraftText::Field field)
{
    switch (field) {
    case DraftText::Field::Text:
        return u"text"_qs;
    case DraftText::Field::Note:
        return u"note"_qs;
    case DraftText::Field::OptionLabel:
        return u"label"_qs;
    case DraftText::Field::ReferralScript:
        return u"script"_qs;
    }
    return {};
}

bool inRange(const QJsonArray &list, int index)
{
    return index >= 0 && index < list.size();
}

bool moveInList(QJsonArray &list, int index, int delta)
{
    const int to = index + delta;
    if (!inRange(list, index) || !inRange(list, to) || delta == 0)
        return false;
    const QJsonValue moved = list.takeAt(index);
    list.insert(to, moved);
    return true;
}

} // namespace

int DraftValidation::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const DraftProblem &problem) { return !problem.diagnostic.isWarning(); }));
}

TreeDraft::TreeDraft(QJsonObject document, QString fileName)
    : m_document(std::move(document))
{
    if (!fileName.isEmpty())
        m_fileName = std::move(fileName);
}

std::optional<TreeDraft> TreeDraft::fromFile(const QString &path, QString *error)
{
    return fromInput(JsonFileReader::readFile(path), error);
}

std::optional<TreeDraft> TreeDraft::fromInput(const JsonInput &input, QString *error)
{
    if (!input.ok()) {
        fail(error, input.diagnostics.constFirst().toString());
        return std::nullopt;
    }
    if (!input.root.value(Nodes).isArray()) {
        fail(error, tr("%1: not a tree: there is no list of \"nodes\"").arg(input.fileName));
        return std::nullopt;
    }
    return TreeDraft(input.root, QFileInfo(input.fileName).fileName());
}

QByteArray TreeDraft::toJson() const
{
    return DraftJsonWriter::write(m_document);
}

bool TreeDraft::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot be written: %2").arg(path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return fail(error, tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return true;
}

QString TreeDraft::startNodeId() const
{
    return m_document.value(u"start").toString();
}

QString TreeDraft::version() const
{
    return m_document.value(u"version").toString();
}

bool TreeDraft::setVersion(const QString &version, QString *error)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_qs);
    if (!pattern.match(version).hasMatch())
        return fail(error,
                    tr("\"%1\" is not a valid version: use letters, digits, '.', '_' and '-', at most 64 "
                       "characters, beginning with a letter or digit")
                            .arg(version));
    m_document.insert(u"version"_qs, version);
    return true;
}

QStringList TreeDraft::nodeIds() const
{
    QStringList ids;
    for (const QJsonValue &node : m_document.value(Nodes).toArray())
        ids.append(node.toObject().value(u"id").toString());
    return ids;
}

qsizetype TreeDraft::nodeIndex(const QString &id) const
{
    const QJsonArray nodes = m_document.value(Nodes).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).toObject().value(u"id").toString() == id)
            return i;
    }
    return -1;
}

QJsonObject TreeDraft::node(const QString &id) const
{
    const qsizetype index = nodeIndex(id);
    return index < 0 ? QJsonObject() : m_document.value(Nodes).toArray().at(index).toObject();
}

bool TreeDraft::isOutcome(const QString &id) const
{
    return node(id).value(u"kind").toString() == u"outcome";
}

QJsonArray TreeDraft::options(const QString &id) const
{
    return node(id).value(Options).toArray();
}

QJsonArray TreeDraft::referrals(const QString &id) const
{
    return node(id).value(Referrals).toArray();
}

QString TreeDraft::text(const DraftText &where, const QString &language) const
{
    const QJsonObject owner = node(where.nodeId);
    QJsonObject holder = owner;
    if (where.field == DraftText::Field::OptionLabel)
        holder = owner.value(Options).toArray().at(where.index).toObject();
    else if (where.field == DraftText::Field::ReferralScript)
        holder = owner.value(Referrals).toArray().at(where.index).toObject();
    return holder.value(fieldKey(where.field)).toObject().value(language).toString();
}

QStringList TreeDraft::findNodes(const QString &needle) const
{
    QStringList found;
    const QString wanted = needle.trimmed();
    if (wanted.isEmpty())
        return found;
    const auto texts = [](const QJsonObject &holder, const QString &key) -> QString {
        const QJsonObject text = holder.value(key).toObject();
        return text.value(u"nl").toString() + u'\n' + text.value(u"en").toString();
    };
    for (const QJsonValue &value : m_document.value(Nodes).toArray()) {
        const QJsonObject node = value.toObject();
        const QString id = node.value(u"id").toString();
        QString haystack = id + u'\n' + texts(node, u"text"_qs) + u'\n' + texts(node, u"note"_qs);
        for (const QJsonValue &option : node.value(Options).toArray())
            haystack += u'\n' + texts(option.toObject(), u"label"_qs);
        if (id == wanted)
            found.prepend(id);
        else if (haystack.contains(wanted, Qt::CaseInsensitive))
            found.append(id);
    }
    return found;
}

QString TreeDraft::freeNodeId(const QString &base) const
{
    const QStringList ids = nodeIds();
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool TreeDraft::findNode(const QString &id, qsizetype *index, QString *error) const
{
    *index = nodeIndex(id);
    return *index >= 0 || fail(error, tr("there is no node \"%1\"").arg(id));
}

bool TreeDraft::editList(const QString &nodeId, const QString &key, int index, QString *error,
                         const std::function<bool(QJsonArray &, QString *)> &edit)
{
    qsizetype at = 0;
    if (!findNode(nodeId, &at, error))
        return false;
    QJsonArray nodes = m_document.value(Nodes).toArray();
    QJsonObject node = nodes.at(at).toObject();
    QJsonArray list = node.value(key).toArray();
    if (index >= 0 && !inRange(list, index))
        return fail(error, tr("node \"%1\" has no item %2 in \"%3\"").arg(nodeId).arg(index + 1).arg(key));
    if (!edit(list, error))
        return false;
    node.insert(key, list);
    nodes.replace(at, node);
    m_document.insert(Nodes, nodes);
    return true;
}

bool TreeDraft::setText(const DraftText &where, const QString &language, const QString &value, QString *error)
{
    if (language != u"nl" && language != u"en")
        return fail(error, tr("texts are written in Dutch (nl) or English (en), not \"%1\"").arg(language));
    const QString key = fieldKey(where.field);
    // Dutch is required and stays, even empty (validation names it); an empty English text or note is removed.
    const auto apply = [&](QJsonObject holder) {
        QJsonObject text = holder.value(key).toObject();
        if (value.isEmpty() && language == u"en")
            text.remove(language);
        else
            text.insert(language, value);
        if (where.field == DraftText::Field::Note && text.value(u"nl").toString().isEmpty() && !text.contains(u"en"))
            holder.remove(key);
        else
            holder.insert(key, text);
        return holder;
    };
    if (where.field == DraftText::Field::Text || where.field == DraftText::Field::Note) {
        qsizetype at = 0;
        if (!findNode(where.nodeId, &at, error))
            return false;
        QJsonArray nodes = m_document.value(Nodes).toArray();
        nodes.replace(at, apply(nodes.at(at).toObject()));
        m_document.insert(Nodes, nodes);
        return true;
    }
    const QString list = where.field == DraftText::Field::OptionLabel ? Options : Referrals;
    return editList(where.nodeId, list, where.index, error, [&](QJsonArray &items, QString *) {
        items.replace(where.index, apply(items.at(where.index).toObject()));
        return true;
    });
}

bool TreeDraft::addNode(const QString &id, NodeKind kind, const QString &dutchText, QString *error)
{
    if (!isSlug(id))
        return fail(error, tr("\"%1\" is not a valid id: use a-z, 0-9 and -, at most 64 characters").arg(id));
    if (nodeIndex(id) >= 0)
        return fail(error, tr("there is already a node \"%1\"").arg(id));
    QJsonObject node{
            {u"id"_qs, id}, {u"kind"_qs, nodeKindCode(kind)}, {u"text"_qs, QJsonObject{{u"nl"_qs, dutchText}}}};
    node.insert(kind == NodeKind::Question ? Options : Referrals, QJsonArray());
    QJsonArray nodes = m_document.value(Nodes).toArray();
    nodes.append(node);
    m_document.insert(Nodes, nodes);
    return true;
}

bool TreeDraft::removeNode(const QString &id, QString *error)
{
    qsizetype at = 0;
    if (!findNode(id, &at, error))
        return false;
    if (id == startNodeId())
        return fail(error, tr("\"%1\" is where the tree starts; choose another start first").arg(id));
    QJsonArray nodes = m_document.value(Nodes).toArray();
    nodes.removeAt(at);
    m_document.insert(Nodes, nodes);
    return true;
}

bool TreeDraft::moveNode(const QString &id, int delta, QString *error)
{
    qsizetype at = 0;
    if (!findNode(id, &at, error))
        return false;
    QJsonArray nodes = m_document.value(Nodes).toArray();
    if (!moveInList(nodes, int(at), delta))
        return fail(error, tr("node \"%1\" cannot move further").arg(id));
    m_document.insert(Nodes, nodes);
    return true;
}

bool TreeDraft::renameNode(const QString &id, const QString &newId, QString *error)
{
    qsizetype at = 0;
    if (!findNode(id, &at, error))
        return false;
    if (newId == id)
        return fail(error, tr("the node is already called \"%1\"").arg(id));
    if (!isSlug(newId))
        return fail(error, tr("\"%1\" is not a valid id: use a-z, 0-9 and -, at most 64 characters").arg(newId));
    if (nodeIndex(newId) >= 0)
        return fail(error, tr("there is already a node \"%1\"").arg(newId));
    QJsonArray nodes = m_document.value(Nodes).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        if (i == at)
            node.insert(u"id"_qs, newId);
        if (node.contains(Options)) {
            QJsonArray options = node.value(Options).toArray();
            for (qsizetype o = 0; o < options.size(); ++o) {
                QJsonObject option = options.at(o).toObject();
                if (option.value(u"next").toString() == id) {
                    option.insert(u"next"_qs, newId);
                    options.replace(o, option);
                }
            }
            node.insert(Options, options);
        }
        nodes.replace(i, node);
    }
    m_document.insert(Nodes, nodes);
    if (startNodeId() == id)
        m_document.insert(u"start"_qs, newId);
    return true;
}

bool TreeDraft::setStart(const QString &id, QString *error)
{
    qsizetype at = 0;
    if (!findNode(id, &at, error))
        return false;
    m_document.insert(u"start"_qs, id);
    return true;
}

bool TreeDraft::addOption(const QString &nodeId, const QString &optionId, const QString &dutchLabel,
                          const QString &next, QString *error)
{
    if (isOutcome(nodeId))
        return fail(error, tr("\"%1\" is an outcome: outcomes have no options").arg(nodeId));
    if (!isSlug(optionId))
        return fail(error, tr("\"%1\" is not a valid id: use a-z, 0-9 and -, at most 64 characters").arg(optionId));
    return editList(nodeId, Options, -1, error, [&](QJsonArray &options, QString *why) {
        for (const QJsonValue &option : std::as_const(options)) {
            if (option.toObject().value(u"id").toString() == optionId)
                return fail(why, tr("node \"%1\" already has an option \"%2\"").arg(nodeId, optionId));
        }
        options.append(QJsonObject{
                {u"id"_qs, optionId}, {u"label"_qs, QJsonObject{{u"nl"_qs, dutchLabel}}}, {u"next"_qs, next}});
        return true;
    });
}

bool TreeDraft::removeOption(const QString &nodeId, int index, QString *error)
{
    return editList(nodeId, Options, index, error, [index](QJsonArray &options, QString *) {
        options.removeAt(index);
        return true;
    });
}

bool TreeDraft::moveOption(const QString &nodeId, int index, int delta, QString *error)
{
    return editList(nodeId, Options, index, error, [&](QJsonArray &options, QString *why) {
        return moveInList(options, index, delta) || fail(why, tr("the option cannot move further"));
    });
}

bool TreeDraft::setOptionId(const QString &nodeId, int index, const QString &optionId, QString *error)
{
    if (!isSlug(optionId))
        return fail(error, tr("\"%1\" is not a valid id: use a-z, 0-9 and -, at most 64 characters").arg(optionId));
    return editList(nodeId, Options, index, error, [&](QJsonArray &options, QString *why) {
        for (qsizetype i = 0; i < options.size(); ++i) {
            if (i != index && options.at(i).toObject().value(u"id").toString() == optionId)
                return fail(why, tr("node \"%1\" already has an option \"%2\"").arg(nodeId, optionId));
        }
        QJsonObject option = options.at(index).toObject();
        option.insert(u"id"_qs, optionId);
        options.replace(index, option);
        return true;
    });
}

bool TreeDraft::setOptionNext(const QString &nodeId, int index, const QString &next, QString *error)
{
    return editList(nodeId, Options, index, error, [&](QJsonArray &options, QString *) {
        QJsonObject option = options.at(index).toObject();
        option.insert(u"next"_qs, next);
        options.replace(index, option);
        return true;
    });
}

bool TreeDraft::setOptionSets(const QString &nodeId, int index, const QString &field, const QString &code,
                              QString *error)
{
    static const QStringList fields = {u"callerRole"_qs, u"schoolType"_qs, u"theme"_qs, u"routeStage"_qs};
    if (!fields.contains(field))
        return fail(error, tr("an option cannot set \"%1\"").arg(field));
    return editList(nodeId, Options, index, error, [&](QJsonArray &options, QString *) {
        QJsonObject option = options.at(index).toObject();
        QJsonObject sets = option.value(u"sets").toObject();
        if (code.isEmpty())
            sets.remove(field);
        else
            sets.insert(field, code);
        if (sets.isEmpty())
            option.remove(u"sets"_qs);
        else
            option.insert(u"sets"_qs, sets);
        options.replace(index, option);
        return true;
    });
}

bool TreeDraft::setFlag(const QString &nodeId, Flag flag, bool on, QString *error)
{
    qsizetype at = 0;
    if (!findNode(nodeId, &at, error))
        return false;
    if (!isOutcome(nodeId))
        return fail(error, tr("\"%1\" is a question: only outcomes are urgent or a white spot").arg(nodeId));
    const QString key = flag == Flag::Urgent ? u"urgent"_qs : u"whiteSpot"_qs;
    QJsonArray nodes = m_document.value(Nodes).toArray();
    QJsonObject node = nodes.at(at).toObject();
    // Leaving the key out means false; the shipped files only write true.
    if (on)
        node.insert(key, true);
    else
        node.remove(key);
    nodes.replace(at, node);
    m_document.insert(Nodes, nodes);
    return true;
}

bool TreeDraft::addReferral(const QString &nodeId, const QString &partyId, const QString &dutchScript, QString *error)
{
    if (!node(nodeId).isEmpty() && !isOutcome(nodeId))
        return fail(error, tr("\"%1\" is a question: only outcomes refer to parties").arg(nodeId));
    return editList(nodeId, Referrals, -1, error, [&](QJsonArray &referrals, QString *) {
        referrals.append(QJsonObject{{u"party"_qs, partyId}, {u"script"_qs, QJsonObject{{u"nl"_qs, dutchScript}}}});
        return true;
    });
}

bool TreeDraft::removeReferral(const QString &nodeId, int index, QString *error)
{
    return editList(nodeId, Referrals, index, error, [index](QJsonArray &referrals, QString *) {
        referrals.removeAt(index);
        return true;
    });
}

bool TreeDraft::moveReferral(const QString &nodeId, int index, int delta, QString *error)
{
    return editList(nodeId, Referrals, index, error, [&](QJsonArray &referrals, QString *why) {
        return moveInList(referrals, index, delta) || fail(why, tr("the referral cannot move further"));
    });
}

bool TreeDraft::setReferralParty(const QString &nodeId, int index, const QString &partyId, QString *error)
{
    return editList(nodeId, Referrals, index, error, [&](QJsonArray &referrals, QString *) {
        QJsonObject referral = referrals.at(index).toObject();
        referral.insert(u"party"_qs, partyId);
        referrals.replace(index, referral);
        return true;
    });
}

DraftValidation TreeDraft::validate(const ReferralDirectory &directory) const
{
    // Checked as the file it would be saved as, so that lines, columns and messages are those of the CLI.
    const JsonInput input = JsonFileReader::readBytes(toJson(), m_fileName);
    Diagnostics diagnostics = input.diagnostics;
    DraftValidation validation;
    if (input.ok()) {
        const TreeLoadResult result = TreeLoader::load(input, directory);
        diagnostics += result.diagnostics;
        if (result.ok()) {
            validation.tree = result.tree;
            diagnostics += TreeLanguageCheck().check(*result.tree, input);
        }
    }
    for (const Diagnostic &diagnostic : std::as_const(diagnostics))
        validation.problems.append({diagnostic, nodeIdForPath(diagnostic.jsonPath)});
    return validation;
}

QString TreeDraft::nodeIdForPath(const QString &jsonPath) const
{
    static const QRegularExpression nodePath(u"^\\$\\.nodes\\[(\\d+)\\]"_qs);
    if (jsonPath == u"$.start")
        return nodeIndex(startNodeId()) >= 0 ? startNodeId() : QString();
    const QRegularExpressionMatch match = nodePath.match(jsonPath);
    if (!match.hasMatch())
        return {};
    const QJsonArray nodes = m_document.value(Nodes).toArray();
    const qsizetype index = match.captured(1).toLongLong();
    return index < nodes.size() ? nodes.at(index).toObject().value(u"id").toString() : QString();
}

} // namespace ww
