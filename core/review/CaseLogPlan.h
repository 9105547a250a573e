// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ww {

/// Which of the case log's conditions leads and how the others are checked. On a million cases the
/// first page is fast only when the database walks one index in the log's order and checks the
/// other conditions row by row; with a rare value it must start from that value's index instead.
/// PostgreSQL's planner knows how rare a value is; SQLite's does not, so the case log counts each
/// condition through its index (up to a limit) and decides here.
class CaseLogPlan
{
public:
    enum class Kind {
        Column, ///< an equality on a column of cases, with its own (value, opened_at, id) index
        Period, ///< the opening time range
        Theme,  ///< a theme: an index of case_themes
        Party,  ///< a confirmed referral: an index of referrals
        Other,  ///< note text: chooses its own way
    };
    enum class Form {
        Indexed, ///< the database may start from this condition's index
        Probed,  ///< checked row by row (SQLite: kept away from its index)
        Driver,  ///< the rows are read from this theme's or party's index, newest first
        Listed,  ///< a rare theme or party: its cases first, then sorted
        Exists,  ///< a theme or party checked case by case
    };
    struct Condition
    {
        Kind kind = Kind::Other;
        qint64 cases = -1; ///< counted up to a limit; -1: not counted (alone, or the database chooses)
    };

    /// \a openingOrder: the log is sorted on opening time (the only order a theme's or party's
    /// index has). Conditions counted at \a rareCases or more are common.
    CaseLogPlan(const QList<Condition> &conditions, bool openingOrder, qint64 rareCases);

    Form form(qsizetype condition) const { return m_forms.at(condition); }
    /// The theme or party condition whose index drives, or -1 (the cases themselves).
    qsizetype driver() const { return m_driver; }

private:
    QList<Form> m_forms;
    qsizetype m_driver = -1;
};

} // namespace ww
