// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseSession.h"
#include "chat/ChatAgentClient.h"
#include "content/TreeVersions.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ww {

class AgentStatus;
class AgentStatusButton;
class AsyncStorage;
class CallOfferBar;
class CaseWork;
class PhoneCalls;
class CaseWorkspace;
class ChatDesk;
class AsyncStorage;
class Database;
class SupervisorWindows;
class DecisionTree;
class HomeView;
class ReferralDirectory;
class TreeVersionBar;
class TreeVersionWatch;
class TreeWalkerPanel;
class DraftHeatSource;
class DraftPublisher;
class TreeEditorWindow;

/// The desktop's main window: the agent's home list, and one case at a time in its workspace.
/// Every case action has a single key (F2 new phone case … F10 follow-up, Esc back home).
/// The window never waits on the database: cases open, save and hand over through CaseWork, and a
/// case left while its last changes are on their way is kept until the database has them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
               CaseWork &cases, const QString &owner, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The agent's state (available, on a call, …), shown in the status bar; chat code tells it the open chats.
    AgentStatus *agentStatus() const { return m_agentStatus; }
    AgentStatusButton *agentStatusButton() const { return m_agentStatusButton; }
    /// Records every change of the agent's state in the database through \a storage, and reads the
    /// wrap-up maximum from there.
    void enableAgentStates(AsyncStorage &storage);
    /// The clock cases run on (tests set their own); by default the system clock.
    void setClock(CaseSession::Clock clock);
    HomeView *homeView() const { return m_homeView; }
    /// The open case, or null on the home list.
    CaseWorkspace *workspace() const { return m_workspace; }
    /// The open case's tree walker, or null on the home list.
    TreeWalkerPanel *walkerPanel() const;
    QString contentLanguage() const { return m_language; }

    /// The tree and directory, when the window was made before they finished loading. \a publishedId:
    /// the published version they are (0: the shipped content or a file).
    void setContent(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                    qint64 publishedId = 0);
    /// The published version new cases use, or 0 for the shipped content (or a file).
    qint64 publishedVersion() const { return m_publishedId; }
    /// Looks for newer published versions through \a storage every \a intervalMs and offers each in a
    /// bar above the work; switching changes what new cases use, never an open case.
    void watchTreeVersions(AsyncStorage &storage, int intervalMs);
    TreeVersionWatch *treeVersionWatch() const { return m_versionWatch; }
    TreeVersionBar *treeVersionBar() const { return m_versionBar; }
    bool newCase(Channel channel);
    /// Asks for the code a caller got on the website (Ctrl+F2) and starts a phone case from where the
    /// caller stopped there.
    void newCaseFromWebsiteCode();
    /// Starts a phone case that continues \a walk, the caller's walk on the website.
    bool newPhoneCaseFromWebsite(const QList<WalkStep> &walk);
    /// Opens a saved case once it is read; \a then (if given) runs when it is on screen.
    void openCase(const QUuid &id, std::function<void()> then = {});
    /// A case is being read from the database (Esc cancels).
    bool isOpeningCase() const { return m_openingId.has_value(); }
    /// Cases left while their last changes were still on their way to the database.
    int savingInBackground() const { return int(m_retired.size()); }
    void showHome();
    /// Journals every open case in \a folder (CaseJournal::folderFor), so that no change is lost.
    void setJournalFolder(const QString &folder) { m_journalFolder = folder; }
    /// Work a crash or a lost connection left in the journal: asks the agent, then restores it.
    void offerToRestoreUnsavedWork();
    /// Restores all journaled work without asking, one case after another; the last case restored is
    /// opened. \a finished gets how many were restored.
    void restoreUnsavedWork(std::function<void(int restored)> finished = {});
    /// Hands the open case over, asking to whom and with what note.
    void handOverCase();
    /// Adds the supervisor's menu: the case log, case timelines and the dashboard, read through \a storage.
    void enableSupervision(AsyncStorage &storage);
    SupervisorWindows *supervision() const { return m_supervision; }
    /// Adds "Chats" (Ctrl+Shift+C): the chat queue and tabs, on the gateway at \a gateway; the agent
    /// logs in there with one-time tickets read from \a storage.
    void enableChat(const QUrl &gateway, AsyncStorage &storage);
    /// The chat window, opened on first use; null without enableChat().
    ChatDesk *showChats();
    /// Connects to the gateway (enableChat) at once, so the phone system's calls for this agent show in a
    /// bar above the work and open pre-filled phone cases (docs/telephony.md); null without enableChat().
    PhoneCalls *enablePhoneCalls();
    PhoneCalls *phoneCalls() const { return m_phoneCalls; }
    CallOfferBar *callOfferBar() const { return m_callBar; }
    /// Starts a phone case whose contact began at \a openedAt (the phone system's answer), \a prepare fills it
    /// in before it shows; the case is on screen when this returns, else null (the content is still loading).
    CaseSession *startPhoneCase(const QDateTime &openedAt, const std::function<void(CaseSession &)> &prepare = {});
    /// Ends the contact of the open case, as F8 does.
    void endContact();
    /// Sets the agent's state from the case on screen and the phone system's calls in progress.
    void syncAgentStatus();
    /// Ends the contact of case \a id (the caller hung up) wherever it is: on screen, still saving in the
    /// background, or only in the database, where it is read, ended and saved without being shown. A
    /// case being opened at that moment ends as it shows.
    void endContactOf(const QUuid &id);
    /// Adds "Tree editor" (Ctrl+Shift+E) for content managers; drafts are published through \a publisher
    /// (null: saving drafts to files only).
    void enableTreeEditor(DraftPublisher *publisher, DraftHeatSource *heat = nullptr);
    /// The tree editor on the tree in use, opened on first use; null without enableTreeEditor().
    TreeEditorWindow *showTreeEditor();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildCaseActions();
    /// View → Appearance: the system's colours, dark, or high contrast (DeskPalette), kept in the settings.
    void buildAppearanceMenu(QMenu *menu);
    QAction *caseAction(const QString &text, const QString &objectName, const std::function<void()> &slot);
    void updateCaseActions();
    void showWorkspace(std::unique_ptr<CaseSession> session);
    void showPage(QWidget *page, const std::function<void()> &focusStart);
    void caseOpened(CaseSession::Opened opened, const std::function<void()> &then);
    void cancelOpening();
    /// Takes the open case off the screen; its session stays until the database has everything.
    void leaveCase();
    void retire(std::unique_ptr<CaseSession> session);
    std::unique_ptr<CaseSession> takeRetired(const QUuid &id);
    void restoreNext(QList<JournaledWork> pending, int restored, std::shared_ptr<std::unique_ptr<CaseSession>> last,
                     std::function<void(int)> finished);
    void showConnection(bool online);
    void toggleHold();
    ChatDesk *chatDesk();
    void closeCase();
    void planFollowUp();
    void continueFollowUp();
    void continueFollowUpOf(const QUuid &id);
    void openTreeFile();
    void setTree(std::shared_ptr<const DecisionTree> tree);
    void offerVersion(const TreeVersionContent &version);
    void switchToOfferedVersion(qint64 id);
    void setContentLanguage(const QString &language);
    void showAbout();
    /// One-time chat tickets for this agent, read off the GUI thread (the live view's connection).
    chat::ChatAgentClient::TicketRequest chatTicketRequest() const;
    QDateTime now() const;

    std::shared_ptr<const DecisionTree> m_tree;
    std::shared_ptr<const ReferralDirectory> m_directory;
    qint64 m_publishedId = 0;
    std::optional<TreeVersionContent> m_offeredVersion;
    TreeVersionWatch *m_versionWatch = nullptr;
    CaseWork &m_cases;
    QString m_owner;
    CaseSession::Clock m_clock;
    QString m_language = u"nl"_qs;
    QString m_journalFolder;
    SupervisorWindows *m_supervision = nullptr;
    QUrl m_chatGateway;
    AsyncStorage *m_chatStorage = nullptr;
    std::optional<QUuid> m_openingId;
    StorageRequest m_opening;
    std::vector<std::unique_ptr<CaseSession>> m_retired;
    QSet<QUuid> m_contactsToEnd; ///< hung up while not on screen, until their contact is ended
    QPointer<ChatDesk> m_chatDesk;
    PhoneCalls *m_phoneCalls = nullptr;
    CallOfferBar *m_callBar = nullptr;
    bool m_treeEditorEnabled = false;
    DraftPublisher *m_draftPublisher = nullptr;
    DraftHeatSource *m_draftHeat = nullptr;
    QPointer<TreeEditorWindow> m_treeEditor;

    TreeVersionBar *m_versionBar;
    QStackedWidget *m_stack;
    HomeView *m_homeView;
    CaseWorkspace *m_workspace = nullptr;
    QLabel *m_treeStatus;
    QLabel *m_connectionStatus;
    AgentStatus *m_agentStatus = nullptr;
    AgentStatusButton *m_agentStatusButton = nullptr;
    QAction *m_englishContentAction = nullptr;
    QAction *m_newPhoneAction = nullptr;
    QAction *m_newChatAction = nullptr;
    QAction *m_phoneCodeAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_handoverAction = nullptr;
};

} // namespace ww
