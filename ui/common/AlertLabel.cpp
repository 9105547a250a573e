// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AlertLabel.h"

#include "common/AccessibleRoles.h"

#include <QAccessible>

namespace ww {

AlertLabel::AlertLabel(QWidget *parent)
    : QLabel(parent)
{
    AccessibleRoles::install(); // the bus sees this label as an alert
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void AlertLabel::announce(const QString &message)
{
    setText(message);
    setAccessibleName(message);
    if (isVisible()) {
        // Already showing: tell the bus it shows (again), which is what screen readers speak.
        QAccessibleEvent shown(this, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
    } else {
        show();
    }
}

void AlertLabel::announceElsewhere(const QString &message)
{
    setText({});
    setAccessibleName(message);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

void describeProblem(QWidget *control, const QString &problem)
{
    if (control)
        control->setAccessibleDescription(problem);
}

} // namespace ww
