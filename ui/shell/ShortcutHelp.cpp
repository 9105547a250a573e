// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShortcutHelp.h"

#include "common/ShortcutKeys.h"
#include "shell/ShortcutSettingsDialog.h"
#include "shell/ShortcutSheet.h"

#include <QAction>
#include <QMenu>

namespace ww {

void ShortcutHelp::install(QWidget *window, QMenu *helpMenu)
{
    QAction *sheet = helpMenu->addAction(tr("Keyboard &shortcuts"));
    sheet->setObjectName(u"shortcutSheetAction"_qs);
    // F1 also works in the chat window and the editor: they are the desk's windows too.
    sheet->setShortcutContext(Qt::ApplicationShortcut);
    ShortcutKeys::instance().bind(sheet);
    QObject::connect(sheet, &QAction::triggered, window, [window] { showSheet(window); });
    window->addAction(sheet);

    QAction *change = helpMenu->addAction(tr("C&hange keyboard shortcuts…"));
    change->setObjectName(u"shortcutSettingsAction"_qs);
    ShortcutKeys::instance().bind(change);
    QObject::connect(change, &QAction::triggered, window, [window] { showSettings(window); });
    window->addAction(change);
}

ShortcutSheet *ShortcutHelp::showSheet(QWidget *window)
{
    auto *sheet = window->findChild<ShortcutSheet *>(QString(), Qt::FindDirectChildrenOnly);
    if (!sheet) {
        sheet = new ShortcutSheet(window);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(sheet, &ShortcutSheet::changeRequested, window, [window] { showSettings(window); });
    }
    sheet->show();
    sheet->raise();
    sheet->activateWindow();
    // Typing searches at once, also when the sheet was open already.
    if (auto *search = sheet->findChild<QWidget *>(u"shortcutSearch"_qs))
        search->setFocus(Qt::OtherFocusReason);
    return sheet;
}

ShortcutSettingsDialog *ShortcutHelp::showSettings(QWidget *window)
{
    auto *dialog = window->findChild<ShortcutSettingsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutSettingsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace ww
