// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's PostgreSQL server restarts under it: visitors are told to try again meanwhile, and
// the gateway opens a new connection by itself and stores messages again.
#include "ChatTestSupport.h"
#include "PrivateServer.h"
#include "TestContent.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTest>

using namespace ww;

namespace {

int storedMessages(const QString &url)
{
    QString error;
    const auto db = Database::open(*DatabaseUrl::parse(url, &error));
    QSqlQuery query(db->connection());
    return query.exec(u"SELECT count(*) FROM chat_messages"_qs) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST(ChatDatabaseRestart, TheGatewayReconnectsByItselfAfterTheServerRestarts)
{
    test::PrivateServer server;
    ASSERT_TRUE(server.start()) << "could not start a private PostgreSQL server (is postgresql installed?)";
    QString error;
    const std::optional<DatabaseUrl> adminUrl = DatabaseUrl::parse(server.url(), &error);
    ASSERT_TRUE(adminUrl.has_value()) << error.toStdString();
    QString treeIdentity;
    {
        const auto admin = Database::open(*adminUrl);
        Migrator(*admin).migrate();
        const auto tree = test::smallTree();
        SqlCaseStore(*admin).storeTree(*tree);
        treeIdentity = tree->identity();
        QSqlQuery role(admin->connection());
        ASSERT_TRUE(role.exec(u"CREATE ROLE gw_restart LOGIN IN ROLE ww_gateway"_qs));
    }
    const QString gatewayUrl = server.url().replace(u"wegwijzer_test@"_qs, u"gw_restart@"_qs);
    chat::ChatGatewayConfig config;
    config.databaseRetryMs = 200;
    chat::ChatGateway gateway(*DatabaseUrl::parse(gatewayUrl, &error), treeIdentity, config);
    ASSERT_TRUE(gateway.listen(QHostAddress::LocalHost, 0, &error)) << error.toStdString();

    test::TestPeer visitor(gateway.port());
    visitor.helloVisitor();
    auto ackFor
            = [](const QString &id) { return [id](const QJsonObject &f) { return f.value(u"ack").toString() == id; }; };
    visitor.send(u"message"_qs, u"before"_qs, {{u"text"_qs, u"Voor de herstart"_qs}});
    ASSERT_TRUE(visitor.take(u"ack"_qs, ackFor(u"before"_qs)));

    ASSERT_TRUE(server.stop());
    visitor.send(u"message"_qs, u"during"_qs, {{u"text"_qs, u"Tijdens de herstart"_qs}});
    const auto refused
            = visitor.take(u"error"_qs, [](const QJsonObject &f) { return f.value(u"ref").toString() == u"during"; });
    ASSERT_TRUE(refused) << "a message that cannot be stored is refused, not acknowledged";
    ASSERT_TRUE(server.start());

    // The visitor tries again, as told, until the gateway has its connection back.
    int attempt = 0;
    const bool stored = QTest::qWaitFor(
            [&] {
                const QString id = u"after-%1"_qs.arg(++attempt);
                visitor.send(u"message"_qs, id, {{u"text"_qs, u"Na de herstart"_qs}});
                return visitor.take(u"ack"_qs, ackFor(id), 500).has_value();
            },
            20000);
    EXPECT_TRUE(stored) << "no message was stored again within 20 s after the restart";
    EXPECT_EQ(storedMessages(server.url()), 2) << "the message before and the first one after; none during";
}
