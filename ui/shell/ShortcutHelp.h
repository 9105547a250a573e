// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace ww {

class ShortcutSheet;
class ShortcutSettingsDialog;

/// The Help menu's keyboard entries: "Keyboard shortcuts" (F1, anywhere in the desk) opens the key sheet,
/// "Change keyboard shortcuts…" the settings for them.
class ShortcutHelp
{
    Q_DECLARE_TR_FUNCTIONS(ww::ShortcutHelp)

public:
    static void install(QWidget *window, QMenu *helpMenu);
    /// Opens (or raises) the key sheet of \a window; it closes with Esc.
    static ShortcutSheet *showSheet(QWidget *window);
    static ShortcutSettingsDialog *showSettings(QWidget *window);
};

} // namespace ww
