// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatAgentClient.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;

namespace ww {

/// A chat the gateway offers to this agent (routing by availability): what it is, how long is left to
/// answer, and Accept / Decline. The panel never takes the focus (the agent may be typing in another chat);
/// window-wide shortcuts answer it: Ctrl+Shift+Enter accepts, Ctrl+Shift+Backspace declines, and Enter
/// accepts when the focus is on the panel. A new offer is announced to screen readers.
class ChatOfferPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChatOfferPanel(QWidget *parent = nullptr);

    void showOffer(const chat::ChatOffer &offer);
    /// The gateway took the offer back (or the connection went): the panel goes if it shows \a chat.
    void withdraw(const QUuid &chat);
    void clear();
    /// The chat on offer; null when there is none.
    QUuid chat() const { return m_chat; }
    int secondsLeft() const;
    QString announcement() const { return m_announcement; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *declineAction() const { return m_declineAction; }

signals:
    void accepted(const QUuid &chat);
    void declined(const QUuid &chat);

private:
    void answer(bool accept);
    void tick();

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_countdown;
    QPushButton *m_acceptButton;
    QPushButton *m_declineButton;
    QAction *m_acceptAction;
    QAction *m_declineAction;
    QUuid m_chat;
    int m_expiresSeconds = 0;
    QElapsedTimer m_age;
    QTimer m_ticker;
    QString m_announcement;
};

} // namespace ww
