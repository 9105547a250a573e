// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-chatd --password-file: the gateway logs in with the password from a file only its owner can
// read, on a PostgreSQL server that really asks for it; a file others can read is refused.
#include "ChatTestSupport.h"
#include "FreePort.h"
#include "PrivateServer.h"
#include "RunningProgram.h"
#include "storage/Migrator.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString err;
};

/// The gateway without PGPASSWORD or ~/.pgpass: a password can only come from --password-file.
QProcessEnvironment withoutOtherPasswords()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_qs);
    environment.insert(u"PGPASSFILE"_qs, u"/nonexistent/pgpass"_qs);
    return environment;
}

ProgramRun chatd(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(withoutOtherPasswords());
    process.start(QStringLiteral(WW_CHATD_BINARY), arguments);
    process.waitForFinished(20'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

class ChatdPasswordFileTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString passwordFile(const QByteArray &content, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(u"db-password-%1"_qs.arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        EXPECT_TRUE(QFile::setPermissions(path, permissions));
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TEST_F(ChatdPasswordFileTest, RefusesAFileOthersCanReadBeforeConnecting)
{
    const QString path
            = passwordFile("zon-en-maan-2026\n", ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const ProgramRun run
            = chatd({u"--db"_qs, u"postgresql://gateway@127.0.0.1:1/wegwijzer"_qs, u"--password-file"_qs, path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(u"wegwijzer-chatd: "_qs + path)) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(u"chmod 600 "_qs + path)) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains(u"zon-en-maan")) << "the password never reaches the log";
}

TEST_F(ChatdPasswordFileTest, RefusesAPasswordFileForAnSqliteDatabase)
{
    const ProgramRun run = chatd({u"--db"_qs, u"sqlite://"_qs + m_dir.filePath(u"cases.db"_qs), u"--password-file"_qs,
                                  passwordFile("zon-en-maan-2026\n", ownerOnly)});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--password-file is for a PostgreSQL database")) << qPrintable(run.err);
}

TEST_F(ChatdPasswordFileTest, LogsInWithThePasswordFromTheFileOnAServerThatAsksForIt)
{
    test::PrivateServer server;
    ASSERT_TRUE(server.start());
    QString error;
    const std::unique_ptr<Database> admin = Database::open(*DatabaseUrl::parse(server.url(), &error));
    Migrator(*admin).migrate();
    const QString role = u"chatd_pw_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    admin->execute(u"SET password_encryption = 'scram-sha-256'"_qs, u"test"_qs);
    admin->execute(u"CREATE ROLE %1 LOGIN PASSWORD 'zon-en-maan-2026' IN ROLE ww_gateway"_qs.arg(role), u"test"_qs);
    // This account must prove its password (SCRAM); the test's own account keeps the server's trust.
    QFile hba(server.dataDirectory() + u"/pg_hba.conf"_qs);
    ASSERT_TRUE(hba.open(QIODevice::ReadOnly));
    const QByteArray rules = hba.readAll();
    hba.close();
    ASSERT_TRUE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("host all " + role.toUtf8() + " 127.0.0.1/32 scram-sha-256\n" + rules);
    hba.close();
    admin->execute(u"SELECT pg_reload_conf()"_qs, u"test"_qs);

    const QString url = u"postgresql://%1@127.0.0.1:%2/postgres"_qs.arg(role).arg(server.port());
    const ProgramRun without = chatd({u"--db"_qs, url});
    EXPECT_EQ(without.exitCode, 1);
    EXPECT_TRUE(without.err.contains(u"asks for the password of "_qs + role)) << qPrintable(without.err);
    const ProgramRun wrong
            = chatd({u"--db"_qs, url, u"--password-file"_qs, passwordFile("maan-en-zon-2026\n", ownerOnly)});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(u"password is wrong")) << qPrintable(wrong.err);

    const quint16 port = test::freePort();
    test::RunningProgram chatd;
    chatd.start(QStringLiteral(WW_CHATD_BINARY),
                {u"--db"_qs, url, u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port), u"--password-file"_qs,
                 passwordFile("zon-en-maan-2026\n", ownerOnly)},
                withoutOtherPasswords());
    ASSERT_TRUE(chatd.waitFor("listening on")) << chatd.log().constData();
    {
        test::TestPeer visitor(port);
        EXPECT_FALSE(visitor.helloVisitor().value(u"chat"_qs).toString().isEmpty()) << "stored as the gateway";
    }
    ASSERT_TRUE(chatd.stop());
    EXPECT_EQ(chatd.process().exitCode(), 0);
}
