// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LoginDialog.h"
#include "TestDatabase.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ww;

namespace {

DatabaseUrl sharedUrl()
{
    QString error;
    return *DatabaseUrl::parse(u"postgresql://maria@db.example:5433/wegwijzer?sslmode=require"_qs, &error);
}

} // namespace

TEST(LoginDialog, SaysWhatFailedStaysOpenAndLogsInWithTheRightPassword)
{
    test::TemporaryDatabase stand_in; // what a successful login hands back
    QList<QPair<QString, QString>> attempts;
    LoginDialog dialog(sharedUrl(), {}, [&](const DatabaseUrl &url, const QString &password) -> std::unique_ptr<Database> {
        attempts.append({url.toString(), password});
        if (password != u"juist-wachtwoord")
            throw StorageError(u"The user name or password is wrong."_qs, true);
        return stand_in.reopen();
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_qs);
    auto *user = dialog.findChild<QLineEdit *>(u"userEdit"_qs);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_qs);
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_qs);
    EXPECT_EQ(server->text(), u"postgresql://db.example:5433/wegwijzer?sslmode=require");
    EXPECT_EQ(user->text(), u"maria");
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(server->accessibleName().isEmpty());
    EXPECT_FALSE(problem->isVisible());

    password->setText(u"fout"_qs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"logInButton"_qs), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), u"The user name or password is wrong.");
    EXPECT_TRUE(password->text().isEmpty()); // a wrong password is not kept
    EXPECT_TRUE(password->hasFocus());

    password->setText(u"juist-wachtwoord"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_NE(dialog.takeDatabase(), nullptr);
    EXPECT_EQ(dialog.url().user(), u"maria");
    EXPECT_EQ(dialog.url().connectOptions(), u"sslmode=require"); // SSL modes pass through
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.first().first, u"postgresql://maria@db.example:5433/wegwijzer?sslmode=require");
}

TEST(LoginDialog, RefusesAnAddressThatIsNotPostgresql)
{
    int attempts = 0;
    LoginDialog dialog(sharedUrl(), {}, [&](const DatabaseUrl &, const QString &) -> std::unique_ptr<Database> {
        ++attempts;
        return nullptr;
    });
    dialog.findChild<QLineEdit *>(u"serverEdit"_qs)->setText(u"mysql://x/y"_qs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"logInButton"_qs), Qt::LeftButton);
    EXPECT_EQ(attempts, 0);
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"problemLabel"_qs)->text().contains(u"not a database URL"));
}
