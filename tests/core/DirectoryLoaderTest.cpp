// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryLoader.h"
#include "TestContent.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {

Diagnostics directoryProblems(const QByteArray &json)
{
    return DirectoryLoader::load(JsonFileReader::readBytes(json, u"d.json"_qs)).diagnostics;
}

QByteArray directoryWith(const char *from, const char *to)
{
    QByteArray json = test::smallDirectoryJson();
    EXPECT_GE(json.indexOf(from), 0) << from;
    return json.replace(json.indexOf(from), qstrlen(from), to);
}

} // namespace

TEST(DirectoryLoader, LoadsEveryField)
{
    const auto directory = test::smallDirectory();
    ASSERT_EQ(directory->parties().size(), 3);
    const Party *party = directory->party(u"kindertelefoon"_qs);
    ASSERT_NE(party, nullptr);
    EXPECT_EQ(party->name.nl, u"De Kindertelefoon");
    EXPECT_EQ(party->kind, u"network");
    EXPECT_EQ(party->audiences, QStringList{u"pupil"_qs});
    EXPECT_EQ(party->themes, (QStringList{u"bullying"_qs, u"other"_qs}));
    EXPECT_EQ(party->schoolTypes.size(), 3);
    EXPECT_EQ(party->conditions.size(), 1);
    ASSERT_EQ(party->channels.size(), 1);
    EXPECT_EQ(party->channels.first().type, u"phone");
    EXPECT_EQ(party->channels.first().value, u"0800-0432");
    EXPECT_EQ(party->channels.first().hours.in(u"en"_qs), u"daily 11-21");
    EXPECT_EQ(party->assuredDate, QDate(2026, 11, 1));
    EXPECT_TRUE(directory->awaitingReview());
    EXPECT_EQ(directory->party(u"nobody"_qs), nullptr);
}

TEST(DirectoryLoader, ReportsDuplicatePartyIds)
{
    const Diagnostics problems
            = directoryProblems(directoryWith("\"id\": \"veilig-thuis\"", "\"id\": \"school-route\""));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(u"duplicate party id \"school-route\""));
    EXPECT_EQ(problems.first().line, 18);
    EXPECT_EQ(problems.first().column, 12);
    EXPECT_EQ(problems.first().jsonPath, u"$.parties[2].id");
}

TEST(DirectoryLoader, ReportsBadCodesDatesAndMissingFields)
{
    QByteArray json = directoryWith("\"audiences\": [\"pupil\"]", "\"audiences\": [\"pupils\"]");
    json.replace("\"assured_date\": \"2026-11-01\"},\n    {\"id\": \"veilig-thuis\"",
                 "\"assured_date\": \"1 nov\"},\n    {\"id\": \"veilig-thuis\"");
    json.replace("\"cannot\": [{\"nl\": \"Geen politie.\"}],", "");
    const Diagnostics problems = directoryProblems(json);
    EXPECT_TRUE(test::hasProblem(problems, u"unknown code \"pupils\" in \"audiences\""_qs));
    EXPECT_TRUE(test::hasProblem(problems, u"must be a date written as YYYY-MM-DD"_qs));
    EXPECT_TRUE(test::hasProblem(problems, u"missing required field \"cannot\""_qs));
    EXPECT_EQ(problems.size(), 3);
}

TEST(DirectoryLoader, RequiresCanAndCannot)
{
    const Diagnostics problems
            = directoryProblems(directoryWith("\"cannot\": [{\"nl\": \"Geen klacht behandelen.\"}]", "\"cannot\": []"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(u"\"cannot\" must not be empty"));
    EXPECT_EQ(problems.first().jsonPath, u"$.parties[1].cannot");
}

TEST(DirectoryLoader, RejectsUnknownChannelTypesAndPlainHttp)
{
    QByteArray json
            = directoryWith("{\"type\": \"phone\", \"value\": \"0800-2000\"}", "{\"type\": \"fax\", \"value\": \"1\"}");
    json.replace("\"channels\": [{\"type\": \"web\", \"value\": \"https://school.example\"}],",
                 "\"channels\": [{\"type\": \"web\", \"value\": \"https://school.example\"}], \"url\": "
                 "\"http://x.example\",");
    const Diagnostics problems = directoryProblems(json);
    EXPECT_TRUE(test::hasProblem(problems, u"\"type\" is \"fax\""_qs));
    EXPECT_TRUE(test::hasProblem(problems, u"must start with https://"_qs));
}

TEST(DirectoryLoader, OtherLanguagesAreNotKnownUnlessTheFileSaysTheListIsComplete)
{
    // Left out: only the listed languages are known.
    EXPECT_FALSE(test::smallDirectory()->party(u"veilig-thuis"_qs)->languagesComplete);
    const QByteArray complete = directoryWith("\"languages\": [\"nl\", \"en\"]",
                                              "\"languages\": [\"nl\", \"en\"], \"languages_complete\": true");
    const DirectoryLoadResult result = DirectoryLoader::load(JsonFileReader::readBytes(complete, u"d.json"_qs));
    ASSERT_TRUE(result.ok()) << qPrintable(result.diagnostics.value(0).toString());
    EXPECT_TRUE(result.directory->party(u"veilig-thuis"_qs)->languagesComplete);
    EXPECT_EQ(result.directory->party(u"veilig-thuis"_qs)->languages, (QStringList{u"nl"_qs, u"en"_qs}));

    const Diagnostics problems = directoryProblems(directoryWith(
            "\"languages\": [\"nl\", \"en\"]", "\"languages\": [\"nl\"], \"languages_complete\": \"yes\""));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().message, u"\"languages_complete\" must be a boolean, not a string"_qs);
    EXPECT_EQ(problems.first().jsonPath, u"$.parties[2].languages_complete");
}
