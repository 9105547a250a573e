// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogPlan.h"

#include <algorithm>

namespace ww {

namespace {

bool isMembership(CaseLogPlan::Kind kind)
{
    return kind == CaseLogPlan::Kind::Theme || kind == CaseLogPlan::Kind::Party;
}

} // namespace

CaseLogPlan::CaseLogPlan(const QList<Condition> &conditions, bool openingOrder, qint64 rareCases)
{
    // The rarest counted condition leads. In opening order the period never competes: every index
    // ends in the opening time, so a period narrows whichever index leads.
    qsizetype leader = -1;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const Condition &c = conditions.at(i);
        if (c.cases < 0 || c.kind == Kind::Other || (openingOrder && c.kind == Kind::Period))
            continue;
        if (leader < 0 || c.cases < conditions.at(leader).cases)
            leader = i;
    }
    // Nothing counted: a theme or party leads (its index is the only one it has).
    for (qsizetype i = 0; leader < 0 && i < conditions.size(); ++i) {
        const Condition &c = conditions.at(i);
        if (isMembership(c.kind) && std::none_of(conditions.cbegin(), conditions.cend(), [](const Condition &other) {
                return other.cases >= 0;
            }))
            leader = i;
    }
    // In another order the leader's rows must all be sorted: only worth it for a rare one.
    // Otherwise the sort column's index is walked and every condition checked per row.
    if (!openingOrder && leader >= 0 && (conditions.at(leader).cases < 0 || conditions.at(leader).cases >= rareCases))
        leader = -1;

    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const Condition &c = conditions.at(i);
        const bool leads = i == leader;
        if (isMembership(c.kind)) {
            if (leads && openingOrder) {
                m_driver = i;
                m_forms.append(Form::Driver);
            } else {
                m_forms.append(leads ? Form::Listed : Form::Exists);
            }
        } else if (c.kind == Kind::Other || c.cases < 0 || leads || (openingOrder && c.kind == Kind::Period)) {
            m_forms.append(Form::Indexed);
        } else {
            m_forms.append(Form::Probed);
        }
    }
}

} // namespace ww
