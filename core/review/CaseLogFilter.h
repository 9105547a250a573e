// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ww {

/// What a supervisor narrows the case log to. Empty or unset fields do not filter; set fields
/// combine (all must hold).
struct CaseLogFilter
{
    QDateTime openedFrom;   ///< opened at or after (invalid: no lower bound)
    QDateTime openedBefore; ///< opened before (invalid: no upper bound)
    std::optional<Channel> channel;
    QString agent; ///< the owner's account name
    QString callerRole;
    QString callerLanguage = {};
    QString schoolType;
    QString theme;
    QString referredParty; ///< a confirmed referral to this party id
    QString outcomeNode;
    std::optional<bool> whiteSpot;
    std::optional<CaseStatus> status;
    QDate followUpDueOn; ///< valid: only follow-ups due on or before this day
    QString noteText;    ///< words that must occur in a note (full-text search)

    static constexpr qsizetype maxNoteTextLength = 200;
};

/// The case log's columns, in display order; each can be sorted on.
enum class CaseLogColumn {
    OpenedAt,
    Channel,
    Agent,
    CallerRole,
    CallerLanguage,
    SchoolType,
    Themes,
    OutcomeNode,
    WhiteSpot,
    Status,
    FollowUpDate,
    ReferredParties,
};
constexpr int caseLogColumnCount = int(CaseLogColumn::ReferredParties) + 1;

struct CaseLogSort
{
    CaseLogColumn column = CaseLogColumn::OpenedAt;
    bool descending = true;
};

/// One row of the case log: coded fields only, no free text.
struct CaseLogRow
{
    QUuid id;
    QDateTime openedAt;
    Channel channel = Channel::Phone;
    QString agent;
    QString callerRole;
    QString callerLanguage = {};
    QString schoolType;
    QStringList themes;
    QString outcomeNode;
    bool whiteSpot = false;
    CaseStatus status = CaseStatus::Active;
    QDate followUpDate;
    QStringList referredParties;
};

} // namespace ww
