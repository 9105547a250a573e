// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTimeline.h"

#include <algorithm>

namespace ww::CaseTimeline {

QList<TimelineEntry> entries(const CaseRecord &record)
{
    using Kind = TimelineEntry::Kind;
    const Case &c = record.caseData;
    QList<TimelineEntry> list;
    for (const CaseStep &step : c.steps)
        list.append({step.reachedAt, Kind::Step, c.owner, step.nodeId, {}, step.optionId, false});
    for (const CaseNote &note : c.notes)
        list.append({note.createdAt,
                     Kind::Note,
                     note.author,
                     note.correctsNoteId.isNull() ? u"note"_qs : u"correction"_qs,
                     note.body,
                     {},
                     false});
    for (const CaseReferral &referral : c.referrals) {
        const QString decision = referral.decision == ReferralDecision::Removed ? u"removed"_qs
                : referral.origin == ReferralOrigin::Added                      ? u"added"_qs
                : referral.warmHandover                                         ? u"warm-handover"_qs
                                                                                : u"confirmed"_qs;
        list.append({referral.decidedAt, Kind::Referral, c.owner, referral.partyId, referral.reason, decision, false});
    }
    for (const CaseEvent &event : c.events)
        list.append({event.at, Kind::Event, c.owner, event.kind, {}, event.detail, false});
    for (const CaseHandover &handover : record.handovers)
        list.append({handover.at, Kind::Handover, handover.from, u"handed-over"_qs, handover.note, handover.to, false});
    for (const CaseChatMessage &message : record.transcript)
        list.append({message.at,
                     Kind::Message,
                     message.sender == u"visitor" ? QString() : message.author,
                     message.sender,
                     message.body,
                     {},
                     false});
    for (const CaseReview &review : record.reviews)
        list.append({review.reviewedAt, Kind::Review, review.reviewer, u"review"_qs, review.comment,
                     review.score > 0 ? QString::number(review.score) : QString(), review.flagged});
    for (const AuditEntry &entry : record.audit)
        list.append({entry.at, Kind::Audit, entry.actor, entry.action, {}, entry.detail, false});
    std::stable_sort(list.begin(), list.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    return list;
}

} // namespace ww::CaseTimeline
