// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogExport.h"

namespace ww {

QString CaseLogExport::columnTitle(CaseLogColumn column)
{
    switch (column) {
    case CaseLogColumn::OpenedAt:
        return tr("Opened");
    case CaseLogColumn::Channel:
        return tr("Channel");
    case CaseLogColumn::Agent:
        return tr("Agent");
    case CaseLogColumn::CallerRole:
        return tr("Caller");
    case CaseLogColumn::CallerLanguage:
        return tr("Caller's language");
    case CaseLogColumn::SchoolType:
        return tr("School type");
    case CaseLogColumn::Themes:
        return tr("Themes");
    case CaseLogColumn::OutcomeNode:
        return tr("Outcome");
    case CaseLogColumn::WhiteSpot:
        return tr("White spot");
    case CaseLogColumn::Status:
        return tr("Status");
    case CaseLogColumn::FollowUpDate:
        return tr("Follow-up");
    case CaseLogColumn::ReferredParties:
        return tr("Referred to");
    }
    return {};
}

QString CaseLogExport::cellText(const CaseLogRow &row, CaseLogColumn column)
{
    switch (column) {
    case CaseLogColumn::OpenedAt:
        return row.openedAt.toString(Qt::ISODate);
    case CaseLogColumn::Channel:
        return channelCode(row.channel);
    case CaseLogColumn::Agent:
        return row.agent;
    case CaseLogColumn::CallerRole:
        return row.callerRole;
    case CaseLogColumn::CallerLanguage:
        return row.callerLanguage;
    case CaseLogColumn::SchoolType:
        return row.schoolType;
    case CaseLogColumn::Themes:
        return row.themes.join(u", "_qs);
    case CaseLogColumn::OutcomeNode:
        return row.outcomeNode;
    case CaseLogColumn::WhiteSpot:
        return row.whiteSpot ? tr("yes") : tr("no");
    case CaseLogColumn::Status:
        return caseStatusCode(row.status);
    case CaseLogColumn::FollowUpDate:
        return row.followUpDate.toString(Qt::ISODate);
    case CaseLogColumn::ReferredParties:
        return row.referredParties.join(u", "_qs);
    }
    return {};
}

QStringList CaseLogExport::headerCells()
{
    QStringList header{tr("Case")};
    for (int c = 0; c < caseLogColumnCount; ++c)
        header.append(columnTitle(CaseLogColumn(c)));
    return header;
}

QStringList CaseLogExport::cells(const CaseLogRow &row)
{
    QStringList cells{row.id.toString(QUuid::WithoutBraces)};
    for (int c = 0; c < caseLogColumnCount; ++c)
        cells.append(cellText(row, CaseLogColumn(c)));
    return cells;
}

} // namespace ww
