// SPDX-License-Identifier: GPL-3.0-or-later
// The wegwijzer-chatd program itself: arguments, exit codes, a clean stop on SIGTERM, quiet logs.
#include "ChatTestSupport.h"
#include "FreePort.h"
#include "RunningProgram.h"
#include "TestContent.h"
#include "chat/ChatdCli.h"
#include "content/TreeVersions.h"
#include "storage/Migrator.h"
#include "tree/DecisionTree.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace ww;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun chatd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WW_CHATD_BINARY), arguments);
    process.waitForFinished(10'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The write system calls a process made so far (/proc/PID/io, "syscw"); -1 if it cannot be read.
qint64 writeCallsOf(qint64 pid)
{
    QFile io(u"/proc/%1/io"_qs.arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscw:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

/// wegwijzer-chatd on PostgreSQL, logged in as a login role of its own in ww_gateway, as deployed.
class ChatdOnPostgres : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.createRole(role, u"ww_gateway"_qs);
        chatd.start(QStringLiteral(WW_CHATD_BINARY),
                    {u"--db"_qs, db.urlAs(role).toString(), u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)});
        ASSERT_TRUE(chatd.waitFor("listening on")) << chatd.log().constData();
    }

    test::TemporaryDatabase db{test::Backend::PostgreSql};
    const QString role = u"chatd_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const quint16 port = test::freePort();
    test::RunningProgram chatd;
};

TEST(Chatd, AnswersHelpAndVersion)
{
    const ProgramRun version = chatd({u"--version"_qs});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), u"wegwijzer-chatd " WW_VERSION ""_qs);
    const ProgramRun help = chatd({u"--help"_qs});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"--tls-cert"));
}

TEST(Chatd, RefusesBadArgumentsWithExitCode2)
{
    for (const QStringList &arguments :
         {QStringList{}, QStringList{u"--db"_qs, u"mysql://x"_qs},
          QStringList{u"--db"_qs, u"sqlite:///tmp/x.db"_qs, u"--listen"_qs, u"nowhere"_qs},
          QStringList{u"--db"_qs, u"sqlite:///tmp/x.db"_qs, u"--tls-cert"_qs, u"c.pem"_qs},
          QStringList{u"--frobnicate"_qs}}) {
        const ProgramRun run = chatd(arguments);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(arguments.join(u' '));
        EXPECT_TRUE(run.err.startsWith(u"wegwijzer-chatd: ")) << qPrintable(run.err);
    }
}

TEST(Chatd, ParsesListenAddresses)
{
    QString error;
    EXPECT_EQ(chat::ChatdCli::parseListen(u"0.0.0.0:8765"_qs, &error)->port, 8765);
    EXPECT_EQ(chat::ChatdCli::parseListen(u"[::1]:9000"_qs, &error)->address, QHostAddress(u"::1"_qs));
    EXPECT_FALSE(chat::ChatdCli::parseListen(u"127.0.0.1:0"_qs, &error));
    EXPECT_FALSE(chat::ChatdCli::parseListen(u"127.0.0.1:70000"_qs, &error));
    EXPECT_FALSE(chat::ChatdCli::parseListen(u"example.org:80"_qs, &error));
    EXPECT_TRUE(error.contains(u"example.org:80"));
}

TEST(Chatd, RefusesADatabaseThatIsNotMigratedWithExitCode1)
{
    QTemporaryDir dir;
    const ProgramRun run = chatd({u"--db"_qs, u"sqlite://"_qs + dir.filePath(u"new.db"_qs)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"wegwijzer-admin db migrate")) << qPrintable(run.err);
}

TEST(Chatd, ServesAChatAndStopsCleanlyOnSigtermWithoutLoggingMessageText)
{
    test::TemporaryDatabase db;
    const quint16 port = test::freePort();
    test::RunningProgram chatd;
    chatd.start(QStringLiteral(WW_CHATD_BINARY),
                {u"--db"_qs, db.url().toString(), u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)});
    ASSERT_TRUE(chatd.waitFor("listening on")) << chatd.log().constData();
    {
        test::TestPeer visitor(port);
        const QJsonObject welcome = visitor.helloVisitor();
        ASSERT_FALSE(welcome.value(u"chat").toString().isEmpty());
        visitor.send(u"message"_qs, u"m1"_qs, {{u"text"_qs, u"geheim-verhaal"_qs}});
        ASSERT_TRUE(visitor.take(u"ack"_qs));
    }
    ASSERT_TRUE(chatd.stop());
    EXPECT_EQ(chatd.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(chatd.process().exitCode(), 0);
    const QString log = QString::fromUtf8(chatd.log());
    EXPECT_TRUE(log.contains(u"stopped by signal 15; 1 chats can be resumed")) << qPrintable(log);
    EXPECT_FALSE(log.contains(u"geheim")) << "message text never reaches the log";
}

