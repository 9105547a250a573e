// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords from files (wegwijzer-chatd --password-file): what is read, and every file that is refused.
#include "storage/PasswordFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ww;

namespace {

class PasswordFileTest : public ::testing::Test
{
protected:
    QString write(const QByteArray &content,
                  QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
    {
        const QString path = m_dir.filePath(u"db-password"_qs);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        EXPECT_TRUE(QFile::setPermissions(path, permissions));
        return path;
    }

    /// The error of reading \a path, which must fail.
    QString refusal(const QString &path)
    {
        QString error;
        const std::optional<QString> password = PasswordFile::read(path, &error);
        EXPECT_FALSE(password.has_value()) << "read: " << qPrintable(password.value_or(QString()));
        EXPECT_TRUE(error.startsWith(path)) << "names the file first: " << qPrintable(error);
        return error;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PasswordFileTest, ReadsThePasswordWithoutTheLineEnd)
{
    for (const QByteArray &content :
         {QByteArray("zon en maan €2026\n"), QByteArray("zon en maan €2026\r\n"), QByteArray("zon en maan €2026")}) {
        QString error;
        EXPECT_EQ(PasswordFile::read(write(content), &error), u"zon en maan €2026"_qs) << qPrintable(error);
    }
}

TEST_F(PasswordFileTest, KeepsSpacesThatArePartOfThePassword)
{
    QString error;
    EXPECT_EQ(PasswordFile::read(write("  twee spaties voor en na  \n"), &error), u"  twee spaties voor en na  "_qs);
}

TEST_F(PasswordFileTest, RefusesAFileOthersCanRead)
{
    const QString path
            = write("geheim-wachtwoord\n",
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QString error = refusal(path);
    EXPECT_TRUE(error.contains(u"mode 0644")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"chmod 600 "_qs + path)) << qPrintable(error);
    EXPECT_FALSE(error.contains(u"geheim")) << "the message never shows the password";
}

TEST_F(PasswordFileTest, RefusesAFileTheGroupCanReadOrWrite)
{
    EXPECT_TRUE(refusal(write("wachtwoord\n", QFileDevice::ReadOwner | QFileDevice::ReadGroup)).contains(u"0440"));
    EXPECT_TRUE(refusal(write("wachtwoord\n", QFileDevice::ReadOwner | QFileDevice::WriteGroup)).contains(u"0420"));
    EXPECT_TRUE(refusal(write("wachtwoord\n", QFileDevice::ReadOwner | QFileDevice::WriteOther)).contains(u"0402"));
}

TEST_F(PasswordFileTest, RefusesAnEmptyFile)
{
    EXPECT_TRUE(refusal(write("")).contains(u"empty"));
    EXPECT_TRUE(refusal(write("\n")).contains(u"empty"));
}

TEST_F(PasswordFileTest, RefusesASecondLineAndNamesIt)
{
    const QString error = refusal(write("eerste\ntweede\n"));
    EXPECT_TRUE(error.contains(u":1: ")) << "the control character ends line 1: " << qPrintable(error);
    EXPECT_TRUE(refusal(write("een\ttab")).contains(u"control character"));
}

TEST_F(PasswordFileTest, RefusesAFileOverTheLimit)
{
    QString error;
    EXPECT_TRUE(PasswordFile::read(write(QByteArray(PasswordFile::MaxBytes, 'x')), &error)) << "the limit is fine";
    error = refusal(write(QByteArray(PasswordFile::MaxBytes + 1, 'x')));
    EXPECT_TRUE(error.contains(u"larger than 1024 bytes")) << qPrintable(error);
}

TEST_F(PasswordFileTest, RefusesTextThatIsNotUtf8)
{
    EXPECT_TRUE(refusal(write("caf\xe9\n")).contains(u"UTF-8"));
}

TEST_F(PasswordFileTest, RefusesAMissingFileAndADirectory)
{
    EXPECT_TRUE(refusal(m_dir.filePath(u"nowhere"_qs)).contains(u"No such file"));
    const QString directory = m_dir.filePath(u"folder"_qs);
    ASSERT_TRUE(QDir().mkdir(directory));
    ASSERT_TRUE(QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    EXPECT_TRUE(refusal(directory).contains(u"not a regular file"));
}
