// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/TelephonyFrames.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <optional>

namespace ww {

namespace chat {
class ChatAgentClient;
}
class CallOfferBar;
class MainWindow;
class PhoneMenu;

/// The phone system's calls at the desk (docs/telephony.md): an offered call shows in the call bar; an
/// answered one opens a phone case, pre-filled from the phone menu's choices and language, with the call
/// timer from the real answer time; a call the phone system ends moves its case to wrap-up, as F8 does.
/// A call answered while another phone case is open replaces nothing: the agent chooses. Without a phone
/// system nothing of this happens and cases start by hand.
class PhoneCalls : public QObject
{
    Q_OBJECT

public:
    PhoneCalls(MainWindow &window, CallOfferBar &bar, const PhoneMenu &menu, QObject *parent = nullptr);

    /// Listens to the desk's gateway connection.
    void attach(chat::ChatAgentClient &client);
    /// One frame from the gateway; frames not in their documented form are dropped.
    void onFrame(const QJsonObject &frame);
    void handle(const chat::CallEvent &event);
    /// The case opened for \a call, or null.
    QUuid caseOf(const QString &call) const { return m_cases.value(call); }
    /// A call answered at this desk that the phone system has not ended.
    bool hasCallInProgress() const { return !m_cases.isEmpty(); }

private:
    void offered(const chat::CallOffer &offer);
    void answered(const QString &call, const QDateTime &at);
    void ended(const QString &call);
    void openCase(const QString &call, const QDateTime &at);
    QString describe(const chat::CallOffer &offer) const;
    bool phoneCaseActive() const;

    MainWindow &m_window;
    CallOfferBar &m_bar;
    const PhoneMenu &m_menu;
    QHash<QString, chat::CallOffer> m_offers; ///< offered and not ended (the number in memory only)
    QHash<QString, QUuid> m_cases;            ///< call → the case opened for it
    struct Pending
    {
        QString call;
        QDateTime at;
    };
    std::optional<Pending> m_pending; ///< answered while another phone case was open: the agent chooses
};

} // namespace ww
