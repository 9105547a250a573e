// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "tree/DecisionTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace ww {

class ReferralDirectory;
struct JsonInput;

/// Where a text of a node lives: the node's own text or note, an option's label, a referral's script.
struct DraftText
{
    enum class Field { Text, Note, OptionLabel, ReferralScript };
    QString nodeId;
    Field field = Field::Text;
    int index = -1; ///< the option or referral, counted from 0
};

/// A problem of the draft as `tree validate` reports it, and the node it is about (empty: the whole tree).
struct DraftProblem
{
    Diagnostic diagnostic;
    QString nodeId;
};

struct DraftValidation
{
    QList<DraftProblem> problems;
    std::shared_ptr<const DecisionTree> tree; ///< the draft as agents would walk it; null while it has errors
    int errorCount() const;
    int warningCount() const { return int(problems.size()) - errorCount(); }
};

/// A tree being edited (docs/tree-format.md): the JSON document itself, so that whatever an edit leaves
/// wrong is still kept and shown, and changes that can be made one at a time, each refused with a reason
/// when it cannot be made (the document is then unchanged). Validation is the one of `tree validate`.
class TreeDraft
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeDraft)

public:
    enum class Flag { Urgent, WhiteSpot };

    TreeDraft() = default;
    explicit TreeDraft(QJsonObject document, QString fileName = {});
    /// A draft from a file; null with \a error (FILE:LINE:COLUMN: …) when it is no readable tree document.
    static std::optional<TreeDraft> fromFile(const QString &path, QString *error);
    static std::optional<TreeDraft> fromInput(const JsonInput &input, QString *error);

    const QJsonObject &document() const { return m_document; }
    /// Puts back a whole document: what undo and redo do.
    void setDocument(const QJsonObject &document) { m_document = document; }
    /// The name problems are reported under, e.g. the file the draft was opened from.
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    /// The document as a file: DraftJsonWriter's stable formatting.
    QByteArray toJson() const;
    bool save(const QString &path, QString *error) const;

    QString startNodeId() const;
    QStringList nodeIds() const;
    qsizetype nodeIndex(const QString &id) const;
    QJsonObject node(const QString &id) const;
    bool isOutcome(const QString &id) const;
    QJsonArray options(const QString &id) const;
    QJsonArray referrals(const QString &id) const;
    QString text(const DraftText &where, const QString &language) const;
    /// Nodes whose id, texts or option labels contain \a needle (any case), in file order; an exact id first.
    QStringList findNodes(const QString &needle) const;
    /// An unused node id made from \a base ("nieuw", "nieuw-2", …).
    QString freeNodeId(const QString &base) const;

    QString version() const;
    /// The tree's own version name (docs/tree-format.md): give every published change a new one.
    bool setVersion(const QString &version, QString *error = nullptr);
    bool setText(const DraftText &where, const QString &language, const QString &value, QString *error = nullptr);
    bool addNode(const QString &id, NodeKind kind, const QString &dutchText, QString *error = nullptr);
    /// Options that led to the node keep their target, so validation names them until they are pointed elsewhere.
    bool removeNode(const QString &id, QString *error = nullptr);
    /// Moves the node \a delta places in the file's list (the order of the outline's loose nodes).
    bool moveNode(const QString &id, int delta, QString *error = nullptr);
    /// Gives the node another id, and every option leading to it (and the start) the new one.
    bool renameNode(const QString &id, const QString &newId, QString *error = nullptr);
    bool setStart(const QString &id, QString *error = nullptr);
    bool addOption(const QString &nodeId, const QString &optionId, const QString &dutchLabel, const QString &next,
                   QString *error = nullptr);
    bool removeOption(const QString &nodeId, int index, QString *error = nullptr);
    bool moveOption(const QString &nodeId, int index, int delta, QString *error = nullptr);
    bool setOptionId(const QString &nodeId, int index, const QString &optionId, QString *error = nullptr);
    bool setOptionNext(const QString &nodeId, int index, const QString &next, QString *error = nullptr);
    /// \a code empty: the option no longer sets \a field (callerRole, schoolType, theme, routeStage).
    bool setOptionSets(const QString &nodeId, int index, const QString &field, const QString &code,
                       QString *error = nullptr);
    bool setFlag(const QString &nodeId, Flag flag, bool on, QString *error = nullptr);
    bool addReferral(const QString &nodeId, const QString &partyId, const QString &dutchScript,
                     QString *error = nullptr);
    bool removeReferral(const QString &nodeId, int index, QString *error = nullptr);
    bool moveReferral(const QString &nodeId, int index, int delta, QString *error = nullptr);
    bool setReferralParty(const QString &nodeId, int index, const QString &partyId, QString *error = nullptr);

    /// The same errors and plain-language warnings as `tree validate` gives for the saved draft, each with
    /// the node it is about; parties are looked up in \a directory.
    DraftValidation validate(const ReferralDirectory &directory) const;
    /// The node a diagnostic's JSON path ($.nodes[3].options[0].next, $.start) is about; empty if none.
    QString nodeIdForPath(const QString &jsonPath) const;

private:
    bool findNode(const QString &id, qsizetype *index, QString *error) const;
    bool editList(const QString &nodeId, const QString &key, int index, QString *error,
                  const std::function<bool(QJsonArray &, QString *)> &edit);

    QJsonObject m_document;
    QString m_fileName = u"draft.tree.json"_qs;
};

} // namespace ww
