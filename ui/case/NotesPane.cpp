// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/NotesPane.h"

#include "cases/CaseSession.h"
#include "common/ShortcutKeys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ww {

namespace {

const CaseNote *findNote(const QList<CaseNote> &notes, const QUuid &id)
{
    for (const CaseNote &note : notes) {
        if (note.id == id)
            return &note;
    }
    return nullptr;
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

NotesPane::NotesPane(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_notesLabel(new QLabel(tr("&Saved notes"), this))
    , m_notesList(new QListWidget(this))
    , m_correctButton(new QPushButton(tr("C&orrect selected note"), this))
    , m_correctionBar(new QWidget(this))
    , m_correctionLabel(new QLabel(m_correctionBar))
    , m_cancelCorrectionButton(new QPushButton(tr("Cancel correction"), m_correctionBar))
    , m_editorLabel(new QLabel(tr("&Note"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(tr("Save note (Ctrl+Return)"), this))
{
    setObjectName(u"notesPane"_qs);
    setAccessibleName(tr("Notes"));

    m_notesLabel->setObjectName(u"savedNotesLabel"_qs);
    m_notesLabel->setBuddy(m_notesList);
    m_notesList->setObjectName(u"notesList"_qs);
    m_notesList->setAccessibleName(tr("Saved notes"));
    m_notesList->setAccessibleDescription(
            tr("Saved notes cannot be changed; select one and correct it with a new note."));
    m_notesList->setWordWrap(true);
    m_notesList->setTextElideMode(Qt::ElideNone);
    m_notesList->setResizeMode(QListView::Adjust);
    m_notesList->setUniformItemSizes(false);
    m_notesList->setAlternatingRowColors(true);
    m_notesList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_correctButton->setObjectName(u"correctNoteButton"_qs);
    m_correctButton->setAccessibleName(tr("Correct the selected note with a new note"));
    connect(m_correctButton, &QPushButton::clicked, this, &NotesPane::startCorrection);
    connect(m_notesList, &QListWidget::currentRowChanged, this, &NotesPane::updateCorrectionBar);

    m_correctionBar->setObjectName(u"correctionBar"_qs);
    m_correctionLabel->setObjectName(u"correctionLabel"_qs);
    m_correctionLabel->setWordWrap(true);
    m_cancelCorrectionButton->setObjectName(u"cancelCorrectionButton"_qs);
    m_cancelCorrectionButton->setAccessibleName(tr("Cancel the correction; the note stays a normal note"));
    connect(m_cancelCorrectionButton, &QPushButton::clicked, this, &NotesPane::cancelCorrection);
    auto *correctionLayout = new QHBoxLayout(m_correctionBar);
    correctionLayout->setContentsMargins(0, 0, 0, 0);
    correctionLayout->addWidget(m_correctionLabel, 1);
    correctionLayout->addWidget(m_cancelCorrectionButton);

    m_editorLabel->setObjectName(u"noteEditorLabel"_qs);
    m_editorLabel->setBuddy(m_editor);
    m_editor->setObjectName(u"noteEditor"_qs);
    m_editor->setAccessibleName(tr("Note being typed"));
    m_editor->setAccessibleDescription(tr("Kept as you type. Ctrl+Return saves it as a note."));
    m_editor->setPlaceholderText(tr("Type a note. It is kept as you type; Ctrl+Return saves it."));
    // Tab moves on instead of typing a tab: the pane must not trap keyboard users.
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(m_session.draft());
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_session.setDraft(m_editor->toPlainText());
        m_saveButton->setEnabled(hasUnsavedText());
        emit draftChanged();
    });

    m_saveButton->setObjectName(u"saveNoteButton"_qs);
    m_saveButton->setAccessibleName(tr("Save the note"));
    connect(m_saveButton, &QPushButton::clicked, this, &NotesPane::saveNote);
    auto *save = new QShortcut(this);
    save->setObjectName(u"saveNoteShortcut"_qs);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    ShortcutKeys::instance().bind(save); // Ctrl+Return unless the user chose another key
    connect(save, &QShortcut::activated, this, &NotesPane::saveNote);

    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_correctButton);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notesList, 3);
    layout->addLayout(listButtons);
    layout->addWidget(m_correctionBar);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor, 2);
    layout->addLayout(saveRow);

