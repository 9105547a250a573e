// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/DraftCommand.h"

#include "editor/DraftEditor.h"

namespace ww {

DraftCommand::DraftCommand(DraftEditor &editor, DraftEditKind kind, const QString &text, QJsonObject before,
                           QJsonObject after, QString mergeKey)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{ }

void DraftCommand::undo()
{
    m_editor.restore(m_before);
}

void DraftCommand::redo()
{
    m_editor.restore(m_after);
}

int DraftCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(m_kind);
}

bool DraftCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DraftCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace ww
