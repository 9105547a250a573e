// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/DraftEditor.h"

#include <QUndoStack>

namespace ww {

DraftEditor::DraftEditor(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{ }

void DraftEditor::reset(const TreeDraft &draft)
{
    m_undo->clear();
    m_draft = draft;
    m_undo->setClean();
    emit changed();
}

bool DraftEditor::apply(DraftEditKind kind, const QString &text,
                        const std::function<bool(TreeDraft &, QString *)> &edit, const QString &mergeKey)
{
    TreeDraft changed = m_draft;
    QString reason;
    if (!edit(changed, &reason)) {
        emit refused(reason);
        return false;
    }
    if (changed.document() == m_draft.document())
        return true; // nothing to undo
    m_undo->push(new DraftCommand(*this, kind, text, m_draft.document(), changed.document(), mergeKey));
    return true;
}

void DraftEditor::restore(const QJsonObject &document)
{
    m_draft.setDocument(document);
    emit changed();
}

} // namespace ww
