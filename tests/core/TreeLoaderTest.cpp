// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/TreeLoader.h"
#include "TestContent.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {

/// The small tree with \a from replaced by \a to (exactly once).
QByteArray treeWith(const char *from, const char *to)
{
    QByteArray json = test::smallTreeJson();
    const qsizetype at = json.indexOf(from);
    EXPECT_GE(at, 0) << "test tree does not contain " << from;
    EXPECT_EQ(json.indexOf(from, at + 1), -1) << "test tree contains more than once: " << from;
    return json.replace(at, qstrlen(from), to);
}

/// Line and column where \a needle first occurs in \a json.
SourceLocation locate(const QByteArray &json, const char *needle)
{
    const qsizetype at = json.indexOf(needle);
    EXPECT_GE(at, 0);
    return JsonSourceMap::forText(json).locationOfOffset(at);
}

const Diagnostic *find(const Diagnostics &problems, const QString &fragment)
{
    for (const Diagnostic &problem : problems) {
        if (problem.message.contains(fragment))
            return &problem;
    }
    return nullptr;
}

/// Expects exactly one problem containing \a fragment, located where \a needle starts.
void expectProblemAt(const QByteArray &json, const QString &fragment, const char *needle)
{
    const Diagnostics problems = test::treeProblems(json);
    const Diagnostic *problem = find(problems, fragment);
    ASSERT_NE(problem, nullptr) << "no problem containing " << qPrintable(fragment) << "; got "
                                << (problems.isEmpty() ? std::string("none")
                                                       : problems.first().toString().toStdString());
    const SourceLocation expected = locate(json, needle);
    EXPECT_EQ(problem->line, expected.line) << qPrintable(problem->toString());
    EXPECT_EQ(problem->column, expected.column) << qPrintable(problem->toString());
    EXPECT_FALSE(problem->jsonPath.isEmpty());
}

} // namespace

TEST(TreeLoader, LoadsAValidTree)
{
    const auto tree = test::smallTree();
    EXPECT_EQ(tree->version(), u"test-1");
    EXPECT_EQ(tree->nodes().size(), 7);
    EXPECT_EQ(tree->startNode().id, u"danger");
    EXPECT_TRUE(tree->awaitingReview());
    const TreeNode *white = tree->node(u"white-spot"_qs);
    ASSERT_NE(white, nullptr);
    EXPECT_TRUE(white->whiteSpot);
    EXPECT_TRUE(tree->node(u"urgent-help"_qs)->urgent);
    EXPECT_EQ(tree->node(u"caller"_qs)->agentNote.nl, u"Vraag niet naar namen.");
    EXPECT_EQ(tree->node(u"caller"_qs)->options.at(0).sets.callerRole, u"pupil");
    EXPECT_EQ(tree->node(u"bullying-help"_qs)->referrals.size(), 2);
}

TEST(TreeLoader, IdentityIsVersionPlusHashOfCanonicalContent)
{
    const auto tree = test::smallTree();
    EXPECT_TRUE(tree->identity().startsWith(u"test-1@sha256:"));
    EXPECT_EQ(tree->contentSha256().size(), 64);

    // Layout does not change the identity; content does.
    QByteArray reformatted = test::smallTreeJson();
    reformatted.replace("\n", "\n\n  ");
    const auto same = TreeLoader::load(JsonFileReader::readBytes(reformatted, u"r.json"_qs), *test::smallDirectory());
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.tree->identity(), tree->identity());

    const auto changed
            = TreeLoader::load(JsonFileReader::readBytes(treeWith("Bel nu 112.", "Bel direct 112."), u"c.json"_qs),
                               *test::smallDirectory());
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed.tree->version(), tree->version());
    EXPECT_NE(changed.tree->identity(), tree->identity());
}

TEST(TreeLoader, ReportsWrongTypes)
{
    expectProblemAt(treeWith("\"start\": \"danger\"", "\"start\": 7"), u"\"start\" must be a string, not a number"_qs,
                    "7,");
}

