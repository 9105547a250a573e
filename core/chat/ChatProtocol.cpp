// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatProtocol.h"

#include "agents/AgentState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace ww::chat {

namespace {

constexpr std::array<std::pair<ErrorCode, const char16_t *>, 20> errorCodes{{
        {ErrorCode::BadJson, u"bad-json"},
        {ErrorCode::BadVersion, u"bad-version"},
        {ErrorCode::UnknownType, u"unknown-type"},
        {ErrorCode::BadField, u"bad-field"},
        {ErrorCode::TooLong, u"too-long"},
        {ErrorCode::BinaryFrame, u"binary-frame"},
        {ErrorCode::RateLimited, u"rate-limited"},
        {ErrorCode::HandshakeTimeout, u"handshake-timeout"},
        {ErrorCode::NotAllowed, u"not-allowed"},
        {ErrorCode::TicketRefused, u"ticket-refused"},
        {ErrorCode::ResumeRefused, u"resume-refused"},
        {ErrorCode::UnknownChat, u"unknown-chat"},
        {ErrorCode::ChatTaken, u"chat-taken"},
        {ErrorCode::ChatLimit, u"chat-limit"},
        {ErrorCode::TargetUnavailable, u"target-unavailable"},
        {ErrorCode::Unavailable, u"unavailable"},
        {ErrorCode::NotAvailable, u"not-available"},
        {ErrorCode::TelephonyRefused, u"telephony-refused"},
        {ErrorCode::AgentUnavailable, u"agent-unavailable"},
        {ErrorCode::UnknownCall, u"unknown-call"},
}};

enum class Kind { String, Bool, Int, Tree, CodeTree, AgentState };

struct FieldRule
{
    const char16_t *name;
    Kind kind;
    bool required;
    int maxChars; ///< for strings; 0: the frame's text limit
};

struct TypeRule
{
    const char16_t *type;
    bool needsId;
    std::initializer_list<FieldRule> fields;
};

// The frames a peer may send (docs/chat-protocol.md); anything else is "unknown-type".
const std::array<TypeRule, 15> &typeRules()
{
    static const std::array<TypeRule, 15> rules{{
            {u"hello",
             true,
             {{u"role", Kind::String, true, 16},
              {u"lang", Kind::String, false, 8},
              {u"resume", Kind::String, false, 128},
              {u"ticket", Kind::String, false, 128},
              {u"secret", Kind::String, false, 256},
              {u"seen", Kind::Int, false, 0},
              {u"tree", Kind::Tree, false, 0},
              {u"state", Kind::AgentState, false, 0}}},
            {u"message", true, {{u"chat", Kind::String, false, 64}, {u"text", Kind::String, true, 0}}},
            {u"typing", true, {{u"chat", Kind::String, false, 64}, {u"typing", Kind::Bool, true, 0}}},
            {u"ack", false, {{u"chat", Kind::String, false, 64}, {u"seq", Kind::Int, true, 0}}},
            {u"accept", true, {{u"chat", Kind::String, true, 64}}},
            {u"transfer",
             true,
             {{u"chat", Kind::String, true, 64}, {u"to", Kind::String, true, 64}, {u"note", Kind::String, true, -1}}},
            {u"end", true, {{u"chat", Kind::String, false, 64}}},
            {u"phone-code", true, {{u"tree", Kind::CodeTree, true, 0}}},
            {u"state", true, {{u"state", Kind::AgentState, true, 0}}},
            {u"decline", true, {{u"chat", Kind::String, true, 64}}},
            {u"watch", true, {}},
            {u"move",
             true,
             {{u"chat", Kind::String, true, 64}, {u"to", Kind::String, true, 64}, {u"note", Kind::String, false, -1}}},
            // The phone system's frames (docs/telephony.md); TelephonyFrames checks their forms.
            {u"call-offered",
             true,
             {{u"call", Kind::String, true, 64},
              {u"queue", Kind::String, true, 64},
              {u"lang", Kind::String, true, 16},
              {u"agent", Kind::String, true, 64},
              {u"callerNumber", Kind::String, false, 20}}},
            {u"call-answered",
             true,
             {{u"call", Kind::String, true, 64}, {u"at", Kind::String, true, 40}, {u"agent", Kind::String, false, 64}}},
            {u"call-ended", true, {{u"call", Kind::String, true, 64}, {u"at", Kind::String, true, 40}}},
    }};
    return rules;
}

const TypeRule *ruleFor(const QString &type)
{
    for (const TypeRule &rule : typeRules()) {
        if (type == QStringView(rule.type))
            return &rule;
    }
    return nullptr;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._:-]{1,64}"_qs));
    return pattern.match(id).hasMatch();
}

