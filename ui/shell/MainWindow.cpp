// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "agents/AgentStateRecorder.h"
#include "agents/AgentStatus.h"
#include "case/CaseHeaderBar.h"
#include "case/CaseWorkspace.h"
#include "case/FollowUpDialog.h"
#include "case/HandoverDialog.h"
#include "case/PhoneCodeDialog.h"
#include "cases/PhoneMenu.h"
#include "chat/ChatDesk.h"
#include "chat/ChatTickets.h"
#include "common/AlertLabel.h"
#include "common/DeskPalette.h"
#include "common/ShortcutKeys.h"
#include "common/StorageProblem.h"
#include "content/TreeVersionWatch.h"
#include "directory/ReferralDirectory.h"
#include "editor/TreeDraft.h"
#include "editor/TreeEditorWindow.h"
#include "shell/AgentStatusButton.h"
#include "shell/CallOfferBar.h"
#include "shell/CaseListModel.h"
#include "shell/FirstRunWizard.h"
#include "shell/HomeView.h"
#include "shell/PhoneCalls.h"
#include "shell/ShortcutHelp.h"
#include "shell/TreeVersionBar.h"
#include "shell/UserGuides.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "supervision/SupervisorWindows.h"
#include "tree/TreeLoader.h"
#include "tree/TreeWalkerPanel.h"
#include "json/JsonFileReader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ww {

MainWindow::MainWindow(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                       CaseWork &cases, const QString &owner, QWidget *parent)
    : QMainWindow(parent)
    , m_directory(std::move(directory))
    , m_cases(cases)
    , m_owner(owner)
    , m_versionBar(new TreeVersionBar(this))
    , m_stack(new QStackedWidget(this))
    , m_homeView(new HomeView(cases, owner, m_stack))
    , m_treeStatus(new QLabel(this))
    , m_connectionStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("Wegwijzer Desk"));
    m_treeStatus->setObjectName(u"treeStatusLabel"_qs);
    statusBar()->setObjectName(u"statusBar"_qs);
    m_connectionStatus->setObjectName(u"connectionStatusLabel"_qs);
    m_connectionStatus->hide();
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_treeStatus);
    // The status bar paints its messages itself; this is how a screen reader hears them.
    auto *statusVoice = new AlertLabel(this);
    statusVoice->setObjectName(u"statusAnnouncement"_qs);
    statusVoice->setFixedSize(1, 1);
    statusBar()->addPermanentWidget(statusVoice);
    connect(statusBar(), &QStatusBar::messageChanged, statusVoice, [statusVoice](const QString &message) {
        if (!message.isEmpty())
            statusVoice->announceElsewhere(message);
    });
    m_agentStatus = new AgentStatus([this] { return now(); }, this);
    m_agentStatusButton = new AgentStatusButton(*m_agentStatus, this);
    statusBar()->addPermanentWidget(m_agentStatusButton);
    addAction(m_agentStatusButton->breakAction()); // F12 works in every view
    connect(m_agentStatusButton, &AgentStatusButton::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(&m_cases, &CaseWork::onlineChanged, this, &MainWindow::showConnection);
    m_stack->setObjectName(u"mainStack"_qs);
    m_stack->addWidget(m_homeView);
    // The offer of a newer tree sits above the work, so that it never covers a case.
    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_qs);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_versionBar);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_versionBar, &TreeVersionBar::switchRequested, this, &MainWindow::switchToOfferedVersion);
    connect(m_homeView, &HomeView::openRequested, this, [this](const QUuid &id) { openCase(id); });
    connect(m_homeView, &HomeView::continueFollowUpRequested, this, &MainWindow::continueFollowUpOf);
    m_homeView->model()->setToday([this] { return now().toLocalTime().date(); });

    buildMenus();
    if (tree)
        setTree(std::move(tree));
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_qs).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_qs).toByteArray());
    setContentLanguage(settings.value(u"content/language"_qs, u"nl"_qs).toString());
    showHome();
}

MainWindow::~MainWindow()
{
    // The sessions send what they still have while the case work is certainly still there; what
    // does not arrive stays in the journal for the next start.
    m_opening.cancel();
    delete m_workspace;
    m_retired.clear();
}

void MainWindow::showConnection(bool online)
{
    const QString text = online ? QString() : tr("Offline: your work is kept on this computer");
    m_connectionStatus->setText(text);
    m_connectionStatus->setAccessibleName(text);
    m_connectionStatus->setVisible(!online);
    // A list that could not be read is read again once the database answers, as its message promises.
    if (online && m_homeView->hasFailed() && !m_homeView->isLoading())
        m_homeView->reload();
}

void MainWindow::setClock(CaseSession::Clock clock)
{
    m_clock = std::move(clock);
    m_homeView->reload();
}

QDateTime MainWindow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

