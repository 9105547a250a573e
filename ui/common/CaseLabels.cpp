// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CaseLabels.h"

#include "VocabularyNames.h"

#include <QDate>
#include <QLocale>

namespace ww {

// The codes of Vocabulary are named in core, so that the reports use the same names; an empty code
// stays empty here (an empty field in a form).
QString CaseLabels::callerRole(const QString &code)
{
    return code.isEmpty() ? code : VocabularyNames::callerRole(code);
}

QString CaseLabels::schoolType(const QString &code)
{
    return code.isEmpty() ? code : VocabularyNames::schoolType(code);
}

QString CaseLabels::theme(const QString &code)
{
    return code.isEmpty() ? code : VocabularyNames::theme(code);
}

QString CaseLabels::agentState(AgentState state)
{
    switch (state) {
    case AgentState::Available:
        return tr("Available");
    case AgentState::OnCall:
        return tr("On a call");
    case AgentState::InChat:
        return tr("In chat");
    case AgentState::WrapUp:
        return tr("Wrap-up");
    case AgentState::Break:
        return tr("Break");
    case AgentState::OtherWork:
        return tr("Other work");
    case AgentState::Offline:
        return tr("Offline");
    }
    return {};
}

QString CaseLabels::callerLanguage(const QString &code)
{
    return code.isEmpty() ? code : VocabularyNames::callerLanguage(code);
}

QString CaseLabels::routeStage(const QString &code)
{
    if (code == u"not-started")
        return tr("Has not raised it yet");
    if (code == u"talked-to-school")
        return tr("Has talked to the school");
    if (code == u"vertrouwenspersoon")
        return tr("Has seen the confidential adviser");
    if (code == u"formal-complaint")
        return tr("Has filed a formal complaint");
    if (code == u"completed")
        return tr("Complaint route completed");
    return code;
}

QString CaseLabels::channel(Channel channel)
{
    return channel == Channel::Chat ? tr("Chat") : tr("Phone");
}

QString CaseLabels::status(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Active:
        return tr("In contact");
    case CaseStatus::WrapUp:
        return tr("Wrap-up");
    case CaseStatus::FollowUp:
        return tr("Follow-up");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CaseLabels::event(const CaseEvent &event)
{
    if (event.kind == u"opened")
        return tr("Opened (%1)").arg(channel(channelFromCode(event.detail).value_or(Channel::Phone)).toLower());
    if (event.kind == u"hold")
        return tr("Put on hold");
    if (event.kind == u"resumed")
        return tr("Resumed");
    if (event.kind == u"contact-ended")
        return tr("Contact ended");
    if (event.kind == u"follow-up") {
        const QDate date = QDate::fromString(event.detail, Qt::ISODate);
        return tr("Follow-up planned for %1").arg(QLocale().toString(date, QLocale::ShortFormat));
    }
    if (event.kind == u"continued")
        return tr("Follow-up continued: %1").arg(event.detail);
    if (event.kind == u"closed")
        return tr("Closed");
    if (event.kind == u"website-path")
        return tr("Walk taken over from the website (phone code)");
    if (event.kind == u"handed-over")
        return tr("Handed over to %1").arg(event.detail);
    return event.kind;
}

QString CaseLabels::duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    const QString mmss = u"%1:%2"_qs.arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + mmss : mmss;
}

} // namespace ww
