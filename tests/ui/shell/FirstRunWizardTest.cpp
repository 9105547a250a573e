// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run assistant: shown once, skippable, its choices in the settings the desk starts from.
#include "shell/FirstRunWizard.h"
#include "CaseUiSupport.h"
#include "TestDatabase.h"
#include "content/ShippedContent.h"
#include "shell/DeskStartup.h"
#include "shell/MainWindow.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using namespace ww;

namespace {

class FirstRunWizardTest : public ::testing::Test
{
protected:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    test::TemporarySettings m_settings;
};

} // namespace

TEST_F(FirstRunWizardTest, ItIsDueOnlyOnTheFirstStartAndSkippingCounts)
{
    DeskOptions options;
    EXPECT_TRUE(FirstRunWizard::isDue(options));
    DeskOptions scripted;
    scripted.quitWhenReady = true;
    EXPECT_FALSE(FirstRunWizard::isDue(scripted));
    DeskOptions givenDatabase;
    givenDatabase.database = DatabaseUrl::sqliteFile(u"/tmp/cases.db"_qs);
    EXPECT_FALSE(FirstRunWizard::isDue(givenDatabase)) << "a start with --db is not a new agent's first start";

    FirstRunWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    child<QAbstractButton>(&wizard, u"skipButton"_qs)->click();
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_EQ(wizard.result(), QDialog::Rejected);
    EXPECT_FALSE(FirstRunWizard::isDue(options)) << "shown once";
    EXPECT_FALSE(QSettings().contains(u"database/url"_qs)) << "skipping changes nothing else";
    EXPECT_FALSE(QSettings().contains(u"ui/language"_qs));
}

TEST_F(FirstRunWizardTest, TheChoicesEndUpInTheSettings)
{
    FirstRunWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    child<QRadioButton>(&wizard, u"languageEnglish"_qs)->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::StoragePage);
    child<QRadioButton>(&wizard, u"storeOnSharedServer"_qs)->setChecked(true);
    auto *address = child<QLineEdit>(&wizard, u"serverAddress"_qs);
    ASSERT_TRUE(address->isEnabled());

    address->setText(u"http://server.example/cases"_qs);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::StoragePage) << "a wrong address is not accepted";
    EXPECT_FALSE(child<QLabel>(&wizard, u"serverAddressProblem"_qs)->text().isEmpty());
    address->setText(u"sqlite:///tmp/cases.db"_qs);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::StoragePage) << "the shared server is PostgreSQL";

    address->setText(u"postgresql://agent-a@server.example:5432/wegwijzer"_qs);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::LoginPage);
    EXPECT_TRUE(child<QLabel>(&wizard, u"loginExplanation"_qs)->text().contains(u"password"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::KeysPage);
    auto *tour = child<QListWidget>(&wizard, u"keyTour"_qs);
    QStringList lines;
    for (int i = 0; i < tour->count(); ++i)
        lines.append(tour->item(i)->text());
    EXPECT_TRUE(lines.contains(u"F2: Open a new phone case (the call timer starts)"_qs))
            << qPrintable(lines.join(u'\n'));
    EXPECT_TRUE(lines.contains(u"F1: Show every keyboard shortcut"_qs));
    wizard.button(QWizard::FinishButton)->click();

    const QSettings settings;
    EXPECT_EQ(settings.value(u"ui/language"_qs).toString(), u"en");
    EXPECT_EQ(settings.value(u"database/url"_qs).toString(), u"postgresql://agent-a@server.example:5432/wegwijzer");
    EXPECT_FALSE(FirstRunWizard::isDue(DeskOptions{}));
}

TEST_F(FirstRunWizardTest, ChoosingThisComputerForgetsASharedServer)
{
    QSettings().setValue(u"database/url"_qs, u"postgresql://agent-a@server.example/wegwijzer"_qs);
    FirstRunWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    auto *shared = child<QRadioButton>(&wizard, u"storeOnSharedServer"_qs);
    EXPECT_TRUE(shared->isChecked()) << "the assistant opened again shows the choice in use";
    child<QRadioButton>(&wizard, u"storeOnThisComputer"_qs)->setChecked(true);
    wizard.next();
    EXPECT_TRUE(child<QLabel>(&wizard, u"loginExplanation"_qs)->text().contains(u"no extra login"));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_FALSE(QSettings().contains(u"database/url"_qs));
    EXPECT_EQ(QSettings().value(u"ui/language"_qs).toString(), u"nl");
}

TEST_F(FirstRunWizardTest, TheHelpMenuOpensItAgain)
{
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    ASSERT_TRUE(directory.ok());
    const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
    ASSERT_TRUE(tree.ok());
    test::TemporaryDatabase db;
    SqlCaseStore store(db.database());
    DirectCaseWork work(store);
    MainWindow window(tree.tree, directory.directory, work, u"agent-a"_qs);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"firstRunAction"_qs);
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *wizard = window.findChild<FirstRunWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    wizard->reject();
}
