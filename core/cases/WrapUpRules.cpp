// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/WrapUpRules.h"

#include "tree/DecisionTree.h"

#include <array>

namespace ww {

namespace {

using Need = WrapUpRules::Need;

/// One line of the table: a field, when it counts as missing, what the agent is told, and what each kind of
/// outcome needs of it. A new kind of outcome is a new column here, not a new branch in the code.
struct Rule
{
    const char *field;
    bool (*missing)(const Case &);
    const char *message;
    Need regular;
    Need urgent;
};

const std::array<Rule, 8> &rules()
{
    static const std::array<Rule, 8> table{{
            {"contact", [](const Case &c) { return c.status == CaseStatus::Active; },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "End the contact first."), Need::Required, Need::Required},
            {"callerRole", [](const Case &c) { return c.fields.callerRole.isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Choose who called."), Need::Required, Need::MayBeUnknown},
            {"schoolType", [](const Case &c) { return c.fields.schoolType.isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Choose the type of school."), Need::Required, Need::MayBeUnknown},
            {"themes", [](const Case &c) { return c.fields.themes.isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Choose at least one theme."), Need::Required, Need::Required},
            {"routeStage", [](const Case &c) { return c.fields.routeStage.isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Choose how far the caller is in the complaint route."),
             Need::Required, Need::Required},
            {"whiteSpotCategory", [](const Case &c) { return c.whiteSpot && c.whiteSpotCategory.isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Choose why no party fits (white spot)."), Need::Required,
             Need::Required},
            {"whiteSpotReason", [](const Case &c) { return c.whiteSpot && c.whiteSpotReason.trimmed().isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Write why no party fits (white spot)."), Need::Required,
             Need::Required},
            // A removed or added party always has its reason: the session refuses one without, and so does the
            // database (a CHECK on referrals), so wrap-up need not look for it.
            {"referrals", [](const Case &c) { return !c.whiteSpot && c.confirmedReferrals().isEmpty(); },
             QT_TRANSLATE_NOOP("ww::WrapUpRules", "Refer to at least one party, or walk the tree to a white spot."),
             Need::Required, Need::Required},
    }};
    return table;
}

} // namespace

OutcomeKind WrapUpRules::outcomeKind(const Case &caseData, const DecisionTree *tree)
{
    if (!tree || caseData.outcomeNodeId.isEmpty())
        return OutcomeKind::Regular;
    const TreeNode *node = tree->node(caseData.outcomeNodeId);
    return node && node->isOutcome() && node->urgent ? OutcomeKind::Urgent : OutcomeKind::Regular;
}

WrapUpRules::WrapUpRules(OutcomeKind kind)
    : m_kind(kind)
{ }

WrapUpRules WrapUpRules::forCase(const Case &caseData, const DecisionTree *tree)
{
    return WrapUpRules(outcomeKind(caseData, tree));
}

WrapUpRules::Need WrapUpRules::need(const QString &field) const
{
    for (const Rule &rule : rules()) {
        if (field == QLatin1StringView(rule.field))
            return m_kind == OutcomeKind::Urgent ? rule.urgent : rule.regular;
    }
    return Need::Required;
}

QList<WrapUpIssue> WrapUpRules::issues(const Case &caseData) const
{
    QList<WrapUpIssue> found;
    for (const Rule &rule : rules()) {
        const Need needed = m_kind == OutcomeKind::Urgent ? rule.urgent : rule.regular;
        if (needed == Need::Required && rule.missing(caseData))
            found.append({QString::fromLatin1(rule.field), tr(rule.message)});
    }
    return found;
}

} // namespace ww
