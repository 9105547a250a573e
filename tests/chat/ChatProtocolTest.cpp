// SPDX-License-Identifier: GPL-3.0-or-later
// The frame parser on hostile input, without sockets: every bad frame gives its documented code.
#include "chat/ChatProtocol.h"
#include "chat/RateLimiter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace ww::chat;

namespace {

ProtocolError errorOf(const QString &text, FrameLimits limits = {})
{
    auto parsed = FrameParser(limits).parse(text);
    if (!std::holds_alternative<ProtocolError>(parsed))
        return {ErrorCode::Unavailable, u"accepted"_qs, {}};
    return std::get<ProtocolError>(parsed);
}

Frame frameOf(const QString &text)
{
    auto parsed = FrameParser().parse(text);
    EXPECT_TRUE(std::holds_alternative<Frame>(parsed)) << qPrintable(text);
    return std::holds_alternative<Frame>(parsed) ? std::get<Frame>(parsed) : Frame{};
}

} // namespace

TEST(ChatProtocol, AcceptsTheDocumentedFrames)
{
    const Frame hello = frameOf(
            uR"({"v":1,"type":"hello","id":"h1","role":"visitor","lang":"nl","tree":{"identity":"t","path":["a","b"]}})"_qs);
    EXPECT_EQ(hello.type, u"hello");
    EXPECT_EQ(hello.id, u"h1");
    EXPECT_EQ(frameOf(uR"({"v":1,"type":"message","id":"m-1","text":"Hallo"})"_qs).text(u"text"_qs), u"Hallo");
    EXPECT_TRUE(frameOf(uR"({"v":1,"type":"ack","chat":"c","seq":3})"_qs).id.isEmpty());
    EXPECT_EQ(frameOf(uR"({"v":1,"type":"transfer","id":"t","chat":"c","to":"queue","note":"n"})"_qs).type,
              u"transfer");
}

TEST(ChatProtocol, RefusesMalformedJson)
{
    EXPECT_EQ(errorOf(u"{\"v\":1,"_qs).code, ErrorCode::BadJson);
    EXPECT_EQ(errorOf(u"[1,2]"_qs).code, ErrorCode::BadJson);
    EXPECT_EQ(errorOf(u""_qs).code, ErrorCode::BadJson);
    EXPECT_EQ(errorOf(u"\"just a string\""_qs).code, ErrorCode::BadJson);
}

TEST(ChatProtocol, RefusesAnotherVersionAndUnknownTypes)
{
    EXPECT_EQ(errorOf(uR"({"v":2,"type":"message","id":"a","text":"x"})"_qs).code, ErrorCode::BadVersion);
    EXPECT_EQ(errorOf(uR"({"v":"1","type":"message","id":"a","text":"x"})"_qs).code, ErrorCode::BadVersion);
    const ProtocolError unknown = errorOf(uR"({"v":1,"type":"shutdown","id":"a"})"_qs);
    EXPECT_EQ(unknown.code, ErrorCode::UnknownType);
    EXPECT_EQ(unknown.ref, u"a");
    EXPECT_EQ(errorOf(uR"({"v":1,"type":42,"id":"a"})"_qs).code, ErrorCode::BadField);
}

TEST(ChatProtocol, RefusesWrongFieldTypesAndMissingFields)
{
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a","text":5})"_qs).message, u"field \"text\" must be a string");
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a"})"_qs).message, u"field \"text\" is missing");
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a","text":"   "})"_qs).code, ErrorCode::BadField);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"typing","id":"a","typing":"yes"})"_qs).code, ErrorCode::BadField);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"ack","seq":-1})"_qs).code, ErrorCode::BadField);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"ack","seq":1.5})"_qs).code, ErrorCode::BadField);
    EXPECT_EQ(
            errorOf(uR"({"v":1,"type":"hello","id":"a","role":"visitor","tree":{"identity":"t","path":[1]}})"_qs).code,
            ErrorCode::BadField);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"hello","id":"a","role":"visitor","tree":"t"})"_qs).code, ErrorCode::BadField);
}

TEST(ChatProtocol, RefusesBadIds)
{
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","text":"x"})"_qs).message.left(12), u"field \"id\" m");
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a b","text":"x"})"_qs).code, ErrorCode::BadField);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"%1","text":"x"})"_qs.arg(QString(65, u'a'))).code,
              ErrorCode::BadField);
}

