// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-language check of one text, as an editor calls it while the author types.
#include "content/LanguageCheck.h"
#include "content/JargonList.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {

std::shared_ptr<const JargonList> list(const QByteArray &json)
{
    const JargonList::LoadResult result = JargonList::load(JsonFileReader::readBytes(json, u"jargon.json"_qs));
    EXPECT_TRUE(result.ok()) << qPrintable(result.diagnostics.value(0).toString());
    return result.list;
}

const QByteArray DutchList = R"json({
  "format": 1, "language": "nl",
  "entries": [
    {"term": "witte vlek", "kind": "word", "plain": "geen passende organisatie", "forms": ["witte vlekken"]},
    {"term": "zedendelict", "kind": "word", "plain": "seksueel misbruik"},
    {"term": "samenwerkingsverband", "kind": "word", "plain": "de scholen in de regio",
     "explainedBy": ["scholen in de regio"]},
    {"term": "OPP", "kind": "abbreviation", "plain": "ontwikkelingsperspectiefplan (OPP)",
     "explainedBy": ["ontwikkelingsperspectiefplan"]}
  ]
})json";

const QByteArray EnglishList = R"({
  "format": 1, "language": "en",
  "entries": [{"term": "white spot", "kind": "word", "plain": "no organisation fits"}]
})";

class LanguageCheckTest : public ::testing::Test
{
protected:
    LanguageCheck m_check{list(DutchList), list(EnglishList)};
};

/// A sentence of \a words words ending in a full stop.
QString sentence(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(u"woord"_qs);
    return parts.join(u' ') + u'.';
}

QStringList subjects(const QList<LanguageHint> &hints)
{
    QStringList result;
    for (const LanguageHint &hint : hints)
        result.append(hint.subject);
    return result;
}

} // namespace

TEST_F(LanguageCheckTest, SentencesForCallersMayHaveTwentyWords)
{
    EXPECT_TRUE(m_check.check(sentence(20), u"nl"_qs, LanguageAudience::Callers).isEmpty());
    const QList<LanguageHint> hints = m_check.check(sentence(21), u"nl"_qs, LanguageAudience::Callers);
    ASSERT_EQ(hints.size(), 1);
    EXPECT_EQ(hints.at(0).rule, LanguageHint::Rule::SentenceLength);
    EXPECT_TRUE(hints.at(0).message.contains(u"sentence of 21 words, more than 20"_qs))
            << qPrintable(hints.at(0).message);
}

TEST_F(LanguageCheckTest, SentencesForPupilsMayHaveFifteenWords)
{
    EXPECT_TRUE(m_check.check(sentence(15), u"nl"_qs, LanguageAudience::Pupils).isEmpty());
    const QList<LanguageHint> hints = m_check.check(sentence(16), u"en"_qs, LanguageAudience::Pupils);
    ASSERT_EQ(hints.size(), 1);
    EXPECT_TRUE(hints.at(0).message.contains(u"more than 15 in a pupils' branch"_qs));
}

TEST_F(LanguageCheckTest, TheHintCoversTheLongSentenceOnly)
{
    const QString first = u"Bel ons."_qs;
    const QString text = first + u"  "_qs + sentence(21) + u" Daarna stoppen we."_qs;
    const QList<LanguageHint> hints = m_check.check(text, u"nl"_qs, LanguageAudience::Callers);
    ASSERT_EQ(hints.size(), 1);
    EXPECT_EQ(hints.at(0).start, first.size() + 2);
    EXPECT_EQ(text.mid(hints.at(0).start, hints.at(0).length), sentence(21));
    // The message quotes the beginning, so the author can find the sentence.
    EXPECT_TRUE(hints.at(0).message.contains(u"\"woord woord woord woord woord woord woord woord…\""_qs));
}

