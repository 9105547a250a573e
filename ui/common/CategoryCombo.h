// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QStringList>

#include <functional>

namespace ww {

/// A combo box over a closed list of codes (a reason's category): a first line that asks to choose,
/// then one line per code with its name; the code is the item's data.
namespace CategoryCombo {

inline void fill(QComboBox *combo, const QStringList &codes, const std::function<QString(const QString &)> &name,
                 const QString &prompt)
{
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(prompt, QString());
    for (const QString &code : codes)
        combo->addItem(name(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

inline QString chosen(const QComboBox *combo)
{
    return combo->currentData().toString();
}

inline void select(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(std::max(0, combo->findData(code)));
}

} // namespace CategoryCombo

} // namespace ww
