// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelephonyFrames.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ww::chat::TelephonyFrames {

namespace {

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(text).hasMatch();
}

const QString callPattern = u"[A-Za-z0-9._:-]{1,64}"_qs;
const QString queuePattern = u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"_qs;
const QString langPattern = u"[a-z]{2,3}(-[a-z]{2,8})?"_qs;
const QString agentPattern = u"[A-Za-z0-9][A-Za-z0-9._-]{0,62}"_qs;

ProtocolError bad(const QString &field, const QString &what)
{
    return {ErrorCode::BadField, u"field \"%1\" %2"_qs.arg(field, what), {}};
}

/// An ISO 8601 time with its offset (or Z), not further from \a now than the allowed skew.
std::optional<QDateTime> timeOf(const QString &text, const QDateTime &now)
{
    if (!matches(u"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+-][0-9]{2}:[0-9]{2})"_qs,
                 text))
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || std::abs(time.secsTo(now)) > MaxClockSkewSeconds)
        return std::nullopt;
    return time.toUTC();
}

} // namespace

bool isCallerNumber(const QString &number)
{
    return number.size() <= MaxCallerNumberChars && matches(u"\\+?[0-9]{1,19}"_qs, number);
}

bool isMenuChoice(const QString &choice)
{
    return matches(u"[0-9A-Za-z*#-]{1,16}"_qs, choice);
}

std::optional<ProtocolError> check(const Frame &frame, const QDateTime &now)
{
    if (!matches(callPattern, frame.text(u"call"_qs)))
        return bad(u"call"_qs, u"must be 1 to 64 characters of A-Z a-z 0-9 . _ : -"_qs);
    if (frame.type == u"call-offered") {
        if (!matches(queuePattern, frame.text(u"queue"_qs)))
            return bad(u"queue"_qs, u"must be 1 to 64 characters of A-Z a-z 0-9 . _ -"_qs);
        if (!matches(langPattern, frame.text(u"lang"_qs)))
            return bad(u"lang"_qs, u"must be a language code such as nl or en"_qs);
        if (!matches(agentPattern, frame.text(u"agent"_qs)))
            return bad(u"agent"_qs, u"must be an account name"_qs);
        const QJsonValue menu = frame.fields.value(u"menu"_qs);
        if (!menu.isUndefined() && !menu.isNull()) {
            if (!menu.isArray() || menu.toArray().size() > MaxMenuChoices)
                return bad(u"menu"_qs, u"must be an array of at most %1 choices"_qs.arg(MaxMenuChoices));
            for (const QJsonValue &choice : menu.toArray()) {
                if (!choice.isString() || !isMenuChoice(choice.toString()))
                    return bad(u"menu"_qs, u"must hold choices of 1 to 16 characters of 0-9 A-Z a-z * # -"_qs);
            }
        }
        const QJsonValue number = frame.fields.value(u"callerNumber"_qs);
        if (!number.isUndefined() && !number.isNull() && !isCallerNumber(number.toString()))
            return bad(u"callerNumber"_qs, u"must be an optional + and 1 to 19 digits"_qs);
        return std::nullopt;
    }
    if (frame.type == u"call-answered" && frame.fields.contains(u"agent"_qs)
        && !matches(agentPattern, frame.text(u"agent"_qs)))
        return bad(u"agent"_qs, u"must be an account name"_qs);
    if (!timeOf(frame.text(u"at"_qs), now))
        return bad(u"at"_qs, u"must be an ISO 8601 time with its offset, within a day of the gateway's clock"_qs);
    return std::nullopt;
}

QString forAgent(const Frame &frame)
{
    QJsonObject fields{{u"call"_qs, frame.text(u"call"_qs)}};
    if (frame.type == u"call-offered") {
        fields.insert(u"queue"_qs, frame.text(u"queue"_qs));
        fields.insert(u"lang"_qs, frame.text(u"lang"_qs));
        fields.insert(u"menu"_qs,
                      frame.fields.value(u"menu"_qs).isArray() ? frame.fields.value(u"menu"_qs) : QJsonArray());
        if (!frame.text(u"callerNumber"_qs).isEmpty())
            fields.insert(u"callerNumber"_qs, frame.text(u"callerNumber"_qs));
    } else {
        fields.insert(u"at"_qs, frame.text(u"at"_qs));
    }
    return Frames::make(frame.type, {}, fields);
}

std::optional<CallEvent> parseForDesk(const QJsonObject &object, const QDateTime &now)
{
    const QString type = object.value(u"type"_qs).toString();
    if (type != u"call-offered" && type != u"call-answered" && type != u"call-ended")
        return std::nullopt;
    // The gateway checked the phone system's frame; the desk checks again what it acts on.
    Frame frame{type, u"desk"_qs, object};
    if (type == u"call-offered") {
        frame.fields.insert(u"agent"_qs, u"desk"_qs);
        const QJsonValue number = object.value(u"callerNumber"_qs);
        if (!number.isUndefined() && !number.isString())
            return std::nullopt;
    } else if (!object.value(u"at"_qs).isString()) {
        return std::nullopt;
    }
    for (const char16_t *name : {u"call", u"queue", u"lang"}) {
        const QJsonValue value = object.value(QStringView(name));
        if (!value.isUndefined() && !value.isString())
            return std::nullopt;
    }
    if (check(frame, now))
        return std::nullopt;
    CallEvent event;
    event.call = frame.text(u"call"_qs);
    if (type == u"call-offered") {
        event.kind = CallEvent::Kind::Offered;
        event.offer.call = event.call;
        event.offer.queue = frame.text(u"queue"_qs);
        event.offer.lang = frame.text(u"lang"_qs);
        event.offer.callerNumber = frame.text(u"callerNumber"_qs);
        for (const QJsonValue &choice : object.value(u"menu"_qs).toArray())
            event.offer.menu.append(choice.toString());
    } else {
        event.kind = type == u"call-answered" ? CallEvent::Kind::Answered : CallEvent::Kind::Ended;
        event.at = QDateTime::fromString(frame.text(u"at"_qs), Qt::ISODateWithMs).toUTC();
    }
    return event;
}

QString offered(const QString &id, const CallOffer &offer)
{
    QJsonObject fields{{u"call"_qs, offer.call},
                       {u"queue"_qs, offer.queue},
                       {u"menu"_qs, QJsonArray::fromStringList(offer.menu)},
                       {u"lang"_qs, offer.lang},
                       {u"agent"_qs, offer.agent}};
    if (!offer.callerNumber.isEmpty())
        fields.insert(u"callerNumber"_qs, offer.callerNumber);
    return Frames::make(u"call-offered"_qs, id, fields);
}

QString answered(const QString &id, const QString &call, const QDateTime &at)
{
    return Frames::make(u"call-answered"_qs, id,
                        {{u"call"_qs, call}, {u"at"_qs, at.toUTC().toString(Qt::ISODateWithMs)}});
}

QString ended(const QString &id, const QString &call, const QDateTime &at)
{
    return Frames::make(u"call-ended"_qs, id, {{u"call"_qs, call}, {u"at"_qs, at.toUTC().toString(Qt::ISODateWithMs)}});
}

QString hello(const QString &id, const QString &secret)
{
    return Frames::make(u"hello"_qs, id, {{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, secret}});
}

} // namespace ww::chat::TelephonyFrames
