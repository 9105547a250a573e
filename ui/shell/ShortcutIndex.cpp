// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShortcutIndex.h"

#include "common/ShortcutKeys.h"

#include <QAction>
#include <QMenu>
#include <QShortcut>
#include <QWidget>

#include <algorithm>

namespace ww {

namespace {

/// The keypad's digits and Enter are the same keys to the user as the ones on the main keyboard.
QKeySequence withoutKeypad(const QKeySequence &key)
{
    if (key.count() != 1)
        return key;
    const QKeyCombination combination = key[0];
    return QKeySequence(QKeyCombination(combination.keyboardModifiers() & ~Qt::KeypadModifier,
                                        combination.key() == Qt::Key_Enter ? Qt::Key_Return : combination.key()));
}

bool covered(const QList<QKeySequence> &keys, const QList<ShortcutRow> &rows)
{
    for (const QKeySequence &key : keys) {
        bool found = false;
        for (const ShortcutRow &row : rows) {
            for (const QKeySequence &known : row.keys)
                found = found || withoutKeypad(known) == withoutKeypad(key);
        }
        if (!found)
            return false;
    }
    return true;
}

ShortcutArea areaOf(const QObject *object)
{
    // A shortcut outside the catalog may say where it belongs; otherwise it is the window's.
    for (const QObject *o = object; o; o = o->parent()) {
        const QVariant area = o->property("shortcutArea");
        if (area.isValid())
            return ShortcutArea(qBound(0, area.toInt(), int(ShortcutArea::Window)));
    }
    return ShortcutArea::Window;
}

void addExtra(QList<ShortcutRow> &rows, const QObject *object, const QList<QKeySequence> &keys, QString description)
{
    if (keys.isEmpty() || ShortcutCatalog::find(object->objectName()) || covered(keys, rows))
        return;
    description = description.remove(u'&').remove(u'…').trimmed();
    if (description.isEmpty())
        description = object->objectName();
    ShortcutRow row;
    row.area = areaOf(object);
    row.description = description;
    row.keys = keys;
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    row.keysText = texts.join(u", "_qs);
    rows.append(row);
}

} // namespace

QList<ShortcutRow> ShortcutIndex::collect(const QWidget *window)
{
    QList<ShortcutRow> rows;
    ShortcutKeys &keys = ShortcutKeys::instance();
    for (const ShortcutEntry &entry : ShortcutCatalog::entries()) {
        if (!window->findChild<QObject *>(entry.shownWith))
            continue;
        ShortcutRow row;
        row.area = entry.area;
        row.id = entry.id;
        row.description = ShortcutCatalog::description(entry);
        row.keys = keys.keys(entry.id);
        row.keysText = ShortcutCatalog::keysText(entry, row.keys);
        row.editable = entry.editable;
        rows.append(row);
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->menu() == nullptr)
            addExtra(rows, action, action->shortcuts(), action->text().isEmpty() ? action->toolTip() : action->text());
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        QString description = shortcut->whatsThis();
        const auto *owner = qobject_cast<const QWidget *>(shortcut->parent());
        if (description.isEmpty() && owner)
            description = owner->accessibleName();
        addExtra(rows, shortcut, shortcut->keys(), description);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ShortcutRow &a, const ShortcutRow &b) { return int(a.area) < int(b.area); });
    return rows;
}

} // namespace ww
