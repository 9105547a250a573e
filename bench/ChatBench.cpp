// SPDX-License-Identifier: GPL-3.0-or-later
// The chat gateway under load, against a minimal Qt WebSockets echo server in the same run
// (docs/performance.md, "Chat gateway"). Each server runs in its own process (this program, started
// again with --serve-echo or --serve-gateway); the load comes from this process: 1,000 visitor sockets
// and, for the gateway, 20 agents (ChatAgentClient, on a thread of their own) who have accepted every chat.
//
//   bench_chat [--visitors N] [--agents N] [--saturation-seconds S] [--human-seconds S] [--json FILE] [--lag-only]
//              [--no-sqlite] [--no-lag]
//   (--lag-only: only the echo server and the gateway on PostgreSQL 30 ms away; --no-sqlite, --no-lag: leave
//   out that phase)
//   with WW_BENCH_POSTGRES_URL=postgresql://ADMIN@HOST:PORT/postgres also on PostgreSQL (a throwaway database),
//   directly and through a LagProxy that adds 15 ms each way (a 30 ms round trip, as over a VPN)
//
// Phases, for each server: connect every visitor (the gateway: hello, queue, accepted by an agent);
// saturation: every visitor keeps one message in flight, the next one leaves when the previous one
// comes back; human load: every visitor sends one message every 2 s. A round trip is a visitor's
// message until its answer is back: the echo server sends the frame back; the gateway sends the
// acknowledgement after the message was checked, stored in the transcript (committed) and sent on to
// the agent. The agents acknowledge what they receive (every 50 ms, cumulative); the time from a
// visitor's send to the agent's receipt is reported too. Memory is the server's RSS.
#include "LagProxy.h"
#include "chat/ChatAgentClient.h"
#include "chat/ChatGateway.h"
#include "chat/ChatProtocol.h"
#include "chat/ChatStore.h"
#include "chat/ChatTickets.h"
#include "chat/ServerEventLoop.h"
#include "content/ShippedContent.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace ww;
using namespace ww::chat;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Runs the event loop until \a done or \a ms passed.
bool spinUntil(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(10);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 rssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_qs.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// CPU time (user + system) of a process, all its threads, in microseconds; -1 when it cannot be read.
qint64 cpuMicros(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_qs.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
    return ticks * 1'000'000 / sysconf(_SC_CLK_TCK);
}

/// How often the process's main thread went to sleep waiting (voluntary context switches): about one per
/// pass of its event loop that found nothing more to do.
qint64 mainThreadWaits(qint64 pid)
{
    QFile status(u"/proc/%1/task/%1/status"_qs.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            return line.mid(24).trimmed().toLongLong();
    }
    return -1;
}

qint64 selfCpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec
            + usage.ru_stime.tv_usec;
}

/// Where a phase's CPU went: the server process, the database's server processes for it, the load.
struct CpuSample
{
    qint64 server = 0, database = 0, load = 0;
    qint64 serverWaits = 0; ///< the server's main thread: waits (see mainThreadWaits); per message: per 1,000
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::max(1.0, std::ceil(p / 100.0 * static_cast<double>(values.size()))));
    return values.at(std::min(rank, values.size()) - 1);
}

// ---------------------------------------------------------------- servers (child processes)

int serveEcho()
{
    // The reference: what Qt WebSockets costs with nothing of ours on top.
    QWebSocketServer server(u"echo"_qs, QWebSocketServer::NonSecureMode);
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [socket](const QString &text) { socket->sendTextMessage(text); });
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    out() << "ready " << server.serverPort() << Qt::endl;
    return QCoreApplication::exec();
}

