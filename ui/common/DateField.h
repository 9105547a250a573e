// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace ww {

/// A date field that Tab leaves at once. QDateEdit spends Tab on its day, month and year first, so
/// Tab and Shift+Tab seem stuck in it; Left and Right still move between the parts, Up and Down change
/// them.
class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace ww
