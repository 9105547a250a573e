// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace ww {

/// Looks for what could make a person recognisable in a short text meant to be shared, such as the
/// summary of a case for the expertise network: names, places, school names, dates, phone numbers and
/// e-mail addresses. It warns; the person writing decides.
///
/// A heuristic, written for Dutch (and English) summaries, with known limits:
/// - Names and places are words with a capital letter inside a sentence, after a title (juf, meester,
///   meneer, mevrouw, mr, …) or after "in", "uit", "te", "bij", "naar". A name written in lower case, or at
///   the very start of a sentence and alone, is not found; an ordinary word with a capital (a brand, a
///   party not in the known words) is found and must be waved through by the writer.
/// - Schools are found by their kind ("basisschool De Regenboog", "obs", "Het Baken College"), not from a
///   list: a school named without its kind is found, if at all, as a name.
/// - Dates are numeric dates, a day with a month's name, and weekdays (with the month of contact a
///   weekday is close to a date). Times of day and ages are not looked for.
/// - Phone numbers are runs of 8 or more digits with spaces, dashes, dots or brackets between them.
class PersonalDetailsCheck
{
    Q_DECLARE_TR_FUNCTIONS(ww::PersonalDetailsCheck)

public:
    enum class Kind { Name, Place, School, Date, PhoneNumber, EmailAddress };
    struct Finding
    {
        Kind kind;
        qsizetype start = 0;
        qsizetype length = 0;
        QString text;
        /// What to check, in the installed language: "“Jan de Vries” may be a name."
        QString message() const;
    };

    /// \a knownWords: capitalised words that are fine (party names, the tree's terms), matched without
    /// regard to case.
    explicit PersonalDetailsCheck(const QStringList &knownWords = {});

    /// Every finding in \a text, in the order they appear; overlapping findings are reported once.
    QList<Finding> check(const QString &text) const;

    static QString kindName(Kind kind);

private:
    bool isKnown(const QString &word) const;

    QSet<QString> m_knownWords;
};

} // namespace ww
