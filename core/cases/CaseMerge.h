// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <QMap>

namespace ww {

/// A part of a case that two people may have changed differently.
enum class MergePart {
    CallerRole,
    SchoolType,
    Themes,
    Province,
    RouteStage,
    Walk, ///< the path through the tree, its outcome and white spot
    WhiteSpotReason,
    Referrals,
    Status, ///< the contact's state: active, wrap-up, follow-up (with its date and instruction), closed
    HoldTime,
    CallerLanguage,
};

enum class MergeSide { Mine, Stored };

/// Merges the case on this desktop with the newer one in the database, part by part, against the
/// version both started from: a part only one side changed takes that side's change; a part both
/// changed differently is a conflict for the agent to decide. Notes and events never conflict:
/// both sides' are kept, the stored ones first.
class CaseMerge
{
public:
    CaseMerge(Case base, Case mine, Case stored);

    const Case &mine() const { return m_mine; }
    const Case &stored() const { return m_stored; }
    /// The parts both sides changed differently; each starts out as Mine.
    QList<MergePart> differences() const { return m_differences; }
    void choose(MergePart part, MergeSide side) { m_choices[part] = side; }
    MergeSide choice(MergePart part) const { return m_choices.value(part, MergeSide::Mine); }
    /// The merged case, at the stored row version, ready to be saved.
    Case merged() const;

private:
    static bool same(MergePart part, const Case &a, const Case &b);
    static void copy(MergePart part, const Case &from, Case &to);

    Case m_base;
    Case m_mine;
    Case m_stored;
    QList<MergePart> m_differences;
    QMap<MergePart, MergeSide> m_choices;
};

} // namespace ww
