// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-language warnings of a whole tree: which texts, which audience, where, and the exceptions.
#include "content/TreeLanguageCheck.h"
#include "TestContent.h"
#include "content/JargonList.h"
#include "content/PupilBranches.h"
#include "tree/TreeLoader.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace ww;

namespace {

std::shared_ptr<const JargonList> list(const QByteArray &json)
{
    const JargonList::LoadResult result = JargonList::load(JsonFileReader::readBytes(json, u"jargon.json"_qs));
    EXPECT_TRUE(result.ok()) << qPrintable(result.diagnostics.value(0).toString());
    return result.list;
}

// Sixteen words: too long for pupils (15), fine for other callers (20).
#define SIXTEEN "Woord woord woord woord woord woord woord woord woord woord woord woord woord woord woord woord."

/// caller → (pupil) pupil-only → shared; caller → (parent) parent-only → shared | (child) pupil-later.
const QByteArray Tree = R"({
  "format": 1, "version": "t-1", "review": {"status": "awaiting-review"},
  "title": {"nl": "Een witte vlek in de titel telt niet"}, "start": "caller",
  "nodes": [
    {"id": "caller", "kind": "question", "text": {"nl": "Wie belt er?", "en": "Who is calling?"},
     "note": {"nl": "Een witte vlek in een notitie voor de medewerker telt niet. )" SIXTEEN R"( Zo."},
     "options": [
       {"id": "pupil", "label": {"nl": "Leerling"}, "next": "pupil-only", "sets": {"callerRole": "pupil"}},
       {"id": "parent", "label": {"nl": "Ouder"}, "next": "parent-only", "sets": {"callerRole": "parent"}}]},
    {"id": "pupil-only", "kind": "question", "text": {"nl": ")" SIXTEEN R"("},
     "options": [{"id": "verder", "label": {"nl": "Verder"}, "next": "shared"}]},
    {"id": "parent-only", "kind": "question", "text": {"nl": ")" SIXTEEN R"("},
     "options": [
       {"id": "verder", "label": {"nl": "Verder"}, "next": "shared"},
       {"id": "kind", "label": {"nl": "Mijn kind praat nu verder"}, "next": "pupil-later",
        "sets": {"callerRole": "pupil"}}]},
    {"id": "shared", "kind": "outcome", "text": {"nl": ")" SIXTEEN R"("},
     "referrals": [{"party": "kindertelefoon",
                    "script": {"nl": "Zie \"dit\": één witte vlek.", "en": "A white spot."}}]},
    {"id": "pupil-later", "kind": "outcome", "text": {"nl": "Praat erover."},
     "referrals": [{"party": "kindertelefoon", "script": {"nl": "Bel gerust."}}]}
  ]
})";

class TreeLanguageCheckTest : public ::testing::Test
{
protected:
    Diagnostics warningsFor(const QByteArray &json)
    {
        const JsonInput input = JsonFileReader::readBytes(json, u"t.tree.json"_qs);
        const TreeLoadResult loaded = TreeLoader::load(input, *test::smallDirectory());
        EXPECT_TRUE(loaded.ok()) << qPrintable(loaded.diagnostics.value(0).toString());
        if (!loaded.ok())
            return {};
        return m_check.check(*loaded.tree, input);
    }

    static QStringList paths(const Diagnostics &diagnostics)
    {
        QStringList result;
        for (const Diagnostic &diagnostic : diagnostics)
            result.append(diagnostic.jsonPath);
        return result;
    }

    TreeLanguageCheck m_check{LanguageCheck(list(R"({"format": 1, "language": "nl",
                      "entries": [{"term": "witte vlek", "kind": "word", "plain": "x"}]})"),
                                            list(R"({"format": 1, "language": "en",
                      "entries": [{"term": "white spot", "kind": "word", "plain": "y"}]})"))};
};

/// \a json with \a from replaced by \a to, once.
QByteArray with(QByteArray json, const char *from, const char *to)
{
    EXPECT_GE(json.indexOf(from), 0) << from;
    return json.replace(json.indexOf(from), qstrlen(from), to);
}

} // namespace

TEST_F(TreeLanguageCheckTest, PupilsBranchesAreWhatAWalkCanReachAsAPupil)
{
    const JsonInput input = JsonFileReader::readBytes(Tree, u"t.tree.json"_qs);
    const TreeLoadResult loaded = TreeLoader::load(input, *test::smallDirectory());
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.diagnostics.value(0).toString());
    const PupilBranches pupils(*loaded.tree);
    QStringList pupilNodes;
    for (qsizetype i = 0; i < loaded.tree->nodes().size(); ++i) {
        if (pupils.contains(i))
            pupilNodes.append(loaded.tree->nodes().at(i).id);
    }
    // The shared outcome is reached by pupils too; parent-only is not, although a pupil answer leaves it.
    EXPECT_EQ(pupilNodes, (QStringList{u"pupil-only"_qs, u"shared"_qs, u"pupil-later"_qs}));
}

TEST_F(TreeLanguageCheckTest, WarnsAboutTextsForCallersOnlyWithTheLimitOfTheirAudience)
{
    const Diagnostics warnings = warningsFor(Tree);
    // Not the title, not the agent's note, not parent-only's sixteen words (callers may have twenty).
    EXPECT_EQ(paths(warnings),
              (QStringList{u"$.nodes[1].text.nl"_qs, u"$.nodes[3].text.nl"_qs, u"$.nodes[3].referrals[0].script.nl"_qs,
                           u"$.nodes[3].referrals[0].script.en"_qs}));
    for (const Diagnostic &warning : warnings) {
        EXPECT_TRUE(warning.isWarning());
        EXPECT_TRUE(warning.toString().startsWith(u"t.tree.json:"_qs));
        EXPECT_TRUE(warning.toString().contains(u": warning: "_qs)) << qPrintable(warning.toString());
    }
    EXPECT_TRUE(warnings.at(0).message.contains(u"in a pupils' branch"_qs));
}

