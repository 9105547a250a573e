// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QShortcut;

namespace ww {

/// The keys each shortcut of the catalog has for this user: the default, or what the user chose in the settings
/// ("shortcuts/<id>" in QSettings, per user). Actions and shortcuts bound here take their keys at once and follow
/// every later change.
class ShortcutKeys : public QObject
{
    Q_OBJECT

public:
    static ShortcutKeys &instance();

    /// The keys \a id has now. A stored choice that is not a key, or that takes a key another shortcut has, is
    /// ignored (the settings file may have been edited by hand).
    QList<QKeySequence> keys(const QString &id) const;
    bool isCustomised(const QString &id) const;
    /// Gives \a id the keys \a keys (empty: no key). Refused with a message saying why, naming the other action
    /// when another shortcut already has one of the keys.
    bool setKeys(const QString &id, const QList<QKeySequence> &keys, QString *error);
    void resetToDefault(const QString &id);
    void resetAll();
    /// The id of the shortcut other than \a id that has \a key (or a sequence that starts like it); empty if none.
    QString conflictWith(const QString &id, const QKeySequence &key) const;

    /// Sets the keys of \a action (its object name is the catalog id) and keeps them current.
    void bind(QAction *action);
    void bind(QShortcut *shortcut);

signals:
    void keysChanged(const QString &id);

private:
    explicit ShortcutKeys(QObject *parent = nullptr);
    QHash<QString, QList<QKeySequence>> effective() const;
    QString refusal(const QString &id, const QKeySequence &key) const;
    void apply(const QString &id);

    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QShortcut>> m_shortcuts;
};

} // namespace ww