TEST(ChatProtocol, RefusesTextOverTheLimitsAndDeepPaths)
{
    FrameLimits limits;
    limits.maxTextChars = 10;
    limits.maxFrameChars = 200;
    limits.maxPathNodes = 3;
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a","text":"%1"})"_qs.arg(QString(11, u'x')), limits).code,
              ErrorCode::TooLong);
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"message","id":"a","text":"x","pad":"%1"})"_qs.arg(QString(300, u'x')), limits)
                      .code,
              ErrorCode::TooLong);
    EXPECT_EQ(
            errorOf(uR"({"v":1,"type":"hello","id":"a","role":"visitor","tree":{"identity":"t","path":["a","b","c","d"]}})"_qs,
                    limits)
                    .code,
            ErrorCode::BadField);
    // Deep nesting in an unknown field is refused by the size limit or the JSON reader, never a crash.
    const QString deep = uR"({"v":1,"type":"end","id":"a","x":)"_qs + QString(5000, u'[') + QString(5000, u']') + u'}';
    EXPECT_NE(errorOf(deep).code, ErrorCode::Unavailable);
}

// Limits count characters as people do: an emoji is one. A text within its limit never makes a frame too
// long, however it is escaped; a frame over its limit still names itself.
TEST(ChatProtocol, LimitsCountCodePointsAndATooLongFrameCarriesItsRef)
{
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    ASSERT_EQ(emoji.size(), 2);
    EXPECT_EQ(FrameParser::characterCount(QString(emoji.repeated(3) + u"ab"_qs)), 5);
    EXPECT_EQ(FrameParser::leftCharacters(emoji.repeated(3), 2), emoji.repeated(2)) << "never half an emoji";
    EXPECT_EQ(FrameParser::leftCharacters(u"abc"_qs, 5), u"abc"_qs);

    const auto message = [](const QString &textJson) {
        return uR"({"v":1,"type":"message","id":"m-7","text":"%1"})"_qs.arg(textJson);
    };
    // 4,000 emoji: 8,000 UTF-16 units, within the limit of 4,000 characters.
    EXPECT_EQ(frameOf(message(emoji.repeated(4000))).fields.value(u"text").toString(), emoji.repeated(4000));
    const ProtocolError over = errorOf(message(emoji.repeated(4001)));
    EXPECT_EQ(over.code, ErrorCode::TooLong);
    EXPECT_EQ(over.ref, u"m-7");
    // The same 4,000 emoji escaped as JSON writers may: 48,000 characters of frame, still accepted.
    const QString escaped = uR"(\ud83d\ude00)"_qs.repeated(4000);
    EXPECT_EQ(frameOf(message(escaped)).fields.value(u"text").toString(), emoji.repeated(4000));

    // A frame over the frame limit that is readable JSON says which frame it was.
    FrameLimits small;
    small.maxFrameChars = 200;
    const ProtocolError frameTooLong = errorOf(message(QString(300, u'x')), small);
    EXPECT_EQ(frameTooLong.code, ErrorCode::TooLong);
    EXPECT_EQ(frameTooLong.ref, u"m-7");
    EXPECT_TRUE(errorOf(QString(300, u'{'), small).ref.isEmpty()) << "unreadable: no ref";
}

// What is delivered is what is stored: text that UTF-8 or PostgreSQL cannot hold exactly is refused.
TEST(ChatProtocol, RefusesLoneSurrogatesAndNulInText)
{
    for (const QString &bad : {uR"(ab\ud800cd)"_qs, uR"(\udc00)"_qs, uR"(x\ud83d)"_qs, uR"(nul\u0000)"_qs}) {
        const ProtocolError error = errorOf(uR"({"v":1,"type":"message","id":"m-8","text":"%1"})"_qs.arg(bad));
        EXPECT_EQ(error.code, ErrorCode::BadField) << qPrintable(bad);
        EXPECT_EQ(error.ref, u"m-8");
        EXPECT_TRUE(error.message.contains(u"text")) << qPrintable(error.message);
    }
    EXPECT_TRUE(
            errorOf(uR"({"v":1,"type":"message","id":"m-8","text":"ab\ud800cd"})"_qs).message.contains(u"surrogate"));
    EXPECT_EQ(errorOf(uR"({"v":1,"type":"hello","id":"h","role":"visitor","tree":{"identity":"t\udfff","path":[]}})"_qs)
                      .code,
              ErrorCode::BadField);
    EXPECT_EQ(frameOf(uR"({"v":1,"type":"message","id":"m-9","text":"ok \ud83d\ude00"})"_qs).type, u"message");
}

TEST(ChatProtocol, ErrorFramesCarryCodeMessageAndRef)
{
    const QJsonObject error
            = QJsonDocument::fromJson(Frames::error({ErrorCode::RateLimited, u"slow down"_qs, u"m1"_qs}).toUtf8())
                      .object();
    EXPECT_EQ(error.value(u"v").toInt(), 1);
    EXPECT_EQ(error.value(u"type").toString(), u"error");
    EXPECT_EQ(error.value(u"code").toString(), u"rate-limited");
    EXPECT_EQ(error.value(u"ref").toString(), u"m1");
    EXPECT_EQ(errorCodeFromText(u"chat-limit"_qs), ErrorCode::ChatLimit);
}

