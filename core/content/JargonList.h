// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "json/JsonFileReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <array>
#include <memory>

namespace ww {

/// One word or abbreviation that callers may not understand (resources/language/jargon.LANG.json).
struct JargonEntry
{
    QString term; ///< as the list writes it, e.g. "witte vlek" or "OPP"
    bool abbreviation = false;
    QString plain;           ///< what to say instead; for an abbreviation, how to write it out
    QStringList forms;       ///< other spellings that count as the same term ("zedendelicten")
    QStringList explainedBy; ///< the term is fine in a text that also contains one of these
};

/// A jargon list for one language, with a word index so a text is searched in one pass.
class JargonList
{
    Q_DECLARE_TR_FUNCTIONS(ww::JargonList)

public:
    static constexpr qsizetype MaxEntries = 2000;
    static constexpr qsizetype MaxTermLength = 100;
    static constexpr qsizetype MaxWordsPerTerm = 8;

    struct LoadResult
    {
        std::shared_ptr<const JargonList> list; ///< null when there are diagnostics
        Diagnostics diagnostics;
        bool ok() const { return list != nullptr; }
    };

    /// An occurrence of an entry in a text, in UTF-16 units of that text.
    struct Match
    {
        qsizetype entry = 0;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    static LoadResult load(const JsonInput &input);
    static LoadResult loadFile(const QString &path);
    /// The list compiled into the program for \a language; an empty list when there is none.
    static std::shared_ptr<const JargonList> shipped(const QString &language);

    QString language() const { return m_language; }
    const QList<JargonEntry> &entries() const { return m_entries; }

    /// Every occurrence of a term or form in \a text: whole words, case-insensitive, longest first.
    QList<Match> find(QStringView text) const;
    /// Whether \a text explains entry \a index in words (one of its explainedBy phrases).
    bool isExplainedIn(qsizetype index, QStringView text) const;

private:
    struct Spelling
    {
        qsizetype entry = 0;
        QStringList words; ///< case-folded
    };

    void addSpelling(qsizetype entry, const QString &spelling);
    void buildIndex();

    QString m_language;
    QList<JargonEntry> m_entries;
    QList<Spelling> m_spellings;
    QHash<QStringView, QList<qsizetype>> m_byFirstWord; ///< views into m_spellings' words
    /// Per first character (ASCII, folded; 0 for any other), a bit per first-word length (63: longer): most
    /// words of a text are ruled out without hashing them.
    std::array<quint64, 128> m_firstWordShapes{};
};

/// Splits text into words as the language check counts them: runs of letters and digits.
namespace PlainWords {
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};
bool isWordCharacterSlow(QChar c);
/// Letters, digits and combining marks; inline for ASCII, which is nearly all of the text.
inline bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isWordCharacterSlow(c);
}
/// Appends the words of \a text to \a out.
template<typename Container>
void split(QStringView text, Container &out)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isWordCharacter(text[i]))
            ++i;
        out.append(Span{start, i - start});
    }
}
} // namespace PlainWords

} // namespace ww
