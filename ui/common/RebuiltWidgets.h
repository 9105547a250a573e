// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace ww {

/// Helpers for panels that rebuild their controls as the case changes (option buttons, breadcrumb
/// steps, referral rows).
namespace RebuiltWidgets {

/// While one lives, discard() keeps the widgets until it ends: a rebuild that moves the focus first
/// and takes the old widgets away after. Hiding the focused widget first would make Qt pass the focus
/// along the controls in between, and a screen reader reads each of them out.
class DiscardAfterFocusMoves
{
public:
    DiscardAfterFocusMoves()
        : m_outer(active())
    {
        active() = this;
    }
    ~DiscardAfterFocusMoves();
    DiscardAfterFocusMoves(const DiscardAfterFocusMoves &) = delete;
    DiscardAfterFocusMoves &operator=(const DiscardAfterFocusMoves &) = delete;

    static DiscardAfterFocusMoves *&active()
    {
        static thread_local DiscardAfterFocusMoves *current = nullptr;
        return current;
    }
    void keep(QWidget *widget) { m_widgets.append(widget); }

private:
    DiscardAfterFocusMoves *m_outer;
    QList<QPointer<QWidget>> m_widgets;
};

/// Takes \a widget out of the window now (or when the DiscardAfterFocusMoves around it ends) and
/// deletes it later: the rebuild may run inside a signal of that very widget (a clicked option), and
/// tests must not find it any more.
inline void discard(QWidget *widget)
{
    if (DiscardAfterFocusMoves *later = DiscardAfterFocusMoves::active()) {
        later->keep(widget);
        return;
    }
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

inline DiscardAfterFocusMoves::~DiscardAfterFocusMoves()
{
    active() = m_outer;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            discard(widget);
    }
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