TreeWalkerPanel *MainWindow::walkerPanel() const
{
    return m_workspace ? m_workspace->walkerPanel() : nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open tree file…"), this, &MainWindow::openTreeFile);
    open->setObjectName(u"openTreeFileAction"_qs);
    ShortcutKeys::instance().bind(open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_qs);
    ShortcutKeys::instance().bind(quit);

    buildCaseActions();

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_englishContentAction = viewMenu->addAction(tr("Tree texts in &English"));
    m_englishContentAction->setObjectName(u"englishContentAction"_qs);
    m_englishContentAction->setCheckable(true);
    ShortcutKeys::instance().bind(m_englishContentAction);
    connect(m_englishContentAction, &QAction::toggled, this,
            [this](bool english) { setContentLanguage(english ? u"en"_qs : u"nl"_qs); });
    buildAppearanceMenu(viewMenu->addMenu(tr("&Appearance")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    ShortcutHelp::install(this, helpMenu); // F1: every key; changing them
    helpMenu->addSeparator();
    UserGuides::install(this, helpMenu);
    FirstRunWizard::addToMenu(this, helpMenu);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Wegwijzer Desk"), this, &MainWindow::showAbout);
}

QAction *MainWindow::caseAction(const QString &text, const QString &objectName, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    ShortcutKeys::instance().bind(action); // the catalog's key, or the one the user chose
    // The key in the tooltip: the toolbar is where agents learn the keys.
    const auto showKey = [this, action, text] {
        const QString plain = QString(text).remove(u'&').remove(u'…');
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty() ? plain : tr("%1 (%2)").arg(plain, key));
        action->setIconText(key.isEmpty() ? plain : tr("%1 · %2").arg(plain, key));
        if (action == m_holdAction)
            updateCaseActions();
    };
    showKey();
    connect(&ShortcutKeys::instance(), &ShortcutKeys::keysChanged, action, showKey);
    connect(action, &QAction::triggered, this, slot);
    addAction(action); // the keys work whichever view is showing
    return action;
}

void MainWindow::buildAppearanceMenu(QMenu *menu)
{
    menu->setObjectName(u"appearanceMenu"_qs);
    auto *group = new QActionGroup(menu);
    const std::pair<DeskPalette::Appearance, QString> choices[]{
            {DeskPalette::Appearance::System, u"appearanceSystemAction"_qs},
            {DeskPalette::Appearance::Dark, u"appearanceDarkAction"_qs},
            {DeskPalette::Appearance::HighContrast, u"appearanceHighContrastAction"_qs}};
    for (const auto &[appearance, objectName] : choices) {
        QAction *action = menu->addAction(DeskPalette::name(appearance));
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setChecked(appearance == DeskPalette::current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, appearance = appearance] {
            DeskPalette::store(appearance);
            DeskPalette::apply(appearance);
            statusBar()->showMessage(
                    tr("Colours changed. A case or window opened again shows its own colours in them too."), 8000);
        });
    }
}

