// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseRecord.h"

namespace ww {

/// One moment in a case's life.
struct TimelineEntry
{
    enum class Kind { Step, Note, Referral, Event, Handover, Message, Review, Audit };

    QDateTime at;
    Kind kind = Kind::Event;
    QString actor;   ///< who did it, where known
    QString subject; ///< a code: node id, party id, event kind, audit action, …
    QString text;    ///< free text: the note, a reason, a review comment
    QString extra;   ///< a second code: chosen option, decision, hand-over target, score
    bool flagged = false;
};

/// A case's record as one list in time order; entries at the same moment keep the order of
/// the kinds above (the tree step before the note written at it).
namespace CaseTimeline {
QList<TimelineEntry> entries(const CaseRecord &record);
}

} // namespace ww
