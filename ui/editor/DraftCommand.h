// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace ww {

class DraftEditor;

/// The kinds of edit; a command's id() is its kind, so that typing in one text field is undone as one step.
enum class DraftEditKind {
    Text = 1,
    AddNode,
    RemoveNode,
    MoveNode,
    RenameNode,
    SetStart,
    AddOption,
    RemoveOption,
    MoveOption,
    OptionId,
    OptionTarget,
    OptionSets,
    OutcomeFlag,
    AddReferral,
    RemoveReferral,
    MoveReferral,
    ReferralParty,
    Version,
};

/// One edit of the draft, kept as the documents before and after it: undo puts the earlier one back exactly,
/// so a saved file after undo is byte for byte the file before the edit.
class DraftCommand : public QUndoCommand
{
public:
    DraftCommand(DraftEditor &editor, DraftEditKind kind, const QString &text, QJsonObject before, QJsonObject after,
                 QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    DraftEditKind kind() const { return m_kind; }

private:
    DraftEditor &m_editor;
    DraftEditKind m_kind;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_mergeKey; ///< the field being typed in; empty: never merged
};

} // namespace ww