TEST(Chatd, OpensChatCasesInTheNewestPublishedTreeAsTheDesksDo)
{
    test::TemporaryDatabase db;
    const auto published = test::smallTree();
    const qint64 version = TreeVersions(db.database(), u"redactie"_qs)
                                   .publish(*published, *test::smallDirectory(), u"Kleine boom voor de test"_qs);
    const quint16 port = test::freePort();
    test::RunningProgram chatd;
    chatd.start(QStringLiteral(WW_CHATD_BINARY),
                {u"--db"_qs, db.url().toString(), u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)});
    ASSERT_TRUE(chatd.waitFor("listening on")) << chatd.log().constData();
    EXPECT_TRUE(chatd.log().contains(QStringLiteral("published version %1").arg(version).toUtf8()))
            << chatd.log().constData();
    QString chat;
    {
        test::TestPeer visitor(port);
        chat = visitor.helloVisitor().value(u"chat"_qs).toString();
        ASSERT_FALSE(chat.isEmpty());
    }
    ASSERT_TRUE(chatd.stop());
    QSqlQuery query(db.database().connection());
    ASSERT_TRUE(query.exec(
            u"SELECT c.tree_identity FROM cases c JOIN chats h ON h.case_id = c.id WHERE h.id = '%1'"_qs.arg(chat)));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), published->identity());
}

TEST_F(ChatdOnPostgres, RunsAsTheLeastPrivilegedGatewayRole)
{
    {
        test::TestPeer visitor(port);
        ASSERT_FALSE(visitor.helloVisitor().value(u"chat"_qs).toString().isEmpty());
        visitor.send(u"message"_qs, u"m1"_qs, {{u"text"_qs, u"Hallo"_qs}});
        ASSERT_TRUE(visitor.take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"seq").toInt() == 1; }));
    }
    ASSERT_TRUE(chatd.stop());
    EXPECT_EQ(chatd.process().exitCode(), 0);
    QSqlQuery query(db.database().connection());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM cases WHERE channel = 'chat' AND owner = '%1'"_qs.arg(role))
                && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(ChatdOnPostgres, SendsAnAcknowledgementWithoutWakingItsOwnEventLoop)
{
    // Each acknowledgement is one write to the visitor's socket; with PostgreSQL the statement goes by send(),
    // and the two hand-overs to and from the storage thread wake one event loop each. Qt's default (GLib)
    // dispatcher would add two wake-ups of its own loop per frame sent (the socket's write notifier turned on,
    // then off).
    {
        test::TestPeer visitor(port);
        ASSERT_FALSE(visitor.helloVisitor().value(u"chat"_qs).toString().isEmpty());
        const auto exchange = [&visitor](int seq) {
            visitor.send(u"message"_qs, u"m%1"_qs.arg(seq), {{u"text"_qs, u"Hallo"_qs}});
            return visitor
                    .take(u"ack"_qs, [seq](const QJsonObject &frame) { return frame.value(u"seq").toInt() == seq; })
                    .has_value();
        };
        ASSERT_TRUE(exchange(1));
        const qint64 before = writeCallsOf(chatd.process().processId());
        ASSERT_GE(before, 0) << "/proc/PID/io cannot be read";
        constexpr int messages = 20; // within the rate limit's burst of 30 frames
        for (int seq = 2; seq <= messages + 1; ++seq)
            ASSERT_TRUE(exchange(seq));
        const double perMessage = static_cast<double>(writeCallsOf(chatd.process().processId()) - before) / messages;
        EXPECT_LE(perMessage, 3.5) << "write calls per acknowledged message";
    }
    ASSERT_TRUE(chatd.stop());
    EXPECT_EQ(chatd.process().exitCode(), 0);
}

TEST(Chatd, ServesWssWithTheGivenCertificate)
{
    test::TemporaryDatabase db;
    const QString tls = QStringLiteral(WW_TEST_DATA_DIR) + u"/chat-tls/"_qs;
    const quint16 port = test::freePort();
    test::RunningProgram chatd;
    chatd.start(QStringLiteral(WW_CHATD_BINARY),
                {u"--db"_qs, db.url().toString(), u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port), u"--tls-cert"_qs,
                 tls + u"cert.pem"_qs, u"--tls-key"_qs, tls + u"key.pem"_qs});
    ASSERT_TRUE(chatd.waitFor("listening on wss://")) << chatd.log().constData();

    QWebSocket socket;
    QStringList frames;
    // The test certificate is self-signed; what is tested is that the gateway speaks TLS with it.
    QObject::connect(&socket, &QWebSocket::sslErrors, &socket, [&socket] { socket.ignoreSslErrors(); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&frames](const QString &text) { frames.append(text); });
    socket.open(QUrl(u"wss://127.0.0.1:%1/"_qs.arg(port)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.sendTextMessage(chat::Frames::make(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"visitor"_qs}}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return frames.join(u' ').contains(u"\"welcome\""); }, 5000));
    socket.abort();

    ASSERT_TRUE(chatd.stop());
    EXPECT_EQ(chatd.process().exitCode(), 0);
}

TEST(Chatd, RefusesAKeyFileWithoutAKey)
{
    test::TemporaryDatabase db;
    const QString cert = QStringLiteral(WW_TEST_DATA_DIR) + u"/chat-tls/cert.pem"_qs;
    const ProgramRun run = chatd({u"--db"_qs, db.url().toString(), u"--tls-cert"_qs, cert, u"--tls-key"_qs, cert});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"holds no PEM private key")) << qPrintable(run.err);
}
