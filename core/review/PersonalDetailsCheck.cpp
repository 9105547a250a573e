// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalDetailsCheck.h"

#include "Vocabulary.h"

#include <QRegularExpression>

namespace ww {

namespace {

using Finding = PersonalDetailsCheck::Finding;
using Kind = PersonalDetailsCheck::Kind;

const QString &months()
{
    static const QString list = u"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                                "december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|"
                                "jun|jul|aug|sep|sept|okt|oct|nov|dec"_qs;
    return list;
}

/// Name particles that stay lower case inside a Dutch name: "Jan de Vries", "Els van der Berg".
bool isParticle(const QString &word)
{
    static const QStringList particles{u"van"_qs, u"de"_qs, u"der"_qs, u"den"_qs, u"ter"_qs, u"ten"_qs, u"te"_qs,
                                       u"het"_qs, u"'t"_qs, u"la"_qs,  u"le"_qs,  u"du"_qs,  u"di"_qs};
    return particles.contains(word);
}

/// Whether the word at \a start begins a sentence: only spaces, quotes or brackets since the text's
/// start or the last full stop, question mark, exclamation mark, colon or line break.
bool startsSentence(const QString &text, qsizetype start)
{
    for (qsizetype i = start - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'(' || c == u'“' || c == u'‘' || c == u'-')
            continue;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';';
    }
    return true;
}

bool overlaps(const QList<Finding> &findings, qsizetype start, qsizetype length)
{
    for (const Finding &finding : findings) {
        if (start < finding.start + finding.length && finding.start < start + length)
            return true;
    }
    return false;
}

} // namespace

QString PersonalDetailsCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return tr("a name");
    case Kind::Place:
        return tr("a place");
    case Kind::School:
        return tr("a school");
    case Kind::Date:
        return tr("a date");
    case Kind::PhoneNumber:
        return tr("a phone number");
    case Kind::EmailAddress:
        return tr("an e-mail address");
    }
    return {};
}

QString PersonalDetailsCheck::Finding::message() const
{
    return tr("“%1” may be %2.").arg(text, kindName(kind));
}

PersonalDetailsCheck::PersonalDetailsCheck(const QStringList &knownWords)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}'’]*"_qs);
    for (const QString &phrase : knownWords) {
        for (auto it = word.globalMatch(phrase); it.hasNext();)
            m_knownWords.insert(it.next().captured().toLower());
    }
}

bool PersonalDetailsCheck::isKnown(const QString &word) const
{
    return m_knownWords.contains(word.toLower());
}

