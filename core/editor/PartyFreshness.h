// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace ww {

/// When a party's details in the directory count as overdue for checking: last checked more than twelve
/// months ago, or never (docs/guide-editor.md). Phone numbers and opening hours change about once a year.
class PartyFreshness
{
public:
    static constexpr int MonthsValid = 12;
    static bool isOverdue(const QDate &lastChecked, const QDate &today);
};

} // namespace ww