ProtocolError badField(const QString &field, const QString &what, const QString &ref)
{
    return {ErrorCode::BadField, u"field \"%1\" %2"_qs.arg(field, what), ref};
}

/// A phone code's tree goes into the database as it is: a tree identity and node ids in their exact forms
/// (docs/tree-format.md), from the start node, at least one.
std::optional<ProtocolError> checkCodeTree(const QJsonValue &value, int maxPathNodes)
{
    static const QRegularExpression identityForm(
            QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}@sha256:[0-9a-f]{64}"_qs));
    static const QRegularExpression nodeForm(QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9-]{0,63}"_qs));
    if (!value.isObject())
        return badField(u"tree"_qs, u"must be an object with \"identity\" and \"path\""_qs, {});
    const QJsonObject tree = value.toObject();
    const QJsonValue identity = tree.value(u"identity");
    if (!identity.isString() || identity.toString().size() > 128 || !identityForm.match(identity.toString()).hasMatch())
        return badField(u"tree.identity"_qs, u"must be a tree identity, VERSION@sha256:HEX"_qs, {});
    const QJsonValue path = tree.value(u"path");
    if (!path.isArray() || path.toArray().isEmpty() || path.toArray().size() > maxPathNodes)
        return badField(u"tree.path"_qs, u"must be an array of 1 to %1 node ids"_qs.arg(maxPathNodes), {});
    for (const QJsonValue &node : path.toArray()) {
        if (!node.isString() || !nodeForm.match(node.toString()).hasMatch())
            return badField(u"tree.path"_qs, u"must hold node ids (1 to 64 of a-z 0-9 -)"_qs, {});
    }
    return std::nullopt;
}

} // namespace

QString errorCodeText(ErrorCode code)
{
    for (const auto &[value, text] : errorCodes) {
        if (value == code)
            return QString::fromUtf16(text);
    }
    return {};
}

std::optional<ErrorCode> errorCodeFromText(const QString &text)
{
    for (const auto &[value, name] : errorCodes) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

FrameParser::FrameParser(FrameLimits limits)
    : m_limits(limits)
{ }

qsizetype FrameParser::characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QString FrameParser::leftCharacters(const QString &text, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype characters = 0; units < text.size() && characters < count; ++characters)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() && text.at(units + 1).isLowSurrogate() ? 2
                                                                                                                    : 1;
    return text.left(units);
}

QString FrameParser::unstorableText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return u"contains the character U+0000"_qs;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair: one character
            continue;
        }
        if (c.isSurrogate())
            return u"contains a lone UTF-16 surrogate (at character %1), which is not text"_qs.arg(
                    characterCount(text.left(i)) + 1);
    }
    return {};
}

