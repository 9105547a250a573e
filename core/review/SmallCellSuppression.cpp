// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallCellSuppression.h"

#include <algorithm>

namespace ww {

QList<bool> SmallCellSuppression::hiddenCells(const QList<qint64> &counts, qint64 smallestShown)
{
    QList<bool> hidden(counts.size(), false);
    for (qsizetype i = 0; i < counts.size(); ++i)
        hidden[i] = counts.at(i) < smallestShown;
    // One hidden cell equals the total minus the shown ones; a second hidden cell blurs that.
    while (std::count(hidden.cbegin(), hidden.cend(), true) == 1) {
        qsizetype smallest = -1;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (!hidden.at(i) && (smallest < 0 || counts.at(i) < counts.at(smallest)))
                smallest = i;
        }
        if (smallest < 0)
            break; // the only cell: it equals the total, which is then below the threshold too
        hidden[smallest] = true;
    }
    return hidden;
}

} // namespace ww