// Found by the tree fuzzer (tests/fuzz/corpus/tree/found-huge-number-for-an-integer.json): a number beyond
// int's range was converted to int before it was checked, which is undefined behaviour.
TEST(TreeLoader, ReportsAWholeNumberOutOfRangeInsteadOfConvertingIt)
{
    expectProblemAt(treeWith("\"format\": 1,", "\"format\": 1888888888888888888888888888888888888,"),
                    u"\"format\" must be a whole number from -2147483648 to 2147483647"_qs, "1888");
    expectProblemAt(treeWith("\"format\": 1,", "\"format\": -3000000000,"),
                    u"\"format\" must be a whole number from -2147483648 to 2147483647"_qs, "-3000");
    expectProblemAt(treeWith("\"format\": 1,", "\"format\": 1.5,"), u"\"format\" must be a whole number"_qs, "1.5");
}

TEST(TreeLoader, ReportsMissingDutchText)
{
    const QByteArray json
            = treeWith("{\"nl\": \"Wie belt er?\", \"en\": \"Who is calling?\"}", "{\"en\": \"Who is calling?\"}");
    expectProblemAt(json, u"Dutch text \"nl\" is missing"_qs, "{\"en\": \"Who is calling?\"}");
}

TEST(TreeLoader, ReportsDuplicateNodeIds)
{
    const QByteArray json = treeWith("{\"id\": \"pupil-help\"", "{\"id\": \"theme\"");
    expectProblemAt(json, u"duplicate node id \"theme\""_qs, "\"theme\", \"kind\": \"outcome\"");
}

TEST(TreeLoader, ReportsDuplicateOptionIds)
{
    expectProblemAt(treeWith("{\"id\": \"no\",", "{\"id\": \"yes\","), u"duplicate option id \"yes\""_qs,
                    "\"yes\", \"label\": {\"nl\": \"Nee\"");
}

TEST(TreeLoader, ReportsReferencesToMissingNodes)
{
    expectProblemAt(treeWith("\"next\": \"pupil-help\"", "\"next\": \"nowhere\""),
                    u"leads to node \"nowhere\", which does not exist"_qs, "\"nowhere\"");
}

TEST(TreeLoader, ReportsAMissingStartNode)
{
    expectProblemAt(treeWith("\"start\": \"danger\"", "\"start\": \"begin\""),
                    u"start node \"begin\" does not exist"_qs, "\"begin\"");
}

TEST(TreeLoader, ReportsReferencesToMissingParties)
{
    expectProblemAt(treeWith("{\"party\": \"veilig-thuis\"", "{\"party\": \"nobody\""),
                    u"party \"nobody\" is not in the referral directory"_qs, "\"nobody\"");
}

TEST(TreeLoader, ReportsUnreachableNodes)
{
    // The pupil option now skips pupil-help, which nothing else leads to.
    expectProblemAt(treeWith("\"next\": \"pupil-help\"", "\"next\": \"bullying-help\""),
                    u"node \"pupil-help\" cannot be reached"_qs, "\"pupil-help\", \"kind\"");
}

TEST(TreeLoader, ReportsCycles)
{
    const QByteArray json = treeWith("\"next\": \"white-spot\"", "\"next\": \"caller\"");
    expectProblemAt(json, u"closes a cycle: caller → theme → caller"_qs,
                    "\"caller\", \"sets\": {\"theme\": \"other\"}");
}

TEST(TreeLoader, ReportsAnOptionThatLeadsToItself)
{
    expectProblemAt(treeWith("\"next\": \"urgent-help\"", "\"next\": \"danger\""),
                    u"closes a cycle: danger → danger"_qs, "\"danger\"}");
}

TEST(TreeLoader, ReportsQuestionsWithoutOptions)
{
    const QByteArray json
            = treeWith("\"options\": [\n       {\"id\": \"bullying\", \"label\": {\"nl\": \"Pesten\"}, "
                       "\"next\": \"bullying-help\", \"sets\": {\"theme\": \"bullying\"}},\n       {\"id\": "
                       "\"other\", \"label\": {\"nl\": \"Iets anders\"}, \"next\": \"white-spot\", \"sets\": "
                       "{\"theme\": \"other\"}}]",
                       "\"options\": []");
    const Diagnostics problems = test::treeProblems(json);
    EXPECT_NE(find(problems, u"\"options\" must not be empty"_qs), nullptr);
}

