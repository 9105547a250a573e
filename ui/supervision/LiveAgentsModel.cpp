// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/LiveAgentsModel.h"

#include "common/CaseLabels.h"

#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>

namespace ww {

namespace {

/// The monotonic clock's milliseconds (the same reference for every model and the view).
qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

} // namespace

LiveAgentsModel::LiveAgentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

qint64 LiveAgentsModel::now() const
{
    return m_clock ? m_clock() : monotonicMs();
}

void LiveAgentsModel::setAgents(const QList<chat::FloorSnapshot::Agent> &agents, qint64 receivedMs)
{
    m_receivedMs = receivedMs;
    const bool sameRows = agents.size() == m_agents.size()
            && std::equal(agents.cbegin(), agents.cend(), m_agents.cbegin(),
                          [](const auto &a, const auto &b) { return a.name == b.name; });
    if (!sameRows) {
        // Agents came or went: the rows are laid out anew (the view keeps the selected agent by name).
        beginResetModel();
        m_agents = agents;
        endResetModel();
        return;
    }
    // The same agents: only rows whose state or chats changed are announced as changed.
    for (qsizetype row = 0; row < agents.size(); ++row) {
        const auto &before = m_agents.at(row);
        const auto &after = agents.at(row);
        const bool changed = before.state != after.state || before.chats != after.chats
                || before.maxChats != after.maxChats || before.supervisor != after.supervisor;
        m_agents[row] = after;
        if (changed)
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void LiveAgentsModel::setOpenCases(const QHash<QString, int> &counts)
{
    if (m_openCasesKnown && counts == m_openCases)
        return;
    m_openCases = counts;
    m_openCasesKnown = true;
    if (!m_agents.isEmpty())
        emit dataChanged(index(0, OpenCases), index(rowCount() - 1, OpenCases));
}

void LiveAgentsModel::setWallScreen(bool wallScreen)
{
    if (m_wallScreen == wallScreen)
        return;
    m_wallScreen = wallScreen;
    if (!m_agents.isEmpty())
        emit dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DecorationRole});
}

int LiveAgentsModel::secondsInState(int row) const
{
    const qint64 passed = std::max<qint64>(0, now() - m_receivedMs) / 1000;
    return static_cast<int>(m_agents.at(row).sinceSeconds + passed);
}

int LiveAgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int LiveAgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveAgentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const chat::FloorSnapshot::Agent &agent = m_agents.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return agent.supervisor ? tr("%1 (supervisor)").arg(agent.name) : agent.name;
        case State:
            return stateText(agent.state);
        case TimeInState:
            return duration(secondsInState(index.row()));
        case Chats:
            return tr("%1 of %2").arg(agent.chats).arg(agent.maxChats);
        case OpenCases:
            return m_openCasesKnown ? QVariant(m_openCases.value(agent.name)) : QVariant(tr("not known"));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        // The colour beside the words, never instead of them.
        const int side = m_wallScreen ? 32 : 14;
        QPixmap swatch(side, side);
        swatch.fill(stateColour(agent.state,
                                m_wallScreen ? DeskPalette::Appearance::HighContrast : DeskPalette::current()));
        return swatch;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != State)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LiveAgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Agent");
    case State:
        return tr("State");
    case TimeInState:
        return tr("Time in state");
    case Chats:
        return tr("Chats");
    case OpenCases:
        return tr("Open cases");
    default:
        return {};
    }
}

QString LiveAgentsModel::stateText(const QString &code)
{
    const std::optional<AgentState> state = agentStateFromCode(code);
    if (!state)
        return code;
    return CaseLabels::agentState(*state);
}

QColor LiveAgentsModel::stateColour(const QString &code, DeskPalette::Appearance appearance)
{
    using Role = DeskPalette::Role;
    const auto role = [](AgentState state) {
        switch (state) {
        case AgentState::Available:
            return Role::AgentAvailable;
        case AgentState::InChat:
            return Role::AgentInChat;
        case AgentState::OnCall:
            return Role::AgentOnCall;
        case AgentState::WrapUp:
            return Role::AgentWrapUp;
        case AgentState::Break:
            return Role::AgentBreak;
        case AgentState::OtherWork:
            return Role::AgentOtherWork;
        case AgentState::Offline:
            break;
        }
        return Role::AgentOffline;
    };
    // A code this version does not know looks like offline: nobody to route to.
    return DeskPalette::color(role(agentStateFromCode(code).value_or(AgentState::Offline)), appearance);
}

QString LiveAgentsModel::duration(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = (seconds / 60) % 60;
    const QString rest
            = u"%1:%2"_qs.arg(hours > 0 ? QString::number(minutes).rightJustified(2, u'0') : QString::number(minutes))
                      .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + rest : rest;
}

} // namespace ww
