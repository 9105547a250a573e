// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/PartyFreshness.h"

namespace ww {

bool PartyFreshness::isOverdue(const QDate &lastChecked, const QDate &today)
{
    return !lastChecked.isValid() || lastChecked.addMonths(MonthsValid) < today;
}

} // namespace ww
