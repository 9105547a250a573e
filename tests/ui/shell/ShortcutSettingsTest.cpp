// SPDX-License-Identifier: GPL-3.0-or-later
// Changing keys: conflicts refused with the other action's name, stored per user, applied at start, reset.
#include "CaseUiSupport.h"
#include "TestDatabase.h"
#include "case/CaseWorkspace.h"
#include "common/ShortcutKeys.h"
#include "content/ShippedContent.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutHelp.h"
#include "shell/ShortcutSettingsDialog.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeWalkerPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace ww;

namespace {

class ShortcutSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        ASSERT_TRUE(directory.ok());
        m_directory = directory.directory;
        const TreeLoadResult tree = ShippedContent::loadTree(*m_directory);
        ASSERT_TRUE(tree.ok());
        m_tree = tree.tree;
    }

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        QApplication::setActiveWindow(w.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }
    static QAction *action(QWidget *w, const QString &name) { return w->findChild<QAction *>(name); }

    test::TemporarySettings m_settings;
    test::TemporaryDatabase m_db;
    SqlCaseStore m_store{m_db.database()};
    DirectCaseWork m_work{m_store};
    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
};

} // namespace

TEST_F(ShortcutSettingsTest, AKeyAnotherActionHasIsRefusedNamingThatAction)
{
    auto w = window();
    ShortcutSettingsDialog *dialog = ShortcutHelp::showSettings(w.get());
    dialog->selectShortcut(u"holdAction"_qs);
    dialog->findChild<QKeySequenceEdit *>(u"keyEdit"_qs)->setKeySequence(QKeySequence(Qt::Key_F8));
    dialog->findChild<QPushButton *>(u"assignKeyButton"_qs)->click();
    const QString message = dialog->findChild<QLabel *>(u"keyMessage"_qs)->text();
    EXPECT_TRUE(message.contains(u"F8")) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"End the contact: the case moves to wrap-up")) << qPrintable(message);
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F6));
    EXPECT_FALSE(QSettings().contains(u"shortcuts/holdAction"_qs));

    // A fixed key (an answer in the tree), a key that types, a menu's Alt key and Copy are refused too.
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_5)));
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_A)));
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::ALT | Qt::Key_C)));
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::CTRL | Qt::Key_C)));
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::CTRL | Qt::Key_1))) << "a chat tab's key";
    EXPECT_FALSE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_F2, Qt::Key_F3))) << "F2 would start first";
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F6));
}

