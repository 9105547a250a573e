// SPDX-License-Identifier: GPL-3.0-or-later
// The end of an event-loop pass: PassEnd says it once however often it was asked, and PeerFlush sends
// what the gateway wrote in the pass then, not one pass over every socket later.
#include "chat/PeerFlush.h"
#include "chat/PassEnd.h"

#include <gtest/gtest.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace ww::chat;

namespace {

void endPass()
{
    emit QAbstractEventDispatcher::instance()->aboutToBlock();
}

} // namespace

TEST(PassEndTest, SaysOncePerPassHoweverOftenItWasAsked)
{
    PassEnd passEnd;
    int ended = 0;
    QObject::connect(&passEnd, &PassEnd::ended, [&] { ++ended; });
    endPass();
    EXPECT_EQ(ended, 0) << "not asked";
    passEnd.request();
    passEnd.request();
    EXPECT_EQ(ended, 0) << "the pass still runs";
    endPass();
    EXPECT_EQ(ended, 1);
    endPass();
    EXPECT_EQ(ended, 1);
    // A loop driven without waiting (processEvents) ends its passes too.
    passEnd.request();
    QCoreApplication::processEvents();
    EXPECT_EQ(ended, 2);
}

TEST(PassEndTest, AskedAgainWhileAnsweringItComesOnceMore)
{
    PassEnd passEnd;
    int ended = 0;
    QObject::connect(&passEnd, &PassEnd::ended, [&] {
        if (++ended == 1)
            passEnd.request();
    });
    passEnd.request();
    endPass();
    EXPECT_EQ(ended, 1);
    // The loop may be about to wait: one more pass comes without anything else happening.
    EXPECT_TRUE(QTest::qWaitFor([&] { return ended == 2; }, 2000));
}

TEST(PeerFlushTest, WhatWasWrittenInAPassLeavesAtItsEnd)
{
    QWebSocketServer server(u"test"_qs, QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QWebSocket client;
    QStringList received;
    QObject::connect(&client, &QWebSocket::textMessageReceived, [&](const QString &text) { received.append(text); });
    client.open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(server.serverPort())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000));
    std::unique_ptr<QWebSocket> socket(server.nextPendingConnection());
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));

    PeerFlush flush;
    socket->sendTextMessage(u"one"_qs);
    socket->sendTextMessage(u"two"_qs);
    flush.add(socket.get());
    flush.add(socket.get());
    EXPECT_GT(socket->bytesToWrite(), 0) << "a socket keeps what is written until it is flushed";
    endPass();
    EXPECT_EQ(socket->bytesToWrite(), 0) << "sent when the pass ended, before the loop polled again";
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() == 2; }, 5000));
    EXPECT_EQ(received, (QStringList{u"one"_qs, u"two"_qs}));

    // A socket gone before the pass ended is skipped.
    socket->sendTextMessage(u"three"_qs);
    flush.add(socket.get());
    socket.reset();
    endPass();
}
