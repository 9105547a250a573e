// SPDX-License-Identifier: GPL-3.0-or-later
// The "phone-code" frame: a page asks the gateway for a code for its walked path; the gateway checks the
// frame hard, limits how many codes an address and a connection get, and stores the code for the desk.
#include "ChatTestSupport.h"
#include "TestContent.h"
#include "chat/ChatTickets.h"
#include "storage/PhoneCodeStore.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

using namespace ww;
using namespace ww::chat;
using ww::test::TestPeer;

namespace {

QJsonObject treeOf(const QString &identity, const QStringList &path)
{
    return {{u"identity"_qs, identity}, {u"path"_qs, QJsonArray::fromStringList(path)}};
}

QString codeOf(const std::optional<QJsonObject> &error)
{
    return error ? error->value(u"code").toString() : u"(no answer)"_qs;
}

class PhoneCodeGatewayTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        m_identity = test::smallTree()->identity();
        m_fixture.start(config());
    }

    virtual ChatGatewayConfig config() const { return test::GatewayFixture::shortConfig(); }

    /// Asks for a code on a fresh connection; the ack, or the error.
    std::pair<std::optional<QJsonObject>, std::optional<QJsonObject>> ask(TestPeer &peer, const QJsonObject &tree,
                                                                          const QString &id = u"p1"_qs)
    {
        peer.send(u"phone-code"_qs, id, {{u"tree"_qs, tree}});
        const auto isAnswer = [id](const QJsonObject &frame) {
            return frame.value(u"ack").toString() == id || frame.value(u"ref").toString() == id;
        };
        // Whichever comes first; a loaded machine (and PostgreSQL) may take seconds.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10'000) {
            if (std::optional<QJsonObject> ack = peer.take(u"ack"_qs, isAnswer, 20))
                return {ack, std::nullopt};
            if (std::optional<QJsonObject> error = peer.take(u"error"_qs, isAnswer, 20))
                return {std::nullopt, error};
        }
        return {};
    }

    /// The desk's connection: on PostgreSQL an agent's own login role.
    Database &desk()
    {
        if (GetParam() == test::Backend::Sqlite)
            return m_fixture.database();
        if (!m_agent) {
            const QString role = u"pc_agent_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(10);
            m_fixture.temporaryDatabase().createRole(role, u"ww_agent"_qs);
            m_agent = m_fixture.temporaryDatabase().openAs(role);
        }
        return *m_agent;
    }

    PhoneCodeRedemption redeem(const QString &code)
    {
        return PhoneCodeStore(desk()).redeem(code, m_identity, u"maria"_qs);
    }

    test::GatewayFixture m_fixture{GetParam()};
    QString m_identity;
    std::unique_ptr<Database> m_agent;
};

class PhoneCodeLimitTest : public PhoneCodeGatewayTest
{
protected:
    ChatGatewayConfig config() const override
    {
        ChatGatewayConfig limited = test::GatewayFixture::shortConfig();
        limited.phoneCodesPerConnection = 2;
        limited.phoneCodeBurst = 3;
        limited.phoneCodesPerMinute = 0.01;
        return limited;
    }
};

} // namespace

TEST_P(PhoneCodeGatewayTest, APageGetsACodeWithoutHelloAndTheDeskRedeemsItOnce)
{
    const QStringList path{u"start"_qs, u"who"_qs};
    TestPeer peer(m_fixture.port());
    const auto [ack, error] = ask(peer, treeOf(m_identity, path));
    ASSERT_TRUE(ack) << codeOf(error).toStdString();
    const QString code = ack->value(u"code").toString();
    EXPECT_TRUE(QRegularExpression(u"^[0-9]{6}$"_qs).match(code).hasMatch()) << code.toStdString();
    const int seconds = ack->value(u"expiresSeconds").toInt();
    EXPECT_GT(seconds, PhoneCodeStore::LifetimeSeconds - 60);
    EXPECT_LE(seconds, PhoneCodeStore::LifetimeSeconds);
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM phone_codes"_qs), 1);
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM chats"_qs), 0) << "a code opens no chat";

    const PhoneCodeRedemption first = redeem(code);
    EXPECT_EQ(first.status, PhoneCodeRedemption::Status::Ok);
    EXPECT_EQ(first.treeIdentity, m_identity);
    EXPECT_EQ(first.path, path);
    EXPECT_EQ(redeem(code).status, PhoneCodeRedemption::Status::Used);
}