TEST(ChatProtocol, AFlatFrameReadsBackAsTheFrameQtWouldWrite)
{
    // Every character a visitor may type, and those that must be escaped: each must come back exactly.
    QString everything;
    for (char16_t c = 0; c < 0x80; ++c)
        everything += QChar(c);
    const QStringList texts{u""_qs,
                            u"plain"_qs,
                            everything,
                            u"\"\\\"\\\\\""_qs,
                            u"</script><!-- \u2028\u2029 \u00e9\u00eb"_qs,
                            QString::fromUtf8("\xF0\x9F\x98\x80 emoji, \xE2\x82\xAC euro")};
    for (const QString &text : texts) {
        for (const int seq : {0, 7, -3, std::numeric_limits<int>::max()}) {
            const QString flat = Frames::FlatFrame(u"message", u"m:1")
                                         .add(u"text", text)
                                         .add(u"seq", seq)
                                         .add(u"from", u"visitor")
                                         .finish();
            const QString qt = Frames::make(u"message"_qs, u"m:1"_qs,
                                            {{u"text"_qs, text}, {u"seq"_qs, seq}, {u"from"_qs, u"visitor"_qs}});
            QJsonParseError error{};
            const QJsonDocument read = QJsonDocument::fromJson(flat.toUtf8(), &error);
            ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(flat);
            EXPECT_EQ(read.object(), QJsonDocument::fromJson(qt.toUtf8()).object()) << qPrintable(flat);
            EXPECT_EQ(read.object().value(u"text").toString(), text);
            // Qt's parser takes raw control characters; browsers' JSON.parse does not (RFC 8259).
            EXPECT_TRUE(std::none_of(flat.cbegin(), flat.cend(), [](QChar c) { return c.unicode() < 0x20; }))
                    << qPrintable(flat);
        }
    }
    const QJsonObject ack = QJsonDocument::fromJson(Frames::ack(u"m\"1"_qs, 12).toUtf8()).object();
    EXPECT_EQ(ack, (QJsonObject{{u"v"_qs, 1}, {u"type"_qs, u"ack"_qs}, {u"ack"_qs, u"m\"1"_qs}, {u"seq"_qs, 12}}));
}

TEST(ChatProtocol, AFlatListReadsBackAsTheListQtWouldWrite)
{
    // The storage thread's list of lines: objects with text, numbers and nulls, in a list.
    FlatJsonWriter flat;
    QJsonArray expected;
    flat.beginList();
    for (int i = 0; i < 3; ++i) {
        const QString body = u"regel %1: \"aanhalingstekens\", \\ en \n een nieuwe regel\u0001"_qs.arg(i);
        flat.beginObject();
        flat.field(u"seq", i);
        flat.field(u"body", body);
        flat.nullField(u"author");
        flat.endObject();
        expected.append(QJsonObject{{u"seq"_qs, i}, {u"body"_qs, body}, {u"author"_qs, QJsonValue::Null}});
    }
    flat.endList();
    const QString text = flat.take();
    QJsonParseError error{};
    const QJsonDocument read = QJsonDocument::fromJson(text.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(text);
    EXPECT_EQ(read.array(), expected);
    EXPECT_TRUE(flat.take().isEmpty()) << "taken means empty";

    FlatJsonWriter empty;
    empty.beginList();
    empty.endList();
    EXPECT_EQ(empty.take(), u"[]");
}

TEST(RateLimiter, AllowsABurstThenTheRefillRate)
{
    RateLimiter limiter(3, 10.0); // 3 at once, then one per 100 ms
    EXPECT_TRUE(limiter.allow(0));
    EXPECT_TRUE(limiter.allow(0));
    EXPECT_TRUE(limiter.allow(0));
    EXPECT_FALSE(limiter.allow(50));
    EXPECT_TRUE(limiter.allow(150));
    EXPECT_FALSE(limiter.allow(160));
    EXPECT_TRUE(limiter.allow(10'000));
    EXPECT_TRUE(limiter.allow(10'000));
    EXPECT_TRUE(limiter.allow(10'000));
    EXPECT_FALSE(limiter.allow(10'000)); // the bucket never holds more than the burst
}

TEST(ChatProtocol, EveryClientExampleInTheDocumentIsAValidFrame)
{
    QFile file(QStringLiteral(WW_SOURCE_DIR) + u"/docs/chat-protocol.md"_qs);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression block(u"```json client\\n(.*?)\\n```"_qs,
                                          QRegularExpression::DotMatchesEverythingOption);
    int examples = 0;
    for (const QRegularExpressionMatch &match : block.globalMatch(QString::fromUtf8(file.readAll()))) {
        const auto parsed = FrameParser().parse(match.captured(1));
        EXPECT_TRUE(std::holds_alternative<Frame>(parsed))
                << qPrintable(match.captured(1)) << ": " << qPrintable(std::get<ProtocolError>(parsed).message);
        ++examples;
    }
    EXPECT_GE(examples, 12);
}
