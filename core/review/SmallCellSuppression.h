// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ww {

/// Which counts of one breakdown a published report hides. Every count below the threshold is
/// hidden (primary suppression). A reader who also sees the breakdown's total can subtract the
/// shown cells from it: when that leaves exactly one hidden cell, its value is given away, so the
/// smallest shown cell is hidden as well (secondary suppression) until at least two cells share
/// the difference.
class SmallCellSuppression
{
public:
    /// One flag per count, true for a hidden cell; \a smallestShown is the smallest count shown.
    static QList<bool> hiddenCells(const QList<qint64> &counts, qint64 smallestShown);
};

} // namespace ww
