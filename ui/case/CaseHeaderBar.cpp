// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseHeaderBar.h"

#include "common/AlertLabel.h"
#include "common/CaseLabels.h"
#include "common/DeskPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

CaseHeaderBar::CaseHeaderBar(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_issues([&session] { return session.wrapUpIssues(); })
    , m_channelLabel(new QLabel(this))
    , m_timerLabel(new QLabel(this))
    , m_holdLabel(new AlertLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_continueButton(new QPushButton(tr("Continue follow-up"), this))
    , m_checklistLabel(new AlertLabel(this))
{
    setObjectName(u"caseHeaderBar"_qs);
    setAccessibleName(tr("Case status"));

    QFont bold = font();
    bold.setBold(true);
    m_channelLabel->setObjectName(u"channelLabel"_qs);
    m_channelLabel->setFont(bold);
    m_timerLabel->setObjectName(u"callTimerLabel"_qs);
    m_timerLabel->setFont(QFont(u"monospace"_qs, font().pointSize() + 2, QFont::Bold));
    m_timerLabel->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    m_holdLabel->setObjectName(u"holdLabel"_qs);
    m_holdLabel->setText(tr("On hold (F6 resumes)"));
    m_holdLabel->setWordWrap(false);
    m_holdLabel->setAccessibleName(tr("The contact is on hold"));
    m_holdLabel->hide();
    m_holdLabel->setStyleSheet(u"background: %1; color: %2; padding: 2px 8px; font-weight: bold;"_qs.arg(
            DeskPalette::color(DeskPalette::Role::DangerBackground).name(),
            DeskPalette::color(DeskPalette::Role::DangerText).name()));
    m_statusLabel->setObjectName(u"caseStatusLabel"_qs);
    m_statusLabel->setWordWrap(true);
    m_continueButton->setObjectName(u"continueFollowUpButton"_qs);
    m_continueButton->setAccessibleName(tr("Continue this follow-up"));
    connect(m_continueButton, &QPushButton::clicked, this, &CaseHeaderBar::continueFollowUpRequested);
    m_checklistLabel->setObjectName(u"wrapUpChecklist"_qs);
    m_checklistLabel->setWordWrap(true);
    m_checklistLabel->setTextFormat(Qt::PlainText);
    m_checklistLabel->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    // Reachable with Tab so a screen reader reads what is missing (after the flags, which reset it).
    m_checklistLabel->setFocusPolicy(Qt::TabFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_channelLabel);
    top->addWidget(m_timerLabel);
    top->addWidget(m_holdLabel);
    top->addSpacing(12);
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_continueButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_checklistLabel);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &CaseHeaderBar::updateTimer);
    connect(&m_session, &CaseSession::changed, this, &CaseHeaderBar::refresh);
    refresh();
}

void CaseHeaderBar::refresh()
{
    const Case &c = m_session.caseData();
    m_channelLabel->setText(c.channel == Channel::Chat ? tr("Chat case") : tr("Phone case"));
    m_channelLabel->setAccessibleName(m_channelLabel->text());
    if (m_session.isOnHold() != m_holdLabel->isVisibleTo(this)) {
        if (m_session.isOnHold())
            m_holdLabel->announce(tr("The contact is on hold (F6 resumes)"));
        else
            m_holdLabel->hide();
    }

    QString status = CaseLabels::status(c.status);
    if (c.status == CaseStatus::FollowUp) {
        status = tr("Follow-up on %1: %2")
                         .arg(QLocale().toString(c.followUpDate, QLocale::ShortFormat), c.followUpInstruction);
    } else if (c.status == CaseStatus::Closed) {
        status = tr("Closed on %1 — read-only").arg(QLocale().toString(c.closedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_statusLabel->setText(status);
    m_statusLabel->setAccessibleName(tr("Status: %1").arg(status));
    m_continueButton->setVisible(c.status == CaseStatus::FollowUp);

    if (c.status == CaseStatus::Active)
        m_ticker.start();
    else
        m_ticker.stop();
    updateTimer();
    refreshIssues();
}

void CaseHeaderBar::setIssueSource(IssueSource source)
{
    m_issues = std::move(source);
    refreshIssues();
}

void CaseHeaderBar::refreshIssues()
{
    if (m_session.caseData().status == CaseStatus::WrapUp || m_emphasised)
        updateIssues(m_emphasised, false);
    else
        m_checklistLabel->hide();
}

void CaseHeaderBar::updateTimer()
{
    const QString time = CaseLabels::duration(m_session.contactSeconds());
    m_timerLabel->setText(time);
    // The accessible name changes once a minute, not every second: each change is an event a screen
    // reader may act on, and the exact seconds are on screen for whoever reads the label.
    const int minutes = int(m_session.contactSeconds() / 60);
    if (minutes != m_announcedMinutes) {
        m_announcedMinutes = minutes;
        m_timerLabel->setAccessibleName(tr("Contact time: %n minute(s)", nullptr, minutes));
    }
}

void CaseHeaderBar::showIssues(bool emphasised)
{
    updateIssues(emphasised, true);
}

void CaseHeaderBar::updateIssues(bool emphasised, bool announce)
{
    const QList<WrapUpIssue> issues = m_issues();
    m_emphasised = emphasised && !issues.isEmpty();
    const CaseStatus status = m_session.caseData().status;
    if (status == CaseStatus::Closed || status == CaseStatus::FollowUp) {
        m_checklistLabel->hide();
        return;
    }
    QString text;
    if (issues.isEmpty()) {
        text = tr("Ready to close (F9).");
    } else {
        QStringList lines{tr("Before this case can be closed:")};
        for (const WrapUpIssue &issue : issues)
            lines.append(u"• "_qs + issue.message);
        text = lines.join(u'\n');
    }
    // Spoken when it appears or changes after a refused close: the agent did not move there.
    if (announce || m_checklistLabel->text() != text || !m_checklistLabel->isVisibleTo(this))
        m_checklistLabel->announce(text);
    m_checklistLabel->setStyleSheet(m_emphasised
                                            ? u"background: %1; color: %2; border: 2px solid %3; padding: 4px;"_qs.arg(
                                                    DeskPalette::color(DeskPalette::Role::WarningBackground).name(),
                                                    DeskPalette::color(DeskPalette::Role::WarningText).name(),
                                                    DeskPalette::color(DeskPalette::Role::WarningBorder).name())
                                            : u"padding: 4px;"_qs);
}

} // namespace ww
