// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace ww {

/// A combo box one can type into, made editable at once. Its line edit joins the window's Tab order
/// when it is made; made later than the controls after the combo box, it would sit behind them, and
/// Shift+Tab from there would jump to the combo box and skip them.
inline QComboBox *newEditableComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    return combo;
}

} // namespace ww
