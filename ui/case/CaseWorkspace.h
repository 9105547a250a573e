// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;

namespace ww {

class AlertLabel;
class CaseFieldsForm;
class CaseHeaderBar;
class CaseHistoryList;
class NotesPane;
class PresenceTracker;
class ReferralDirectory;
class ReferralPanel;
class TreeWalkerPanel;

/// One case on screen: the tree walker, notes, referrals and coded fields side by side, under a
/// header with the call's state. Owns the case's session; closed and follow-up cases are read-only.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    CaseWorkspace(std::unique_ptr<CaseSession> session, std::shared_ptr<const ReferralDirectory> directory,
                  const QString &contentLanguage, QWidget *parent = nullptr);
    ~CaseWorkspace() override;
    /// Takes \a workspace off the screen and deletes it, handing back its session: a session may
    /// still be saving, and its owner keeps it until the database has everything.
    static std::unique_ptr<CaseSession> dismantle(CaseWorkspace *workspace);

    CaseSession &session() const { return *m_session; }
    TreeWalkerPanel *walkerPanel() const { return m_walkerPanel; }
    CaseHeaderBar *headerBar() const { return m_header; }
    /// Closed cases and cases waiting for their follow-up cannot be changed.
    bool isReadOnly() const;
    void setContentLanguage(const QString &language);

    /// What keeps the case from being closed: the session's wrap-up issues, and a note typed but
    /// not yet saved (closing would leave it behind).
    QList<WrapUpIssue> closeIssues() const;
    /// Closes the case. When something is missing it is listed in the header, focus goes to the
    /// first missing field, and false is returned.
    bool tryClose();
    /// Saves edits still waiting for the typing pause.
    void flushEdits();
    /// Focus where the agent starts: the tree for a case being worked on, the notes otherwise.
    void focusStart();
    /// Who else has this case open, as last seen.
    QStringList othersViewing() const;

private:
    void describeProblems(const QList<WrapUpIssue> &issues);
    QWidget *widgetFor(const QString &field) const;
    void applyReadOnly();
    void showSaveFailure(const QString &message);
    void showConnection(bool online);
    void showPresence(const QStringList &others);
    void showHandover();
    void mergeConflict();
    void saveSplitter() const;
    void dismantlePanels();

    // Declared first so that it is destroyed last, after every panel that refers to it.
    std::unique_ptr<CaseSession> m_session;
    bool m_appliedReadOnly = false;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QString m_language;
    bool m_merging = false;

    CaseHeaderBar *m_header;
    QWidget *m_warningBar;
    AlertLabel *m_warningLabel;
    QList<QPointer<QWidget>> m_problemFields;
    QPushButton *m_warningDismissButton;
    QLabel *m_presenceLabel;
    QLabel *m_handoverLabel;
    PresenceTracker *m_presence = nullptr;
    QSplitter *m_splitter;
    TreeWalkerPanel *m_walkerPanel = nullptr;
    NotesPane *m_notesPane = nullptr;
    ReferralPanel *m_referralPanel = nullptr;
    CaseFieldsForm *m_fieldsForm = nullptr;
    CaseHistoryList *m_historyList = nullptr;
};

} // namespace ww
