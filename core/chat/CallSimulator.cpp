// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallSimulator.h"

#include "storage/PasswordFile.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <unistd.h>

namespace ww::chat {

CallSimulator::CallSimulator(Plan plan, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_out(out)
    , m_err(err)
{
    connect(&m_socket, &QWebSocket::connected, this, &CallSimulator::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CallSimulator::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_stage != Stage::Done)
            fail(tr("the gateway closed the connection (%1)")
                         .arg(m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason()));
    });
    m_step.setSingleShot(true);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("the gateway did not answer in time")); });
}

int CallSimulator::run()
{
    QEventLoop loop;
    m_timeout.start(m_plan.connectTimeoutMs);
    m_socket.open(m_plan.gateway);
    while (m_status < 0)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    m_socket.close();
    return m_status;
}

QString CallSimulator::nextId()
{
    m_waitingFor = u"sim-%1"_qs.arg(++m_frames);
    return m_waitingFor;
}

void CallSimulator::onConnected()
{
    m_stage = Stage::LoggingIn;
    m_socket.sendTextMessage(TelephonyFrames::hello(nextId(), m_plan.secret));
}

void CallSimulator::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type"_qs).toString();
    if (type == u"error") {
        fail(tr("the gateway refused: %1 (%2)")
                     .arg(frame.value(u"code"_qs).toString(), frame.value(u"message"_qs).toString()));
        return;
    }
    if (type != u"ack" || frame.value(u"ack"_qs).toString() != m_waitingFor)
        return;
    m_timeout.stop();
    switch (m_stage) {
    case Stage::LoggingIn:
        m_stage = Stage::Offering;
        m_timeout.start(m_plan.connectTimeoutMs);
        m_socket.sendTextMessage(TelephonyFrames::offered(nextId(), m_plan.offer));
        break;
    case Stage::Offering:
        m_stage = Stage::Ringing;
        m_out << tr("call %1 offered to %2; it rings").arg(m_plan.offer.call, m_plan.offer.agent) << '\n';
        if (m_plan.enterAnswers) {
            m_out << (m_plan.answerAfterMs >= 0
                              ? tr("Enter answers (or it is answered in %1 s)").arg(m_plan.answerAfterMs / 1000.0)
                              : tr("Enter answers"))
                  << '\n';
            m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
            connect(m_stdin.get(), &QSocketNotifier::activated, this, &CallSimulator::onEnter);
        }
        m_out.flush();
        if (m_plan.answerAfterMs >= 0) {
            disconnect(&m_step, nullptr, this, nullptr);
            connect(&m_step, &QTimer::timeout, this, &CallSimulator::answer);
            m_step.start(m_plan.answerAfterMs);
        }
        break;
    case Stage::Answering:
        m_stage = Stage::Talking;
        m_out << tr("answered; ")
              << (m_plan.endAfterMs >= 0 ? tr("hangs up in %1 s").arg(m_plan.endAfterMs / 1000.0)
                                         : tr("Enter hangs up"))
              << '\n';
        m_out.flush();
        if (m_plan.endAfterMs >= 0) {
            disconnect(&m_step, nullptr, this, nullptr);
            connect(&m_step, &QTimer::timeout, this, &CallSimulator::hangUp);
            m_step.start(m_plan.endAfterMs);
        } else if (m_inputEnded) {
            hangUp();
        }
        break;
    case Stage::Ending:
        m_out << tr("call %1 ended").arg(m_plan.offer.call) << '\n';
        finish(0);
        break;
    default:
        break;
    }
}

void CallSimulator::onEnter()
{
    char buffer[256];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        // No more input (stdin at its end, as under a test or a pipe): the timers decide; where a step
        // waits for Enter only, the end of input counts as Enter.
        m_stdin->setEnabled(false);
        m_inputEnded = true;
        if (m_stage == Stage::Ringing && m_plan.answerAfterMs < 0)
            answer();
        else if (m_stage == Stage::Talking && m_plan.endAfterMs < 0)
            hangUp();
        return;
    }
    if (m_stage == Stage::Ringing)
        answer();
    else if (m_stage == Stage::Talking)
        hangUp();
}

void CallSimulator::answer()
{
    if (m_stage != Stage::Ringing)
        return;
    m_step.stop();
    m_stage = Stage::Answering;
    m_timeout.start(m_plan.connectTimeoutMs);
    m_socket.sendTextMessage(TelephonyFrames::answered(nextId(), m_plan.offer.call, QDateTime::currentDateTimeUtc()));
}

void CallSimulator::hangUp()
{
    if (m_stage != Stage::Talking)
        return;
    m_step.stop();
    m_stage = Stage::Ending;
    m_timeout.start(m_plan.connectTimeoutMs);
    m_socket.sendTextMessage(TelephonyFrames::ended(nextId(), m_plan.offer.call, QDateTime::currentDateTimeUtc()));
}

