// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ww::AccessibleRoles {

/// Makes the accessibility bus see \a widget as a window of its own. Qt reports a plain QWidget that
/// is shown as a window (the case log, the dashboard) as a filler; screen readers then do not say
/// which window the user is in.
void markAsWindow(QWidget *widget);

/// Makes Qt ask this program for the roles it sets (alerts, windows); once is enough.
void install();

} // namespace ww::AccessibleRoles
