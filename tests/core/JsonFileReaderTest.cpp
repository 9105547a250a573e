// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace ww;

namespace {

Diagnostic onlyProblem(const QByteArray &bytes)
{
    const JsonInput input = JsonFileReader::readBytes(bytes, u"f.json"_qs);
    EXPECT_EQ(input.diagnostics.size(), 1);
    return input.diagnostics.value(0);
}

} // namespace

TEST(JsonFileReader, AcceptsAnObjectAndMapsPathsToLineAndColumn)
{
    const JsonInput input = JsonFileReader::readBytes("{\n  \"a\": [1,\n    {\"b\": \"x\"}]\n}", u"f.json"_qs);
    ASSERT_TRUE(input.ok());
    const SourceLocation b = input.sourceMap().valueLocation(u"$.a[1].b"_qs);
    EXPECT_EQ(b.line, 3);
    EXPECT_EQ(b.column, 11);
    const SourceLocation key = input.sourceMap().keyLocation(u"$.a[1].b"_qs);
    EXPECT_EQ(key.column, 6);
    // An unknown path falls back to its nearest recorded ancestor.
    const SourceLocation missing = input.sourceMap().valueLocation(u"$.a[1].nothere"_qs);
    EXPECT_EQ(missing.line, 3);
    EXPECT_EQ(missing.column, 5);
}

TEST(JsonFileReader, CountsColumnsInCharactersNotBytes)
{
    const JsonInput input = JsonFileReader::readBytes("{\"ééé\": 1, \"k\": 2}", u"f.json"_qs);
    ASSERT_TRUE(input.ok());
    EXPECT_EQ(input.sourceMap().valueLocation(u"$.k"_qs).column, 17);
}

TEST(JsonFileReader, RejectsAnEmptyFile)
{
    EXPECT_TRUE(onlyProblem("").message.contains(u"empty"));
    EXPECT_TRUE(onlyProblem("  \n\t ").message.contains(u"empty"));
}

TEST(JsonFileReader, RejectsAByteOrderMark)
{
    const Diagnostic problem = onlyProblem("\xEF\xBB\xBF{}");
    EXPECT_TRUE(problem.message.contains(u"byte order mark"));
    EXPECT_EQ(problem.line, 1);
    EXPECT_EQ(problem.column, 1);
}

TEST(JsonFileReader, LocatesInvalidUtf8)
{
    const Diagnostic problem = onlyProblem("{\n  \"a\": \"ok\",\n  \"b\": \"x\xC3\x28\"\n}");
    EXPECT_TRUE(problem.message.contains(u"UTF-8"));
    EXPECT_TRUE(problem.message.contains(u"0xc3"));
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 10);
}

TEST(JsonFileReader, RejectsOverlongAndSurrogateUtf8)
{
    EXPECT_TRUE(onlyProblem("{\"a\": \"\xC0\xAF\"}").message.contains(u"UTF-8"));
    EXPECT_TRUE(onlyProblem("{\"a\": \"\xED\xA0\x80\"}").message.contains(u"UTF-8"));
    EXPECT_TRUE(onlyProblem("{\"a\": \"\xF4\x90\x80\x80\"}").message.contains(u"UTF-8"));
}

TEST(JsonFileReader, ReportsSyntaxErrorsWithLineAndColumn)
{
    const Diagnostic problem = onlyProblem("{\n  \"a\": 1,\n  \"b\" 2\n}");
    EXPECT_TRUE(problem.message.startsWith(u"invalid JSON"));
    EXPECT_EQ(problem.line, 3);
    EXPECT_GE(problem.column, 6);
    EXPECT_TRUE(problem.toString().startsWith(u"f.json:3:"));
}

TEST(JsonFileReader, SurvivesNestingTensOfThousandsDeep)
{
    const QByteArray deep = QByteArray(50000, '[') + QByteArray(50000, ']');
    const Diagnostic problem = onlyProblem(deep);
    EXPECT_FALSE(problem.message.isEmpty());
    const QByteArray deepObject = "{\"a\":" + QByteArray(40000, '[') + QByteArray(40000, ']') + "}";
    EXPECT_FALSE(onlyProblem(deepObject).message.isEmpty());
}

TEST(JsonFileReader, LimitsNestingToWhatTheFormatNeeds)
{
    const int depth = JsonFileReader::MaxNestingDepth + 1;
    const QByteArray nested = "{\"a\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    const Diagnostic problem = onlyProblem(nested);
    EXPECT_TRUE(problem.message.contains(u"nesting is deeper than 64"));
    EXPECT_EQ(problem.line, 1);
}