TEST_F(TreeLanguageCheckTest, PointsAtTheWordInTheFileEvenAfterEscapesAndAccents)
{
    const Diagnostics warnings = warningsFor(Tree);
    ASSERT_EQ(warnings.size(), 4);
    const SourceLocation word = JsonSourceMap::forText(Tree).locationOfOffset(Tree.indexOf("witte vlek."));
    EXPECT_EQ(warnings.at(2).line, word.line);
    EXPECT_EQ(warnings.at(2).column, word.column);
    const SourceLocation english = JsonSourceMap::forText(Tree).locationOfOffset(Tree.indexOf("white spot"));
    EXPECT_EQ(warnings.at(3).column, english.column);
}

TEST_F(TreeLanguageCheckTest, LocatesWarningsInACompactFileLikeInAnIndentedOne)
{
    const QByteArray compact = QJsonDocument::fromJson(Tree).toJson(QJsonDocument::Compact);
    const Diagnostics warnings = warningsFor(compact);
    ASSERT_EQ(warnings.size(), 4);
    // Everything is on line 1; the column is the word's, counted in characters.
    const qsizetype byte = compact.indexOf("witte vlek.");
    const int column = int(QString::fromUtf8(compact.left(byte)).size()) + 1;
    EXPECT_EQ(warnings.at(2).line, 1);
    EXPECT_EQ(warnings.at(2).column, column);
    EXPECT_EQ(warnings.at(2).jsonPath, u"$.nodes[3].referrals[0].script.nl");
}

TEST_F(TreeLanguageCheckTest, ExceptionsExcuseWhatTheyNameAndNothingElse)
{
    const QByteArray json = with(Tree, R"({"id": "shared", "kind": "outcome",)",
                                 R"({"id": "shared", "kind": "outcome", "languageExceptions": [
       {"rule": "jargon", "word": "Witte Vlek", "language": "nl", "reason": "Vakterm, hier uitgelegd."},
       {"rule": "sentence-length", "sentence": "woord   woord woord", "reason": "Voorbeeldzin."}],)");
    // Only the English jargon is left in this node: the Dutch exception does not cover it.
    const Diagnostics warnings = warningsFor(json);
    EXPECT_EQ(paths(warnings), (QStringList{u"$.nodes[1].text.nl"_qs, u"$.nodes[3].referrals[0].script.en"_qs}));
}

TEST_F(TreeLanguageCheckTest, AnExceptionThatExcusesNothingIsAWarningItself)
{
    const QByteArray json = with(Tree, R"({"id": "parent-only", "kind": "question",)",
                                 R"({"id": "parent-only", "kind": "question", "languageExceptions": [
       {"rule": "sentence-length", "sentence": "Woord woord", "reason": "Was ooit te lang."}],)");
    const Diagnostics warnings = warningsFor(json);
    ASSERT_EQ(warnings.size(), 5);
    const Diagnostic &stale = warnings.at(1);
    EXPECT_EQ(stale.jsonPath, u"$.nodes[2].languageExceptions[0]");
    EXPECT_EQ(
            stale.message,
            u"this language exception for the sentence \"Woord woord\" excuses no warning in this node; remove it"_qs);
    const SourceLocation at
            = JsonSourceMap::forText(json).locationOfOffset(json.indexOf("{\"rule\": \"sentence-length\""));
    EXPECT_EQ(stale.line, at.line);
    EXPECT_EQ(stale.column, at.column);
}

TEST_F(TreeLanguageCheckTest, TheLoaderRejectsMalformedExceptions)
{
    const auto problems = [&](const char *exception) {
        const QByteArray json
                = with(Tree, R"({"id": "shared", "kind": "outcome",)",
                       QByteArray(QByteArray(R"({"id": "shared", "kind": "outcome", "languageExceptions": [)")
                                  + exception + "],")
                               .constData());
        return TreeLoader::load(JsonFileReader::readBytes(json, u"t.json"_qs), *test::smallDirectory()).diagnostics;
    };
    EXPECT_TRUE(
            test::hasProblem(problems(R"({"rule": "jargon", "reason": "x"})"), u"missing required field \"word\""_qs));
    EXPECT_TRUE(
            test::hasProblem(problems(R"({"rule": "jargon", "word": "x"})"), u"missing required field \"reason\""_qs));
    EXPECT_TRUE(
            test::hasProblem(problems(R"({"rule": "sentence-length", "sentence": "x", "word": "y", "reason": "z"})"),
                             u"\"word\" does not belong to rule \"sentence-length\"; use \"sentence\""_qs));
    EXPECT_TRUE(test::hasProblem(problems(R"({"rule": "spelling", "word": "x", "reason": "z"})"),
                                 u"\"rule\" is \"spelling\"; allowed are: jargon, sentence-length"_qs));
    EXPECT_TRUE(test::hasProblem(problems(R"({"rule": "jargon", "word": "x", "reason": "z", "language": "de"})"),
                                 u"\"language\" is \"de\""_qs));
    EXPECT_TRUE(test::hasProblem(problems(R"("jargon")"), u"a language exception must be an object"_qs));
    EXPECT_TRUE(test::hasProblem(problems(R"({"rule": "jargon", "word": "x", "reason": "z", "because": "q"})"),
                                 u"unknown field \"because\""_qs));
}