void MainWindow::buildCaseActions()
{
    // The keys come from the shortcut catalog (ShortcutCatalog), where the user can change them.
    m_newPhoneAction = caseAction(tr("New &phone case"), u"newPhoneCaseAction"_qs, [this] { newCase(Channel::Phone); });
    m_phoneCodeAction = caseAction(tr("Phone case from &website code…"), u"phoneCodeCaseAction"_qs,
                                   [this] { newCaseFromWebsiteCode(); });
    m_newChatAction = caseAction(tr("New c&hat case"), u"newChatCaseAction"_qs, [this] { newCase(Channel::Chat); });
    m_holdAction = caseAction(tr("&Hold"), u"holdAction"_qs, [this] { toggleHold(); });
    m_endAction = caseAction(tr("&End contact"), u"endContactAction"_qs, [this] { endContact(); });
    m_closeAction = caseAction(tr("&Close case"), u"closeCaseAction"_qs, [this] { closeCase(); });
    m_followUpAction = caseAction(tr("Plan &follow-up…"), u"planFollowUpAction"_qs, [this] { planFollowUp(); });
    m_continueAction
            = caseAction(tr("C&ontinue follow-up"), u"continueFollowUpAction"_qs, [this] { continueFollowUp(); });
    m_handoverAction = caseAction(tr("Hand o&ver…"), u"handoverAction"_qs, [this] { handOverCase(); });
    m_homeAction = caseAction(tr("&Back to my cases"), u"homeAction"_qs, [this] {
        if (isOpeningCase())
            cancelOpening();
        else
            showHome();
    });

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(u"caseMenu"_qs);
    auto *toolBar = new QToolBar(tr("Case"), this);
    toolBar->setObjectName(u"caseToolBar"_qs);
    toolBar->setAccessibleName(tr("Case actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setFloatable(false);
    addToolBar(Qt::TopToolBarArea, toolBar);
    // The button Qt adds when the bar runs out of room has no name of its own.
    if (auto *more = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_qs))
        more->setAccessibleName(tr("More case actions"));
    const QList<QAction *> actions{m_newPhoneAction, m_phoneCodeAction, m_newChatAction, nullptr,
                                   m_holdAction,     m_endAction,       m_closeAction,   m_followUpAction,
                                   m_continueAction, m_handoverAction,  nullptr,         m_homeAction};
    for (QAction *action : actions) {
        if (action) {
            caseMenu->addAction(action);
            toolBar->addAction(action);
        } else {
            caseMenu->addSeparator();
            toolBar->addSeparator();
        }
    }
}

void MainWindow::updateCaseActions()
{
    const bool inCase = m_workspace && m_stack->currentWidget() == m_workspace;
    const CaseStatus status = inCase ? m_workspace->session().caseData().status : CaseStatus::Closed;
    const bool onHold = inCase && m_workspace->session().isOnHold();
    m_holdAction->setEnabled(inCase && status == CaseStatus::Active);
    m_holdAction->setText(onHold ? tr("&Resume") : tr("&Hold"));
    const QString holdKey = m_holdAction->shortcut().toString(QKeySequence::NativeText);
    m_holdAction->setIconText(onHold ? tr("Resume · %1").arg(holdKey) : tr("Hold · %1").arg(holdKey));
    m_holdAction->setToolTip(onHold ? tr("Resume the contact (%1)").arg(holdKey)
                                    : tr("Put the contact on hold (%1)").arg(holdKey));
    m_endAction->setEnabled(inCase && status == CaseStatus::Active);
    // Close and follow-up stay available during the contact so that F9 can explain what is missing.
    m_closeAction->setEnabled(inCase && (status == CaseStatus::Active || status == CaseStatus::WrapUp));
    m_followUpAction->setEnabled(inCase && (status == CaseStatus::Active || status == CaseStatus::WrapUp));
    m_continueAction->setEnabled(inCase && status == CaseStatus::FollowUp);
    m_handoverAction->setEnabled(inCase && status != CaseStatus::Closed);
    m_homeAction->setEnabled(inCase || isOpeningCase());
    syncAgentStatus();
}

void MainWindow::syncAgentStatus()
{
    // A phone case in contact on screen is a call; its contact ended is wrap-up; anything else ends both,
    // except a call the phone system says goes on while the agent looks elsewhere.
    const bool inCase = m_workspace && m_stack->currentWidget() == m_workspace;
    const Case *shown = inCase ? &m_workspace->session().caseData() : nullptr;
    AgentStatus::PhoneCase phone = AgentStatus::PhoneCase::None;
    if (shown && shown->channel == Channel::Phone && shown->status == CaseStatus::Active)
        phone = AgentStatus::PhoneCase::InContact;
    else if (shown && shown->channel == Channel::Phone && shown->status == CaseStatus::WrapUp)
        phone = AgentStatus::PhoneCase::WrapUp;
    if (phone == AgentStatus::PhoneCase::None && m_phoneCalls && m_phoneCalls->hasCallInProgress())
        phone = AgentStatus::PhoneCase::InContact;
    m_agentStatus->setPhoneCase(phone);
}

void MainWindow::enableAgentStates(AsyncStorage &storage)
{
    (new AgentStateRecorder(storage, m_owner, this))->follow(*m_agentStatus);
}

void MainWindow::setContent(std::shared_ptr<const DecisionTree> tree,
                            std::shared_ptr<const ReferralDirectory> directory, qint64 publishedId)
{
    m_directory = std::move(directory);
    m_publishedId = publishedId;
    setTree(std::move(tree));
}

void MainWindow::watchTreeVersions(AsyncStorage &storage, int intervalMs)
{
    delete m_versionWatch;
    m_versionWatch = new TreeVersionWatch(storage, m_publishedId, this);
    m_versionWatch->setInterval(intervalMs);
    connect(m_versionWatch, &TreeVersionWatch::newerVersion, this, &MainWindow::offerVersion);
    connect(m_versionWatch, &TreeVersionWatch::versionUnusable, this, [](qint64 id, const QString &problem) {
        qWarning("wegwijzer-desk: published version %lld of the tree is not offered: %s", id, qPrintable(problem));
    });
    m_versionWatch->start();
}

void MainWindow::offerVersion(const TreeVersionContent &version)
{
    m_offeredVersion = version;
    m_versionBar->offer(version.version.id, version.version.note);
}

void MainWindow::switchToOfferedVersion(qint64 id)
{
    if (!m_offeredVersion || m_offeredVersion->version.id != id)
        return;
    const TreeVersionContent version = *std::exchange(m_offeredVersion, std::nullopt);
    setContent(version.tree, version.directory, version.version.id);
    statusBar()->showMessage(m_workspace ? tr("New cases use version %1 of the tree; the open case keeps the tree it "
                                              "was started with.")
                                                   .arg(id)
                                         : tr("New cases use version %1 of the tree.").arg(id),
                             8000);
}

bool MainWindow::newCase(Channel channel)
{
    if (!m_tree || !m_directory)
        return false; // the content is still loading; start-up sets it before the window shows
    cancelOpening();
    // The case is on screen at once; it reaches the database on its way (or the journal keeps it).
    showWorkspace(CaseSession::start(m_cases, m_tree, channel, m_owner, m_clock));
    statusBar()->showMessage(channel == Channel::Phone
                                     ? tr("Phone case opened; the call timer runs. F6 holds, F8 ends the call.")
                                     : tr("Chat case opened. F8 ends the contact."),
                             8000);
    return true;
}

void MainWindow::newCaseFromWebsiteCode()
{
    if (!m_tree || !m_directory)
        return;
    PhoneCodeDialog dialog(m_cases, m_tree, m_owner, this);
    if (dialog.exec() == QDialog::Accepted)
        newPhoneCaseFromWebsite(dialog.walk());
}

bool MainWindow::newPhoneCaseFromWebsite(const QList<WalkStep> &walk)
{
    if (!m_tree || !m_directory)
        return false;
    cancelOpening();
    std::unique_ptr<CaseSession> session = CaseSession::start(m_cases, m_tree, Channel::Phone, m_owner, m_clock);
    // The steps are reached now, at the start of the call: the website's times are not kept.
    QList<WalkStep> steps = walk;
    for (WalkStep &step : steps)
        step.reachedAt = now();
    session->continueWebsiteWalk(steps);
    showWorkspace(std::move(session));
    statusBar()->showMessage(tr("Phone case opened where the caller stopped on the website; the call timer runs."),
                             8000);
    return true;
}

void MainWindow::openCase(const QUuid &id, std::function<void()> then)
{
    cancelOpening();
    // A case left a moment ago may still be saving: it comes back as it is, without a trip.
    if (std::unique_ptr<CaseSession> session = takeRetired(id)) {
        caseOpened({std::move(session), {}, false}, then);
        return;
    }
    m_openingId = id;
    updateCaseActions();
    m_homeView->showOpening(true);
    statusBar()->showMessage(tr("Opening the case… (Esc cancels)"));
    m_opening = CaseSession::open(
            m_cases, this, id, m_owner,
            [this, then = std::move(then)](CaseSession::Opened opened) {
                m_openingId.reset();
                m_homeView->showOpening(false);
                caseOpened(std::move(opened), then);
            },
            m_clock);
}

void MainWindow::cancelOpening()
{
    if (!m_openingId)
        return;
    m_opening.cancel();
    m_openingId.reset();
    m_homeView->showOpening(false);
    statusBar()->showMessage(tr("Opening the case was cancelled."), 5000);
    updateCaseActions();
}

void MainWindow::caseOpened(CaseSession::Opened opened, const std::function<void()> &then)
{
    if (opened.error) {
        statusBar()->clearMessage();
        updateCaseActions();
        QMessageBox::warning(
                this, tr("Case not opened"),
                StorageProblem::describe(tr("The case cannot be read."), *opened.error, tr("open the case")));
        return;
    }
    if (!opened.session) {
        statusBar()->showMessage(tr("That case no longer exists."), 8000);
        m_homeView->reload();
        updateCaseActions();
        return;
    }
    showWorkspace(std::move(opened.session));
    statusBar()->clearMessage();
    if (m_workspace->isReadOnly()) {
        statusBar()->showMessage(m_workspace->session().caseData().status == CaseStatus::FollowUp
                                         ? tr("Read-only until you continue the follow-up (F7).")
                                         : tr("Closed case: read-only."),
                                 8000);
    }
    if (then)
        then();
}

void MainWindow::leaveCase()
{
    if (!m_workspace)
        return;
    CaseWorkspace *workspace = m_workspace;
    m_workspace = nullptr;
    retire(CaseWorkspace::dismantle(workspace));
}

void MainWindow::retire(std::unique_ptr<CaseSession> session)
{
    if (!session)
        return;
    session->retryNow(); // the note being typed goes now, not after the typing pause
    if (!session->hasUnsavedWork())
        return;
    CaseSession *saving = session.get();
    connect(saving, &CaseSession::saved, this, [this, saving] {
        const auto found = std::find_if(m_retired.begin(), m_retired.end(),
                                        [saving](const auto &retired) { return retired.get() == saving; });
        if (found == m_retired.end() || saving->hasUnsavedWork())
            return;
        std::unique_ptr<CaseSession> done = std::move(*found);
        m_retired.erase(found);
        done.release()->deleteLater(); // not inside its own signal
    });
    m_retired.push_back(std::move(session));
}

std::unique_ptr<CaseSession> MainWindow::takeRetired(const QUuid &id)
{
    const auto found = std::find_if(m_retired.begin(), m_retired.end(),
                                    [&id](const auto &retired) { return retired->caseData().id == id; });
    if (found == m_retired.end())
        return {};
    std::unique_ptr<CaseSession> session = std::move(*found);
    m_retired.erase(found);
    session->disconnect(this);
    return session;
}

void MainWindow::showWorkspace(std::unique_ptr<CaseSession> session)
{
    if (!m_journalFolder.isEmpty() && session->journalPath().isEmpty())
        session->attachJournal(m_journalFolder);
    leaveCase();
    m_workspace = new CaseWorkspace(std::move(session), m_directory, m_language, m_stack);
    m_stack->addWidget(m_workspace);
    showPage(m_workspace, [this] { m_workspace->focusStart(); });
    connect(&m_workspace->session(), &CaseSession::changed, this, &MainWindow::updateCaseActions);
    connect(m_workspace->headerBar(), &CaseHeaderBar::continueFollowUpRequested, this, &MainWindow::continueFollowUp);
    if (m_contactsToEnd.remove(m_workspace->session().caseData().id))
        endContact(); // the caller hung up while it was being read
    updateCaseActions();
}

void MainWindow::showPage(QWidget *page, const std::function<void()> &focusStart)
{
    // The page takes the focus before it shows: the stack would otherwise pass the focus to some
    // control of the new page on the way, and a screen reader would read that one out too.
    focusStart();
    m_stack->setCurrentWidget(page);
    focusStart();
}

void MainWindow::showHome()
{
    QUuid select;
    if (m_workspace) {
        select = m_workspace->session().caseData().id;
        // Leaving a case saves it as it is; a case still in contact stays open in the list.
        leaveCase();
    }
    m_homeView->reload(select);
    showPage(m_homeView, [this] { m_homeView->focusList(); });
    statusBar()->clearMessage();
    updateCaseActions();
}

void MainWindow::toggleHold()
{
    if (m_workspace && m_stack->currentWidget() == m_workspace)
        m_workspace->session().toggleHold();
}

void MainWindow::endContact()
{
    if (!m_workspace || m_workspace->session().caseData().status != CaseStatus::Active)
        return;
    m_workspace->session().endContact();
    statusBar()->showMessage(tr("Contact ended. Complete the case: F9 closes it, F10 plans a follow-up."), 8000);
}

void MainWindow::endContactOf(const QUuid &id)
{
    if (m_workspace && m_workspace->session().caseData().id == id) {
        endContact();
        return;
    }
    const auto retired = std::find_if(m_retired.begin(), m_retired.end(),
                                      [&id](const auto &session) { return session->caseData().id == id; });
    if (retired != m_retired.end()) {
        if ((*retired)->caseData().status == CaseStatus::Active)
            (*retired)->endContact(); // saved on its way with the rest
        return;
    }
    m_contactsToEnd.insert(id);
    if (m_openingId == id)
        return; // ends as it shows
    CaseSession::open(
            m_cases, this, id, m_owner,
            [this, id](CaseSession::Opened opened) {
                if (!m_contactsToEnd.contains(id))
                    return; // opened on screen meanwhile, and ended there
                if (m_workspace && m_workspace->session().caseData().id == id) {
                    m_contactsToEnd.remove(id);
                    endContact();
                    return;
                }
                if (!opened.session) {
                    m_contactsToEnd.remove(id);
                    statusBar()->showMessage(
                            tr("The caller hung up, but the case could not be read. End its contact with F8 "
                               "when you open it."),
                            8000);
                    return;
                }
                if (opened.session->caseData().status != CaseStatus::Active)
                    return;
                m_contactsToEnd.remove(id);
                if (!m_journalFolder.isEmpty())
                    opened.session->attachJournal(m_journalFolder);
                opened.session->endContact();
                retire(std::move(opened.session));
                m_homeView->reload();
            },
            m_clock);
}

void MainWindow::closeCase()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    if (!m_workspace->tryClose()) {
        statusBar()->showMessage(tr("The case cannot be closed yet: what is missing is listed at the top."), 8000);
        return;
    }
    showHome();
    statusBar()->showMessage(tr("Case closed."), 8000);
}

