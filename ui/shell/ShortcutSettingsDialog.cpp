// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShortcutSettingsDialog.h"

#include "common/ShortcutKeys.h"
#include "shell/ShortcutIndex.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ww {

ShortcutSettingsDialog::ShortcutSettingsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
    , m_keyEdit(new QKeySequenceEdit(this))
    , m_assignButton(new QPushButton(tr("&Assign key"), this))
    , m_resetButton(new QPushButton(tr("&Reset to default"), this))
    , m_resetAllButton(new QPushButton(tr("Reset a&ll"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shortcutSettingsDialog"_qs);
    setWindowTitle(tr("Change keyboard shortcuts — Wegwijzer Desk"));
    resize(760, 600);

    auto *listLabel = new QLabel(tr("S&hortcuts:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(u"shortcutList"_qs);
    m_list->setAccessibleName(tr("Shortcuts that can be changed"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Area"), tr("What it does"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *keyLabel = new QLabel(tr("New &key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    m_keyEdit->setObjectName(u"keyEdit"_qs);
    m_keyEdit->setAccessibleName(tr("New key"));
    m_keyEdit->setAccessibleDescription(tr("Press the new key, then Tab to Assign key."));
    m_keyEdit->installEventFilter(this);
    for (QWidget *inner : m_keyEdit->findChildren<QWidget *>())
        inner->installEventFilter(this); // the edit's own line takes the keys when it has the focus
    m_assignButton->setObjectName(u"assignKeyButton"_qs);
    m_resetButton->setObjectName(u"resetKeyButton"_qs);
    m_resetAllButton->setObjectName(u"resetAllKeysButton"_qs);
    for (QPushButton *button : {m_assignButton, m_resetButton, m_resetAllButton})
        button->setAutoDefault(false);
    m_message->setObjectName(u"keyMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFocusPolicy(Qt::NoFocus); // a message, read out when it appears; not a Tab stop

    connect(m_assignButton, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            assign(currentId(), m_keyEdit->keySequence());
    });
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (id.isEmpty())
            return;
        ShortcutKeys::instance().resetToDefault(id);
        showMessage(tr("The default key is back."), false);
    });
    connect(m_resetAllButton, &QPushButton::clicked, this, [this] {
        ShortcutKeys::instance().resetAll();
        showMessage(tr("Every shortcut has its default key again."), false);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_keyEdit->clear();
        m_message->clear();
    });
    connect(&ShortcutKeys::instance(), &ShortcutKeys::keysChanged, this, &ShortcutSettingsDialog::reload);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_assignButton);
    keyRow->addWidget(m_resetButton);
    keyRow->addWidget(m_resetAllButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(keyRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    m_list->setFocus();
}

void ShortcutSettingsDialog::reload()
{
    const QString selected = currentId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ShortcutRow &row : ShortcutIndex::collect(m_window)) {
        if (!row.editable)
            continue;
        auto *item = new QTreeWidgetItem(m_list,
                                         {ShortcutCatalog::areaName(row.area), row.description,
                                          row.keysText.isEmpty() ? tr("no key") : row.keysText});
        item->setData(0, Qt::UserRole, row.id);
        if (ShortcutKeys::instance().isCustomised(row.id))
            item->setToolTip(2, tr("Changed by you"));
    }
    if (!selected.isEmpty())
        selectShortcut(selected);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString ShortcutSettingsDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ShortcutSettingsDialog::selectShortcut(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

bool ShortcutSettingsDialog::assign(const QString &id, const QKeySequence &key)
{
    QString error;
    if (!ShortcutKeys::instance().setKeys(id, {key}, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%1 is now the key for “%2”.")
                        .arg(key.toString(QKeySequence::NativeText),
                             ShortcutCatalog::description(*ShortcutCatalog::find(id))),
                false);
    m_keyEdit->clear();
    return true;
}

QString ShortcutSettingsDialog::message() const
{
    return m_message->text();
}

void ShortcutSettingsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    // The refusal is said aloud, and stays with the key field for whoever goes back to it.
    m_keyEdit->setAccessibleDescription(problem ? text : tr("Press the new key, then Tab to Assign key."));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(m_message, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

bool ShortcutSettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The key field takes every key, Tab included; Tab and Shift+Tab must still move on, or it traps the keyboard.
    if ((watched == m_keyEdit || watched->parent() == m_keyEdit)
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            if (event->type() == QEvent::KeyPress)
                focusNextPrevChild(key->key() == Qt::Key_Tab && !key->modifiers().testFlag(Qt::ShiftModifier));
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ww
