// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatOfferPanel.h"

#include "common/CaseLabels.h"

#include <QAccessible>
#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ww {

ChatOfferPanel::ChatOfferPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_acceptButton(new QPushButton(tr("Accept"), this))
    , m_declineButton(new QPushButton(tr("Decline"), this))
    , m_acceptAction(new QAction(tr("Accept the offered chat"), this))
    , m_declineAction(new QAction(tr("Decline the offered chat"), this))
{
    setObjectName(u"chatOfferPanel"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Chat offered to you"));
    m_title->setObjectName(u"chatOfferTitle"_qs);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details->setObjectName(u"chatOfferDetails"_qs);
    m_details->setWordWrap(true);
    m_countdown->setObjectName(u"chatOfferCountdown"_qs);
    m_acceptButton->setObjectName(u"acceptOfferButton"_qs);
    m_declineButton->setObjectName(u"declineOfferButton"_qs);
    m_acceptButton->setAccessibleName(tr("Accept the offered chat"));
    m_declineButton->setAccessibleName(tr("Decline the offered chat"));
    m_acceptButton->setAccessibleDescription(tr("Ctrl+Shift+Enter, or Enter on this panel"));
    m_declineButton->setAccessibleDescription(tr("Ctrl+Shift+Backspace"));
    m_acceptButton->setToolTip(tr("Accept the offered chat (Ctrl+Shift+Enter)"));
    m_declineButton->setToolTip(tr("Decline the offered chat: it goes to a colleague (Ctrl+Shift+Backspace)"));
    m_acceptButton->setAutoDefault(true);
    m_acceptButton->setDefault(true);

    // Window-wide, so the agent answers without leaving the chat they are typing in.
    m_acceptAction->setObjectName(u"acceptOfferAction"_qs);
    m_acceptAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::KeypadModifier | Qt::Key_Enter)});
    m_declineAction->setObjectName(u"declineOfferAction"_qs);
    m_declineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    for (QAction *action : {m_acceptAction, m_declineAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
    }
    connect(m_acceptAction, &QAction::triggered, this, [this] { answer(true); });
    connect(m_declineAction, &QAction::triggered, this, [this] { answer(false); });
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] { answer(false); });

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ChatOfferPanel::tick);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_declineButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_countdown);
    layout->addLayout(buttons);
    hide();
}

void ChatOfferPanel::showOffer(const chat::ChatOffer &offer)
{
    m_chat = offer.entry.chat;
    m_expiresSeconds = offer.expiresSeconds;
    m_age.start();
    QString details
            = tr("Waiting %1 · %2").arg(CaseLabels::duration(offer.entry.waitingSeconds), offer.entry.lang.toUpper());
    if (!offer.entry.treePath.isEmpty())
        details += u" · "_qs + tr("%n step(s) on the website", nullptr, int(offer.entry.treePath.size()));
    if (!offer.entry.transferFrom.isEmpty())
        details += u" · "_qs + tr("from %1: %2").arg(offer.entry.transferFrom, offer.entry.transferNote);
    m_details->setText(details);
    m_title->setText(tr("A chat is offered to you."));
    setAccessibleDescription(details);
    m_acceptAction->setEnabled(true);
    m_declineAction->setEnabled(true);
    tick();
    m_ticker.start();
    show();
    // Said once, in full, without moving the focus: what it is and how to answer.
    m_announcement
            = tr("A chat is offered to you: %1. Ctrl+Shift+Enter accepts, Ctrl+Shift+Backspace declines.").arg(details);
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    QAccessibleEvent described(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&described);
}

void ChatOfferPanel::withdraw(const QUuid &chat)
{
    if (chat == m_chat)
        clear();
}

void ChatOfferPanel::clear()
{
    m_chat = QUuid();
    m_ticker.stop();
    m_acceptAction->setEnabled(false);
    m_declineAction->setEnabled(false);
    hide();
}

int ChatOfferPanel::secondsLeft() const
{
    if (m_chat.isNull())
        return 0;
    return std::max(0, m_expiresSeconds - int(m_age.elapsed() / 1000));
}

void ChatOfferPanel::tick()
{
    // The gateway decides when the offer ends (offer-withdrawn); this only shows the time left.
    const int left = secondsLeft();
    m_countdown->setText(tr("Answer within %n second(s).", nullptr, left));
}

void ChatOfferPanel::answer(bool accept)
{
    const QUuid chat = m_chat;
    if (chat.isNull())
        return;
    clear();
    if (accept)
        emit accepted(chat);
    else
        emit declined(chat);
}

} // namespace ww
