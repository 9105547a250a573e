// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ww {

/// Changing the keys: pick a shortcut, press the new key, assign it. A key another shortcut has is refused with a
/// message that names that shortcut; "Reset to default" and "Reset all" bring the catalog's keys back. Changes are
/// stored per user (ShortcutKeys) and work at once.
class ShortcutSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a window: the window whose shortcuts can be changed (also the dialog's parent).
    explicit ShortcutSettingsDialog(QWidget *window);

    /// Assigns \a key to the shortcut \a id; false (and the message shown) when refused.
    bool assign(const QString &id, const QKeySequence &key);
    void selectShortcut(const QString &id);
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    QString currentId() const;
    void showMessage(const QString &text, bool problem);

    QWidget *m_window;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_keyEdit;
    QPushButton *m_assignButton;
    QPushButton *m_resetButton;
    QPushButton *m_resetAllButton;
    QLabel *m_message;
};

} // namespace ww