TEST_F(LanguageCheckTest, NumbersAndWebAddressesDoNotEndASentenceButLineBreaksAndQuestionMarksDo)
{
    // 9.00, Discriminatie.nl and 0800-0432 keep the sentence going: 25 words in one sentence.
    const QString oneSentence = u"Bel om 9.00 uur of kijk op Discriminatie.nl of bel 0800-0432 want dan kan iemand "
                                "met je praten over wat er op school gebeurd is."_qs;
    EXPECT_EQ(m_check.check(oneSentence, u"nl"_qs, LanguageAudience::Callers).size(), 1);
    // The same words split by a question mark or a line break are two short sentences.
    QString split = oneSentence;
    split.replace(u"0800-0432 want"_qs, u"0800-0432? Want"_qs);
    EXPECT_TRUE(m_check.check(split, u"nl"_qs, LanguageAudience::Callers).isEmpty());
    split = oneSentence;
    split.replace(u"0800-0432 want"_qs, u"0800-0432\nwant"_qs);
    EXPECT_TRUE(m_check.check(split, u"nl"_qs, LanguageAudience::Callers).isEmpty());
    // A dash between spaces is not a word.
    EXPECT_TRUE(m_check.check(sentence(20).replace(u" woord"_qs, u" — woord"_qs), u"nl"_qs, LanguageAudience::Callers)
                        .isEmpty());
}

TEST_F(LanguageCheckTest, FindsJargonAsWholeWordsWhateverTheCase)
{
    const QString text = u"Dit is een Witte Vlek. Er zijn witte vlekken. Een zedendelictje is geen zedendelict."_qs;
    const QList<LanguageHint> hints = m_check.check(text, u"nl"_qs, LanguageAudience::Callers);
    ASSERT_EQ(hints.size(), 3);
    EXPECT_EQ(subjects(hints), (QStringList{u"witte vlek"_qs, u"witte vlek"_qs, u"zedendelict"_qs}));
    EXPECT_EQ(text.mid(hints.at(0).start, hints.at(0).length), u"Witte Vlek");
    EXPECT_EQ(text.mid(hints.at(1).start, hints.at(1).length), u"witte vlekken");
    EXPECT_EQ(hints.at(2).start, text.lastIndexOf(u"zedendelict"_qs));
    EXPECT_EQ(hints.at(2).message, u"\"zedendelict\" is jargon; say \"seksueel misbruik\""_qs);
}

TEST_F(LanguageCheckTest, AnAbbreviationIsFineWhenTheSameTextWritesItOut)
{
    const QList<LanguageHint> bare
            = m_check.check(u"Vraag naar het OPP-gesprek."_qs, u"nl"_qs, LanguageAudience::Callers);
    ASSERT_EQ(bare.size(), 1);
    EXPECT_EQ(bare.at(0).subject, u"OPP");
    EXPECT_EQ(bare.at(0).message,
              u"abbreviation \"OPP\" is not written out in this text; write \"ontwikkelingsperspectiefplan (OPP)\""_qs);
    EXPECT_TRUE(m_check.check(u"Het ontwikkelingsperspectiefplan (OPP) wordt niet uitgevoerd. Vraag naar het OPP."_qs,
                              u"nl"_qs, LanguageAudience::Callers)
                        .isEmpty());
}

TEST_F(LanguageCheckTest, JargonThatTheTextExplainsIsFine)
{
    EXPECT_EQ(m_check.check(u"Bel het samenwerkingsverband."_qs, u"nl"_qs, LanguageAudience::Callers).size(), 1);
    EXPECT_TRUE(m_check.check(u"Bel het samenwerkingsverband: de scholen in de regio die samen hulp regelen."_qs,
                              u"nl"_qs, LanguageAudience::Callers)
                        .isEmpty());
}

TEST_F(LanguageCheckTest, EachLanguageHasItsOwnList)
{
    EXPECT_EQ(m_check.check(u"This is a white spot."_qs, u"en"_qs, LanguageAudience::Callers).size(), 1);
    EXPECT_TRUE(m_check.check(u"This is a white spot."_qs, u"nl"_qs, LanguageAudience::Callers).isEmpty());
    EXPECT_TRUE(m_check.check(u"Een witte vlek."_qs, u"en"_qs, LanguageAudience::Callers).isEmpty());
    // A language without a list still gets the sentence check.
    EXPECT_EQ(m_check.check(sentence(21), u"de"_qs, LanguageAudience::Callers).size(), 1);
}

