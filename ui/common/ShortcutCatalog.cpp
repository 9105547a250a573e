// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShortcutCatalog.h"

namespace ww {

namespace {

QList<QKeySequence> range(Qt::KeyboardModifiers modifiers)
{
    QList<QKeySequence> keys;
    for (int i = 1; i <= 9; ++i)
        keys.append(QKeySequence(QKeyCombination(modifiers, Qt::Key(Qt::Key_0 + i))));
    return keys;
}

QKeySequence key(Qt::KeyboardModifiers modifiers, Qt::Key key)
{
    return QKeySequence(QKeyCombination(modifiers, key));
}

// The table leaves the trailing fields of most entries at their defaults on purpose.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
QList<ShortcutEntry> build()
{
    const Qt::KeyboardModifiers none = Qt::NoModifier;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    const QString phone = u"newPhoneCaseAction"_qs;
    const QString chats = u"chatsAction"_qs;
    QList<ShortcutEntry> list{
            {u"newPhoneCaseAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open a new phone case (the call timer starts)"),
             {key(none, Qt::Key_F2)},
             {}},
            {u"newChatCaseAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open a new chat case"),
             {key(Qt::ShiftModifier, Qt::Key_F2)},
             {}},
            {u"phoneCodeCaseAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog",
                               "Open a phone case from a website code: the case starts where the caller stopped"),
             {key(ctrl, Qt::Key_F2)},
             {}},
            {u"holdAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Put the call on hold, or resume it"),
             {key(none, Qt::Key_F6)},
             {}},
            {u"endContactAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "End the contact: the case moves to wrap-up"),
             {key(none, Qt::Key_F8)},
             {}},
            {u"closeCaseAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Close the case, or list what is still missing"),
             {key(none, Qt::Key_F9)},
             {}},
            {u"planFollowUpAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Plan a follow-up"),
             {key(none, Qt::Key_F10)},
             {}},
            {u"continueFollowUpAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Continue a follow-up"),
             {key(none, Qt::Key_F7)},
             {}},
            {u"handoverAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Hand the case over to a colleague, with a note"),
             {key(ctrl, Qt::Key_H)},
             {}},
            {u"homeAction"_qs,
             ShortcutArea::Case,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Back to my cases (an open case stays in the list)"),
             {key(none, Qt::Key_Escape), key(none, Qt::Key_F4)},
             {}},
            {u"treeAnswerShortcuts"_qs, ShortcutArea::Tree,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Choose an answer in the tree"), range(none), phone, false,
             u"1–9"_qs},
            {u"treeBackShortcut"_qs,
             ShortcutArea::Tree,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Go one step back in the tree"),
             {key(none, Qt::Key_Backspace)},
             phone},
            {u"noteFieldMnemonic"_qs,
             ShortcutArea::Notes,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Go to the note field"),
             {},
             phone,
             false,
             {},
             "ww::NotesPane",
             "&Note"},
            {u"saveNoteShortcut"_qs,
             ShortcutArea::Notes,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Save the note"),
             {key(ctrl, Qt::Key_Return), key(ctrl | Qt::KeypadModifier, Qt::Key_Enter)},
             phone},
            {u"chatsAction"_qs,
             ShortcutArea::Chat,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open the chat queue and your open chats"),
             {key(ctrlShift, Qt::Key_C)},
             {}},
            {u"chatTreeTextShortcut"_qs,
             ShortcutArea::Chat,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog",
                               "Send the question or advice the tree shows now, in the visitor's language"),
             {key(ctrl, Qt::Key_T)},
             chats},
            {u"chatTabShortcuts"_qs, ShortcutArea::Chat, QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Go to chat 1 to 9"),
             range(ctrl), chats, false, u"Ctrl+1–9"_qs},
            {u"chatNextTab"_qs,
             ShortcutArea::Chat,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Go to the next chat"),
             {key(ctrl, Qt::Key_Tab)},
             chats,
             false},
            {u"caseLogAction"_qs,
             ShortcutArea::Supervision,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open the case log"),
             {key(ctrlShift, Qt::Key_L)},
             {}},
            {u"dashboardAction"_qs,
             ShortcutArea::Supervision,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open the dashboard"),
             {key(ctrlShift, Qt::Key_D)},
             {}},
            {u"englishContentAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Show the tree texts in English, for callers who speak English"),
             {key(ctrl, Qt::Key_L)},
             {}},
            {u"openTreeFileAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open another tree file"),
             QKeySequence::keyBindings(QKeySequence::Open),
             {}},
            {u"treeEditorAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Open the tree editor"),
             {key(ctrlShift, Qt::Key_E)},
             {}},
            {u"shortcutSheetAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Show every keyboard shortcut"),
             {key(none, Qt::Key_F1)},
             {}},
            {u"shortcutSettingsAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Change the keyboard shortcuts"),
             {},
             {}},
            {u"quitAction"_qs,
             ShortcutArea::Window,
             QT_TRANSLATE_NOOP("ww::ShortcutCatalog", "Quit the desk"),
             QKeySequence::keyBindings(QKeySequence::Quit),
             {}},
    };
    for (ShortcutEntry &entry : list) {
        if (entry.shownWith.isEmpty())
            entry.shownWith = entry.id;
    }
    return list;
}
#pragma GCC diagnostic pop

} // namespace

const QList<ShortcutEntry> &ShortcutCatalog::entries()
{
    static const QList<ShortcutEntry> list = build();
    return list;
}

const ShortcutEntry *ShortcutCatalog::find(const QString &id)
{
    for (const ShortcutEntry &entry : entries()) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString ShortcutCatalog::description(const ShortcutEntry &entry)
{
    return tr(entry.description);
}

QString ShortcutCatalog::areaName(ShortcutArea area)
{
    switch (area) {
    case ShortcutArea::Case:
        return tr("Case");
    case ShortcutArea::Tree:
        return tr("Tree");
    case ShortcutArea::Notes:
        return tr("Notes");
    case ShortcutArea::Chat:
        return tr("Chat");
    case ShortcutArea::Supervision:
        return tr("Supervision");
    case ShortcutArea::Window:
        return tr("Window");
    }
    return {};
}

QString ShortcutCatalog::keysText(const ShortcutEntry &entry, const QList<QKeySequence> &keys)
{
    if (!entry.keysLabel.isEmpty())
        return entry.keysLabel;
    QStringList texts;
    for (const QKeySequence &sequence : keys) {
        // The keypad's Enter is the same key to the user as Return beside it.
        if (sequence.count() == 1 && sequence[0].keyboardModifiers().testFlag(Qt::KeypadModifier))
            continue;
        texts.append(sequence.toString(QKeySequence::NativeText));
    }
    return texts.join(u", "_qs);
}

QList<QKeySequence> ShortcutCatalog::fixedKeys(const ShortcutEntry &entry)
{
    if (!entry.mnemonicSource)
        return entry.defaults;
    const QKeySequence mnemonic
            = QKeySequence::mnemonic(QCoreApplication::translate(entry.mnemonicContext, entry.mnemonicSource));
    return mnemonic.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{mnemonic};
}

} // namespace ww
