// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseSession.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace ww::test {

/// Waits (with the event loop running, at most \a timeoutMs) for an answer handed to \a start's
/// callback: direct case work answers before start returns, threaded work through the event loop.
template<typename Answer, typename Start>
Answer awaitAnswer(Start start, int timeoutMs = 15000)
{
    QEventLoop loop;
    Answer answer{};
    bool answered = false;
    start([&](Answer given) {
        answer = std::move(given);
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer;
}

/// CaseSession::open, waited for: the session, or null when there is none (error in \a error).
inline std::unique_ptr<CaseSession> openCase(CaseWork &work, const QUuid &id, const QString &user,
                                             CaseSession::Clock clock = {},
                                             std::optional<StorageError> *error = nullptr)
{
    QObject receiver;
    CaseSession::Opened opened = awaitAnswer<CaseSession::Opened>(
            [&](auto answer) { CaseSession::open(work, &receiver, id, user, answer, clock); });
    if (error)
        *error = opened.error;
    return std::move(opened.session);
}

/// CaseSession::restore, waited for.
inline CaseSession::Opened restoreCase(CaseWork &work, const JournaledWork &journaled, const QString &user,
                                       std::shared_ptr<const DecisionTree> tree, CaseSession::Clock clock = {})
{
    QObject receiver;
    return awaitAnswer<CaseSession::Opened>(
            [&](auto answer) { CaseSession::restore(work, &receiver, journaled, user, tree, answer, clock); });
}

/// CaseSession::handOver, waited for: empty when done, else what went wrong.
inline QString handOver(CaseSession &session, const QString &receiver, const QString &note)
{
    return awaitAnswer<QString>(
            [&](auto answer) { session.handOver(receiver, note, [answer](const QString &error) { answer(error); }); });
}

} // namespace ww::test
