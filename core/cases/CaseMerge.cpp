// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMerge.h"

namespace ww {

namespace {

constexpr MergePart AllParts[]
        = {MergePart::CallerRole, MergePart::SchoolType, MergePart::Themes,          MergePart::Province,
           MergePart::RouteStage, MergePart::Walk,       MergePart::WhiteSpotReason, MergePart::Referrals,
           MergePart::Status,     MergePart::HoldTime,   MergePart::CallerLanguage};

} // namespace

CaseMerge::CaseMerge(Case base, Case mine, Case stored)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_stored(std::move(stored))
{
    for (MergePart part : AllParts) {
        const bool iChanged = !same(part, m_mine, m_base);
        const bool theyChanged = !same(part, m_stored, m_base);
        if (iChanged && theyChanged && !same(part, m_mine, m_stored))
            m_differences.append(part);
    }
}

bool CaseMerge::same(MergePart part, const Case &a, const Case &b)
{
    switch (part) {
    case MergePart::CallerRole:
        return a.fields.callerRole == b.fields.callerRole;
    case MergePart::SchoolType:
        return a.fields.schoolType == b.fields.schoolType;
    case MergePart::Themes:
        return a.fields.themes == b.fields.themes;
    case MergePart::Province:
        return a.fields.province == b.fields.province;
    case MergePart::RouteStage:
        return a.fields.routeStage == b.fields.routeStage;
    case MergePart::Walk:
        return a.steps == b.steps && a.outcomeNodeId == b.outcomeNodeId && a.whiteSpot == b.whiteSpot;
    case MergePart::WhiteSpotReason:
        return a.whiteSpotReason == b.whiteSpotReason && a.whiteSpotCategory == b.whiteSpotCategory;
    case MergePart::Referrals:
        return a.referrals == b.referrals;
    case MergePart::Status:
        return a.status == b.status && a.contactEndedAt == b.contactEndedAt && a.closedAt == b.closedAt
                && a.followUpDate == b.followUpDate && a.followUpInstruction == b.followUpInstruction;
    case MergePart::HoldTime:
        return a.holdSeconds == b.holdSeconds;
    case MergePart::CallerLanguage:
        return a.fields.callerLanguage == b.fields.callerLanguage;
    }
    return true;
}

void CaseMerge::copy(MergePart part, const Case &from, Case &to)
{
    switch (part) {
    case MergePart::CallerRole:
        to.fields.callerRole = from.fields.callerRole;
        break;
    case MergePart::SchoolType:
        to.fields.schoolType = from.fields.schoolType;
        break;
    case MergePart::Themes:
        to.fields.themes = from.fields.themes;
        break;
    case MergePart::Province:
        to.fields.province = from.fields.province;
        break;
    case MergePart::RouteStage:
        to.fields.routeStage = from.fields.routeStage;
        break;
    case MergePart::Walk:
        to.steps = from.steps;
        to.outcomeNodeId = from.outcomeNodeId;
        to.whiteSpot = from.whiteSpot;
        break;
    case MergePart::WhiteSpotReason:
        to.whiteSpotReason = from.whiteSpotReason;
        to.whiteSpotCategory = from.whiteSpotCategory;
        break;
    case MergePart::Referrals:
        to.referrals = from.referrals;
        break;
    case MergePart::Status:
        to.status = from.status;
        to.contactEndedAt = from.contactEndedAt;
        to.closedAt = from.closedAt;
        to.followUpDate = from.followUpDate;
        to.followUpInstruction = from.followUpInstruction;
        break;
    case MergePart::HoldTime:
        to.holdSeconds = from.holdSeconds;
        break;
    case MergePart::CallerLanguage:
        to.fields.callerLanguage = from.fields.callerLanguage;
        break;
    }
}

Case CaseMerge::merged() const
{
    Case result = m_mine;
    for (MergePart part : AllParts) {
        const bool conflict = m_differences.contains(part);
        const bool onlyTheyChanged = same(part, m_mine, m_base) && !same(part, m_stored, m_base);
        if (onlyTheyChanged || (conflict && choice(part) == MergeSide::Stored))
            copy(part, m_stored, result);
    }
    // Stored notes and events keep their places; this desktop's new ones follow.
    result.notes = m_stored.notes;
    for (const CaseNote &note : m_mine.notes) {
        const bool known = std::any_of(result.notes.cbegin(), result.notes.cend(),
                                       [&](const CaseNote &n) { return n.id == note.id; });
        if (!known)
            result.notes.append(note);
    }
    result.events = m_stored.events;
    for (const CaseEvent &event : m_mine.events) {
        if (!result.events.contains(event))
            result.events.append(event);
    }
    result.updatedAt = std::max(m_mine.updatedAt, m_stored.updatedAt);
    result.rowVersion = m_stored.rowVersion;
    return result;
}

} // namespace ww
