// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's event loop (EpollEventDispatcher): what Qt code relies on from an event dispatcher, driven
// through Qt's own classes. This suite's main() installs it, as wegwijzer-chatd's does.
#include "chat/EpollEventDispatcher.h"

#include <gtest/gtest.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using ww::chat::EpollEventDispatcher;

TEST(EpollEventDispatcher, IsTheMainThreadsDispatcher)
{
    EXPECT_NE(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()), nullptr);
}

TEST(EpollEventDispatcher, TimersFireInOrderNeverEarlyAndRepeatUntilStopped)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<int> order;
    std::vector<qint64> at;
    QTimer::singleShot(30, [&] {
        order.push_back(30);
        at.push_back(clock.elapsed());
    });
    QTimer::singleShot(10, [&] {
        order.push_back(10);
        at.push_back(clock.elapsed());
    });
    QTimer::singleShot(0, [&] {
        order.push_back(0);
        at.push_back(clock.elapsed());
    });
    QTimer repeating;
    int ticks = 0;
    QObject::connect(&repeating, &QTimer::timeout, [&] {
        if (++ticks == 5)
            repeating.stop(); // stopped from its own handler
    });
    repeating.start(5);
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 3 && !repeating.isActive(); }, 2000));
    EXPECT_EQ(order, (std::vector<int>{0, 10, 30}));
    EXPECT_GE(at.at(1), 10);
    EXPECT_GE(at.at(2), 30);
    EXPECT_EQ(ticks, 5);
    QTest::qWait(30);
    EXPECT_EQ(ticks, 5) << "a stopped timer stays stopped";
}

TEST(EpollEventDispatcher, KnowsEachObjectsTimersAndWhatIsLeftOfThem)
{
    QObject owner;
    const int first = owner.startTimer(1000);
    const int second = owner.startTimer(50, Qt::PreciseTimer);
    const QList<QAbstractEventDispatcher::TimerInfo> timers
            = QAbstractEventDispatcher::instance()->registeredTimers(&owner);
    ASSERT_EQ(timers.size(), 2);
    const int remaining = QAbstractEventDispatcher::instance()->remainingTime(first);
    EXPECT_GT(remaining, 900);
    EXPECT_LE(remaining, 1000);
    owner.killTimer(second);
    EXPECT_EQ(QAbstractEventDispatcher::instance()->registeredTimers(&owner).size(), 1);
    EXPECT_EQ(QAbstractEventDispatcher::instance()->remainingTime(second), -1);
    // A deleted object's timers go with it and never fire into freed memory.
    auto *doomed = new QTimer;
    doomed->start(1);
    delete doomed;
    QTest::qWait(20);
}

TEST(EpollEventDispatcher, ARepeatingTimerKeepsItsInterval)
{
    QTimer repeating;
    int ticks = 0;
    QObject::connect(&repeating, &QTimer::timeout, [&ticks] { ++ticks; });
    repeating.start(20);
    QTest::qWait(200);
    EXPECT_LE(ticks, 11) << "a 20 ms timer fired more often than every 20 ms";
    EXPECT_GE(ticks, 3);
}

TEST(EpollEventDispatcher, ATimerThatRunsAnEventLoopIsNotFiredAgainInsideIt)
{
    QTimer busy;
    int depth = 0;
    int deepest = 0;
    int runs = 0;
    QObject::connect(&busy, &QTimer::timeout, [&] {
        ++runs;
        deepest = std::max(deepest, ++depth);
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        --depth;
    });
    busy.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&runs] { return runs >= 3; }, 2000));
    busy.stop();
    EXPECT_EQ(deepest, 1);
}

TEST(EpollEventDispatcher, ANestedLoopRunsOtherTimersButNotTheOneThatStartedIt)
{
    QTimer outer;
    int outerRuns = 0;
    int innerTicks = 0;
    QObject::connect(&outer, &QTimer::timeout, [&] {
        ++outerRuns;
        outer.stop();
        QTimer inner;
        QObject::connect(&inner, &QTimer::timeout, [&] { ++innerTicks; });
        inner.start(2);
        QEventLoop loop;
        QTimer::singleShot(40, &loop, &QEventLoop::quit);
        loop.exec();
    });
    outer.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return outerRuns == 1 && !outer.isActive(); }, 2000));
    QTest::qWait(10);
    EXPECT_EQ(outerRuns, 1);
    EXPECT_GE(innerTicks, 5) << "timers go on inside a nested loop";
}

