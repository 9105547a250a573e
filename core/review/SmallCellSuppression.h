// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ww {

/// Which counts of a published report must be hidden so that no count below the threshold can be
/// seen or worked out, across every table of the report at once.
///
/// The report is a set of cells (counts) and the linear equations a reader knows between them: a
/// breakdown adds up to its total, a row of a cross table to its margin, four quarters to their year,
/// parties referred to the outcomes that suggest them minus the removals plus the additions. Some cells
/// are never published (a margin the report does not print); they take part in equations as unknowns.
///
/// 1. Primary suppression: every published count below the threshold is hidden, 0 included.
/// 2. Secondary suppression: a hidden count is *recoverable* when the equations, with every shown count
///    filled in, fix its value, through any combination of tables (differencing, and every chain of
///    it). That is the case exactly when its unit vector lies in the row space of the equations
///    restricted to the unknown cells, which Gaussian elimination of that system decides. While a
///    hidden count is recoverable, the smallest shown count of an equation that holds it is hidden too:
///    first one whose hiding makes it unrecoverable, else the smallest, and the check runs again.
///    Every round hides one more cell, so it ends; at worst everything is hidden.
///
/// The unknowns fall apart into independent groups (two unknowns are linked when an equation holds
/// both), and each group is eliminated on its own. Arithmetic is modulo the prime 2^61 - 1, which is
/// exact for rank questions unless that prime divides a minor of the system; the coefficients are
/// small integers and the systems have at most a few hundred unknowns, so that never happens in
/// practice, and if it did the result would be more suppression, never less.
///
/// What it does not protect against: bounds. A reader still knows that a hidden count is at least 0
/// and at most the smallest shown total it belongs to, and that it is below the threshold when it was
/// hidden first; the exact value stays unknown.
class SmallCellSuppression
{
public:
    struct Term
    {
        int cell;
        qint64 coefficient;
    };

    explicit SmallCellSuppression(qint64 smallestShown = 5);

    /// Adds a cell; returns its index. An unpublished cell is never shown, and never needs protection.
    int addCell(qint64 count, bool published = true);
    /// \a whole equals the sum of \a parts.
    void addSum(int whole, const QList<int> &parts);
    /// The sum of coefficient × cell over \a terms is 0.
    void addEquation(const QList<Term> &terms);

    /// Hides the small counts and every count that would let a reader work one out.
    void apply();

    qsizetype cellCount() const { return m_counts.size(); }
    qint64 count(int cell) const { return m_counts.at(cell); }
    bool isPublished(int cell) const { return m_published.at(cell); }
    /// A published cell the report shows as hidden.
    bool isHidden(int cell) const { return m_published.at(cell) && m_hidden.at(cell); }
    /// Hidden although it is not below the threshold.
    bool isSecondary(int cell) const { return isHidden(cell) && m_counts.at(cell) >= m_smallestShown; }
    /// Published hidden cells whose value the equations fix. Empty after apply().
    QList<int> recoverable() const;
    /// The same for a given choice of hidden cells (one flag per cell; unpublished cells count as hidden).
    QList<int> recoverable(const QList<bool> &hidden) const;

private:
    QList<int> secondaryCandidates(int cell) const;

    qint64 m_smallestShown;
    QList<qint64> m_counts;
    QList<bool> m_published;
    QList<bool> m_hidden;
    QList<QList<Term>> m_equations;
    QList<QList<int>> m_equationsOfCell;
};

} // namespace ww