void MainWindow::planFollowUp()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    CaseSession &session = m_workspace->session();
    if (session.caseData().status == CaseStatus::Active) {
        statusBar()->showMessage(tr("End the contact first (F8), then plan the follow-up."), 8000);
        return;
    }
    m_workspace->flushEdits();
    FollowUpDialog dialog(
            now().toLocalTime().date(),
            [&session](const QDate &date, const QString &instruction, QString *error) {
                return session.scheduleFollowUp(date, instruction, error);
            },
            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate date = session.caseData().followUpDate;
    showHome();
    statusBar()->showMessage(tr("Follow-up planned for %1.").arg(QLocale().toString(date, QLocale::ShortFormat)), 8000);
}

void MainWindow::handOverCase()
{
    if (!m_workspace || m_workspace->session().caseData().status == CaseStatus::Closed)
        return;
    m_workspace->flushEdits();
    QPointer<CaseSession> session = &m_workspace->session();
    HandoverDialog dialog(
            [session](const QString &receiver, const QString &note, std::function<void(const QString &)> finished) {
                if (!session) {
                    finished(tr("The case is no longer open."));
                    return;
                }
                session->handOver(receiver, note, std::move(finished));
            },
            this);
    // The colleagues' names come when the database has sent them; meanwhile a name can be typed.
    auto receivers = std::make_shared<QStringList>();
    const QString owner = m_owner;
    StorageRequest reading = m_cases.run(
            &dialog,
            [receivers, owner](CaseRepository &repository) { *receivers = repository.handoverReceivers(owner); },
            [&dialog, receivers](const std::optional<StorageError> &error) {
                if (error)
                    dialog.receiversUnavailable();
                else
                    dialog.setReceivers(*receivers);
            });
    const int answer = dialog.exec();
    reading.cancel();
    if (answer != QDialog::Accepted || !session)
        return;
    const QString receiver = session->handovers().constLast().to;
    showHome();
    statusBar()->showMessage(tr("Case handed over to %1.").arg(receiver), 8000);
}

