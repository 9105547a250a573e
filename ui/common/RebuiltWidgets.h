// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace ww {

/// Helpers for panels that rebuild their controls as the case changes (option buttons, breadcrumb
/// steps, referral rows).
namespace RebuiltWidgets {

/// Takes \a widget out of the window now and deletes it later: the rebuild may run inside a signal
/// of that very widget (a clicked option), and tests must not find it any more.
inline void discard(QWidget *widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

/// Puts \a widgets into the Tab order one after the other, following \a anchor. Qt appends widgets
/// created after the window was built to the end of the Tab order; this puts them where they are seen.
/// The anchor may be a widget that takes no focus itself (a label in the right place).
inline void chainTabOrder(QWidget *anchor, const QList<QWidget *> &widgets)
{
    // setTabOrder() ignores widgets that take no focus, so the anchor takes it just for the moment.
    const Qt::FocusPolicy anchorPolicy = anchor->focusPolicy();
    anchor->setFocusPolicy(Qt::TabFocus);
    QWidget *previous = anchor;
    for (QWidget *widget : widgets) {
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    anchor->setFocusPolicy(anchorPolicy);
}

} // namespace RebuiltWidgets

} // namespace ww
