// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneCalls.h"

#include "case/CaseWorkspace.h"
#include "cases/CaseSession.h"
#include "cases/PhoneMenu.h"
#include "chat/ChatAgentClient.h"
#include "common/CaseLabels.h"
#include "shell/CallOfferBar.h"
#include "shell/MainWindow.h"

#include <QStatusBar>

namespace ww {

namespace {

constexpr qsizetype maxOffers = 50; ///< a phone system that never ends its calls does not fill the memory

} // namespace

PhoneCalls::PhoneCalls(MainWindow &window, CallOfferBar &bar, const PhoneMenu &menu, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
    , m_menu(menu)
{
    connect(&m_bar, &CallOfferBar::openRequested, this, [this] {
        if (const std::optional<Pending> pending = std::exchange(m_pending, std::nullopt))
            openCase(pending->call, pending->at);
    });
    connect(&m_bar, &CallOfferBar::keepRequested, this, [this] {
        m_pending.reset();
        m_bar.clear();
    });
}

void PhoneCalls::attach(chat::ChatAgentClient &client)
{
    connect(&client, &chat::ChatAgentClient::callFrameReceived, this, &PhoneCalls::onFrame);
}

void PhoneCalls::onFrame(const QJsonObject &frame)
{
    if (const std::optional<chat::CallEvent> event
        = chat::TelephonyFrames::parseForDesk(frame, QDateTime::currentDateTimeUtc()))
        handle(*event);
}

void PhoneCalls::handle(const chat::CallEvent &event)
{
    switch (event.kind) {
    case chat::CallEvent::Kind::Offered:
        offered(event.offer);
        break;
    case chat::CallEvent::Kind::Answered:
        answered(event.call, event.at);
        break;
    case chat::CallEvent::Kind::Ended:
        ended(event.call);
        break;
    }
}

QString PhoneCalls::describe(const chat::CallOffer &offer) const
{
    const QString language = m_window.contentLanguage();
    QStringList choices;
    for (const QString &choice : offer.menu)
        choices.append(m_menu.label(choice, language));
    const QString caller = CaseLabels::callerLanguage(m_menu.callerLanguage(offer.lang));
    return choices.isEmpty()
            ? tr("Queue %1, no choices in the phone menu, language: %2.").arg(offer.queue, caller)
            : tr("Queue %1, phone menu: %2, language: %3.").arg(offer.queue, choices.join(tr(", ")), caller);
}

bool PhoneCalls::phoneCaseActive() const
{
    const CaseWorkspace *workspace = m_window.workspace();
    if (!workspace)
        return false;
    const Case &open = workspace->session().caseData();
    return open.channel == Channel::Phone && open.status == CaseStatus::Active;
}

void PhoneCalls::offered(const chat::CallOffer &offer)
{
    if (!m_offers.contains(offer.call) && m_offers.size() >= maxOffers)
        m_offers.erase(m_offers.begin());
    m_offers.insert(offer.call, offer);
    if (m_bar.isAsking())
        return; // the agent still has a choice to make; the ringing shows in the status bar
    m_bar.showText(tr("The phone rings. %1").arg(describe(offer)));
}

void PhoneCalls::answered(const QString &call, const QDateTime &at)
{
    if (m_cases.contains(call))
        return; // the phone system said it twice
    if (phoneCaseActive()) {
        m_pending = Pending{call, at};
        const auto offer = m_offers.constFind(call);
        m_bar.showText(tr("A call was answered while a phone case is open. %1 Open a case for it, or keep the "
                          "current case?")
                               .arg(offer == m_offers.cend() ? QString() : describe(*offer)),
                       true);
        return;
    }
    openCase(call, at);
}

void PhoneCalls::openCase(const QString &call, const QDateTime &at)
{
    const chat::CallOffer offer = m_offers.value(call);
    CaseSession *session = m_window.startPhoneCase(at, [this, &offer](CaseSession &started) {
        const PhoneMenu::Prefill prefill
                = m_menu.prefill(offer.menu, offer.lang, started.tree(), started.caseData().openedAt);
        if (!prefill.walk.isEmpty())
            started.recordWalk(prefill.walk);
        CaseFields fields = started.caseData().fields;
        if (!prefill.callerRole.isEmpty())
            fields.callerRole = prefill.callerRole;
        if (!offer.lang.isEmpty())
            fields.callerLanguage = prefill.callerLanguage;
        started.setFields(fields);
        if (!offer.callerNumber.isEmpty())
            started.offerCallerNumber(offer.callerNumber); // in memory, for the consent box
    });
    if (!session)
        return;
    m_cases.insert(call, session->caseData().id);
    m_window.syncAgentStatus();
    m_bar.clear();
    m_window.statusBar()->showMessage(
            tr("Phone case opened for the answered call; the call timer runs from the answer. F6 holds."), 8000);
}

void PhoneCalls::ended(const QString &call)
{
    m_offers.remove(call);
    if (m_pending && m_pending->call == call) {
        m_pending.reset();
        m_bar.clear();
    } else if (!m_cases.contains(call) && !m_bar.isAsking()) {
        m_bar.clear(); // rang, and stopped before anyone answered
    }
    const QUuid caseId = m_cases.take(call);
    if (caseId.isNull())
        return;
    const CaseWorkspace *workspace = m_window.workspace();
    const bool onScreen = workspace && workspace->session().caseData().id == caseId;
    m_window.endContactOf(caseId);
    m_window.syncAgentStatus();
    if (!onScreen) {
        m_window.statusBar()->showMessage(
                tr("The caller hung up. Their case is now in wrap-up; open it from the list to complete it."), 8000);
    }
}

} // namespace ww
