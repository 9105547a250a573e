// SPDX-License-Identifier: GPL-3.0-or-later
#include "JargonList.h"

#include "Vocabulary.h"
#include "content/ContentRules.h"
#include "json/JsonObjectReader.h"

#include <QMutex>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>

namespace ww {

namespace PlainWords {

bool isWordCharacterSlow(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace PlainWords

namespace {

/// The slot of m_firstWordShapes for a word starting with \a c.
qsizetype shapeSlot(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 128)
        return 0;
    return u >= u'A' && u <= u'Z' ? u + 32 : u;
}

quint64 lengthBit(qsizetype length)
{
    return quint64(1) << std::min<qsizetype>(length, 63);
}

constexpr qsizetype MaxPhrases = 100; // forms or explanations of one entry

QString folded(QStringView text)
{
    return text.toString().toCaseFolded();
}

/// Reads an optional array of non-empty strings, each checked by \a check (which reports and returns false).
QStringList readStrings(ValidationContext &context, JsonObjectReader &reader, const QString &key,
                        const std::function<bool(const QString &, const QString &)> &check)
{
    QStringList result;
    const auto items = reader.array(key, Presence::Optional, 0, MaxPhrases);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const QString path = JsonPath::index(reader.memberPath(key), i);
        const QJsonValue item = items->at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            context.error(path,
                          JargonList::tr("\"%1\" must hold non-empty strings, not %2")
                                  .arg(key,
                                       item.isString() ? JargonList::tr("an empty string")
                                                       : JsonObjectReader::typeName(item)));
            continue;
        }
        if (check(item.toString(), path))
            result.append(item.toString());
    }
    return result;
}

} // namespace

void JargonList::addSpelling(qsizetype entry, const QString &spelling)
{
    QList<PlainWords::Span> spans;
    PlainWords::split(spelling, spans);
    Spelling added{entry, {}};
    for (const PlainWords::Span &span : std::as_const(spans))
        added.words.append(folded(QStringView(spelling).mid(span.start, span.length)));
    m_spellings.append(added);
}

void JargonList::buildIndex()
{
    for (qsizetype i = 0; i < m_spellings.size(); ++i) {
        const QString &first = m_spellings.at(i).words.constFirst();
        m_byFirstWord[QStringView(first)].append(i);
        m_firstWordShapes[shapeSlot(first.front())] |= lengthBit(first.size());
    }
}

JargonList::LoadResult JargonList::loadFile(const QString &path)
{
    return load(JsonFileReader::readFile(path));
}

JargonList::LoadResult JargonList::load(const JsonInput &input)
{
    LoadResult result;
    if (!input.ok()) {
        result.diagnostics = input.diagnostics;
        return result;
    }
    ValidationContext context(input);
    auto list = std::make_shared<JargonList>();
    JsonObjectReader root(context, input.root, u"$"_qs);
    root.rejectUnknownKeys({u"$schema"_qs, u"format"_qs, u"language"_qs, u"entries"_qs});
    if (const auto format = root.integer(u"format"_qs, Presence::Required);
        format && *format != ContentRules::FormatVersion) {
        context.error(root.memberPath(u"format"_qs),
                      tr("format %1 is not supported; this program reads format %2")
                              .arg(*format)
                              .arg(ContentRules::FormatVersion));
    }
    list->m_language = root.code(u"language"_qs, Vocabulary::languages(), Presence::Required);

    QHash<QString, QString> pathBySpelling; // folded words joined by a space → where first listed
    const auto checkSpelling = [&](const QString &spelling, const QString &path) {
        QList<PlainWords::Span> spans;
        PlainWords::split(spelling, spans);
        if (spelling.size() > MaxTermLength) {
            context.error(path,
                          tr("\"%1\" is longer than %2 characters").arg(spelling.left(20) + u'…').arg(MaxTermLength));
            return false;
        }
        if (spans.isEmpty() || spans.size() > MaxWordsPerTerm) {
            context.error(path,
                          tr("\"%1\" must have 1 to %2 words (letters or digits)").arg(spelling).arg(MaxWordsPerTerm));
            return false;
        }
        QStringList words;
        for (const PlainWords::Span &span : std::as_const(spans))
            words.append(folded(QStringView(spelling).mid(span.start, span.length)));
        const QString key = words.join(u' ');
        if (const auto first = pathBySpelling.constFind(key); first != pathBySpelling.cend()) {
            context.error(path, tr("\"%1\" is already listed at %2").arg(spelling, first.value()));
            return false;
        }
        pathBySpelling.insert(key, path);
        return true;
    };
    const auto noCheck = [](const QString &, const QString &) { return true; };

    const auto entries = root.array(u"entries"_qs, Presence::Required, 1, MaxEntries);
    for (qsizetype i = 0; entries && i < entries->size(); ++i) {
        const QString path = JsonPath::index(root.memberPath(u"entries"_qs), i);
        if (!entries->at(i).isObject()) {
            context.error(path, tr("an entry must be an object"));
            continue;
        }
        JsonObjectReader reader(context, entries->at(i).toObject(), path);
        reader.rejectUnknownKeys({u"term"_qs, u"kind"_qs, u"plain"_qs, u"forms"_qs, u"explainedBy"_qs, u"note"_qs});
        JargonEntry entry;
        entry.term = reader.string(u"term"_qs, Presence::Required);
        const QString kind = reader.code(u"kind"_qs, {u"word"_qs, u"abbreviation"_qs}, Presence::Required);
        entry.abbreviation = kind == u"abbreviation";
        entry.plain = reader.string(u"plain"_qs, Presence::Required);
        reader.string(u"note"_qs, Presence::Optional);
        const bool termOk = !entry.term.isEmpty() && checkSpelling(entry.term, reader.memberPath(u"term"_qs));
        entry.forms = readStrings(context, reader, u"forms"_qs, checkSpelling);
        entry.explainedBy = readStrings(context, reader, u"explainedBy"_qs, noCheck);
        if (entry.abbreviation && entry.explainedBy.isEmpty() && reader.has(u"term"_qs)) {
            context.error(path,
                          tr("abbreviation \"%1\" needs \"explainedBy\": the words it stands for").arg(entry.term));
        }
        if (!termOk)
            continue;
        const qsizetype index = list->m_entries.size();
        list->m_entries.append(entry);
        list->addSpelling(index, entry.term);
        for (const QString &form : std::as_const(entry.forms))
            list->addSpelling(index, form);
    }

    if (!context.diagnostics().isEmpty()) {
        result.diagnostics = context.diagnostics();
        return result;
    }
    list->buildIndex();
    result.list = std::move(list);
    return result;
}

