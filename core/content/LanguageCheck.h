// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/JargonList.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace ww {

/// Who a text speaks to; pupils get shorter sentences (A2 instead of B1).
enum class LanguageAudience { Callers, Pupils };

/// One plain-language hint about a text, located in that text.
struct LanguageHint
{
    enum class Rule { SentenceLength, Jargon };

    Rule rule = Rule::SentenceLength;
    qsizetype start = 0; ///< in UTF-16 units of the checked text
    qsizetype length = 0;
    QString subject; ///< jargon: the term as the jargon list writes it; sentence length: the sentence
    QString message; ///< what is wrong and what to do, for people

    /// "sentence-length" or "jargon", as tree files name the rule in a language exception.
    static QString ruleCode(Rule rule);
};

/// Checks one text against the plain-language rules of docs/tree-format.md: sentences of at most 20 words
/// (15 for pupils) and no jargon or unexplained abbreviations from the jargon list of the text's language.
/// Cheap enough to run on every keystroke of an editor and over every text of a large tree.
class LanguageCheck
{
    Q_DECLARE_TR_FUNCTIONS(ww::LanguageCheck)

public:
    static constexpr int CallerSentenceLimit = 20;
    static constexpr int PupilSentenceLimit = 15;

    /// With the jargon lists shipped with the program.
    LanguageCheck();
    LanguageCheck(std::shared_ptr<const JargonList> dutch, std::shared_ptr<const JargonList> english);

    /// Hints for \a text written in \a language ("nl" or "en"), in the order they occur.
    QList<LanguageHint> check(QStringView text, const QString &language, LanguageAudience audience) const;

    static int sentenceLimit(LanguageAudience audience);

private:
    void checkSentences(QStringView text, LanguageAudience audience, QList<LanguageHint> &hints) const;
    void checkJargon(QStringView text, const JargonList &jargon, QList<LanguageHint> &hints) const;

    std::shared_ptr<const JargonList> m_dutch;
    std::shared_ptr<const JargonList> m_english;
};

} // namespace ww
