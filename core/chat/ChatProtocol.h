// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/FlatJsonWriter.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace ww::chat {

/// The version of docs/chat-protocol.md this code speaks; every frame carries it as "v".
inline constexpr int ProtocolVersion = 1;

/// The error codes of docs/chat-protocol.md, section "Errors".
enum class ErrorCode {
    BadJson,
    BadVersion,
    UnknownType,
    BadField,
    TooLong,
    BinaryFrame,
    RateLimited,
    HandshakeTimeout,
    NotAllowed,
    TicketRefused,
    ResumeRefused,
    UnknownChat,
    ChatTaken,
    ChatLimit,
    TargetUnavailable,
    Unavailable,
    NotAvailable,
    TelephonyRefused, ///< docs/telephony.md
    AgentUnavailable,
    UnknownCall,
};

QString errorCodeText(ErrorCode code);
std::optional<ErrorCode> errorCodeFromText(const QString &text);

/// What was wrong with a frame: a code for programs and a message for people.
struct ProtocolError
{
    ErrorCode code;
    QString message;
    QString ref; ///< the id of the frame it answers, when known
};

/// A frame that passed validation: its fields have the documented types and sizes.
struct Frame
{
    QString type;
    QString id; ///< empty only for "ack"
    QJsonObject fields;

    QString text(const QString &name) const { return fields.value(name).toString(); }
};

/// Size limits for incoming frames; the gateway and the tests choose them.
///
/// Text limits count characters as Unicode code points (an emoji is one), as people and PostgreSQL count
/// them. A frame's limit counts the JSON text as sent, in UTF-16 units; it leaves room for a text at its
/// limit however it is escaped (12 units for an escaped emoji, "\\ud83d\\ude00"), so a text within its own
/// limit never makes a frame too long.
struct FrameLimits
{
    int maxFrameChars = 56 * 1024;
    int maxTextChars = 4000;
    int maxNoteChars = 2000;
    int maxPathNodes = 200;
};

/// Parses and validates one text frame from a peer. Hostile input gives a ProtocolError, never a crash.
class FrameParser
{
public:
    explicit FrameParser(FrameLimits limits = {});
    std::variant<Frame, ProtocolError> parse(const QString &text) const;

    /// Characters as the limits count them: Unicode code points.
    static qsizetype characterCount(QStringView text);
    /// The first \a count characters of \a text, never half an emoji.
    static QString leftCharacters(const QString &text, qsizetype count);
    /// Why \a text cannot be stored exactly as it was delivered (a lone UTF-16 surrogate, which UTF-8 has
    /// no form for, or U+0000, which PostgreSQL text cannot hold); empty when it can.
    static QString unstorableText(QStringView text);

private:
    std::optional<ProtocolError> checkFields(const QString &type, const QJsonObject &object) const;

    FrameLimits m_limits;
};

/// Builds the frames the gateway and clients send (compact JSON text).
namespace Frames {
QString make(const QString &type, const QString &id, QJsonObject fields = {});

/// A frame of text and whole-number fields only, written straight to text (FlatJsonWriter): the two frames
/// the gateway sends for every message, the delivery and the acknowledgement. The text parses to what
/// make() gives for the same fields (in another order).
class FlatFrame
{
public:
    explicit FlatFrame(QStringView type, QStringView id = {});
    FlatFrame &add(QStringView key, QStringView value);
    FlatFrame &add(QStringView key, int value);
    /// The frame's text; the frame is spent.
    QString finish();

private:
    FlatJsonWriter m_json;
};

QString ack(const QString &ref, std::optional<int> seq = std::nullopt);
QString receivedUpTo(const QString &chat, int seq);
QString error(const ProtocolError &error);
} // namespace Frames

} // namespace ww::chat
