// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace ww {

/// The sheet F1 opens: every shortcut of the window, grouped by area (case, tree, notes, chat, supervision,
/// window), read from the actions and the shortcut catalog when it opens so it is never out of date. Typing
/// searches keys and descriptions; Esc closes it.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    /// \a window: the window whose shortcuts are listed (also the dialog's parent).
    explicit ShortcutSheet(QWidget *window);

    /// Reads the shortcuts again (after a change in the settings).
    void refresh();
    void setSearch(const QString &text);
    /// The visible rows, as "keys<TAB>description" lines, area by area (for tests and screen readers' users
    /// who want to copy them).
    QStringList visibleLines() const;

signals:
    void changeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace ww