std::shared_ptr<const JargonList> JargonList::shipped(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const JargonList>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(language); found != loaded.cend())
        return found.value();
    std::shared_ptr<const JargonList> list = std::make_shared<const JargonList>();
    if (Vocabulary::languages().contains(language)) {
        const LoadResult result = loadFile(u":/language/jargon."_qs + language + u".json"_qs);
        // The lists are compiled in and checked by the tests; should one fail, checking goes on without it.
        for (const Diagnostic &diagnostic : result.diagnostics)
            qCritical("%s", qPrintable(diagnostic.toString()));
        if (result.ok())
            list = result.list;
    }
    loaded.insert(language, list);
    return list;
}

QList<JargonList::Match> JargonList::find(QStringView text) const
{
    QList<Match> matches;
    if (m_byFirstWord.isEmpty())
        return matches;
    QVarLengthArray<PlainWords::Span, 128> words;
    PlainWords::split(text, words);
    QVarLengthArray<QChar, 64> buffer;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringView word = text.mid(words[w].start, words[w].length);
        const qsizetype slot = shapeSlot(word.front());
        if (!(m_firstWordShapes[slot] & lengthBit(word.size())) && !(m_firstWordShapes[0] & lengthBit(word.size())))
            continue;
        buffer.resize(0);
        for (const QChar c : word) {
            const char16_t u = c.unicode();
            buffer.append(u < 128 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toCaseFolded());
        }
        const auto candidates = m_byFirstWord.constFind(QStringView(buffer.constData(), buffer.size()));
        if (candidates == m_byFirstWord.cend())
            continue;
        const Spelling *best = nullptr;
        for (const qsizetype s : candidates.value()) {
            const Spelling &spelling = m_spellings.at(s);
            const qsizetype count = spelling.words.size();
            if (w + count > words.size() || (best && best->words.size() >= count))
                continue;
            bool all = true;
            for (qsizetype k = 1; k < count && all; ++k) {
                const QStringView next = text.mid(words[w + k].start, words[w + k].length);
                all = next.compare(spelling.words.at(k), Qt::CaseInsensitive) == 0;
            }
            if (all)
                best = &spelling;
        }
        if (!best)
            continue;
        const qsizetype last = w + best->words.size() - 1;
        matches.append({best->entry, words[w].start, words[last].start + words[last].length - words[w].start});
        w = last;
    }
    return matches;
}

bool JargonList::isExplainedIn(qsizetype index, QStringView text) const
{
    const QStringList &phrases = m_entries.at(index).explainedBy;
    return std::any_of(phrases.cbegin(), phrases.cend(),
                       [&](const QString &phrase) { return text.contains(phrase, Qt::CaseInsensitive); });
}

} // namespace ww
