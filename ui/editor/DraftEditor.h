// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/DraftCommand.h"
#include "editor/TreeDraft.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace ww {

/// The draft being edited and its undo history: every change goes through apply(), which makes it one
/// undoable command, or reports why it could not be made.
class DraftEditor : public QObject
{
    Q_OBJECT

public:
    explicit DraftEditor(QObject *parent = nullptr);

    const TreeDraft &draft() const { return m_draft; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Starts afresh on \a draft: no history, nothing unsaved.
    void reset(const TreeDraft &draft);
    /// Makes \a edit one undoable step called \a text. \a mergeKey joins consecutive edits of the same text
    /// field into one step. Returns false, and emits refused(), when the draft refuses the edit.
    bool apply(DraftEditKind kind, const QString &text, const std::function<bool(TreeDraft &, QString *)> &edit,
               const QString &mergeKey = {});
    /// Puts back a whole document (undo and redo).
    void restore(const QJsonObject &document);
    void setFileName(const QString &fileName) { m_draft.setFileName(fileName); }

signals:
    void changed();
    void refused(const QString &reason);

private:
    TreeDraft m_draft;
    QUndoStack *m_undo;
};

} // namespace ww