TEST(TreeLoader, ReportsMoreOptionsThanKeys)
{
    QByteArray options;
    for (int i = 1; i <= 10; ++i)
        options += "{\"id\": \"o" + QByteArray::number(i)
                + "\", \"label\": {\"nl\": \"x\"}, \"next\": \"white-spot\"},";
    options.chop(1);
    const QByteArray json
            = treeWith("{\"id\": \"other\", \"label\": {\"nl\": \"Iets anders\"}, \"next\": \"white-spot\", "
                       "\"sets\": {\"theme\": \"other\"}}",
                       options.constData());
    EXPECT_NE(find(test::treeProblems(json), u"\"options\" has 11 items; the limit is 9"_qs), nullptr);
}

TEST(TreeLoader, ReportsUnknownFieldsAndCodes)
{
    expectProblemAt(treeWith("\"urgent\": true", "\"urgant\": true"), u"unknown field \"urgant\""_qs, "\"urgant\"");
    expectProblemAt(treeWith("{\"callerRole\": \"pupil\"}", "{\"callerRole\": \"teacher\"}"),
                    u"\"callerRole\" is \"teacher\"; allowed are"_qs, "\"teacher\"");
}

TEST(TreeLoader, ReportsAnOutcomeWithoutReferralsThatIsNoWhiteSpot)
{
    const QByteArray json = treeWith("\"whiteSpot\": true, ", "");
    EXPECT_NE(find(test::treeProblems(json), u"\"referrals\" must not be empty"_qs), nullptr);
}

TEST(TreeLoader, ReportsAnUnsupportedFormat)
{
    expectProblemAt(treeWith("\"format\": 1", "\"format\": 2"), u"format 2 is not supported"_qs, "2,");
}

TEST(TreeLoader, ReportsAllProblemsAtOnce)
{
    QByteArray json = treeWith("\"next\": \"pupil-help\"", "\"next\": \"nowhere\"");
    json.replace("{\"party\": \"veilig-thuis\"", "{\"party\": \"nobody\"");
    json.replace("\"version\": \"test-1\"", "\"version\": \"bad version!\"");
    const Diagnostics problems = test::treeProblems(json);
    EXPECT_NE(find(problems, u"does not exist"_qs), nullptr);
    EXPECT_NE(find(problems, u"not in the referral directory"_qs), nullptr);
    EXPECT_NE(find(problems, u"does not match the pattern"_qs), nullptr);
    EXPECT_NE(find(problems, u"cannot be reached"_qs), nullptr); // pupil-help lost its only way in
    EXPECT_GE(problems.size(), 4);
    for (const Diagnostic &problem : problems)
        EXPECT_TRUE(problem.toString().startsWith(u"t.json:")) << qPrintable(problem.toString());
}

TEST(TreeLoader, ReportsHostileInputInsteadOfCrashing)
{
    EXPECT_FALSE(test::treeProblems("").isEmpty());
    EXPECT_FALSE(test::treeProblems("\xEF\xBB\xBF{}").isEmpty());
    EXPECT_FALSE(test::treeProblems("{\"nodes\": \"\xFF\"}").isEmpty());
    EXPECT_FALSE(test::treeProblems(QByteArray(30000, '[') + QByteArray(30000, ']')).isEmpty());
    EXPECT_FALSE(test::treeProblems("{}").isEmpty());
    EXPECT_FALSE(test::treeProblems("{\"nodes\": [1, \"x\", null, {}]}").isEmpty());
}

TEST(TreeLoader, HandlesALongChainWithoutExhaustingTheStack)
{
    // 20,000 questions in a row, the last looping back to the first.
    QByteArray json = "{\"format\": 1, \"version\": \"chain\", \"review\": {\"status\": \"approved\"}, "
                      "\"title\": {\"nl\": \"Ketting\"}, \"start\": \"n0\", \"nodes\": [";
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        const QByteArray next = "n" + QByteArray::number((i + 1) % count);
        json += "{\"id\": \"n" + QByteArray::number(i)
                + "\", \"kind\": \"question\", \"text\": {\"nl\": \"v\"}, "
                  "\"options\": [{\"id\": \"a\", \"label\": {\"nl\": \"a\"}, \"next\": \""
                + next + "\"}]},";
    }
    json.chop(1);
    json += "]}";
    const Diagnostics problems = test::treeProblems(json);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(u"closes a cycle"));
}