void CallSimulator::fail(const QString &message)
{
    if (m_status >= 0)
        return;
    m_err << "wegwijzer-admin: call simulate: " << message << '\n';
    m_err.flush();
    finish(1);
}

void CallSimulator::finish(int status)
{
    m_stage = Stage::Done;
    m_step.stop();
    m_timeout.stop();
    if (m_stdin)
        m_stdin->setEnabled(false);
    m_out.flush();
    if (m_status < 0)
        m_status = status;
}

CallCli::CallCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CallCli::usage()
{
    return tr("  call simulate --agent NAME [--menu CHOICE]... [--lang nl|en] --secret-file FILE\n"
              "                [--gateway URL] [--queue NAME] [--caller-number NUMBER] [--call ID]\n"
              "                [--answer-after SECONDS] [--end-after SECONDS]\n"
              "      Play the phone system's part (docs/telephony.md): offer a call to the agent's desk on the\n"
              "      gateway (default ws://127.0.0.1:8765/), answer it after --answer-after seconds (default 2)\n"
              "      or on Enter, and hang up after --end-after seconds or on Enter. --answer-after -1 and\n"
              "      --end-after -1: on Enter only. FILE holds the gateway's telephony secret (chmod 600).\n");
}

int CallCli::usageError(const QString &message)
{
    m_err << "wegwijzer-admin: " << message << "\n\nUsage:\n" << usage();
    m_err.flush();
    return 2;
}

int CallCli::run(const QStringList &arguments)
{
    if (arguments.value(0) != u"simulate")
        return usageError(tr("\"call\" needs the subcommand simulate"));
    CallSimulator::Plan plan;
    plan.gateway = QUrl(u"ws://127.0.0.1:8765/"_qs);
    plan.offer.call = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.offer.queue = u"helpline"_qs;
    plan.offer.lang = u"nl"_qs;
    QString secretPath;
    const QStringList args = arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (i + 1 >= args.size())
            return usageError(tr("%1 needs a value").arg(arg.left(100)));
        const QString value = args.at(++i);
        bool ok = true;
        if (arg == u"--agent") {
            plan.offer.agent = value;
        } else if (arg == u"--menu") {
            if (!TelephonyFrames::isMenuChoice(value))
                return usageError(
                        tr("--menu \"%1\" is not a menu choice (1 to 16 of 0-9 A-Z a-z * # -)").arg(value.left(100)));
            plan.offer.menu.append(value);
        } else if (arg == u"--lang") {
            plan.offer.lang = value;
        } else if (arg == u"--gateway") {
            plan.gateway = QUrl(value, QUrl::StrictMode);
            if (!plan.gateway.isValid() || (plan.gateway.scheme() != u"ws" && plan.gateway.scheme() != u"wss"))
                return usageError(tr("--gateway \"%1\" is not a ws:// or wss:// address").arg(value.left(100)));
        } else if (arg == u"--secret-file") {
            secretPath = value;
        } else if (arg == u"--queue") {
            plan.offer.queue = value;
        } else if (arg == u"--caller-number") {
            if (!TelephonyFrames::isCallerNumber(value))
                return usageError(tr("--caller-number must be an optional + and 1 to 19 digits"));
            plan.offer.callerNumber = value;
        } else if (arg == u"--call") {
            plan.offer.call = value;
        } else if (arg == u"--answer-after" || arg == u"--end-after") {
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds > 86'400 || (seconds < 0 && seconds != -1))
                return usageError(tr("%1 needs seconds from 0 to 86400, or -1").arg(arg));
            (arg == u"--answer-after" ? plan.answerAfterMs : plan.endAfterMs) = seconds < 0 ? -1 : int(seconds * 1000);
        } else {
            return usageError(tr("unknown argument \"%1\"").arg(arg.left(100)));
        }
    }
    if (plan.offer.agent.isEmpty())
        return usageError(tr("--agent is required"));
    if (secretPath.isEmpty())
        return usageError(tr("--secret-file is required"));
    // The same checks as the gateway's, so a mistake is named here and not as the gateway's refusal.
    Frame frame{u"call-offered"_qs, u"check"_qs,
                QJsonDocument::fromJson(TelephonyFrames::offered(u"check"_qs, plan.offer).toUtf8()).object()};
    if (const auto problem = TelephonyFrames::check(frame, QDateTime::currentDateTimeUtc()))
        return usageError(problem->message);
    QString error;
    const std::optional<QString> secret = PasswordFile::read(secretPath, &error);
    if (!secret) {
        m_err << "wegwijzer-admin: " << error << '\n';
        m_err.flush();
        return 1;
    }
    plan.secret = *secret;
    CallSimulator simulator(plan, m_out, m_err);
    return simulator.run();
}

} // namespace ww::chat
