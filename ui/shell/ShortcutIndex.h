// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ShortcutCatalog.h"

#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace ww {

/// One line of the key sheet.
struct ShortcutRow
{
    ShortcutArea area = ShortcutArea::Window;
    QString id; ///< the catalog id; empty for a shortcut found only in the window
    QString description;
    QList<QKeySequence> keys;
    QString keysText;
    bool editable = false;
};

/// Every shortcut that works in a window: the catalog's entries for what the window has (a supervisor's menu only
/// for supervisors, the chat keys only with chats), with the keys the user has now, and any other action or
/// shortcut found in the window or the windows it owns, so that a key added without the catalog still shows.
class ShortcutIndex
{
public:
    static QList<ShortcutRow> collect(const QWidget *window);
};

} // namespace ww