TEST(EpollEventDispatcher, AnEventPostedFromAnotherThreadWakesAWaitingLoopAtOnce)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 wokenAfter = -1;
    QObject receiver;
    std::unique_ptr<QThread> poster(QThread::create([&] {
        QThread::msleep(50);
        clock.start();
        QMetaObject::invokeMethod(&receiver, [&] {
            wokenAfter = clock.elapsed();
            loop.quit();
        });
    }));
    poster->start();
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // a guard, not the expected way out
    loop.exec();
    poster->wait();
    ASSERT_GE(wokenAfter, 0) << "the posted call never ran";
    EXPECT_LT(wokenAfter, 100) << "the loop slept through the wake-up";
}

TEST(EpollEventDispatcher, AnInterruptFromAnotherThreadEndsAWait)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    while (dispatcher->processEvents(QEventLoop::AllEvents)) { } // what earlier tests left
    QTimer guard;                                                // a way out should the interrupt be lost
    guard.setSingleShot(true);
    guard.start(5000);
    std::unique_ptr<QThread> interrupter(QThread::create([dispatcher] {
        QThread::msleep(50);
        dispatcher->interrupt();
    }));
    QElapsedTimer clock;
    clock.start();
    interrupter->start();
    dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 waited = clock.elapsed();
    interrupter->wait();
    EXPECT_GE(waited, 40) << "the wait ended before the interrupt";
    EXPECT_LT(waited, 1000) << "the interrupt did not end the wait";
}

TEST(EpollEventDispatcher, ARegularFileIsAlwaysReadyAsPollSaysItIs)
{
    // epoll refuses regular files; poll() calls them ready, and so does this dispatcher.
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
    int activations = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, [&activations] { ++activations; });
    EXPECT_TRUE(QTest::qWaitFor([&activations] { return activations >= 2; }, 1000));
    notifier.setEnabled(false);
    const int before = activations;
    QTest::qWait(20);
    EXPECT_EQ(activations, before) << "a disabled notifier is not told";
}

TEST(EpollEventDispatcher, DeferredDeletesAreDelivered)
{
    QPointer<QObject> doomed = new QObject;
    doomed->deleteLater();
    ASSERT_TRUE(QTest::qWaitFor([&] { return doomed.isNull(); }, 1000));
}

namespace {

EpollEventDispatcher &dispatcher()
{
    return *qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

/// A connected pair of Unix stream sockets, closed at the end.
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { EXPECT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds), 0); }
    ~SocketPair()
    {
        for (const int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    SocketPair(const SocketPair &) = delete;
    SocketPair &operator=(const SocketPair &) = delete;
};

/// Runs \a work inside one pass of the event loop, as a slot the loop calls does.
void inOnePass(const std::function<void()> &work)
{
    bool done = false;
    QTimer::singleShot(0, [&] {
        work();
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 1000));
}

} // namespace

TEST(EpollEventDispatcher, AWriteNotifierTurnedOnAndOffInOnePassCostsTheKernelNothing)
{
    // What a socket does for every frame the gateway sends: its write notifier goes on with the data, and
    // off once the flush at the end of the pass wrote it. The kernel needs to hear of neither.
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write);
    writer.setEnabled(false);
    int written = 0;
    QObject::connect(&writer, &QSocketNotifier::activated, [&written] { ++written; });
    QTest::qWait(10);
    const quint64 before = dispatcher().interestUpdates();
    inOnePass([&writer] {
        for (int i = 0; i < 1000; ++i) {
            writer.setEnabled(true);
            writer.setEnabled(false);
        }
    });
    QTest::qWait(20);
    EXPECT_EQ(dispatcher().interestUpdates() - before, 0U);
    EXPECT_EQ(written, 0) << "a notifier off when the loop waits is not told";

    // Left on when the loop waits: the kernel is told once, and the writable socket's notifier is told.
    inOnePass([&writer] { writer.setEnabled(true); });
    EXPECT_TRUE(QTest::qWaitFor([&written] { return written > 0; }, 1000));
    EXPECT_EQ(dispatcher().interestUpdates() - before, 1U);
    // Off and on again in one pass: still told, at no cost.
    inOnePass([&writer] {
        writer.setEnabled(false);
        writer.setEnabled(true);
    });
    const int seen = written;
    EXPECT_TRUE(QTest::qWaitFor([&] { return written > seen; }, 1000));
    EXPECT_EQ(dispatcher().interestUpdates() - before, 1U);
    writer.setEnabled(false);
}

