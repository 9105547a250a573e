// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace ww {

/// The agent's state as contact centres count it, worked out from what the desk does:
///
/// - a phone case in contact on screen: On a call; its contact ended (F8): Wrap-up, until the case is
///   closed or left;
/// - otherwise open chats: In chat; none: Available;
/// - Break and Other work are chosen by the agent and win over chats; leaving them (or opening a phone
///   case, which means the agent took a call) goes back to what the desk shows;
/// - Offline when the desk logs out.
///
/// Wrap-up has a maximum (settings key wrapup_limit_seconds); once it is passed wrapUpOverrun() is emitted
/// and isWrapUpOver() is true until the state changes. Time comes from an injectable clock, so tests use a
/// fake one; call check() (the desk does so every second) to notice a maximum passed.
class AgentStatus : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultWrapUpLimitSeconds = 180;

    /// What the desk shows of a phone case.
    enum class PhoneCase { None, InContact, WrapUp };

    explicit AgentStatus(Clock clock = {}, QObject *parent = nullptr);

    AgentState state() const { return m_state; }
    QDateTime since() const { return m_since; }
    /// Whole seconds in the present state (never negative).
    qint64 secondsInState() const;
    int wrapUpLimitSeconds() const { return m_wrapUpLimit; }
    bool isWrapUpOver() const { return m_wrapUpOver; }
    int openChats() const { return m_openChats; }

    /// The phone case on screen went to \a phoneCase (None: no phone case, or it was closed or left).
    void setPhoneCase(PhoneCase phoneCase);
    /// Break or OtherWork, chosen by the agent; any other state leaves the chosen one. Refused (false)
    /// during a call: the state must say that the agent is on the phone.
    bool choose(AgentState state);
    /// Break on, or back from it (the Break key).
    bool toggleBreak();
    /// The desk logs out (true) or is back (false).
    void setOffline(bool offline);
    void setWrapUpLimitSeconds(int seconds);
    /// Emits wrapUpOverrun() once when wrap-up has passed its maximum.
    void check();

public slots:
    /// How many chats the agent has open now (the chat window tells).
    void setOpenChats(int count);

signals:
    void changed(ww::AgentState state, const QDateTime &since);
    /// Wrap-up has run over its maximum.
    void wrapUpOverrun();

private:
    QDateTime now() const;
    void update();

    Clock m_clock;
    AgentState m_state = AgentState::Available;
    QDateTime m_since;
    PhoneCase m_phoneCase = PhoneCase::None;
    std::optional<AgentState> m_chosen;
    int m_openChats = 0;
    bool m_offline = false;
    int m_wrapUpLimit = DefaultWrapUpLimitSeconds;
    bool m_wrapUpOver = false;
};

} // namespace ww
