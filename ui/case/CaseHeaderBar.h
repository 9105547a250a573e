// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseSession.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ww {

class AlertLabel;

/// The top of a case: channel, contact time, hold, status, and in wrap-up what is still missing
/// before the case can be closed.
class CaseHeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeaderBar(CaseSession &session, QWidget *parent = nullptr);

    using IssueSource = std::function<QList<WrapUpIssue>()>;
    /// Where the list of what is missing comes from; by default the session's wrap-up issues.
    void setIssueSource(IssueSource source);
    /// Shows what keeps the case from being closed: \a emphasised after a refused close, so the
    /// agent sees why. In wrap-up the list is always shown.
    void showIssues(bool emphasised);
    /// Reads the issues again (after a change the session does not signal, like typing a note).
    void refreshIssues();

signals:
    void continueFollowUpRequested();

private:
    /// \a announce: speak the list even when it did not change (the agent asked, e.g. with F9).
    void updateIssues(bool emphasised, bool announce);
    void refresh();
    void updateTimer();

    CaseSession &m_session;
    IssueSource m_issues;
    QTimer m_ticker;
    QLabel *m_channelLabel;
    QLabel *m_timerLabel;
    AlertLabel *m_holdLabel;
    QLabel *m_statusLabel;
    QPushButton *m_continueButton;
    AlertLabel *m_checklistLabel;
    int m_announcedMinutes = -1;
    bool m_emphasised = false;
};

} // namespace ww
