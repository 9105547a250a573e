// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QTimer>
#include <QToolButton>

class QAction;

namespace ww {

class AgentStatus;

/// The agent's state and the time in it, always in the status bar: a button whose menu chooses Break or
/// Other work (and back to Available). The visible text counts the seconds; the accessible name changes
/// only with the state, so screen readers are not told the time every second. Wrap-up over its maximum
/// shows in red with "over time", in the text and the accessible name.
class AgentStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit AgentStatusButton(AgentStatus &status, QWidget *parent = nullptr);

    /// Break on and off (F12); the window adds it so that the key works in every view.
    QAction *breakAction() const { return m_breakAction; }
    QAction *otherWorkAction() const { return m_otherWorkAction; }
    QAction *availableAction() const { return m_availableAction; }
    /// Refreshes the text now (the timer does so every second).
    void refresh();

signals:
    /// Something to say in the status bar (a choice refused, wrap-up running over).
    void message(const QString &text);

private:
    void stateChanged();
    void choose(AgentState state);

    AgentStatus &m_status;
    QAction *m_availableAction;
    QAction *m_breakAction;
    QAction *m_otherWorkAction;
    QTimer m_ticker;
};

} // namespace ww