void MainWindow::enableSupervision(AsyncStorage &storage)
{
    if (m_supervision)
        return;
    m_supervision = new SupervisorWindows(storage, m_owner, this);
    m_supervision->setContentLanguage(m_language);
    if (m_tree && m_directory)
        m_supervision->setContent(*m_tree, *m_directory);
    QMenu *menu = new QMenu(tr("&Supervision"), this);
    menu->setObjectName(u"supervisionMenu"_qs);
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu); // before Help
    QAction *caseLog = menu->addAction(tr("Case &log…"), this, [this] { m_supervision->showCaseLog(); });
    caseLog->setObjectName(u"caseLogAction"_qs);
    ShortcutKeys::instance().bind(caseLog);
    QAction *dashboard = menu->addAction(tr("&Dashboard…"), this, [this] { m_supervision->showDashboard(); });
    dashboard->setObjectName(u"dashboardAction"_qs);
    ShortcutKeys::instance().bind(dashboard);
    // The floor, live from the chat gateway; the gateway (enableChat) may be set after this menu.
    QAction *live = menu->addAction(tr("Li&ve view…"), this,
                                    [this] { m_supervision->showLiveView(m_chatGateway, chatTicketRequest()); });
    live->setObjectName(u"liveViewAction"_qs);
    live->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    live->setToolTip(tr("Agents, waiting chats and alerts as they happen (Ctrl+Shift+F)"));
    addActions({caseLog, dashboard, live});
}

