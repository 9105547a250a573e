// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageCheck.h"

#include <algorithm>

namespace ww {

namespace {

constexpr int QuotedWords = 8; // how much of a long sentence a message repeats

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

bool closesQuote(QChar c)
{
    return c == u')' || c == u'"' || c == u'\'' || c == u'’' || c == u'”' || c == u'»';
}

/// The first words of \a sentence, to name it in a message.
QString opening(QStringView sentence)
{
    qsizetype words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const bool space = sentence[i].isSpace();
        if (!space && !inWord && ++words > QuotedWords)
            return sentence.left(i).trimmed().toString() + u'…';
        inWord = !space;
    }
    return sentence.toString();
}

} // namespace

QString LanguageHint::ruleCode(Rule rule)
{
    return rule == Rule::Jargon ? u"jargon"_qs : u"sentence-length"_qs;
}

LanguageCheck::LanguageCheck()
    : LanguageCheck(JargonList::shipped(u"nl"_qs), JargonList::shipped(u"en"_qs))
{ }

LanguageCheck::LanguageCheck(std::shared_ptr<const JargonList> dutch, std::shared_ptr<const JargonList> english)
    : m_dutch(std::move(dutch))
    , m_english(std::move(english))
{ }

int LanguageCheck::sentenceLimit(LanguageAudience audience)
{
    return audience == LanguageAudience::Pupils ? PupilSentenceLimit : CallerSentenceLimit;
}

QList<LanguageHint> LanguageCheck::check(QStringView text, const QString &language, LanguageAudience audience) const
{
    QList<LanguageHint> hints;
    checkSentences(text, audience, hints);
    const JargonList *jargon = language == u"en" ? m_english.get() : language == u"nl" ? m_dutch.get() : nullptr;
    if (jargon)
        checkJargon(text, *jargon, hints);
    std::stable_sort(hints.begin(), hints.end(),
                     [](const LanguageHint &a, const LanguageHint &b) { return a.start < b.start; });
    return hints;
}

void LanguageCheck::checkSentences(QStringView text, LanguageAudience audience, QList<LanguageHint> &hints) const
{
    // A sentence ends at . ! or ? before a space or the end (so 9.00 and Discriminatie.nl go on), or at a line
    // break. A word is anything between spaces with a letter or digit in it; "—" and "-" alone are not words.
    const int limit = sentenceLimit(audience);
    const qsizetype size = text.size();
    qsizetype start = -1;
    int words = 0;
    bool inToken = false;
    bool tokenHasWord = false;
    const auto finish = [&](qsizetype end) {
        if (inToken && tokenHasWord)
            ++words;
        if (start >= 0 && words > limit) {
            const QStringView sentence = text.mid(start, end - start).trimmed();
            const QString quoted = opening(sentence);
            LanguageHint hint;
            hint.rule = LanguageHint::Rule::SentenceLength;
            hint.start = start;
            hint.length = sentence.size();
            hint.subject = sentence.toString();
            hint.message = audience == LanguageAudience::Pupils
                    ? tr("sentence of %1 words, more than %2 in a pupils' branch: \"%3\"")
                              .arg(words)
                              .arg(limit)
                              .arg(quoted)
                    : tr("sentence of %1 words, more than %2: \"%3\"").arg(words).arg(limit).arg(quoted);
            hints.append(hint);
        }
        start = -1;
        words = 0;
        inToken = tokenHasWord = false;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            finish(i);
            continue;
        }
        if (c.isSpace()) {
            if (inToken && tokenHasWord)
                ++words;
            inToken = tokenHasWord = false;
            continue;
        }
        if (start < 0)
            start = i;
        inToken = true;
        tokenHasWord = tokenHasWord || PlainWords::isWordCharacter(c);
        if (endsSentence(c)) {
            qsizetype next = i + 1;
            while (next < size && (endsSentence(text[next]) || closesQuote(text[next])))
                ++next;
            if (next == size || text[next].isSpace()) {
                finish(next);
                i = next - 1;
            }
        }
    }
    finish(size);
}

void LanguageCheck::checkJargon(QStringView text, const JargonList &jargon, QList<LanguageHint> &hints) const
{
    for (const JargonList::Match &match : jargon.find(text)) {
        const JargonEntry &entry = jargon.entries().at(match.entry);
        if (jargon.isExplainedIn(match.entry, text))
            continue;
        const QString written = text.mid(match.start, match.length).toString();
        LanguageHint hint;
        hint.rule = LanguageHint::Rule::Jargon;
        hint.start = match.start;
        hint.length = match.length;
        hint.subject = entry.term;
        if (entry.abbreviation)
            hint.message
                    = tr("abbreviation \"%1\" is not written out in this text; write \"%2\"").arg(written, entry.plain);
        else if (!entry.explainedBy.isEmpty())
            hint.message = tr("\"%1\" is jargon and not explained in this text; say \"%2\", or explain it")
                                   .arg(written, entry.plain);
        else
            hint.message = tr("\"%1\" is jargon; say \"%2\"").arg(written, entry.plain);
        hints.append(hint);
    }
}

} // namespace ww
