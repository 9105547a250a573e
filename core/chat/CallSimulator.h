// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/TelephonyFrames.h"

#include <QCoreApplication>
#include <QObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace ww::chat {

/// Plays the phone system's part for demos and tests (`wegwijzer-admin call simulate`): logs in to the
/// gateway with the telephony secret, offers one call to an agent, answers it and hangs up, each after a
/// delay or when Enter is pressed (docs/telephony.md).
class CallSimulator : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QUrl gateway;
        QString secret;
        CallOffer offer;
        int answerAfterMs = 2000; ///< < 0: on Enter only
        int endAfterMs = -1;      ///< after the answer; < 0: on Enter only
        bool enterAnswers = true; ///< Enter answers (and then hangs up)
        int connectTimeoutMs = 10'000;
    };

    CallSimulator(Plan plan, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    /// Runs until the call ended or something failed; returns the exit status (0, or 1 on a failure).
    int run();

private:
    enum class Stage { Connecting, LoggingIn, Offering, Ringing, Answering, Talking, Ending, Done };
    void onConnected();
    void onText(const QString &text);
    void onEnter();
    void answer();
    void hangUp();
    void fail(const QString &message);
    void finish(int status);
    QString nextId();

    Plan m_plan;
    QTextStream &m_out;
    QTextStream &m_err;
    QWebSocket m_socket;
    QTimer m_step;
    QTimer m_timeout;
    std::unique_ptr<QSocketNotifier> m_stdin;
    Stage m_stage = Stage::Connecting;
    QString m_waitingFor; ///< the id of the frame whose ack comes next
    int m_frames = 0;
    int m_status = -1;
    bool m_inputEnded = false;
};

/// `wegwijzer-admin call simulate ...`: the options, then CallSimulator.
class CallCli
{
    Q_DECLARE_TR_FUNCTIONS(ww::chat::CallCli)

public:
    CallCli(QTextStream &out, QTextStream &err);
    /// \a arguments after "call"; exit status 0, 1 failure, 2 usage error.
    int run(const QStringList &arguments);
    static QString usage();

private:
    int usageError(const QString &message);
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ww::chat