TEST(JsonFileReader, ReportsDuplicateKeysThatQtWouldSilentlyMerge)
{
    const Diagnostic problem = onlyProblem("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}");
    EXPECT_TRUE(problem.message.contains(u"duplicate key \"id\""));
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 3);
    EXPECT_EQ(problem.jsonPath, u"$.id");
}

TEST(JsonFileReader, RejectsATopLevelThatIsNotAnObject)
{
    EXPECT_TRUE(onlyProblem("[1, 2]").message.contains(u"top level"));
}

TEST(JsonFileReader, RejectsFilesOverTheSizeLimit)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"big.json"_qs);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray big = "{\"a\": \"" + QByteArray(JsonFileReader::MaxFileBytes, 'x') + "\"}";
    file.write(big);
    file.close();
    const JsonInput input = JsonFileReader::readFile(path);
    ASSERT_EQ(input.diagnostics.size(), 1);
    EXPECT_TRUE(input.diagnostics.first().message.contains(u"larger than the limit of 8388608 bytes"));
}

TEST(JsonFileReader, NamesAFileThatCannotBeOpened)
{
    const JsonInput input = JsonFileReader::readFile(u"/nonexistent/tree.json"_qs);
    ASSERT_EQ(input.diagnostics.size(), 1);
    EXPECT_TRUE(input.diagnostics.first().toString().startsWith(u"/nonexistent/tree.json:0:0: error: cannot open"));
}

TEST(JsonSourceMap, CountsColumnsOnALongLineWithManyMultiByteCharacters)
{
    // One line of 3,000 "é" (two bytes each) and then a marker: the column is in characters.
    QByteArray line = "{\"a\": \"";
    for (int i = 0; i < 3000; ++i)
        line += "\xC3\xA9";
    line += "X\"}";
    const JsonSourceMap map = JsonSourceMap::forText(line);
    const SourceLocation at = map.locationOfOffset(line.indexOf('X'));
    EXPECT_EQ(at.line, 1);
    EXPECT_EQ(at.column, 8 + 3000);
}

TEST(JsonSourceMap, LocatesTheEndOfATextOfWholeBlocks)
{
    // Found by the directory fuzzer: a string left open at the end of a file of exactly 1,024 bytes was reported
    // at column -389, because the end of a text of whole blocks fell past the last block's count.
    for (const qsizetype size : {qsizetype(512), qsizetype(1024), qsizetype(4096)}) { // whole blocks of the map
        QByteArray text = "{\n\"a\": \"";
        text += QByteArray(size - text.size(), 'x');
        ASSERT_EQ(text.size(), size);
        const JsonInput input = JsonFileReader::readBytes(text, u"f.json"_qs);
        ASSERT_EQ(input.diagnostics.size(), 1);
        EXPECT_EQ(input.diagnostics.first().line, 2);
        EXPECT_EQ(input.diagnostics.first().column, int(size - 2 + 1))
                << input.diagnostics.first().toString().toStdString();
    }
}

TEST(JsonSourceMap, FindsAValueByItsStepsWithoutRecordingTheDocument)
{
    const QByteArray json = R"({"skip": {"a": "}]\"[{", "b": [1, {"x": 2}]},
  "nodes": [ {"id": "n0"},
             {"id": "n1", "options": [{"label": {"nl": "eerste"}}, {"label": {"nl": "tweede"}}]} ]})";
    const JsonSourceMap map = JsonSourceMap::forText(json);
    const qsizetype nodes = map.find(0, {JsonSourceMap::Step{u"nodes"_qs}});
    const QList<qsizetype> starts = map.elements(nodes);
    ASSERT_EQ(starts.size(), 2);
    EXPECT_EQ(starts.at(1), json.indexOf("{\"id\": \"n1\""));
    using Step = JsonSourceMap::Step;
    const qsizetype label
            = map.find(starts.at(1), {Step{u"options"_qs}, Step{{}, 1}, Step{u"label"_qs}, Step{u"nl"_qs}});
    EXPECT_EQ(label, json.indexOf("\"tweede\""));
    EXPECT_EQ(map.find(starts.at(0), {Step{u"options"_qs}}), -1);
    EXPECT_EQ(map.find(starts.at(1), {Step{u"options"_qs}, Step{{}, 5}}), -1);
    // A character inside that string, counted in UTF-16 units of the decoded text.
    const SourceLocation at = map.locationInStringAt(label, 3);
    const SourceLocation expected = map.locationOfOffset(label + 1 + 3);
    EXPECT_EQ(at.line, expected.line);
    EXPECT_EQ(at.column, expected.column);
}
