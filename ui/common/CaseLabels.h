// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"
#include "cases/Case.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ww {

/// What the agent reads for the codes a case stores. Codes stay stable in the database; these
/// labels are translated with the UI.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLabels)

public:
    static QString callerRole(const QString &code);
    static QString schoolType(const QString &code);
    static QString theme(const QString &code);
    static QString callerLanguage(const QString &code);
    static QString routeStage(const QString &code);
    static QString channel(Channel channel);
    static QString status(CaseStatus status);
    /// An agent's state, as the status bar and the live view name it.
    static QString agentState(AgentState state);
    static QString event(const CaseEvent &event);
    /// A contact time as mm:ss, or h:mm:ss from an hour on.
    static QString duration(qint64 seconds);
};

} // namespace ww
