// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatProtocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ww::chat {

/// A call the phone system offers to an agent (docs/telephony.md, "call-offered").
struct CallOffer
{
    QString call;
    QString queue;
    QStringList menu; ///< the caller's choices in the phone menu, in the order made
    QString lang;
    QString agent;
    QString callerNumber; ///< empty when the phone system did not send one; never logged or stored without consent

    bool operator==(const CallOffer &) const = default;
};

/// One telephony frame as the desk receives it.
struct CallEvent
{
    enum class Kind { Offered, Answered, Ended };
    Kind kind = Kind::Offered;
    QString call;
    QDateTime at;    ///< answered or ended: the phone system's time (UTC)
    CallOffer offer; ///< offered only
};

/// The forms of the telephony frames: the gateway checks what the phone system sends, the desk what the
/// gateway passes on. Every field has a pattern; anything else is refused with the field named.
namespace TelephonyFrames {

inline constexpr int MaxMenuChoices = 10;
inline constexpr int MaxCallerNumberChars = 20;
/// How far the phone system's clock may be from the gateway's.
inline constexpr qint64 MaxClockSkewSeconds = 24 * 3600;

/// Whether \a frame (call-offered, call-answered or call-ended, past the general checks of FrameParser)
/// has its fields in their documented forms; \a now is the receiver's time.
std::optional<ProtocolError> check(const Frame &frame, const QDateTime &now);
/// A caller's number as the protocol and the database take it: an optional + and 1 to 19 digits.
bool isCallerNumber(const QString &number);
/// A menu choice: 1 to 16 of 0-9 A-Z a-z * # -.
bool isMenuChoice(const QString &choice);

/// The frame the gateway sends the ringing agent, and the desk's reading of it (nothing when the frame is
/// not a telephony frame in its documented form).
QString forAgent(const Frame &frame);
std::optional<CallEvent> parseForDesk(const QJsonObject &frame, const QDateTime &now);

/// The frames the phone system sends (for `wegwijzer-admin call simulate` and adapters).
QString offered(const QString &id, const CallOffer &offer);
QString answered(const QString &id, const QString &call, const QDateTime &at);
QString ended(const QString &id, const QString &call, const QDateTime &at);
QString hello(const QString &id, const QString &secret);

} // namespace TelephonyFrames

} // namespace ww::chat