void MainWindow::enableChat(const QUrl &gateway, AsyncStorage &storage)
{
    m_chatGateway = gateway;
    m_chatStorage = &storage;
    QAction *chats = new QAction(tr("Ch&ats…"), this);
    chats->setObjectName(u"chatsAction"_qs);
    ShortcutKeys::instance().bind(chats);
    chats->setToolTip(tr("The chat queue and your open chats (Ctrl+Shift+C)"));
    connect(chats, &QAction::triggered, this, [this] { showChats(); });
    addAction(chats);
    if (QMenu *caseMenu = findChild<QMenu *>(u"caseMenu"_qs)) {
        caseMenu->addSeparator();
        caseMenu->addAction(chats);
    }
}

void MainWindow::enableTreeEditor(DraftPublisher *publisher, DraftHeatSource *heat)
{
    m_draftPublisher = publisher;
    m_draftHeat = heat;
    if (m_treeEditorEnabled)
        return;
    m_treeEditorEnabled = true;
    QMenu *menu = new QMenu(tr("C&ontent"), this);
    menu->setObjectName(u"contentMenu"_qs);
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu); // before Help
    QAction *editor = menu->addAction(tr("Tree &editor…"), this, [this] { showTreeEditor(); });
    editor->setObjectName(u"treeEditorAction"_qs);
    ShortcutKeys::instance().bind(editor);
    editor->setToolTip(tr("Edit the decision tree, check it and publish it (Ctrl+Shift+E)"));
    addAction(editor);
}

