// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <memory>

class QWidget;

namespace ww {

class CaseLogView;
class Database;
class DashboardView;
class DecisionTree;
class ReferralDirectory;

/// The supervisor's windows beside the agent's main window: the case log, one timeline per case
/// opened from it, and the dashboard. What each shows is what the database lets this login read.
class SupervisorWindows : public QObject
{
    Q_OBJECT

public:
    SupervisorWindows(Database &database, QString actor, QWidget *owner);

    /// Names for node and party ids, from the content in use.
    void setContent(const DecisionTree &tree, const ReferralDirectory &directory);

    CaseLogView *showCaseLog();
    DashboardView *showDashboard();
    /// A timeline window for the case; false when it cannot be shown (the reason is shown in it).
    bool showTimeline(const QUuid &caseId);

private:
    static void present(QWidget *window, const QString &title);

    Database &m_database;
    QString m_actor;
    QWidget *m_owner;
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    QList<QPair<QString, QString>> m_partyChoices;
    QPointer<CaseLogView> m_caseLog;
    QPointer<DashboardView> m_dashboard;
};

} // namespace ww
