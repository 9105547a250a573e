// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShortcutKeys.h"

#include "common/ShortcutCatalog.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QShortcut>

#include <optional>

namespace ww {

namespace {

QString settingsKey(const QString &id)
{
    return u"shortcuts/"_qs + id;
}

/// A stored value as keys; nullopt when it is not a plain list of keys.
std::optional<QList<QKeySequence>> parseStored(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() > 200)
        return std::nullopt;
    const QList<QKeySequence> keys = QKeySequence::listFromString(text, QKeySequence::PortableText);
    for (const QKeySequence &key : keys) {
        if (key.isEmpty())
            return std::nullopt;
        for (int i = 0; i < key.count(); ++i) {
            if (key[i].key() == Qt::Key_unknown || key[i].key() == 0)
                return std::nullopt;
        }
    }
    if (text.trimmed().isEmpty())
        return QList<QKeySequence>{};
    return keys;
}

bool overlaps(const QKeySequence &a, const QKeySequence &b)
{
    return !a.isEmpty() && !b.isEmpty()
            && (a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch);
}

QList<QKeySequence> defaultKeys(const ShortcutEntry &entry)
{
    return ShortcutCatalog::fixedKeys(entry);
}

QString keyName(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

ShortcutKeys &ShortcutKeys::instance()
{
    // Parented to the application so it goes before Qt does; made on first use.
    static ShortcutKeys *keys = new ShortcutKeys(QCoreApplication::instance());
    return *keys;
}

ShortcutKeys::ShortcutKeys(QObject *parent)
    : QObject(parent)
{ }

QHash<QString, QList<QKeySequence>> ShortcutKeys::effective() const
{
    // Read afresh each time: a few keys, read at start and when the user changes one.
    QHash<QString, QList<QKeySequence>> keys;
    for (const ShortcutEntry &entry : ShortcutCatalog::entries())
        keys.insert(entry.id, defaultKeys(entry));
    const QSettings settings;
    // First every stored choice, then the clashes: a key moved away from one action and given to another
    // is only free once the first action's own choice is in.
    QStringList stored;
    for (const ShortcutEntry &entry : ShortcutCatalog::entries()) {
        if (!entry.editable || !settings.contains(settingsKey(entry.id)))
            continue;
        const std::optional<QList<QKeySequence>> chosen = parseStored(settings.value(settingsKey(entry.id)));
        if (!chosen) {
            qWarning("wegwijzer-desk: the stored key for %s is not a key; the default is used", qPrintable(entry.id));
            continue;
        }
        keys.insert(entry.id, *chosen);
        stored.append(entry.id);
    }
    for (const QString &id : std::as_const(stored)) {
        bool clash = false;
        for (auto other = keys.cbegin(); other != keys.cend() && !clash; ++other) {
            if (other.key() == id)
                continue;
            for (const QKeySequence &mine : keys.value(id)) {
                for (const QKeySequence &theirs : other.value())
                    clash = clash || overlaps(mine, theirs);
            }
        }
        if (clash) {
            qWarning("wegwijzer-desk: the stored key for %s is taken by another shortcut; the default is used",
                     qPrintable(id));
            keys.insert(id, defaultKeys(*ShortcutCatalog::find(id)));
        }
    }
    return keys;
}

QList<QKeySequence> ShortcutKeys::keys(const QString &id) const
{
    return effective().value(id);
}

bool ShortcutKeys::isCustomised(const QString &id) const
{
    const ShortcutEntry *entry = ShortcutCatalog::find(id);
    return entry && keys(id) != defaultKeys(*entry);
}

QString ShortcutKeys::conflictWith(const QString &id, const QKeySequence &key) const
{
    const QHash<QString, QList<QKeySequence>> all = effective();
    // In catalog order, so the message always names the same action.
    for (const ShortcutEntry &entry : ShortcutCatalog::entries()) {
        if (entry.id == id)
            continue;
        for (const QKeySequence &theirs : all.value(entry.id)) {
            if (overlaps(key, theirs))
                return entry.id;
        }
    }
    return {};
}

QString ShortcutKeys::refusal(const QString &id, const QKeySequence &key) const
{
    const QKeyCombination first = key[0];
    const Qt::KeyboardModifiers modifiers = first.keyboardModifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const Qt::Key pressed = first.key();
    // Below Key_Escape every key is a character someone types (letters, digits, punctuation, space).
    const bool character = pressed >= Qt::Key_Space && pressed < Qt::Key_Escape;
    if (modifiers == Qt::KeyboardModifiers()
        && (character || pressed == Qt::Key_Tab || pressed == Qt::Key_Backtab || pressed == Qt::Key_Return
            || pressed == Qt::Key_Enter)) {
        return tr("%1 is needed for typing and moving between fields. Choose a key with Ctrl, or a function key "
                  "such as F5.")
                .arg(keyName(key));
    }
    if (modifiers == Qt::KeyboardModifiers(Qt::AltModifier) && character) {
        return tr("Alt with a letter or digit opens the menus and jumps to fields. Choose a key with Ctrl, or a "
                  "function key such as F5.");
    }
    for (const QKeySequence::StandardKey standard : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                                     QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll}) {
        for (const QKeySequence &editing : QKeySequence::keyBindings(standard)) {
            if (overlaps(key, editing))
                return tr("%1 copies, pastes or undoes in every text field. Choose another key.").arg(keyName(key));
        }
    }
    const QString other = conflictWith(id, key);
    if (!other.isEmpty()) {
        const ShortcutEntry *entry = ShortcutCatalog::find(other);
        return entry->editable
                ? tr("%1 is already the key for “%2”. Choose another key, or first give “%2” a different "
                     "key.")
                          .arg(keyName(key), ShortcutCatalog::description(*entry))
                : tr("%1 is already the key for “%2”, which cannot be changed. Choose another key.")
                          .arg(keyName(key), ShortcutCatalog::description(*entry));
    }
    return {};
}

bool ShortcutKeys::setKeys(const QString &id, const QList<QKeySequence> &keys, QString *error)
{
    const ShortcutEntry *entry = ShortcutCatalog::find(id);
    if (!entry || !entry->editable) {
        *error = tr("This shortcut cannot be changed.");
        return false;
    }
    for (const QKeySequence &key : keys) {
        if (key.isEmpty()) {
            *error = tr("Press the new key first.");
            return false;
        }
        const QString problem = refusal(id, key);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    QSettings settings;
    if (keys == defaultKeys(*entry))
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), QKeySequence::listToString(keys, QKeySequence::PortableText));
    apply(id);
    return true;
}