int serveGateway(const QString &dbUrl, const QString &treeIdentity, int maxChats)
{
    QString error;
    ChatGatewayConfig config;
    // The bench measures what the gateway can carry, not the per-connection limits that protect it: the
    // frame rate, and the acknowledgements' own rate, which is made for three chats per agent (20 receipts
    // a second each) and would cut off an agent with 55 busy chats here.
    config.peer.rateBurst = 10'000;
    config.peer.ratePerSecond = 10'000;
    config.peer.ackBurst = 100'000;
    config.peer.acksPerSecond = 100'000;
    config.maxChatsPerAgent = maxChats;
    ChatGateway gateway(*DatabaseUrl::parse(dbUrl, &error), treeIdentity, config);
    if (!gateway.listen(QHostAddress::LocalHost, 0, &error))
        return 1;
    out() << "ready " << gateway.port() << Qt::endl;
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------- load

struct Figures
{
    QString server;
    int visitors = 0;
    double connectSeconds = 0;
    double settleSeconds = 0; ///< until every visitor's first message was acknowledged
    qint64 rssIdleKiB = 0;
    qint64 rssConnectedKiB = 0;
    qint64 rssAfterKiB = 0;
    double saturationMsgsPerSecond = 0;
    double saturationP50 = 0, saturationP99 = 0;
    double humanMsgsPerSecond = 0;
    double humanP50 = 0, humanP99 = 0, humanMax = 0;
    double agentP50 = 0, agentP99 = 0; ///< gateway only: visitor → agent
    int lost = 0;
    /// CPU microseconds per message during saturation and human load: server, database, load generator.
    CpuSample saturationCpu, humanCpu;

    QJsonObject toJson() const
    {
        return {{u"server"_qs, server},
                {u"visitors"_qs, visitors},
                {u"connect_seconds"_qs, connectSeconds},
                {u"settle_seconds"_qs, settleSeconds},
                {u"rss_idle_kib"_qs, rssIdleKiB},
                {u"rss_connected_kib"_qs, rssConnectedKiB},
                {u"rss_after_kib"_qs, rssAfterKiB},
                {u"saturation_msgs_per_s"_qs, saturationMsgsPerSecond},
                {u"saturation_rtt_p50_ms"_qs, saturationP50},
                {u"saturation_rtt_p99_ms"_qs, saturationP99},
                {u"human_msgs_per_s"_qs, humanMsgsPerSecond},
                {u"human_rtt_p50_ms"_qs, humanP50},
                {u"human_rtt_p99_ms"_qs, humanP99},
                {u"human_rtt_max_ms"_qs, humanMax},
                {u"agent_delivery_p50_ms"_qs, agentP50},
                {u"agent_delivery_p99_ms"_qs, agentP99},
                {u"lost"_qs, lost},
                {u"saturation_cpu_us_per_msg"_qs, cpuJson(saturationCpu)},
                {u"human_cpu_us_per_msg"_qs, cpuJson(humanCpu)}};
    }
    static QJsonObject cpuJson(const CpuSample &cpu)
    {
        return {{u"server"_qs, cpu.server},
                {u"database"_qs, cpu.database},
                {u"load"_qs, cpu.load},
                {u"server_waits_per_1000_msgs"_qs, cpu.serverWaits}};
    }
};

class Server
{
public:
    Server(const QStringList &arguments)
    {
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // One log line per chat opened is the gateway's normal output; here it would only fill the screen.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_qs, u"ww.chat.info=false"_qs);
        m_process.setProcessEnvironment(environment);
        m_process.start();
        spinUntil([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }, 20'000);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("ready "))
            m_port = static_cast<quint16>(line.mid(6).toUInt());
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    quint16 port() const { return m_port; }
    qint64 rss() const { return rssKiB(m_process.processId()); }
    qint64 pid() const { return m_process.processId(); }
    qint64 cpu() const { return cpuMicros(m_process.processId()); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// The visitors' side of a run: sockets, messages in flight and the measured round trips.
class VisitorLoad
{
public:
    enum class Mode { Idle, Saturation, Human, Once };

    VisitorLoad(bool gateway, int count, quint16 port)
        : m_gateway(gateway)
    {
        m_clock.start();
        for (int i = 0; i < count; ++i) {
            auto visitor = std::make_unique<Visitor>();
            Visitor *v = visitor.get();
            QObject::connect(&v->socket, &QWebSocket::connected, &v->socket, [this, v] {
                if (m_gateway)
                    v->socket.sendTextMessage(Frames::make(u"hello"_qs, u"h"_qs, {{u"role"_qs, u"visitor"_qs}}));
                else
                    v->ready = true;
            });
            QObject::connect(&v->socket, &QWebSocket::textMessageReceived, &v->socket,
                             [this, v](const QString &text) { onText(*v, text); });
            v->socket.open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(port)));
            m_visitors.push_back(std::move(visitor));
        }
    }

    int readyCount() const
    {
        return static_cast<int>(
                std::count_if(m_visitors.cbegin(), m_visitors.cend(), [](const auto &v) { return v->ready; }));
    }
    int chatCount() const
    {
        return static_cast<int>(std::count_if(m_visitors.cbegin(), m_visitors.cend(),
                                              [](const auto &v) { return !v->chat.isEmpty(); }));
    }

    /// Runs \a mode for \a seconds; returns messages per second and fills the round trips.
    double run(Mode mode, int seconds, std::vector<double> *rtts, int drainMs = 5000)
    {
        m_rtts.clear();
        m_completed = 0;
        m_mode = mode;
        std::vector<std::unique_ptr<QTimer>> timers;
        if (mode == Mode::Saturation || mode == Mode::Once) {
            for (auto &v : m_visitors)
                send(*v);
        } else {
            for (auto &v : m_visitors) {
                auto timer = std::make_unique<QTimer>();
                // Precise: coarse timers are aligned by Qt and would send in bursts, not spread over 2 s.
                timer->setTimerType(Qt::PreciseTimer);
                Visitor *visitor = v.get();
                QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [this, visitor] { send(*visitor); });
                QTimer *raw = timer.get();
                QTimer::singleShot(QRandomGenerator::global()->bounded(2000), Qt::PreciseTimer, raw,
                                   [raw, this, visitor] {
                                       send(*visitor);
                                       raw->start(2000);
                                   });
                timers.push_back(std::move(timer));
            }
        }
        QElapsedTimer elapsed;
        elapsed.start();
        spinFor(seconds * 1000);
        const double msgsPerSecond
                = static_cast<double>(m_completed) / (static_cast<double>(elapsed.nsecsElapsed()) / 1e9);
        m_mode = Mode::Idle;
        timers.clear();
        spinUntil([this] { return inFlight() == 0; }, drainMs); // let the last ones come back
        *rtts = m_rtts;
        return msgsPerSecond;
    }

    int inFlight() const
    {
        int n = 0;
        for (const auto &v : m_visitors)
            n += static_cast<int>(v->sentAt.size());
        return n;
    }

    /// When each message left, by id: the agents' side looks its delivery up here.
    QHash<QString, qint64> &departures() { return m_departures; }
    qint64 now() const { return m_clock.nsecsElapsed(); }

private:
    struct Visitor
    {
        QWebSocket socket;
        QString chat;
        bool ready = false;
        QHash<QString, qint64> sentAt;
        int next = 0;
    };

    void send(Visitor &v)
    {
        if (!v.ready)
            return;
        const QString id = u"m"_qs + QString::number(++m_sequence);
        const qint64 at = m_clock.nsecsElapsed();
        v.sentAt.insert(id, at);
        if (m_gateway)
            m_departures.insert(id, at);
        v.socket.sendTextMessage(Frames::make(
                u"message"_qs, id,
                {{u"text"_qs,
                  u"Bericht %1: ik word gepest op school en weet niet wat ik moet doen"_qs.arg(++v.next)}}));
    }

    void onText(Visitor &v, const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(u"type").toString();
        if (type == u"welcome") {
            v.chat = frame.value(u"chat").toString();
        } else if (type == u"joined") {
            v.ready = true;
        } else if (type == u"message" || type == u"ack") {
            // The echo server sends the frame back; the gateway acknowledges it once it is stored and routed.
            const QString id = frame.value(type == u"ack" ? u"ack" : u"id").toString();
            const auto sent = v.sentAt.find(id);
            if (sent == v.sentAt.end())
                return;
            m_rtts.push_back(static_cast<double>(m_clock.nsecsElapsed() - sent.value()) / 1e6);
            v.sentAt.erase(sent);
            ++m_completed;
            if (m_mode == Mode::Saturation)
                send(v);
        }
    }

    bool m_gateway;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Visitor>> m_visitors;
    Mode m_mode = Mode::Idle;
    std::vector<double> m_rtts;
    qint64 m_completed = 0;
    qint64 m_sequence = 0;
    QHash<QString, qint64> m_departures;
};

/// A one-time ticket for the agent with this index.
using TicketSource = std::function<QString(int agent)>;

/// The agents, on a thread of their own: at a helpline they sit at desks of their own, and here their
/// deliveries and acknowledgements must not queue in front of the visitors' answers in the load's event
/// loop, which the echo server's run does not carry either. They take the queued chats in turns, so every
/// chat is accepted and none has too many, and record when each message reached them.
class AgentDesks
{
public:
    /// \a tickets is called on this (the main) thread, which must keep its event loop running.
    AgentDesks(quint16 port, int agents, const TicketSource &tickets, std::function<qint64()> clock)
        : m_clock(std::move(clock))
    {
        m_thread.start();
        m_home->moveToThread(&m_thread);
        QObject *mainThread = &m_mainThread;
        QMetaObject::invokeMethod(
                m_home,
                [this, port, agents, tickets, mainThread] {
                    for (int i = 0; i < agents; ++i) {
                        const auto ticket = [tickets, mainThread, i] {
                            QString issued;
                            QMetaObject::invokeMethod(
                                    mainThread, [&] { issued = tickets(i); }, Qt::BlockingQueuedConnection);
                            return issued;
                        };
                        auto *client = new ChatAgentClient(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(port)), ticket, m_home);
                        QObject::connect(client, &ChatAgentClient::queueChanged, client,
                                         [this, agents](const QList<ChatQueueEntry> &queue) { share(queue, agents); });
                        QObject::connect(client, &ChatAgentClient::messageReceived, client,
                                         [this](const ChatIncomingMessage &message) {
                                             const QMutexLocker lock(&m_mutex);
                                             m_deliveries.emplace_back(message.id, m_clock());
                                         });
                        QObject::connect(client, &ChatAgentClient::errorReceived, client,
                                         [](const QString &code, const QString &message, const QString &) {
                                             qWarning("agent error: %s: %s", qPrintable(code), qPrintable(message));
                                         });
                        m_clients.push_back(client);
                    }
                },
                Qt::BlockingQueuedConnection);
        // Opened only now: opening asks the main thread for a ticket, which must not be waiting above.
        for (ChatAgentClient *client : m_clients)
            QMetaObject::invokeMethod(client, &ChatAgentClient::open, Qt::QueuedConnection);
    }
    ~AgentDesks()
    {
        QMetaObject::invokeMethod(m_home, &QObject::deleteLater, Qt::QueuedConnection);
        m_thread.quit();
        // An agent may be asking for a ticket: keep answering until the thread has ended.
        while (!m_thread.wait(10))
            QCoreApplication::processEvents();
    }
    AgentDesks(const AgentDesks &) = delete;
    AgentDesks &operator=(const AgentDesks &) = delete;

    /// Each message the agents received since the last call: its id and when it arrived (the clock's ns).
    std::vector<std::pair<QString, qint64>> takeDeliveries()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_deliveries, {});
    }