TEST(EpollEventDispatcher, ADescriptorClosedAndReusedInOnePassIsWatchedForItsNewSocket)
{
    // The kernel forgets a descriptor when it is closed; its number may come back for another socket
    // before the loop waits. The new socket's notifier must be told all the same.
    SocketPair first;
    SocketPair second;
    const int number = first.fds[0];
    int heard = 0;
    auto oldReader = std::make_unique<QSocketNotifier>(number, QSocketNotifier::Read);
    std::unique_ptr<QSocketNotifier> newReader;
    QTest::qWait(10);
    inOnePass([&] {
        oldReader.reset();
        ::close(number);
        ASSERT_EQ(::dup3(second.fds[0], number, O_CLOEXEC), number); // the number now names the second pair
        newReader = std::make_unique<QSocketNotifier>(number, QSocketNotifier::Read);
        QObject::connect(newReader.get(), &QSocketNotifier::activated, [&heard] { ++heard; });
    });
    ASSERT_EQ(::write(second.fds[1], "x", 1), 1);
    EXPECT_TRUE(QTest::qWaitFor([&heard] { return heard > 0; }, 1000));
    newReader.reset();
}

TEST(EpollEventDispatcher, CarriesAMegabyteEachWayOverTcpWithWriteNotifiersTurningOnAndOff)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 2000));
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QByteArray toServer, toClient;
    QObject::connect(accepted.get(), &QTcpSocket::readyRead, [&] { toServer += accepted->readAll(); });
    QObject::connect(&client, &QTcpSocket::readyRead, [&] { toClient += client.readAll(); });
    const QByteArray payload(1 << 20, 'w');
    for (int offset = 0; offset < payload.size(); offset += 64 * 1024) {
        client.write(payload.mid(offset, 64 * 1024));
        accepted->write(payload.mid(offset, 64 * 1024));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return toServer.size() == payload.size() && toClient.size() == payload.size(); },
                                5000))
            << toServer.size() << " and " << toClient.size() << " of " << payload.size() << " bytes arrived";
    EXPECT_EQ(toServer, payload);
    EXPECT_EQ(toClient, payload);
    // The other side going away is news for the reader.
    client.disconnectFromHost();
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted->state() == QAbstractSocket::UnconnectedState; }, 2000));
}

TEST(EpollEventDispatcher, ServesManyWebSocketsWhileHalfOfThemClose)
{
    QWebSocketServer server(u"test"_qs, QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QWebSocket>> accepted;
    QObject::connect(&server, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            accepted.emplace_back(socket);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [socket](const QString &text) { socket->sendTextMessage(text); });
        }
    });
    constexpr int sockets = 300;
    std::vector<std::unique_ptr<QWebSocket>> clients;
    int echoes = 0;
    for (int i = 0; i < sockets; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        QObject::connect(clients.back().get(), &QWebSocket::textMessageReceived, [&echoes] { ++echoes; });
        clients.back()->open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(server.serverPort())));
    }
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return accepted.size() == sockets
                        && std::all_of(clients.begin(), clients.end(), [](const auto &client) {
                               return client->state() == QAbstractSocket::ConnectedState;
                           });
            },
            10'000));
    for (const auto &client : clients)
        client->sendTextMessage(u"hallo"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return echoes == sockets; }, 5000)) << echoes << " of " << sockets;
    // Sockets closing while others speak: notifiers of sockets already gone are never told.
    for (int i = 0; i < sockets; i += 2)
        clients.at(static_cast<size_t>(i)).reset();
    for (int i = 1; i < sockets; i += 2)
        clients.at(static_cast<size_t>(i))->sendTextMessage(u"tot ziens"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return echoes == sockets + sockets / 2; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::count_if(
                               accepted.begin(), accepted.end(),
                               [](const auto &socket) { return socket->state() == QAbstractSocket::UnconnectedState; })
                        == sockets / 2;
            },
            5000))
            << "the server saw every closed socket go";
}
