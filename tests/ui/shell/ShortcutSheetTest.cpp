// SPDX-License-Identifier: GPL-3.0-or-later
// F1's key sheet: read from the actions and the catalog, searchable, closed with Esc, and in step with the README.
#include "shell/ShortcutSheet.h"
#include "CaseUiSupport.h"
#include "TestDatabase.h"
#include "common/ShortcutCatalog.h"
#include "common/ShortcutKeys.h"
#include "content/ShippedContent.h"
#include "shell/HomeView.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutIndex.h"
#include "shell/UserGuides.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeWalkerPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QShortcut>
#include <QTest>
#include <QTreeView>

using namespace ww;

namespace {

class ShortcutSheetTest : public ::testing::Test
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
        m_window = std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    ShortcutSheet *pressF1()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        return m_window->findChild<ShortcutSheet *>();
    }

    /// Whether the sheet of the window lists \a key for something.
    bool listed(const QKeySequence &key) const
    {
        for (const ShortcutRow &row : ShortcutIndex::collect(m_window.get())) {
            if (row.keys.contains(key))
                return true;
        }
        return false;
    }

    test::TemporarySettings m_settings;
    test::TemporaryDatabase m_db;
    SqlCaseStore m_store{m_db.database()};
    DirectCaseWork m_work{m_store};
    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
    std::unique_ptr<MainWindow> m_window;
};

/// The keys in the first column of the README's key table ("F2 / Shift+F2", "1–9, Backspace", ...).
QStringList readmeKeys()
{
    QFile file(QStringLiteral(WW_SOURCE_DIR) + u"/README.md"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QStringList keys;
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"| key | what it does |")) {
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(u"|---"))
            continue;
        if (!line.startsWith(u'|'))
            break;
        const QString cell = line.section(u'|', 1, 1).trimmed();
        for (const QString &token : cell.split(QRegularExpression(u"\\s*(/|,)\\s*"_qs), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch range = QRegularExpression(u"^(.*?)(\\d)[–-](\\d)$"_qs).match(token);
            if (range.hasMatch()) {
                for (int i = range.captured(2).toInt(); i <= range.captured(3).toInt(); ++i)
                    keys.append(range.captured(1) + QString::number(i));
            } else {
                keys.append(token);
            }
        }
    }
    return keys;
}

} // namespace

TEST_F(ShortcutSheetTest, F1OpensTheSheetWithTheKeysOfEveryArea)
{
    ShortcutSheet *sheet = pressF1();
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->isVisible());
    const QStringList lines = sheet->visibleLines();
    EXPECT_TRUE(lines.contains(u"F2\tOpen a new phone case (the call timer starts)"_qs))
            << qPrintable(lines.join(u'\n'));
    EXPECT_TRUE(lines.contains(u"1–9\tChoose an answer in the tree"_qs));
    EXPECT_TRUE(lines.contains(u"Ctrl+Return\tSave the note"_qs));
    EXPECT_TRUE(lines.contains(u"Alt+N\tGo to the note field"_qs)) << "the mnemonic of the note field's label";
    EXPECT_TRUE(lines.contains(u"Esc, F4\tBack to my cases (an open case stays in the list)"_qs));
    EXPECT_TRUE(lines.contains(u"F1\tShow every keyboard shortcut"_qs));
    // Only what this desk has: no supervisor's or chat keys for an agent without them.
    for (const QString &line : lines) {
        EXPECT_FALSE(line.contains(u"Ctrl+Shift+L")) << qPrintable(line);
        EXPECT_FALSE(line.contains(u"Ctrl+T\t")) << qPrintable(line);
    }
    auto *view = sheet->findChild<QTreeView *>(u"shortcutView"_qs);
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->accessibleName().isEmpty());
    const QAbstractItemModel *model = view->model();
    QStringList groups;
    for (int g = 0; g < model->rowCount(); ++g)
        groups.append(model->index(g, 0).data().toString());
    EXPECT_EQ(groups, (QStringList{u"Case"_qs, u"Tree"_qs, u"Notes"_qs, u"Window"_qs}));
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    EXPECT_EQ(first.data(Qt::AccessibleTextRole).toString(), u"F2: Open a new phone case (the call timer starts)");
}

TEST_F(ShortcutSheetTest, AnActionOrShortcutAddedToTheWindowShowsWithoutBeingDescribedElsewhere)
{
    auto *action = new QAction(u"&Frobnicate the queue…"_qs, m_window.get());
    action->setShortcut(QKeySequence(u"Ctrl+Shift+K"_qs));
    m_window->addAction(action);
    auto *shortcut = new QShortcut(QKeySequence(u"Ctrl+Alt+J"_qs), m_window->homeView());
    shortcut->setWhatsThis(u"Jump somewhere"_qs);
    shortcut->setProperty("shortcutArea", int(ShortcutArea::Case));
    ShortcutSheet *sheet = pressF1();
    ASSERT_NE(sheet, nullptr);
    const QStringList lines = sheet->visibleLines();
    EXPECT_TRUE(lines.contains(u"Ctrl+Shift+K\tFrobnicate the queue"_qs)) << qPrintable(lines.join(u'\n'));
    EXPECT_TRUE(lines.contains(u"Ctrl+Alt+J\tJump somewhere"_qs));
    bool inCase = false;
    for (const ShortcutRow &row : ShortcutIndex::collect(m_window.get()))
        inCase = inCase || (row.description == u"Jump somewhere" && row.area == ShortcutArea::Case);
    EXPECT_TRUE(inCase);
}

