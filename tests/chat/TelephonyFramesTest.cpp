// SPDX-License-Identifier: GPL-3.0-or-later
// The forms of the telephony frames and what the phone menu's choices mean for a case.
#include "chat/TelephonyFrames.h"
#include "TestContent.h"
#include "cases/PhoneMenu.h"
#include "content/ShippedContent.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace ww;
using namespace ww::chat;

TEST(TelephonyFrames, CallerNumbersAreAPlusAndDigitsOnly)
{
    for (const QString &good : {u"+31612345678"_qs, u"0612345678"_qs, u"112"_qs, u"+1234567890123456789"_qs})
        EXPECT_TRUE(TelephonyFrames::isCallerNumber(good)) << qPrintable(good);
    for (const QString &bad : {u""_qs, u"+"_qs, u"06 12345678"_qs, u"06-1234"_qs, u"++31"_qs, u"31+6"_qs,
                               u"12345678901234567890"_qs, u"+12345678901234567890"_qs, u"٣١٢"_qs})
        EXPECT_FALSE(TelephonyFrames::isCallerNumber(bad)) << qPrintable(bad);
}

TEST(TelephonyFrames, TheDeskReadsOnlyFramesInTheirForm)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto parse = [&](const QString &json) {
        return TelephonyFrames::parseForDesk(QJsonDocument::fromJson(json.toUtf8()).object(), now);
    };
    const auto offer = parse(
            uR"({"v":1,"type":"call-offered","call":"c1","queue":"q","menu":["1","2"],"lang":"nl","callerNumber":"+3120"})"_qs);
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->offer.menu, (QStringList{u"1"_qs, u"2"_qs}));
    EXPECT_EQ(offer->offer.callerNumber, u"+3120");
    EXPECT_FALSE(parse(uR"({"type":"call-offered","call":"c1","queue":"q","menu":[1],"lang":"nl"})"_qs));
    EXPECT_FALSE(parse(uR"({"type":"call-offered","call":"c1","queue":"q","lang":"nl","callerNumber":"x"})"_qs));
    EXPECT_FALSE(parse(uR"({"type":"call-offered","call":7,"queue":"q","lang":"nl"})"_qs));
    EXPECT_FALSE(parse(uR"({"type":"call-answered","call":"c1"})"_qs));
    EXPECT_FALSE(parse(uR"({"type":"call-answered","call":"c1","at":"2001-01-01T00:00:00Z"})"_qs));
    EXPECT_FALSE(parse(uR"({"type":"call-rung","call":"c1"})"_qs));
    const auto answered = parse(
            u"{\"type\":\"call-answered\",\"call\":\"c1\",\"at\":\"%1\"}"_qs.arg(now.toString(Qt::ISODateWithMs)));
    ASSERT_TRUE(answered);
    EXPECT_EQ(answered->at, now);
}

TEST(PhoneMenu, TheShippedMenuFitsTheShippedTree)
{
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    ASSERT_TRUE(directory.ok());
    const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
    ASSERT_TRUE(tree.ok());
    const PhoneMenu &menu = PhoneMenu::shipped();
    const QDateTime at(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

    const PhoneMenu::Prefill danger = menu.prefill({u"1"_qs}, u"en"_qs, tree.tree, at);
    ASSERT_EQ(danger.walk.size(), 2) << "the first question answered";
    EXPECT_EQ(danger.walk.at(0).nodeId, tree.tree->startNodeId());
    EXPECT_EQ(danger.walk.at(0).chosenOptionId, u"gevaar-nu");
    EXPECT_EQ(danger.walk.at(0).reachedAt, at);
    EXPECT_EQ(danger.callerLanguage, u"en");

    const PhoneMenu::Prefill pupil = menu.prefill({u"2"_qs, u"77"_qs}, u"tr"_qs, tree.tree, at);
    EXPECT_TRUE(pupil.walk.isEmpty()) << "a caller's role does not answer whether there is danger";
    EXPECT_EQ(pupil.callerRole, u"pupil");
    EXPECT_EQ(pupil.callerLanguage, u"tr");
    EXPECT_EQ(menu.prefill({}, u"de"_qs, tree.tree, at).callerLanguage, u"other");

    EXPECT_EQ(menu.label(u"3"_qs, u"nl"_qs), u"Ouder of verzorger");
    EXPECT_EQ(menu.label(u"3"_qs, u"en"_qs), u"Parent or carer");
    EXPECT_EQ(menu.label(u"77"_qs, u"en"_qs), u"77");
}

TEST(PhoneMenu, AMenuFileWithCodesFromNoListIsRefused)
{
    QString error;
    EXPECT_FALSE(PhoneMenu::fromJson(
            R"({"format":1,"choices":{"1":{"label":{"nl":"a","en":"b"},"callerRole":"king"}}})", &error));
    EXPECT_TRUE(error.contains(u"king")) << qPrintable(error);
    EXPECT_FALSE(PhoneMenu::fromJson(R"({"format":1,"languages":{"de":"german"}})", &error));
    EXPECT_FALSE(PhoneMenu::fromJson(R"({"format":1,"choices":{"1 2":{"label":{"nl":"a","en":"b"}}}})", &error));
    EXPECT_FALSE(PhoneMenu::fromJson(R"({"format":2})", &error));
    EXPECT_TRUE(PhoneMenu::fromJson(R"({"format":1,"choices":{"1":{"label":{"nl":"a","en":"b"}}}})", &error));
}

TEST(TelephonyFrames, TheExamplesInTheDocumentationAreValidFrames)
{
    QFile file(QStringLiteral(WW_SOURCE_DIR) + u"/docs/telephony.md"_qs);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression block(u"```json phone\\n(.*?)\\n```"_qs,
                                          QRegularExpression::DotMatchesEverythingOption);
    const FrameParser parser;
    int frames = 0;
    for (const QRegularExpressionMatch &match : block.globalMatch(QString::fromUtf8(file.readAll()))) {
        const auto parsed = parser.parse(match.captured(1));
        ASSERT_TRUE(std::holds_alternative<Frame>(parsed)) << qPrintable(match.captured(1));
        const Frame frame = std::get<Frame>(parsed);
        ++frames;
        if (frame.type == u"hello") {
            EXPECT_EQ(frame.text(u"role"_qs), u"telephony");
            continue;
        }
        const QDateTime at = QDateTime::fromString(frame.text(u"at"_qs), Qt::ISODateWithMs);
        EXPECT_FALSE(TelephonyFrames::check(frame, at.isValid() ? at : QDateTime::currentDateTimeUtc()))
                << qPrintable(match.captured(1));
    }
    EXPECT_EQ(frames, 4);
}