TEST_F(ShortcutSettingsTest, AChosenKeyWorksAtOnceIsStoredPerUserAndAppliedAtTheNextStart)
{
    auto w = window();
    ShortcutSettingsDialog *dialog = ShortcutHelp::showSettings(w.get());
    ASSERT_TRUE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_F5))) << qPrintable(dialog->message());
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_TRUE(action(w.get(), u"holdAction"_qs)->toolTip().contains(u"F5")) << "the toolbar teaches the new key";
    EXPECT_EQ(QSettings().value(u"shortcuts/holdAction"_qs).toString(), u"F5");
    // A panel's key too, in a case opened before and after the change.
    QTest::keyClick(w.get(), Qt::Key_F2);
    ASSERT_NE(w->walkerPanel(), nullptr);
    ASSERT_TRUE(dialog->assign(u"treeBackShortcut"_qs, QKeySequence(Qt::CTRL | Qt::Key_Backspace)));
    EXPECT_EQ(w->walkerPanel()->findChild<QShortcut *>(u"treeBackShortcut"_qs)->key(),
              QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    dialog->close();
    w.reset();

    auto next = window();
    EXPECT_EQ(action(next.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(action(next.get(), u"endContactAction"_qs)->shortcut(), QKeySequence(Qt::Key_F8));
    QTest::keyClick(next.get(), Qt::Key_F2);
    ASSERT_NE(next->walkerPanel(), nullptr);
    EXPECT_EQ(next->walkerPanel()->findChild<QShortcut *>(u"treeBackShortcut"_qs)->key(),
              QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    // F5 now holds the call.
    next->workspace()->setFocus();
    QTest::keyClick(next.get(), Qt::Key_F5);
    EXPECT_TRUE(next->workspace()->session().isOnHold());
}

TEST_F(ShortcutSettingsTest, ResetBringsTheDefaultBackOneByOneOrAll)
{
    auto w = window();
    ShortcutSettingsDialog *dialog = ShortcutHelp::showSettings(w.get());
    ASSERT_TRUE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_F5)));
    ASSERT_TRUE(dialog->assign(u"handoverAction"_qs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)));
    ASSERT_TRUE(dialog->assign(u"endContactAction"_qs, QKeySequence(Qt::Key_F11)));
    ASSERT_TRUE(dialog->assign(u"holdAction"_qs, QKeySequence(Qt::Key_F8))) << "F8 is free once End has another key";
    dialog->selectShortcut(u"handoverAction"_qs);
    dialog->findChild<QPushButton *>(u"resetKeyButton"_qs)->click();
    EXPECT_EQ(action(w.get(), u"handoverAction"_qs)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    EXPECT_FALSE(QSettings().contains(u"shortcuts/handoverAction"_qs));
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F8))
            << action(w.get(), u"holdAction"_qs)->shortcut().toString().toStdString();
    dialog->findChild<QPushButton *>(u"resetAllKeysButton"_qs)->click();
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F6));
    EXPECT_EQ(action(w.get(), u"endContactAction"_qs)->shortcut(), QKeySequence(Qt::Key_F8));
    EXPECT_TRUE(QSettings().allKeys().filter(u"shortcuts/"_qs).isEmpty());
}

TEST_F(ShortcutSettingsTest, AHandEditedSettingThatIsNotAKeyOrClashesIsIgnored)
{
    {
        QSettings settings;
        settings.setValue(u"shortcuts/holdAction"_qs, u"F8"_qs);          // End's key
        settings.setValue(u"shortcuts/handoverAction"_qs, u"Frob+Q"_qs);  // not a key
        settings.setValue(u"shortcuts/closeCaseAction"_qs, 42);           // not text
        settings.setValue(u"shortcuts/planFollowUpAction"_qs, u"F12"_qs); // fine
    }
    auto w = window();
    EXPECT_EQ(action(w.get(), u"holdAction"_qs)->shortcut(), QKeySequence(Qt::Key_F6));
    EXPECT_EQ(action(w.get(), u"endContactAction"_qs)->shortcut(), QKeySequence(Qt::Key_F8));
    EXPECT_EQ(action(w.get(), u"handoverAction"_qs)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    EXPECT_EQ(action(w.get(), u"closeCaseAction"_qs)->shortcut(), QKeySequence(Qt::Key_F9));
    EXPECT_EQ(action(w.get(), u"planFollowUpAction"_qs)->shortcut(), QKeySequence(Qt::Key_F12));
}

TEST_F(ShortcutSettingsTest, TheKeyFieldDoesNotTrapTheKeyboard)
{
    auto w = window();
    ShortcutSettingsDialog *dialog = ShortcutHelp::showSettings(w.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    auto *edit = dialog->findChild<QKeySequenceEdit *>(u"keyEdit"_qs);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus() || edit->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog->findChild<QPushButton *>(u"assignKeyButton"_qs));
    EXPECT_TRUE(edit->keySequence().isEmpty()) << "Tab is not taken as the new key";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_TRUE(edit->hasFocus() || edit->isAncestorOf(QApplication::focusWidget()));
    // Every control has a name a screen reader can say.
    for (QWidget *control : dialog->findChildren<QWidget *>()) {
        if (control->focusPolicy() == Qt::NoFocus || !control->isVisible())
            continue;
        const bool named = !control->accessibleName().isEmpty()
                || (qobject_cast<QAbstractButton *>(control)
                    && !qobject_cast<QAbstractButton *>(control)->text().isEmpty())
                || control->parentWidget() == edit;
        EXPECT_TRUE(named) << qPrintable(control->objectName()) << " " << control->metaObject()->className();
    }
}