    connect(&m_session, &CaseSession::changed, this, &NotesPane::showNotes);
    showNotes();
    m_saveButton->setEnabled(hasUnsavedText());
}

void NotesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_correcting = {};
    m_editorLabel->setVisible(!readOnly);
    m_editor->setVisible(!readOnly);
    m_saveButton->setVisible(!readOnly);
    m_correctButton->setVisible(!readOnly);
    updateCorrectionBar();
}

bool NotesPane::hasUnsavedText() const
{
    return !m_editor->toPlainText().trimmed().isEmpty();
}

void NotesPane::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool NotesPane::saveNote()
{
    if (m_readOnly || !hasUnsavedText())
        return false;
    if (!m_session.addNote(m_editor->toPlainText(), m_correcting))
        return false;
    m_correcting = {};
    // The session has stored the note and dropped its draft; clearing the editor now types nothing new.
    m_editor->clear();
    updateCorrectionBar();
    m_notesList->scrollToBottom();
    return true;
}

bool NotesPane::startCorrection()
{
    QListWidgetItem *item = m_notesList->currentItem();
    if (m_readOnly || !item)
        return false;
    m_correcting = item->data(Qt::UserRole).toUuid();
    updateCorrectionBar();
    focusEditor();
    return true;
}

void NotesPane::cancelCorrection()
{
    m_correcting = {};
    updateCorrectionBar();
    focusEditor();
}

void NotesPane::updateCorrectionBar()
{
    const CaseNote *corrected = findNote(m_session.caseData().notes, m_correcting);
    m_correctionBar->setVisible(corrected != nullptr);
    if (corrected) {
        const QString text = tr("The next note corrects the note of %1: “%2”")
                                     .arg(timeText(corrected->createdAt), corrected->body.left(80));
        m_correctionLabel->setText(text);
        m_correctionLabel->setAccessibleName(text);
    }
    m_correctButton->setEnabled(m_notesList->currentItem() != nullptr);
}

QString NotesPane::noteTitle(const CaseNote &note) const
{
    QString title = tr("%1 · %2").arg(timeText(note.createdAt), note.author);
    if (const CaseNote *corrected = findNote(m_session.caseData().notes, note.correctsNoteId))
        title += u" · "_qs + tr("corrects the note of %1").arg(timeText(corrected->createdAt));
    return title;
}

void NotesPane::showNotes()
{
    const QList<CaseNote> &notes = m_session.caseData().notes;
    // Notes only ever grow, so the count says whether there is something new to show.
    if (notes.size() == m_shownNotes)
        return;
    m_shownNotes = notes.size();
    const QUuid selected
            = m_notesList->currentItem() ? m_notesList->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_notesList->clear();
    for (const CaseNote &note : notes) {
        QStringList correctedBy;
        for (const CaseNote &later : notes) {
            if (later.correctsNoteId == note.id)
                correctedBy.append(timeText(later.createdAt));
        }
        QString text = noteTitle(note) + u'\n' + note.body;
        if (!correctedBy.isEmpty())
            text += u'\n' + tr("(corrected at %1)").arg(correctedBy.join(u", "_qs));
        auto *item = new QListWidgetItem(text, m_notesList);
        item->setData(Qt::UserRole, note.id);
        item->setData(Qt::AccessibleTextRole, text);
        if (!correctedBy.isEmpty()) {
            // Italic, not grey: a corrected note must stay readable.
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        if (note.id == selected)
            m_notesList->setCurrentItem(item);
    }
    m_notesList->scrollToBottom();
    updateCorrectionBar();
}

} // namespace ww
