// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "cases/CaseSession.h" // WrapUpIssue

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ww {

class DecisionTree;

/// How the contact ended, as far as wrap-up cares.
enum class OutcomeKind {
    Regular, ///< any outcome but acute danger, or no outcome reached
    Urgent,  ///< an outcome for acute danger (the tree node is `urgent`)
};

/// What wrap-up asks before a case can close, by the kind of outcome the contact reached. An urgent contact
/// (acute danger: 112, Veilig Thuis) ends before anyone asks who is calling or which school it is, so there the
/// caller's role and the school type may stay unknown (empty, as the database and the reports already allow);
/// everything else is asked of every case.
class WrapUpRules
{
    Q_DECLARE_TR_FUNCTIONS(ww::WrapUpRules)

public:
    enum class Need { Required, MayBeUnknown };

    /// The kind of outcome \a caseData reached in \a tree (the tree it was walked in; null: Regular).
    static OutcomeKind outcomeKind(const Case &caseData, const DecisionTree *tree);

    explicit WrapUpRules(OutcomeKind kind);
    static WrapUpRules forCase(const Case &caseData, const DecisionTree *tree);

    OutcomeKind kind() const { return m_kind; }
    /// Whether \a field (a WrapUpIssue field name) must be filled in for this kind of outcome.
    Need need(const QString &field) const;
    /// What still keeps \a caseData from closing, in the order the wrap-up checklist shows it.
    QList<WrapUpIssue> issues(const Case &caseData) const;

private:
    OutcomeKind m_kind;
};

} // namespace ww
