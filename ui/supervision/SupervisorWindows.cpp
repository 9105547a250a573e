// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/SupervisorWindows.h"

#include "common/AccessibleRoles.h"

#include "chat/FloorClient.h"
#include "directory/ReferralDirectory.h"
#include "supervision/CaseLogView.h"
#include "supervision/CaseTimelineView.h"
#include "supervision/DashboardView.h"
#include "supervision/LiveView.h"
#include "tree/DecisionTree.h"

#include <QDate>
#include <QKeyEvent>

namespace ww {

namespace {

/// Esc closes a supervision window, as it closes a dialog. It sees only the Esc nothing inside the
/// window took: a running search's Stop button (Esc as well) and open editors come first.
class EscapeClosesWindow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            static_cast<QWidget *>(watched)->close();
            return true;
        }
        return false;
    }
};

} // namespace

SupervisorWindows::SupervisorWindows(AsyncStorage &storage, QString actor, QWidget *owner)
    : QObject(owner)
    , m_storage(storage)
    , m_actor(std::move(actor))
    , m_owner(owner)
{ }

void SupervisorWindows::setContent(const DecisionTree &tree, const ReferralDirectory &directory)
{
    // The texts themselves, not the content: a new tree may replace it while the windows stay open.
    m_nodeTexts.clear();
    for (const TreeNode &node : tree.nodes())
        m_nodeTexts.append({node.id, node.text});
    m_partyTexts.clear();
    for (const Party &party : directory.parties())
        m_partyTexts.append({party.id, party.name});
    updateNames();
}

void SupervisorWindows::setContentLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    updateNames();
}

void SupervisorWindows::updateNames()
{
    m_nodeNames.clear();
    for (const auto &[id, text] : std::as_const(m_nodeTexts))
        m_nodeNames.insert(id, text.in(m_language).left(90));
    m_partyNames.clear();
    m_partyChoices.clear();
    for (const auto &[id, name] : std::as_const(m_partyTexts)) {
        m_partyNames.insert(id, name.in(m_language));
        m_partyChoices.append({id, name.in(m_language)});
    }
    if (m_caseLog) {
        m_caseLog->setPartyChoices(m_partyChoices);
        m_caseLog->setNames(m_nodeNames, m_partyNames);
    }
    if (m_dashboard)
        m_dashboard->setNames(m_partyNames, m_nodeNames);
    m_timelines.removeAll(nullptr);
    for (CaseTimelineView *timeline : std::as_const(m_timelines))
        timeline->setNames(m_nodeNames, m_partyNames);
}

void SupervisorWindows::present(QWidget *window, const QString &title)
{
    // Windows of their own (Alt+Tab between case log, timelines and the agent's desktop), closed
    // with the main window.
    window->setWindowFlag(Qt::Window);
    AccessibleRoles::markAsWindow(window);
    if (!window->property("wwEscapeCloses").toBool()) {
        window->installEventFilter(new EscapeClosesWindow(window));
        window->setProperty("wwEscapeCloses", true);
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    window->resize(1200, 760);
    window->show();
    window->raise();
    window->activateWindow();
}

CaseLogView *SupervisorWindows::showCaseLog()
{
    if (!m_caseLog) {
        // It opens on the whole log, newest first, until the supervisor filters.
        m_caseLog = new CaseLogView(m_storage, m_owner);
        m_caseLog->setActor(m_actor);
        m_caseLog->setPartyChoices(m_partyChoices);
        m_caseLog->setNames(m_nodeNames, m_partyNames);
        connect(m_caseLog, &CaseLogView::openRequested, this, &SupervisorWindows::showTimeline);
        present(m_caseLog, tr("Case log — Wegwijzer Desk"));
    } else {
        m_caseLog->raise();
        m_caseLog->activateWindow();
    }
    return m_caseLog;
}

DashboardView *SupervisorWindows::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_storage, m_owner);
        m_dashboard->setNames(m_partyNames, m_nodeNames);
        const QDate today = QDate::currentDate();
        m_dashboard->setPeriod(today.addDays(-90), today);
        m_dashboard->reload();
        present(m_dashboard, tr("Dashboard — Wegwijzer Desk"));
    } else {
        m_dashboard->raise();
        m_dashboard->activateWindow();
    }
    return m_dashboard;
}

CaseTimelineView *SupervisorWindows::showTimeline(const QUuid &caseId)
{
    auto *timeline = new CaseTimelineView(m_storage, m_actor, m_owner);
    timeline->setNames(m_nodeNames, m_partyNames);
    // Party names in a summary for the network are no personal details.
    QStringList knownWords;
    for (const auto &[id, name] : std::as_const(m_partyTexts))
        knownWords << name.nl << name.en;
    timeline->setKnownWords(knownWords);
    m_timelines.removeAll(nullptr);
    m_timelines.append(timeline);
    connect(timeline, &CaseTimelineView::closeRequested, timeline, &QWidget::close);
    timeline->showCase(caseId);
    present(timeline, tr("Case %1 — Wegwijzer Desk").arg(caseId.toString(QUuid::WithoutBraces).left(8)));
    return timeline;
}

LiveView *SupervisorWindows::showLiveView(const QUrl &gateway, const chat::ChatAgentClient::TicketRequest &tickets)
{
    if (!m_liveView) {
        std::unique_ptr<chat::FloorClient> client;
        if (gateway.isValid() && !gateway.isEmpty())
            client = std::make_unique<chat::FloorClient>(gateway, tickets);
        m_liveView = new LiveView(std::move(client), &m_storage, m_owner);
        present(m_liveView, tr("Live view — Wegwijzer Desk"));
    } else {
        m_liveView->raise();
        m_liveView->activateWindow();
    }
    return m_liveView;
}

} // namespace ww
