// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionTree.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ww {

const TreeOption *TreeNode::option(const QString &optionId) const
{
    for (const TreeOption &candidate : options) {
        if (candidate.id == optionId)
            return &candidate;
    }
    return nullptr;
}

QStringList TreeNode::optionIds() const
{
    QStringList ids;
    for (const TreeOption &candidate : options)
        ids.append(candidate.id);
    return ids;
}

QString nodeKindCode(NodeKind kind)
{
    return kind == NodeKind::Outcome ? u"outcome"_qs : u"question"_qs;
}

const DecisionTree::Identity &DecisionTree::identityData() const
{
    std::call_once(m_identity->once, [this] {
        m_identity->canonical = QJsonDocument(m_document).toJson(QJsonDocument::Compact);
        m_identity->sha256 = QString::fromLatin1(
                QCryptographicHash::hash(m_identity->canonical, QCryptographicHash::Sha256).toHex());
    });
    return *m_identity;
}

QString DecisionTree::contentSha256() const
{
    return identityData().sha256;
}

QByteArray DecisionTree::canonicalContent() const
{
    return identityData().canonical;
}

QString DecisionTree::identity() const
{
    return m_version + u"@sha256:"_qs + contentSha256();
}

const TreeNode *DecisionTree::node(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? nullptr : &m_nodes.at(found.value());
}

const TreeNode &DecisionTree::startNode() const
{
    // A loaded tree always has a valid start node: TreeLoader refuses trees without one.
    return *node(m_startNodeId);
}

} // namespace ww