TEST_F(LanguageCheckTest, HintsComeInTextOrder)
{
    const QString text = sentence(16) + u" Een witte vlek."_qs;
    const QList<LanguageHint> hints = m_check.check(text, u"nl"_qs, LanguageAudience::Pupils);
    ASSERT_EQ(hints.size(), 2);
    EXPECT_LT(hints.at(0).start, hints.at(1).start);
    EXPECT_EQ(hints.at(1).rule, LanguageHint::Rule::Jargon);
}

TEST(JargonListTest, TheShippedListsLoadForBothLanguages)
{
    for (const QString &language : {u"nl"_qs, u"en"_qs}) {
        const JargonList::LoadResult result = JargonList::loadFile(u":/language/jargon."_qs + language + u".json"_qs);
        ASSERT_TRUE(result.ok()) << qPrintable(result.diagnostics.value(0).toString());
        EXPECT_EQ(result.list->language(), language);
        EXPECT_GE(result.list->entries().size(), 10);
    }
    // The issue's own examples are on the Dutch list.
    const LanguageCheck shipped;
    EXPECT_EQ(subjects(shipped.check(u"Een witte vlek, een zedendelict en het OPP."_qs, u"nl"_qs,
                                     LanguageAudience::Callers)),
              (QStringList{u"witte vlek"_qs, u"zedendelict"_qs, u"OPP"_qs}));
}

TEST(JargonListTest, ReportsEveryProblemWithItsPlace)
{
    const QByteArray json = R"({
  "format": 1, "language": "de",
  "entries": [
    {"term": "witte vlek", "kind": "word", "plain": "x"},
    {"term": "Witte  Vlek", "kind": "word", "plain": "y"},
    {"term": "OPP", "kind": "abbreviation", "plain": "z"},
    {"term": "een twee drie vier vijf zes zeven acht negen", "kind": "word", "plain": "z"},
    {"term": "x", "kind": "slang", "plain": "z", "colour": "red"},
    {"term": "y", "kind": "word", "plain": "z", "forms": [""]}
  ]
})";
    const JargonList::LoadResult result = JargonList::load(JsonFileReader::readBytes(json, u"bad.json"_qs));
    ASSERT_FALSE(result.ok());
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines.append(diagnostic.toString());
    const QString all = lines.join(u'\n');
    const auto at = [&](const char *needle) {
        const SourceLocation location = JsonSourceMap::forText(json).locationOfOffset(json.indexOf(needle));
        return u"bad.json:%1:%2: error: "_qs.arg(location.line).arg(location.column);
    };
    EXPECT_TRUE(all.contains(at("\"de\"") + u"\"language\" is \"de\"; allowed are: nl, en [at $.language]"_qs))
            << qPrintable(all);
    EXPECT_TRUE(all.contains(at("\"Witte  Vlek\"") + u"\"Witte  Vlek\" is already listed at $.entries[0].term"_qs))
            << qPrintable(all);
    EXPECT_TRUE(all.contains(u"abbreviation \"OPP\" needs \"explainedBy\""_qs));
    EXPECT_TRUE(all.contains(u"must have 1 to 8 words"_qs));
    EXPECT_TRUE(all.contains(u"\"kind\" is \"slang\""_qs));
    EXPECT_TRUE(all.contains(u"unknown field \"colour\""_qs));
    EXPECT_TRUE(
            all.contains(u"\"forms\" must hold non-empty strings, not an empty string [at $.entries[5].forms[0]]"_qs))
            << qPrintable(all);
}

TEST(JargonListTest, RejectsHostileFilesBeforeReadingThem)
{
    EXPECT_FALSE(JargonList::load(JsonFileReader::readBytes("\xEF\xBB\xBF{}", u"bom.json"_qs)).ok());
    EXPECT_FALSE(JargonList::load(JsonFileReader::readBytes("{\"format\": 1, \"format\": 1}", u"dup.json"_qs)).ok());
    EXPECT_FALSE(JargonList::load(JsonFileReader::readBytes("[]", u"array.json"_qs)).ok());
    const JargonList::LoadResult empty = JargonList::load(
            JsonFileReader::readBytes(R"({"format": 1, "language": "nl", "entries": []})", u"empty.json"_qs));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.diagnostics.at(0).message.contains(u"must not be empty"_qs));
}
