// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace ww::FormFields {

/// A field shows the draft's value again after every change; writing only what differs keeps the cursor
/// where the editor is typing.
inline void show(QLineEdit *field, const QString &value)
{
    if (field->text() != value) {
        const QSignalBlocker quiet(field);
        field->setText(value);
    }
}

inline void show(QPlainTextEdit *field, const QString &value)
{
    if (field->toPlainText() != value) {
        const QSignalBlocker quiet(field);
        field->setPlainText(value);
    }
}

/// Selects the entry whose data is \a value; a value not offered (a typo in the file) is added, so it is seen.
inline void show(QComboBox *field, const QString &value)
{
    const QSignalBlocker quiet(field);
    int index = field->findData(value);
    if (index < 0) {
        field->addItem(value, value);
        index = field->count() - 1;
    }
    field->setCurrentIndex(index);
}

/// Ctrl+Z and Ctrl+Shift+Z in a field undo and redo the draft, not only the field's own typing: the field
/// lets the window's shortcut have them.
class DraftUndoKeys : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const auto combination = key->keyCombination();
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
                || combination == QKeyCombination(Qt::CTRL, Qt::Key_Y)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

inline void routeUndoKeys(QWidget *field)
{
    field->installEventFilter(new DraftUndoKeys(field));
}

/// A text box for content texts: Tab moves on rather than typing a tab.
inline QPlainTextEdit *textBox(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setTabChangesFocus(true);
    box->setUndoRedoEnabled(false);
    routeUndoKeys(box);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 12);
    return box;
}

inline QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    routeUndoKeys(edit);
    return edit;
}

} // namespace ww::FormFields
