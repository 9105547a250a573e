// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"
#include "Vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace ww {

struct TreeOption
{
    QString id;
    LocalizedText label;
    QString nextNodeId;
    CodedAnswers sets; ///< coded fields this answer implies
};

struct TreeReferral
{
    QString partyId;
    LocalizedText script; ///< what the agent tells the caller about this party here
};

/// A plain-language warning the authors keep on purpose, with their reason (docs/tree-format.md).
struct LanguageException
{
    QString rule;     ///< "jargon" or "sentence-length"
    QString word;     ///< jargon: the term, as the jargon list or the text writes it
    QString sentence; ///< sentence-length: how the long sentence begins
    QString language; ///< "nl" or "en"; empty: both
    QString reason;
};

enum class NodeKind { Question, Outcome };

struct TreeNode
{
    QString id;
    NodeKind kind = NodeKind::Question;
    LocalizedText text;
    LocalizedText agentNote;
    QList<TreeOption> options;     ///< questions only
    QList<TreeReferral> referrals; ///< outcomes only
    bool whiteSpot = false;        ///< outcome where no party really fits
    bool urgent = false;           ///< outcome for acute danger
    QList<LanguageException> languageExceptions;

    bool isOutcome() const { return kind == NodeKind::Outcome; }
    const TreeOption *option(const QString &optionId) const;
    QStringList optionIds() const;
};

QString nodeKindCode(NodeKind kind);

/// A validated, immutable decision tree. Build it with TreeLoader.
class DecisionTree
{
public:
    QString version() const { return m_version; }
    QString contentSha256() const;
    /// The document as compact JSON with sorted keys: what the identity's hash is taken over.
    QByteArray canonicalContent() const;
    /// VERSION@sha256:HEX — what a case records to know exactly which texts it walked.
    QString identity() const;
    QString reviewStatus() const { return m_reviewStatus; }
    bool awaitingReview() const { return m_reviewStatus != u"approved"; }
    LocalizedText title() const { return m_title; }
    LocalizedText reviewNote() const { return m_reviewNote; }
    QString startNodeId() const { return m_startNodeId; }

    const QList<TreeNode> &nodes() const { return m_nodes; }
    const TreeNode *node(const QString &id) const;
    const TreeNode &startNode() const;

private:
    friend class TreeLoader;
    friend class TreeReader;
    /// Identity is worked out on first use: a tree is shown before a case needs its identity.
    struct Identity
    {
        std::once_flag once;
        QByteArray canonical;
        QString sha256;
    };
    const Identity &identityData() const;

    QString m_version;
    QJsonObject m_document;
    std::unique_ptr<Identity> m_identity = std::make_unique<Identity>();
    QString m_reviewStatus;
    LocalizedText m_title;
    LocalizedText m_reviewNote;
    QString m_startNodeId;
    QList<TreeNode> m_nodes;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace ww