std::variant<Frame, ProtocolError> FrameParser::parse(const QString &text) const
{
    if (text.size() > m_limits.maxFrameChars) {
        // Still a readable frame, as a rule (the socket bounds it): its id goes back as the ref, so the
        // sender stops sending it again.
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString id = object.value(u"id").toString();
        return ProtocolError{ErrorCode::TooLong, u"frame longer than %1 characters"_qs.arg(m_limits.maxFrameChars),
                             isValidId(id) ? id : QString()};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ProtocolError{ErrorCode::BadJson,
                             u"not valid JSON at offset %1: %2"_qs.arg(parseError.offset).arg(parseError.errorString()),
                             {}};
    if (!document.isObject())
        return ProtocolError{ErrorCode::BadJson, u"a frame must be a JSON object"_qs, {}};
    const QJsonObject object = document.object();
    const QString id = object.value(u"id").isString() ? object.value(u"id").toString() : QString();
    const QString ref = isValidId(id) ? id : QString();

    const QJsonValue version = object.value(u"v");
    if (!version.isDouble() || version.toDouble() != ProtocolVersion)
        return ProtocolError{ErrorCode::BadVersion, u"\"v\" must be %1"_qs.arg(ProtocolVersion), ref};
    if (!object.value(u"type").isString())
        return badField(u"type"_qs, u"must be a string"_qs, ref);
    const QString type = object.value(u"type").toString();
    const TypeRule *rule = ruleFor(type);
    if (!rule)
        return ProtocolError{ErrorCode::UnknownType, u"unknown frame type \"%1\""_qs.arg(type.left(32)), ref};
    if (rule->needsId && !isValidId(id))
        return badField(u"id"_qs, u"must be 1 to 64 characters of A-Z a-z 0-9 . _ : -"_qs, {});
    if (const auto problem = checkFields(type, object)) {
        ProtocolError error = *problem;
        error.ref = ref;
        return error;
    }
    return Frame{type, rule->needsId ? id : QString(), object};
}

std::optional<ProtocolError> FrameParser::checkFields(const QString &type, const QJsonObject &object) const
{
    const TypeRule *rule = ruleFor(type);
    for (const FieldRule &field : rule->fields) {
        const QString name = QString::fromUtf16(field.name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                return badField(name, u"is missing"_qs, {});
            continue;
        }
        switch (field.kind) {
        case Kind::String: {
            if (!value.isString())
                return badField(name, u"must be a string"_qs, {});
            const int limit = field.maxChars > 0 ? field.maxChars
                    : field.maxChars == 0        ? m_limits.maxTextChars
                                                 : m_limits.maxNoteChars;
            const QString textValue = value.toString();
            if (textValue.size() > limit && characterCount(textValue) > limit)
                return ProtocolError{
                        ErrorCode::TooLong, u"field \"%1\" is longer than %2 characters"_qs.arg(name).arg(limit), {}};
            if (const QString problem = unstorableText(textValue); !problem.isEmpty())
                return badField(name, problem, {});
            if (field.required && textValue.trimmed().isEmpty())
                return badField(name, u"is empty"_qs, {});
            break;
        }
        case Kind::Bool:
            if (!value.isBool())
                return badField(name, u"must be true or false"_qs, {});
            break;
        case Kind::Int: {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < 0 || number > 2e9
                || number != static_cast<double>(static_cast<qint64>(number)))
                return badField(name, u"must be a whole number from 0"_qs, {});
            break;
        }
        case Kind::Tree: {
            if (!value.isObject())
                return badField(name, u"must be an object with \"identity\" and \"path\""_qs, {});
            const QJsonObject tree = value.toObject();
            const QJsonValue identity = tree.value(u"identity");
            if (!identity.isString() || identity.toString().isEmpty() || identity.toString().size() > 128
                || !unstorableText(identity.toString()).isEmpty())
                return badField(u"tree.identity"_qs, u"must be a string of 1 to 128 characters"_qs, {});
            const QJsonValue path = tree.value(u"path");
            if (!path.isArray() || path.toArray().size() > m_limits.maxPathNodes)
                return badField(u"tree.path"_qs,
                                u"must be an array of at most %1 node ids"_qs.arg(m_limits.maxPathNodes), {});
            for (const QJsonValue &node : path.toArray()) {
                if (!node.isString() || node.toString().isEmpty() || node.toString().size() > 128
                    || !unstorableText(node.toString()).isEmpty())
                    return badField(u"tree.path"_qs, u"must hold node ids of 1 to 128 characters"_qs, {});
            }
            break;
        }
        case Kind::CodeTree:
            if (const auto problem = checkCodeTree(value, m_limits.maxPathNodes))
                return problem;
            break;
        case Kind::AgentState:
            if (!value.isString() || !agentStateFromCode(value.toString()))
                return badField(name,
                                u"must be one of available, on-call, in-chat, wrap-up, break, other-work, offline"_qs,
                                {});
            break;
        }
    }
    return std::nullopt;
}

namespace Frames {

QString make(const QString &type, const QString &id, QJsonObject fields)
{
    fields.insert(u"v"_qs, ProtocolVersion);
    fields.insert(u"type"_qs, type);
    if (!id.isEmpty())
        fields.insert(u"id"_qs, id);
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

FlatFrame::FlatFrame(QStringView type, QStringView id)
{
    m_json.beginObject();
    m_json.field(u"v", ProtocolVersion);
    m_json.field(u"type", type);
    if (!id.isEmpty())
        m_json.field(u"id", id);
}

FlatFrame &FlatFrame::add(QStringView key, QStringView value)
{
    m_json.field(key, value);
    return *this;
}

FlatFrame &FlatFrame::add(QStringView key, int value)
{
    m_json.field(key, value);
    return *this;
}

QString FlatFrame::finish()
{
    m_json.endObject();
    return m_json.take();
}

QString ack(const QString &ref, std::optional<int> seq)
{
    FlatFrame frame(u"ack");
    frame.add(u"ack", ref);
    if (seq)
        frame.add(u"seq", *seq);
    return frame.finish();
}

QString receivedUpTo(const QString &chat, int seq)
{
    return make(u"ack"_qs, {}, {{u"chat"_qs, chat}, {u"seq"_qs, seq}});
}

QString error(const ProtocolError &error)
{
    QJsonObject fields{{u"code"_qs, errorCodeText(error.code)}, {u"message"_qs, error.message}};
    if (!error.ref.isEmpty())
        fields.insert(u"ref"_qs, error.ref);
    return make(u"error"_qs, {}, fields);
}

} // namespace Frames

} // namespace ww::chat
