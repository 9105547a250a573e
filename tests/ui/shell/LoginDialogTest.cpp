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
    QList<QPair<QString, QString>> attempts;
    LoginDialog::Answer answer; // the database's answer comes later, as from the storage thread
    LoginDialog dialog(sharedUrl(), {},
                       [&](const DatabaseUrl &url, const QString &password, QObject *, LoginDialog::Answer given) {
                           attempts.append({url.toString(), password});
                           answer = std::move(given);
                           return StorageRequest();
                       });
    const auto reply = [&](const DatabaseUrl &, const QString &password) {
        std::exchange(answer,
                      {})(password == u"juist-wachtwoord"
                                  ? std::nullopt
                                  : std::optional(StorageError(u"The user name or password is wrong."_qs, true)));
    };
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
    auto *logIn = dialog.findChild<QPushButton *>(u"logInButton"_qs);
    QTest::mouseClick(logIn, Qt::LeftButton);
    ASSERT_TRUE(answer);
    // While the database is asked the dialog says so and takes no second attempt.
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"loggingInLabel"_qs)->isVisible());
    EXPECT_FALSE(logIn->isEnabled());
    reply(sharedUrl(), u"fout"_qs);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(logIn->isEnabled());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), u"The user name or password is wrong.");
    EXPECT_TRUE(password->text().isEmpty()); // a wrong password is not kept
    EXPECT_TRUE(password->hasFocus());

    password->setText(u"juist-wachtwoord"_qs);
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(answer);
    reply(sharedUrl(), u"juist-wachtwoord"_qs);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.url().user(), u"maria");
    EXPECT_EQ(dialog.url().connectOptions(), u"sslmode=require"); // SSL modes pass through
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.first().first, u"postgresql://maria@db.example:5433/wegwijzer?sslmode=require");
}

TEST(LoginDialog, RefusesAnAddressThatIsNotPostgresql)
{
    int attempts = 0;
    LoginDialog dialog(sharedUrl(), {}, [&](const DatabaseUrl &, const QString &, QObject *, LoginDialog::Answer) {
        ++attempts;
        return StorageRequest();
    });
    dialog.findChild<QLineEdit *>(u"serverEdit"_qs)->setText(u"mysql://x/y"_qs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"logInButton"_qs), Qt::LeftButton);
    EXPECT_EQ(attempts, 0);
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"problemLabel"_qs)->text().contains(u"not a database URL"));
}

TEST(LoginDialog, EscStopsWaitingForAnAttemptAndASecondEscCloses)
{
    StorageRequest attempt;
    LoginDialog::Answer answer;
    LoginDialog dialog(sharedUrl(), {},
                       [&](const DatabaseUrl &, const QString &, QObject *, LoginDialog::Answer given) {
                           answer = std::move(given);
                           return attempt;
                       });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(u"geheim"_qs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"logInButton"_qs), Qt::LeftButton);
    ASSERT_TRUE(dialog.isLoggingIn());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(attempt.isCancelled());
    EXPECT_FALSE(dialog.isLoggingIn());
    EXPECT_TRUE(dialog.isVisible()); // the address or password can be changed now
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"problemLabel"_qs)->text().contains(u"stopped"));
    answer(std::nullopt); // a late answer changes nothing
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}