TEST_P(PhoneCodeGatewayTest, HostileFramesAreRefusedAndStoreNothing)
{
    TestPeer peer(m_fixture.port());
    peer.helloVisitor(); // a connection without hello is closed after the (short) hello time of the tests
    QStringList tooLong;
    for (int i = 0; i < 201; ++i)
        tooLong.append(u"n%1"_qs.arg(i));
    const QList<std::pair<QJsonObject, QString>> hostile{
            {{}, u"no tree"_qs},
            {treeOf(u"website-tree"_qs, {u"start"_qs}), u"an identity without its hash"_qs},
            {treeOf(m_identity + u"x"_qs, {u"start"_qs}), u"an identity too long"_qs},
            {treeOf(m_identity, {}), u"an empty path"_qs},
            {treeOf(m_identity, {u"start"_qs, u"Who"_qs}), u"a capital in a node id"_qs},
            {treeOf(m_identity, {u"start"_qs, u"<script>"_qs}), u"markup in a node id"_qs},
            {treeOf(m_identity, {u"start"_qs, QString(65, u'a')}), u"a node id too long"_qs},
            {treeOf(m_identity, tooLong), u"201 nodes"_qs},
    };
    int round = 0;
    for (const auto &[tree, what] : hostile) {
        const QString id = u"h"_qs + QString::number(++round);
        if (tree.isEmpty())
            peer.send(u"phone-code"_qs, id);
        else
            peer.send(u"phone-code"_qs, id, {{u"tree"_qs, tree}});
        const auto error = peer.take(u"error"_qs, [&id](const QJsonObject &f) { return f.value(u"ref") == id; });
        EXPECT_EQ(codeOf(error), u"bad-field") << what.toStdString();
    }
    peer.sendText(uR"({"v":1,"type":"phone-code","id":"h9","tree":{"identity":7,"path":"start"}})"_qs);
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"bad-field");
    EXPECT_TRUE(peer.isOpen());
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM phone_codes"_qs), 0);
}

TEST_P(PhoneCodeGatewayTest, AVisitorInAChatMayAskAndAnAgentMayNot)
{
    TestPeer visitor(m_fixture.port());
    visitor.helloVisitor();
    const auto [ack, error] = ask(visitor, treeOf(m_identity, {u"start"_qs}), u"v1"_qs);
    EXPECT_TRUE(ack) << codeOf(error).toStdString();

    TestPeer agent(m_fixture.port());
    const QString ticket = chat::ChatTickets(desk()).issue(u"maria"_qs);
    agent.send(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"agent"_qs}, {u"ticket"_qs, ticket}});
    ASSERT_TRUE(agent.take(u"welcome"_qs, {}, 10'000));
    EXPECT_EQ(codeOf(ask(agent, treeOf(m_identity, {u"start"_qs}), u"g1"_qs).second), u"not-allowed");
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM phone_codes"_qs), 1);
}

TEST_P(PhoneCodeLimitTest, AConnectionAndAnAddressGetOnlySoManyCodes)
{
    const QJsonObject tree = treeOf(m_identity, {u"start"_qs});
    TestPeer first(m_fixture.port());
    EXPECT_TRUE(ask(first, tree, u"a1"_qs).first);
    EXPECT_TRUE(ask(first, tree, u"a2"_qs).first);
    EXPECT_EQ(codeOf(ask(first, tree, u"a3"_qs).second), u"rate-limited") << "two per connection";
    TestPeer second(m_fixture.port());
    EXPECT_TRUE(ask(second, tree, u"b1"_qs).first) << "the address's burst has room for a third";
    EXPECT_EQ(codeOf(ask(second, tree, u"b2"_qs).second), u"rate-limited") << "the address's burst is used up";
    TestPeer third(m_fixture.port());
    EXPECT_EQ(codeOf(ask(third, tree, u"c1"_qs).second), u"rate-limited") << "a new connection does not help";
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM phone_codes"_qs), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, PhoneCodeGatewayTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));
INSTANTIATE_TEST_SUITE_P(Backends, PhoneCodeLimitTest, ::testing::Values(test::Backend::Sqlite));
