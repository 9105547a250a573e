// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AgentStatusButton.h"

#include "agents/AgentStatus.h"
#include "common/CaseLabels.h"
#include "common/DeskPalette.h"

#include <QAction>
#include <QMenu>

namespace ww {

namespace {

QString clock(qint64 seconds)
{
    if (seconds >= 3600)
        return QString::asprintf("%lld:%02lld:%02lld", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    return QString::asprintf("%02lld:%02lld", seconds / 60, seconds % 60);
}

} // namespace

AgentStatusButton::AgentStatusButton(AgentStatus &status, QWidget *parent)
    : QToolButton(parent)
    , m_status(status)
    , m_availableAction(new QAction(tr("&Available"), this))
    , m_breakAction(new QAction(tr("&Break"), this))
    , m_otherWorkAction(new QAction(tr("&Other work"), this))
{
    setObjectName(u"agentStatusButton"_qs);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setAutoRaise(true);
    m_availableAction->setObjectName(u"agentAvailableAction"_qs);
    m_breakAction->setObjectName(u"agentBreakAction"_qs);
    m_breakAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_breakAction->setCheckable(true);
    m_otherWorkAction->setObjectName(u"agentOtherWorkAction"_qs);
    m_otherWorkAction->setCheckable(true);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"agentStatusMenu"_qs);
    menu->addActions({m_availableAction, m_breakAction, m_otherWorkAction});
    setMenu(menu);
    setToolTip(tr("Your status and the time in it. Break: F12."));

    connect(m_availableAction, &QAction::triggered, this, [this] { choose(AgentState::Available); });
    connect(m_breakAction, &QAction::triggered, this, [this] {
        if (!m_status.toggleBreak())
            emit message(tr("You are on a call: choose Break after the call."));
        stateChanged();
    });
    connect(m_otherWorkAction, &QAction::triggered, this, [this] {
        choose(m_status.state() == AgentState::OtherWork ? AgentState::Available : AgentState::OtherWork);
    });
    connect(&m_status, &AgentStatus::changed, this, &AgentStatusButton::stateChanged);
    connect(&m_status, &AgentStatus::wrapUpOverrun, this, [this] {
        stateChanged();
        emit message(tr("Wrap-up runs over its maximum of %1: close the case (F9) or plan a follow-up (F10).")
                             .arg(clock(m_status.wrapUpLimitSeconds())));
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_status.check();
        refresh();
    });
    m_ticker.start();
    stateChanged();
}

void AgentStatusButton::choose(AgentState state)
{
    if (!m_status.choose(state))
        emit message(tr("You are on a call: choose Break or Other work after the call."));
    stateChanged();
}

void AgentStatusButton::stateChanged()
{
    const AgentState state = m_status.state();
    m_breakAction->setChecked(state == AgentState::Break);
    m_otherWorkAction->setChecked(state == AgentState::OtherWork);
    const bool over = m_status.isWrapUpOver();
    setAccessibleName(over ? tr("Status: %1, over time").arg(CaseLabels::agentState(state))
                           : tr("Status: %1").arg(CaseLabels::agentState(state)));
    setStyleSheet(over ? u"QToolButton { color: %1; font-weight: bold; }"_qs.arg(
                          DeskPalette::color(DeskPalette::Role::ErrorText).name())
                       : QString());
    refresh();
}

void AgentStatusButton::refresh()
{
    const QString time = clock(m_status.secondsInState());
    setText(m_status.isWrapUpOver() ? tr("%1 %2 (over time)").arg(CaseLabels::agentState(m_status.state()), time)
                                    : tr("%1 %2").arg(CaseLabels::agentState(m_status.state()), time));
}

} // namespace ww