void ShortcutKeys::resetToDefault(const QString &id)
{
    QSettings settings;
    if (!settings.contains(settingsKey(id)))
        return;
    settings.remove(settingsKey(id));
    apply(id);
}

void ShortcutKeys::resetAll()
{
    QSettings settings;
    settings.remove(u"shortcuts"_qs);
    for (const ShortcutEntry &entry : ShortcutCatalog::entries())
        apply(entry.id);
}

void ShortcutKeys::apply(const QString &id)
{
    const QList<QKeySequence> current = keys(id);
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action && action->objectName() == id)
            action->setShortcuts(current);
    }
    for (const QPointer<QShortcut> &shortcut : std::as_const(m_shortcuts)) {
        if (shortcut && shortcut->objectName() == id)
            shortcut->setKeys(current);
    }
    emit keysChanged(id);
}

void ShortcutKeys::bind(QAction *action)
{
    Q_ASSERT_X(ShortcutCatalog::find(action->objectName()), "ShortcutKeys::bind", "an action not in the catalog");
    m_actions.removeAll(nullptr);
    m_actions.append(action);
    action->setShortcuts(keys(action->objectName()));
}

void ShortcutKeys::bind(QShortcut *shortcut)
{
    Q_ASSERT_X(ShortcutCatalog::find(shortcut->objectName()), "ShortcutKeys::bind", "a shortcut not in the catalog");
    m_shortcuts.removeAll(nullptr);
    m_shortcuts.append(shortcut);
    shortcut->setKeys(keys(shortcut->objectName()));
}

} // namespace ww
