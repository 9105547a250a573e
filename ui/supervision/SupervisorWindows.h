// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"
#include "chat/ChatAgentClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <memory>

class QWidget;

namespace ww {

class AsyncStorage;
class CaseLogView;
class CaseTimelineView;
class DashboardView;
class LiveView;
class DecisionTree;
class ReferralDirectory;

/// The supervisor's windows beside the agent's main window: the case log, one timeline per case
/// opened from it, and the dashboard. What each shows is what the database lets this login read.
/// Nodes and parties are named in the desk's content language, also in windows already open.
/// They read through a storage of their own (its own thread and connection), so that a long
/// export or count never holds up the saving of cases, and the windows never wait on the network.
class SupervisorWindows : public QObject
{
    Q_OBJECT

public:
    SupervisorWindows(AsyncStorage &storage, QString actor, QWidget *owner);

    /// Names for node and party ids, from the content in use.
    void setContent(const DecisionTree &tree, const ReferralDirectory &directory);
    /// The language ("nl", "en") nodes and parties are named in; open windows follow at once.
    void setContentLanguage(const QString &language);
    QString contentLanguage() const { return m_language; }

    CaseLogView *showCaseLog();
    DashboardView *showDashboard();
    /// A timeline window for the case; it shows the case once read, or why it cannot.
    CaseTimelineView *showTimeline(const QUuid &caseId);
    /// The live view of the floor, on the chat gateway at \a gateway (empty: none set) with tickets from
    /// \a tickets; open cases are read through this storage.
    LiveView *showLiveView(const QUrl &gateway, const chat::ChatAgentClient::TicketRequest &tickets);

private:
    static void present(QWidget *window, const QString &title);
    void updateNames();

    AsyncStorage &m_storage;
    QString m_actor;
    QWidget *m_owner;
    QString m_language = u"nl"_qs;
    QList<QPair<QString, LocalizedText>> m_nodeTexts;  ///< in the tree's order
    QList<QPair<QString, LocalizedText>> m_partyTexts; ///< in the directory's order
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    QList<QPair<QString, QString>> m_partyChoices;
    QPointer<CaseLogView> m_caseLog;
    QPointer<DashboardView> m_dashboard;
    QPointer<LiveView> m_liveView;
    QList<QPointer<CaseTimelineView>> m_timelines;
};

} // namespace ww
