// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ww {

/// A label whose messages a screen reader speaks when they appear: errors, missing items, hold, the
/// status bar. It reaches the accessibility bus as an alert; showing it, or announcing a new message
/// while it shows, is what screen readers (Orca) present. A plain label only changes its name, which
/// screen readers do not read out unless the user goes there.
class AlertLabel : public QLabel
{
    Q_OBJECT

public:
    explicit AlertLabel(QWidget *parent = nullptr);

    /// Shows \a message and has it spoken, also when the same label already showed another message.
    void announce(const QString &message);
    /// Has \a message spoken without showing it here: for a message another widget paints (the status
    /// bar paints its own), so that the screen shows it once.
    void announceElsewhere(const QString &message);
};

/// What a screen reader hears with the control that has the focus: \a problem becomes the control's
/// description (cleared with an empty string), so moving focus to it says what is wrong there.
void describeProblem(QWidget *control, const QString &problem);

} // namespace ww