TreeEditorWindow *MainWindow::showTreeEditor()
{
    if (!m_treeEditorEnabled || !m_tree || !m_directory)
        return nullptr;
    if (!m_treeEditor) {
        // The draft starts as the tree the desk uses; its canonical content always reads back as a draft.
        QString error;
        const std::optional<TreeDraft> draft = TreeDraft::fromInput(
                JsonFileReader::readBytes(m_tree->canonicalContent(), m_tree->version() + u".tree.json"_qs), &error);
        if (!draft)
            return nullptr;
        m_treeEditor = new TreeEditorWindow(*draft, m_directory, this);
        m_treeEditor->setWindowFlag(Qt::Window);
        m_treeEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_treeEditor->setPublisher(m_draftPublisher);
        m_treeEditor->setHeatSource(m_draftHeat, m_tree);
    }
    m_treeEditor->show();
    m_treeEditor->raise();
    m_treeEditor->activateWindow();
    return m_treeEditor;
}

chat::ChatAgentClient::TicketRequest MainWindow::chatTicketRequest() const
{
    // A fresh one-time ticket for every (re)connect, issued on the storage thread; offline, an empty one
    // (the gateway refuses it and the client tries again).
    AsyncStorage *storage = m_chatStorage;
    const QString owner = m_owner;
    return [storage, owner](std::function<void(const QString &)> deliver) {
        if (!storage) {
            deliver(QString());
            return;
        }
        storage->run<QString>(
                storage, [owner](Database &database) { return chat::ChatTickets(database).issue(owner); },
                [deliver = std::move(deliver)](StorageResult<QString> ticket) {
                    deliver(ticket.value.value_or(QString()));
                });
    };
}

ChatDesk *MainWindow::showChats()
{
    if (!chatDesk())
        return nullptr;
    m_chatDesk->show();
    m_chatDesk->raise();
    m_chatDesk->activateWindow();
    return m_chatDesk;
}

PhoneCalls *MainWindow::enablePhoneCalls()
{
    if (m_phoneCalls || !chatDesk())
        return m_phoneCalls;
    m_callBar = new CallOfferBar(centralWidget());
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, m_callBar);
    m_phoneCalls = new PhoneCalls(*this, *m_callBar, PhoneMenu::shipped(), this);
    m_phoneCalls->attach(m_chatDesk->client());
    return m_phoneCalls;
}

CaseSession *MainWindow::startPhoneCase(const QDateTime &openedAt, const std::function<void(CaseSession &)> &prepare)
{
    if (!m_tree || !m_directory)
        return nullptr;
    cancelOpening();
    std::unique_ptr<CaseSession> session
            = CaseSession::start(m_cases, m_tree, Channel::Phone, m_owner, m_clock, openedAt);
    if (prepare)
        prepare(*session); // before the workspace: its tree walker starts where the session stands
    showWorkspace(std::move(session));
    return &m_workspace->session();
}

ChatDesk *MainWindow::chatDesk()
{
    if (!m_chatStorage)
        return nullptr;
    if (!m_chatDesk) {
        AsyncStorage *storage = m_chatStorage;
        const QString owner = m_owner;
        // A fresh one-time ticket for every (re)connect: the gateway never sees the database password.
        // The ticket is issued on the storage thread; the client waits for it without blocking.
        auto client = std::make_unique<chat::ChatAgentClient>(
                m_chatGateway,
                chat::ChatAgentClient::TicketRequest([storage, owner](std::function<void(const QString &)> deliver) {
                    storage->run<QString>(
                            storage, [owner](Database &database) { return chat::ChatTickets(database).issue(owner); },
                            [deliver = std::move(deliver)](StorageResult<QString> ticket) {
                                // Offline: an empty ticket; the gateway refuses and the client tries again.
                                deliver(ticket.value.value_or(QString()));
                            });
                }));
        m_chatDesk = new ChatDesk(std::move(client), m_cases, m_owner, m_directory, this);
        m_chatDesk->setContentLanguage(m_language);
        m_chatDesk->setWindowFlag(Qt::Window);
        m_chatDesk->setWindowTitle(tr("Chats — Wegwijzer Desk"));
        m_chatDesk->resize(1300, 850);
        connect(m_chatDesk, &ChatDesk::openChatsChanged, m_agentStatus, &AgentStatus::setOpenChats);
        // The gateway offers chats only to agents whose state allows them (docs/chat-protocol.md).
        m_chatDesk->setAgentState(m_agentStatus->state());
        connect(m_agentStatus, &AgentStatus::changed, m_chatDesk, &ChatDesk::setAgentState);
    }
    return m_chatDesk;
}