private:
    /// On the agents' thread.
    void share(const QList<ChatQueueEntry> &queue, int agents)
    {
        const bool allReady = static_cast<int>(m_clients.size()) == agents
                && std::all_of(m_clients.cbegin(), m_clients.cend(),
                               [](const ChatAgentClient *client) { return client->isReady(); });
        if (!allReady)
            return; // the last agent's login sends the queue again
        for (const ChatQueueEntry &entry : queue) {
            if (m_claimed.contains(entry.chat))
                continue;
            m_claimed.insert(entry.chat);
            m_clients.at(static_cast<size_t>(m_nextAgent++ % agents))->accept(entry.chat);
        }
    }

    std::function<qint64()> m_clock;
    QThread m_thread;
    QObject m_mainThread;
    QObject *m_home = new QObject; ///< the clients' parent, on m_thread; deleted there
    std::vector<ChatAgentClient *> m_clients;
    QSet<QUuid> m_claimed;
    int m_nextAgent = 0;
    QMutex m_mutex;
    std::vector<std::pair<QString, qint64>> m_deliveries;
};
/// The database server processes that work for the server under test (none for the echo server).
using DatabasePids = std::function<QList<qint64>()>;

Figures measure(const QString &label, const QStringList &serverArguments, int visitors, int agents,
                int saturationSeconds, int humanSeconds, const TicketSource &tickets,
                const DatabasePids &databasePids = {})
{
    const bool gateway = tickets != nullptr;
    Figures figures;
    figures.server = label;
    figures.visitors = visitors;
    Server server(serverArguments);
    if (!server.port())
        qFatal("the server did not start");
    spinFor(300);
    figures.rssIdleKiB = server.rss();

    std::vector<double> agentDelivery;
    QElapsedTimer connectTimer;
    connectTimer.start();
    VisitorLoad load(gateway, visitors, server.port());
    std::unique_ptr<AgentDesks> agentDesks;
    if (gateway)
        agentDesks = std::make_unique<AgentDesks>(server.port(), agents, tickets, [&load] { return load.now(); });
    if (!spinUntil([&] { return load.readyCount() == visitors; }, 120'000))
        out() << "warning: only " << load.readyCount() << " of " << visitors << " visitors ready\n";
    figures.connectSeconds = static_cast<double>(connectTimer.elapsed()) / 1000.0;
    // Every visitor's first message acknowledged: what connecting left for the database is stored
    // (over a slow network the gateway stores 1,000 chats and their acceptance one round trip each).
    QElapsedTimer settleTimer;
    settleTimer.start();
    std::vector<double> warmUp;
    load.run(VisitorLoad::Mode::Once, 0, &warmUp, 600'000);
    figures.settleSeconds = static_cast<double>(settleTimer.elapsed()) / 1000.0;
    spinFor(500);
    figures.rssConnectedKiB = server.rss();

    const auto sample = [&] {
        CpuSample cpu{server.cpu(), 0, selfCpuMicros(), mainThreadWaits(server.pid())};
        if (databasePids) {
            for (const qint64 pid : databasePids())
                cpu.database += std::max<qint64>(0, cpuMicros(pid));
        }
        return cpu;
    };
    const auto perMessage = [](const CpuSample &before, const CpuSample &after, double messages) {
        const double n = std::max(1.0, messages);
        return CpuSample{qRound64(double(after.server - before.server) / n),
                         qRound64(double(after.database - before.database) / n),
                         qRound64(double(after.load - before.load) / n),
                         qRound64(double(after.serverWaits - before.serverWaits) * 1000.0 / n)};
    };
    std::vector<double> rtts;
    CpuSample before = sample();
    figures.saturationMsgsPerSecond = load.run(VisitorLoad::Mode::Saturation, saturationSeconds, &rtts);
    figures.saturationCpu = perMessage(before, sample(), double(rtts.size()));
    figures.saturationP50 = percentile(rtts, 50);
    figures.saturationP99 = percentile(rtts, 99);
    if (agentDesks)
        agentDesks->takeDeliveries();
    load.departures().clear();

    before = sample();
    figures.humanMsgsPerSecond = load.run(VisitorLoad::Mode::Human, humanSeconds, &rtts);
    figures.humanCpu = perMessage(before, sample(), double(rtts.size()));
    figures.humanP50 = percentile(rtts, 50);
    figures.humanP99 = percentile(rtts, 99);
    figures.humanMax = percentile(rtts, 100);
    if (agentDesks) {
        for (const auto &[id, receivedAt] : agentDesks->takeDeliveries()) {
            const auto sent = load.departures().constFind(id);
            if (sent != load.departures().cend())
                agentDelivery.push_back(static_cast<double>(receivedAt - sent.value()) / 1e6);
        }
    }
    figures.agentP50 = percentile(agentDelivery, 50);
    figures.agentP99 = percentile(agentDelivery, 99);
    figures.lost = load.inFlight();
    figures.rssAfterKiB = server.rss();
    return figures;
}

void print(const Figures &f)
{
    const double perConnection = static_cast<double>(f.rssConnectedKiB - f.rssIdleKiB) / f.visitors;
    out() << f.server << ": " << f.visitors << " visitors connected in " << QString::number(f.connectSeconds, 'f', 1)
          << " s, first messages acknowledged after " << QString::number(f.settleSeconds, 'f', 1)
          << " s more; RSS idle " << f.rssIdleKiB / 1024 << " MB, connected " << f.rssConnectedKiB / 1024 << " MB ("
          << QString::number(perConnection, 'f', 1) << " KiB per connection), after the load " << f.rssAfterKiB / 1024
          << " MB\n"
          << "  saturation: " << qRound(f.saturationMsgsPerSecond) << " msgs/s, round trip p50 "
          << QString::number(f.saturationP50, 'f', 2) << " ms, p99 " << QString::number(f.saturationP99, 'f', 2)
          << " ms\n"
          << "  human load: " << qRound(f.humanMsgsPerSecond) << " msgs/s, round trip p50 "
          << QString::number(f.humanP50, 'f', 2) << " ms, p99 " << QString::number(f.humanP99, 'f', 2) << " ms, max "
          << QString::number(f.humanMax, 'f', 2) << " ms";
    if (f.agentP99 > 0)
        out() << "; to the agent p50 " << QString::number(f.agentP50, 'f', 2) << " ms, p99 "
              << QString::number(f.agentP99, 'f', 2) << " ms";
    out() << "; lost " << f.lost << "\n  CPU per message (µs): saturation server " << f.saturationCpu.server
          << ", database " << f.saturationCpu.database << ", load " << f.saturationCpu.load << "; human load server "
          << f.humanCpu.server << ", database " << f.humanCpu.database << ", load " << f.humanCpu.load
          << "\n  server's main thread waited (per 1,000 messages): saturation " << f.saturationCpu.serverWaits
          << ", human load " << f.humanCpu.serverWaits << Qt::endl;
}

/// A throwaway PostgreSQL database for one phase: the schema, the shipped tree, a gateway login role and
/// one login role per agent; all dropped again at the end of the phase.
class PhaseDatabase
{
public:
    PhaseDatabase(const DatabaseUrl &adminUrl, const DecisionTree &tree, int agents)
        : m_adminUrl(adminUrl)
        , m_suffix(QUuid::createUuid().toString(QUuid::Id128).left(8))
        , m_name(u"ww_chat_bench_"_qs + m_suffix)
        , m_admin(Database::open(adminUrl))
    {
        m_admin->execute(u"CREATE DATABASE "_qs + m_name, u"bench set-up"_qs);
        {
            std::unique_ptr<Database> owner = Database::open(urlAs(adminUrl.user()));
            Migrator(*owner).migrate();
            SqlCaseStore(*owner).storeTree(tree);
            m_roles.append(u"bench_gw_"_qs + m_suffix);
            owner->execute(u"CREATE ROLE %1 LOGIN IN ROLE ww_gateway"_qs.arg(m_roles.last()), u"bench set-up"_qs);
            for (int i = 0; i < agents; ++i) {
                m_roles.append(u"bench_a%1_%2"_qs.arg(i).arg(m_suffix));
                owner->execute(u"CREATE ROLE %1 LOGIN IN ROLE ww_agent"_qs.arg(m_roles.last()), u"bench set-up"_qs);
            }
        }
        for (int i = 0; i < agents; ++i)
            m_agentConnections.push_back(Database::open(urlAs(m_roles.at(i + 1))));
    }
    ~PhaseDatabase()
    {
        m_agentConnections.clear();
        m_admin->execute(u"DROP DATABASE %1 WITH (FORCE)"_qs.arg(m_name), u"bench clean-up"_qs);
        for (const QString &role : std::as_const(m_roles))
            m_admin->execute(u"DROP ROLE %1"_qs.arg(role), u"bench clean-up"_qs);
    }
    PhaseDatabase(const PhaseDatabase &) = delete;
    PhaseDatabase &operator=(const PhaseDatabase &) = delete;

    DatabaseUrl gatewayUrl() const { return urlAs(m_roles.first()); }
    /// The server processes of the gateway's connections (its storage thread's, its checkpointer's).
    QList<qint64> gatewayBackends() const
    {
        QSqlQuery query(m_admin->connection());
        QList<qint64> pids;
        if (query.exec(u"SELECT pid FROM pg_stat_activity WHERE usename = '%1'"_qs.arg(m_roles.first()))) {
            while (query.next())
                pids.append(query.value(0).toLongLong());
        }
        return pids;
    }
    QString ticket(int agent) { return ChatTickets(*m_agentConnections.at(size_t(agent))).issue(); }

private:
    DatabaseUrl urlAs(const QString &role) const
    {
        QString error;
        return *DatabaseUrl::parse(
                u"postgresql://%1@%2:%3/%4"_qs.arg(role, m_adminUrl.host()).arg(m_adminUrl.port()).arg(m_name), &error);
    }

    DatabaseUrl m_adminUrl;
    QString m_suffix;
    QString m_name;
    std::unique_ptr<Database> m_admin;
    QStringList m_roles;
    std::vector<std::unique_ptr<Database>> m_agentConnections;
};

} // namespace

int main(int argc, char *argv[])
{
    // The gateway's process is set up as wegwijzer-chatd's; the echo server and the load keep Qt's defaults.
    if (std::find_if(argv, argv + argc, [](const char *arg) { return qstrcmp(arg, "--serve-gateway") == 0; })
        != argv + argc)
        chooseServerEventLoop();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (args.contains(u"--serve-echo"_qs))
        return serveEcho();
    if (args.contains(u"--serve-gateway"_qs))
        return serveGateway(option(u"--db"_qs, {}), option(u"--tree"_qs, {}),
                            option(u"--max-chats"_qs, u"50"_qs).toInt());

    const int visitors = option(u"--visitors"_qs, u"1000"_qs).toInt();
    const int agents = option(u"--agents"_qs, u"20"_qs).toInt();
    const int saturationSeconds = option(u"--saturation-seconds"_qs, u"10"_qs).toInt();
    const int humanSeconds = option(u"--human-seconds"_qs, u"20"_qs).toInt();

    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
    const QString maxChats = QString::number((visitors + agents - 1) / agents + 5);
    const auto gatewayArguments = [&](const DatabaseUrl &url) {
        return QStringList{u"--serve-gateway"_qs, u"--db"_qs,        url.toString(), u"--tree"_qs,
                           tree.tree->identity(), u"--max-chats"_qs, maxChats};
    };
    QJsonObject results;
    const auto report = [&](const QString &key, const Figures &figures) {
        print(figures);
        results.insert(key, figures.toJson());
    };

    const Figures echo = measure(u"Qt WebSockets echo server"_qs, {u"--serve-echo"_qs}, visitors, agents,
                                 saturationSeconds, humanSeconds, nullptr);
    report(u"echo"_qs, echo);

    const bool lagOnly = args.contains(u"--lag-only"_qs);
    // SQLite: a fresh database with the schema and the shipped tree, as wegwijzer-chatd would find it.
    QTemporaryDir dir;
    const DatabaseUrl sqliteUrl = DatabaseUrl::sqliteFile(dir.filePath(u"bench.db"_qs));
    std::unique_ptr<Database> sqlite = Database::open(sqliteUrl);
    Migrator(*sqlite).migrate();
    SqlCaseStore(*sqlite).storeTree(*tree.tree);
    const bool skipSqlite = lagOnly || args.contains(u"--no-sqlite"_qs);
    const Figures onSqlite = skipSqlite
            ? Figures{}
            : measure(u"wegwijzer gateway (SQLite)"_qs, gatewayArguments(sqliteUrl), visitors, agents,
                      saturationSeconds, humanSeconds,
                      [&sqlite](int agent) { return ChatTickets(*sqlite).issue(u"bench_agent_%1"_qs.arg(agent)); });
    if (!skipSqlite) {
        report(u"gateway_sqlite"_qs, onSqlite);
        out() << "gateway (SQLite) / echo, saturation msgs/s: "
              << QString::number(onSqlite.saturationMsgsPerSecond / std::max(1.0, echo.saturationMsgsPerSecond), 'f', 2)
              << "; human-load p99: " << QString::number(onSqlite.humanP99 / std::max(0.001, echo.humanP99), 'f', 2)
              << Qt::endl;
    }

    // PostgreSQL, as in production: the gateway and every agent log in as their own roles. Each phase gets
    // a database of its own: a gateway started on the previous phase's database would resume its 1,000 open
    // chats, with every agent at the chat limit.
    const QString postgres = qEnvironmentVariable("WW_BENCH_POSTGRES_URL");
    if (!postgres.isEmpty()) {
        QString error;
        const DatabaseUrl adminUrl = *DatabaseUrl::parse(postgres, &error);
        if (!lagOnly) {
            PhaseDatabase phase(adminUrl, *tree.tree, agents);
            const Figures onPostgres = measure(
                    u"wegwijzer gateway (PostgreSQL)"_qs, gatewayArguments(phase.gatewayUrl()), visitors, agents,
                    saturationSeconds, humanSeconds, [&phase](int agent) { return phase.ticket(agent); },
                    [&phase] { return phase.gatewayBackends(); });
            report(u"gateway_postgresql"_qs, onPostgres);
            out() << "gateway (PostgreSQL) / echo, saturation msgs/s: "
                  << QString::number(onPostgres.saturationMsgsPerSecond / std::max(1.0, echo.saturationMsgsPerSecond),
                                     'f', 2)
                  << "; human-load p99: "
                  << QString::number(onPostgres.humanP99 / std::max(0.001, echo.humanP99), 'f', 2) << Qt::endl;
        }
        if (!args.contains(u"--no-lag"_qs)) {
            // The same with the database 30 ms away: the gateway's acknowledgement waits for the commit,
            // its event loop does not. The agents' tickets still come straight from the database.
            PhaseDatabase phase(adminUrl, *tree.tree, agents);
            test::LagProxy proxy(quint16(adminUrl.port()), 15);
            const DatabaseUrl gatewayUrl = phase.gatewayUrl();
            const DatabaseUrl throughProxy
                    = *DatabaseUrl::parse(u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(gatewayUrl.user())
                                                  .arg(proxy.port())
                                                  .arg(gatewayUrl.databaseName()),
                                          &error);
            const Figures lagged = measure(
                    u"wegwijzer gateway (PostgreSQL, 30 ms round trip)"_qs, gatewayArguments(throughProxy), visitors,
                    agents, saturationSeconds, humanSeconds, [&phase](int agent) { return phase.ticket(agent); },
                    [&phase] { return phase.gatewayBackends(); });
            report(u"gateway_postgresql_30ms"_qs, lagged);
            out() << "gateway (PostgreSQL, 30 ms) / echo, saturation msgs/s: "
                  << QString::number(lagged.saturationMsgsPerSecond / std::max(1.0, echo.saturationMsgsPerSecond), 'f',
                                     2)
                  << Qt::endl;
        }
    }

    const QString jsonPath = option(u"--json"_qs, {});
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(results).toJson());
    }
    return 0;
}
