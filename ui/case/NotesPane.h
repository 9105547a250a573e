// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ww {

class CaseSession;
struct CaseNote;

/// The case's notes: saved notes with their time (never changed; a correction is a new note that
/// points at the one it corrects) and the note being typed, kept by the session as it is typed.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPane(CaseSession &session, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    /// Saves the text being typed as a note (Ctrl+Return); false when there is nothing to save.
    bool saveNote();
    /// Starts a note that corrects the selected saved note.
    bool startCorrection();
    void cancelCorrection();
    /// Text typed but not yet saved as a note.
    bool hasUnsavedText() const;
    void focusEditor();

signals:
    /// The text being typed changed (the session keeps it; this is for what shows it).
    void draftChanged();

private:
    void showNotes();
    void updateCorrectionBar();
    QString noteTitle(const CaseNote &note) const;

    CaseSession &m_session;
    QLabel *m_notesLabel;
    QListWidget *m_notesList;
    QPushButton *m_correctButton;
    QWidget *m_correctionBar;
    QLabel *m_correctionLabel;
    QPushButton *m_cancelCorrectionButton;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_saveButton;
    QUuid m_correcting;
    qsizetype m_shownNotes = -1;
    bool m_readOnly = false;
};

} // namespace ww