QList<PersonalDetailsCheck::Finding> PersonalDetailsCheck::check(const QString &text) const
{
    QList<Finding> findings;
    const auto add = [&](Kind kind, qsizetype start, qsizetype length) {
        if (length > 0 && !overlaps(findings, start, length))
            findings.append({kind, start, length, text.mid(start, length)});
    };
    const auto addAll = [&](const QRegularExpression &pattern, Kind kind, int group = 0) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            add(kind, match.capturedStart(group), match.capturedLength(group));
        }
    };

    static const QRegularExpression email(u"[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+"_qs);
    addAll(email, Kind::EmailAddress);

    static const QRegularExpression isoDate(u"\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"_qs);
    static const QRegularExpression numericDate(u"\\b\\d{1,2}[-/.]\\d{1,2}(?:[-/.](?:\\d{4}|\\d{2}))?\\b"_qs);
    static const QRegularExpression namedDate(u"\\b\\d{1,2}\\s*(?:e\\s+)?(?:"_qs + months()
                                                      + u")\\b\\.?(?:\\s+\\d{4})?"_qs,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(u"\\b(?:"_qs + months() + u")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"_qs,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(u"\\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
                                            "monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:avond|"
                                            "ochtend|middag)?\\b"_qs,
                                            QRegularExpression::CaseInsensitiveOption);
    // Phone numbers before the short numeric dates, which a number's first digits would also match.
    static const QRegularExpression phone(u"(?<![\\w.])(?:\\+|00)?\\d[\\d \\-().]{6,}\\d(?![\\w])"_qs);
    addAll(isoDate, Kind::Date);
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString number = match.captured();
        const qsizetype digits = std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
        if (digits >= 8)
            add(Kind::PhoneNumber, match.capturedStart(), match.capturedLength());
    }
    addAll(namedDate, Kind::Date);
    addAll(monthDay, Kind::Date);
    addAll(numericDate, Kind::Date);
    addAll(weekday, Kind::Date);

    // A school by its kind: "basisschool De Regenboog", "obs Het Anker", "het Vathorst College".
    static const QRegularExpression schoolBefore(
            u"\\b(?i:basisschool|school|kindcentrum|scholengemeenschap|montessorischool|daltonschool|"
            "jenaplanschool|obs|cbs|pcbs|rkbs|kbs|ikc|sbo|vso|so)\\s+(?:(?i:de|het|'t)\\s+)?[A-Z][\\p{L}'’-]*"
            "(?:\\s+[A-Z][\\p{L}'’-]*)*"_qs);
    static const QRegularExpression schoolAfter(
            u"\\b(?:[A-Z][\\p{L}'’-]*\\s+)+(?:College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap|Campus|"
            "Academie|School)\\b"_qs);
    addAll(schoolBefore, Kind::School);
    addAll(schoolAfter, Kind::School);

    // A name after a title: "juf Sanne", "meneer De Groot", "mevrouw van Dijk".
    static const QRegularExpression titled(
            u"\\b(?i:juf|juffrouw|meester|meneer|mijnheer|mevrouw|mevr|mw|dhr|de heer|mr|mrs|ms|miss)\\.?\\s+"
            "((?:(?:van|de|der|den|ter|ten)\\s+)*[\\p{L}][\\p{L}'’-]*(?:\\s+(?:van|de|der|den|ter|ten)\\b)*"
            "(?:\\s+[A-Z][\\p{L}'’-]*)*)"_qs);
    addAll(titled, Kind::Name, 1);

    // A place after a preposition: "in Zwolle", "uit Den Haag".
    static const QRegularExpression place(
            u"\\b(?i:in|uit|te|bij|naar|rond|near|from)\\s+((?:(?i:den|de|het|'s)\\s+)?[A-Z][\\p{L}'’-]+"
            "(?:[- ][A-Z][\\p{L}'’-]+)*)"_qs);
    for (auto it = place.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!isKnown(match.captured(1).section(u' ', -1)))
            add(Kind::Place, match.capturedStart(1), match.capturedLength(1));
    }
    for (const QString &province : Vocabulary::provinces()) {
        const QRegularExpression name(u"\\b"_qs + QRegularExpression::escape(province) + u"\\b"_qs,
                                      QRegularExpression::CaseInsensitiveOption);
        addAll(name, Kind::Place);
    }

    // Other capitalised words inside a sentence, with the words and particles that follow them.
    static const QRegularExpression word(u"[\\p{L}][\\p{L}'’-]*"_qs);
    QList<QRegularExpressionMatch> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString token = words.at(i).captured();
        const bool acronym = token.size() <= 6 && token == token.toUpper();
        if (!token.at(0).isUpper() || acronym || isKnown(token) || startsSentence(text, words.at(i).capturedStart()))
            continue;
        qsizetype last = i;
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const QString next = words.at(j).captured();
            const QString between = text.mid(words.at(j - 1).capturedEnd(),
                                             words.at(j).capturedStart() - words.at(j - 1).capturedEnd());
            if (!between.trimmed().isEmpty())
                break;
            if (next.at(0).isUpper() && !isKnown(next))
                last = j;
            else if (!isParticle(next))
                break;
        }
        add(Kind::Name, words.at(i).capturedStart(), words.at(last).capturedEnd() - words.at(i).capturedStart());
        i = last;
    }

    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return findings;
}

} // namespace ww
