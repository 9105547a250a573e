// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace ww {

/// Where a shortcut works, as the key sheet groups them.
enum class ShortcutArea { Case, Tree, Notes, Chat, Supervision, Window };

/// One shortcut of the desk. Its id is the object name of the QAction or QShortcut that carries it, and the key
/// it is stored under in the user's settings.
struct ShortcutEntry
{
    QString id;
    ShortcutArea area;
    const char *description; ///< English source text; ShortcutCatalog::description() translates it
    QList<QKeySequence> defaults;
    /// The object (by name) whose presence in a window means this shortcut works there: the action itself, or for
    /// a panel built per case or per chat, the action that opens such cases or chats.
    QString shownWith;
    bool editable = true;
    QString keysLabel;                     ///< how a range is written ("1–9"); empty: the keys themselves
    const char *mnemonicContext = nullptr; ///< a label's mnemonic: its translation context and source text, so the
    const char *mnemonicSource = nullptr;  ///< key shown is the one of the language the desk runs in
};

/// Every shortcut the desk defines: what each does and its default keys. The actions and shortcuts take their keys
/// from here (through ShortcutKeys), so the key sheet cannot describe a key the desk does not have.
class ShortcutCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ww::ShortcutCatalog)

public:
    static const QList<ShortcutEntry> &entries();
    static const ShortcutEntry *find(const QString &id);
    static QString description(const ShortcutEntry &entry);
    static QString areaName(ShortcutArea area);
    /// The keys as the user reads them ("F2", "Esc, F4", "1–9"), in the platform's words.
    static QString keysText(const ShortcutEntry &entry, const QList<QKeySequence> &keys);
    /// A mnemonic entry's key in the running language; other entries: their defaults.
    static QList<QKeySequence> fixedKeys(const ShortcutEntry &entry);
};

} // namespace ww