TEST_F(ShortcutSheetTest, EveryKeyOfTheReadmeKeyTableIsInTheSheet)
{
    const QStringList keys = readmeKeys();
    ASSERT_GE(keys.size(), 20) << "the README's key table was not found or has changed its form";
    for (const QString &text : keys) {
        const QKeySequence key = QKeySequence::fromString(text, QKeySequence::PortableText);
        ASSERT_FALSE(key.isEmpty()) << qPrintable(text);
        ASSERT_NE(key[0].key(), Qt::Key_unknown) << qPrintable(text) << " is not a key Qt knows";
        EXPECT_TRUE(listed(key)) << qPrintable(text) << " is in the README but not in the sheet";
    }
}

TEST_F(ShortcutSheetTest, TypingSearchesKeysAndWordsAndEscCloses)
{
    QPointer<ShortcutSheet> sheet = pressF1();
    ASSERT_TRUE(sheet);
    ASSERT_TRUE(QTest::qWaitForWindowActive(sheet.data()));
    auto *search = sheet->findChild<QLineEdit *>(u"shortcutSearch"_qs);
    QTRY_VERIFY(search->hasFocus()); // typing searches at once
    QTest::keyClicks(search, u"F9"_qs);
    EXPECT_EQ(sheet->visibleLines(), (QStringList{u"F9\tClose the case, or list what is still missing"_qs}));
    search->clear();
    QTest::keyClicks(search, u"Ctrl+Return"_qs);
    EXPECT_EQ(sheet->visibleLines(), (QStringList{u"Ctrl+Return\tSave the note"_qs}));
    search->clear();
    QTest::keyClicks(search, u"tree"_qs);
    EXPECT_TRUE(sheet->visibleLines().contains(u"Backspace\tGo one step back in the tree"_qs))
            << "an area's name finds all its keys";
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), sheet->findChild<QTreeView *>(u"shortcutView"_qs));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!sheet || !sheet->isVisible());
}

TEST_F(ShortcutSheetTest, TheSheetShowsAKeyTheUserChanged)
{
    QString error;
    ASSERT_TRUE(ShortcutKeys::instance().setKeys(u"holdAction"_qs, {QKeySequence(Qt::Key_F5)}, &error))
            << qPrintable(error);
    ShortcutSheet *sheet = pressF1();
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->visibleLines().contains(u"F5\tPut the call on hold, or resume it"_qs));
    ShortcutKeys::instance().resetToDefault(u"holdAction"_qs);
    EXPECT_TRUE(sheet->visibleLines().contains(u"F6\tPut the call on hold, or resume it"_qs))
            << "an open sheet follows";
}

TEST_F(ShortcutSheetTest, EveryChangeableCatalogKeyIsOnALiveActionOrShortcut)
{
    // With a case open every panel with keys is built: the catalog describes what the desk really has.
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    ASSERT_NE(m_window->walkerPanel(), nullptr);
    for (const ShortcutEntry &entry : ShortcutCatalog::entries()) {
        if (!entry.editable || !m_window->findChild<QObject *>(entry.shownWith))
            continue;
        const QList<QKeySequence> expected = ShortcutKeys::instance().keys(entry.id);
        if (auto *action = m_window->findChild<QAction *>(entry.id)) {
            EXPECT_EQ(action->shortcuts(), expected) << qPrintable(entry.id);
        } else if (auto *shortcut = m_window->findChild<QShortcut *>(entry.id)) {
            EXPECT_EQ(shortcut->keys(), expected) << qPrintable(entry.id);
        } else {
            ADD_FAILURE() << qPrintable(entry.id) << " is in the catalog but nothing in the window has it";
        }
    }
}

TEST_F(ShortcutSheetTest, EveryKeyTheUserGuidesNameIsOnTheSheet)
{
    // Keys of windows of their own, each tested with its window: the live view (its menu entry is there only
    // with a chat gateway), its wall screen and "Move chat to…", and the chat offer's accept and decline.
    const QList<QKeySequence> otherWindows{QKeySequence(u"Ctrl+Shift+F"_qs), QKeySequence(u"F11"_qs),
                                           QKeySequence(u"Alt+M"_qs), QKeySequence(u"Ctrl+Shift+Return"_qs),
                                           QKeySequence(u"Ctrl+Shift+Backspace"_qs)};
    QList<QKeySequence> catalog;
    for (const ShortcutEntry &entry : ShortcutCatalog::entries())
        catalog += entry.defaults;
    // A bold key in a guide: **F2**, **Ctrl+Shift+L**; the answers' **1** to **9** are the tree's.
    static const QRegularExpression boldKey(
            uR"(\*\*((?:Ctrl|Alt|Shift)(?:\+(?:Ctrl|Alt|Shift))*\+[^*\s]+|F\d{1,2})\*\*)"_qs);
    int checked = 0;
    for (const QString &language : {u"nl"_qs, u"en"_qs}) {
        for (const UserGuides::Guide guide : {UserGuides::Guide::Agent, UserGuides::Guide::Supervisor}) {
            QFile file(u":"_qs + UserGuides::source(guide, QLocale(language)).path());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = boldKey.globalMatch(text); match.hasNext();) {
                QString written = match.next().captured(1);
                // "Enter" is what people call the Return key.
                written.replace(u"Enter"_qs, u"Return"_qs);
                const QKeySequence key(written);
                // Alt+letter is a label's mnemonic, which differs per language; the dialog suites check those.
                if (written.startsWith(u"Alt+"_qs) && written.size() == 5)
                    continue;
                ++checked;
                EXPECT_TRUE(listed(key) || catalog.contains(key) || otherWindows.contains(key))
                        << qPrintable(language) << ": a guide names " << qPrintable(written)
                        << ", which is not on the key sheet";
            }
        }
    }
    EXPECT_GT(checked, 30) << "the guides are written around the keys";
}