void MainWindow::offerToRestoreUnsavedWork()
{
    if (m_journalFolder.isEmpty())
        return;
    const QList<JournaledWork> pending = CaseJournal::pending(m_journalFolder);
    if (pending.isEmpty())
        return;
    const QString when = QLocale().toString(pending.constLast().lastChangeAt.toLocalTime(), QLocale::ShortFormat);
    const auto answer = QMessageBox::question(
            this, tr("Restore unsaved work?"),
            tr("Work on %n case(s) was not saved when the desktop stopped (last change %1). Restore it now? "
               "If you choose No, it stays on this computer and you are asked again at the next start.",
               nullptr, int(pending.size()))
                    .arg(when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restoreUnsavedWork();
    activateWindow(); // the keyboard goes back to the window, also where no window manager hands it over
}

void MainWindow::restoreUnsavedWork(std::function<void(int restored)> finished)
{
    restoreNext(CaseJournal::pending(m_journalFolder), 0, std::make_shared<std::unique_ptr<CaseSession>>(),
                std::move(finished));
}

void MainWindow::restoreNext(QList<JournaledWork> pending, int restored,
                             std::shared_ptr<std::unique_ptr<CaseSession>> last, std::function<void(int)> finished)
{
    if (pending.isEmpty()) {
        if (*last) {
            showWorkspace(std::move(*last));
            statusBar()->showMessage(tr("Unsaved work restored: %n case(s).", nullptr, restored), 8000);
        } else {
            m_homeView->reload();
        }
        if (finished)
            finished(restored);
        return;
    }
    const JournaledWork work = pending.takeFirst();
    statusBar()->showMessage(tr("Restoring unsaved work…"));
    CaseSession::restore(
            m_cases, this, work, m_owner, m_tree,
            [this, work, pending, restored, last, finished](CaseSession::Opened opened) mutable {
                if (opened.error) {
                    if (*last)
                        showWorkspace(std::move(*last));
                    statusBar()->clearMessage();
                    QMessageBox::warning(this, tr("Work not restored"),
                                         tr("Unsaved work could not be restored yet: %1. It stays on this computer.")
                                                 .arg(opened.error->message()));
                    if (finished)
                        finished(restored);
                    return;
                }
                if (opened.missing) {
                    QFile::remove(work.path); // a draft for a case that never reached the database
                } else if (opened.session) {
                    ++restored;
                    retire(std::move(*last)); // an earlier one saves what it can and closes
                    *last = std::move(opened.session);
                }
                restoreNext(std::move(pending), restored, last, std::move(finished));
            },
            m_clock);
}

void MainWindow::continueFollowUp()
{
    if (!m_workspace || !m_workspace->session().continueFollowUp())
        return;
    m_workspace->focusStart();
    statusBar()->showMessage(tr("Follow-up continued: the case can be changed and closed again."), 8000);
}

void MainWindow::continueFollowUpOf(const QUuid &id)
{
    openCase(id, [this] { continueFollowUp(); });
}

void MainWindow::setTree(std::shared_ptr<const DecisionTree> tree)
{
    QString status = tr("Tree %1").arg(tree->version());
    if (m_publishedId > 0)
        status += u" · "_qs + tr("published version %1").arg(m_publishedId);
    if (tree->awaitingReview() || m_directory->awaitingReview())
        status += u" · "_qs + tr("draft: awaiting review by the expertise network");
    m_treeStatus->setText(status);
    m_treeStatus->setToolTip(tree->identity());
    m_treeStatus->setAccessibleName(status);
    m_tree = std::move(tree);
    if (m_supervision && m_directory)
        m_supervision->setContent(*m_tree, *m_directory);
}

void MainWindow::setContentLanguage(const QString &language)
{
    m_language = language;
    if (m_workspace)
        m_workspace->setContentLanguage(language);
    if (m_supervision)
        m_supervision->setContentLanguage(language);
    const QSignalBlocker blocker(m_englishContentAction);
    m_englishContentAction->setChecked(language == u"en");
    // Only a real change is written: every write costs a lock file and a sync at start-up.
    QSettings settings;
    if (settings.value(u"content/language"_qs).toString() != language)
        settings.setValue(u"content/language"_qs, language);
}

void MainWindow::openTreeFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open tree file"), QString(), tr("Tree files (*.json)"));
    if (path.isEmpty())
        return;
    const TreeLoadResult result = TreeLoader::loadFile(path, *m_directory);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &diagnostic : result.diagnostics)
            lines.append(diagnostic.toString());
        QMessageBox box(
                QMessageBox::Warning, tr("Tree file not opened"),
                tr("The file has %n problem(s). The current tree stays open.", nullptr, int(result.diagnostics.size())),
                QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return;
    }
    m_publishedId = 0;
    setTree(result.tree);
    statusBar()->showMessage(tr("New cases use this tree; an open case keeps the tree it was walked in."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wegwijzer Desk"),
                       tr("<p><b>Wegwijzer Desk %1</b></p>"
                          "<p>The agent desktop of the signposting service for social safety in schools.</p>"
                          "<p>Licence: GPL-3.0-or-later.</p>")
                               .arg(QString::fromLatin1(WW_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workspace)
        m_workspace->flushEdits();
    if (m_workspace)
        m_workspace->session().retryNow();
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_qs, saveGeometry());
    settings.setValue(u"mainWindow/state"_qs, saveState());
    m_agentStatus->setOffline(true); // recorded before the storage closes
    event->accept();
}

} // namespace ww
