// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSourceMap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace ww {

namespace JsonPath {

QString member(const QString &parent, const QString &key)
{
    const auto plainStart = [](QChar c) { return (c.isLetter() && c.unicode() < 128) || c == u'_'; };
    const auto plain = [&](QChar c) { return plainStart(c) || (c >= u'0' && c <= u'9'); };
    if (!key.isEmpty() && plainStart(key.front()) && std::all_of(key.cbegin(), key.cend(), plain))
        return parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
    return parent + u"[\""_qs + quoted + u"\"]"_qs;
}

QString index(const QString &parent, qsizetype i)
{
    return parent + u'[' + QString::number(i) + u']';
}

} // namespace JsonPath

namespace {

struct Frame
{
    bool isObject = false;
    QString path;
    qsizetype nextIndex = 0;
    QSet<QString> keys;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Reads the string starting at the quote at \a pos; returns its decoded text and moves \a pos past it.
QString readString(const QByteArray &text, qsizetype &pos)
{
    const qsizetype start = ++pos;
    bool escaped = false;
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            break;
        ++pos;
    }
    const QByteArray raw = text.mid(start, pos - start);
    ++pos; // closing quote
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Keys with escapes are rare: let Qt decode them exactly as it did for the document.
    const QByteArray wrapped = QByteArrayLiteral("[\"") + raw + QByteArrayLiteral("\"]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

/// Moves \a pos from the opening quote of a string to just past its closing quote, without decoding it.
void skipString(const QByteArray &text, qsizetype &pos)
{
    // memchr to each quote, then count the backslashes before it: an odd number escapes it.
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (++pos; pos < size; ++pos) {
        const void *quote = std::memchr(data + pos, '"', size_t(size - pos));
        if (!quote) {
            pos = size;
            break;
        }
        pos = static_cast<const char *>(quote) - data;
        qsizetype backslashes = 0;
        while (data[pos - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            break;
    }
    ++pos;
}

} // namespace

JsonSourceMap JsonSourceMap::forText(const QByteArray &utf8)
{
    JsonSourceMap map;
    map.m_text = utf8;
    const qsizetype size = utf8.size();
    map.m_charsBeforeBlock.reserve(size / CharCountBlock + 1);
    qsizetype characters = 0;
    for (qsizetype block = 0; block < size; block += CharCountBlock) {
        map.m_charsBeforeBlock.append(characters);
        const qsizetype end = std::min(block + CharCountBlock, size);
        for (qsizetype i = block; i < end; ++i) {
            const char c = utf8.at(i);
            if (c == '\n')
                map.m_lineStarts.append(i + 1);
            characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        }
    }
    map.m_characters = characters;
    return map;
}

qsizetype JsonSourceMap::charactersBefore(qsizetype byteOffset) const
{
    const qsizetype block = byteOffset / CharCountBlock;
    // The end of a text whose size is a whole number of blocks has no block entry of its own.
    if (block >= m_charsBeforeBlock.size())
        return m_characters;
    qsizetype characters = m_charsBeforeBlock.at(block);
    for (qsizetype i = block * CharCountBlock; i < byteOffset; ++i) {
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80)
            ++characters;
    }
    return characters;
}

JsonSourceMap JsonSourceMap::scan(const QByteArray &utf8, int maxDepth, QList<Problem> *problems)
{
    JsonSourceMap map = forText(utf8);
    walk(utf8, maxDepth, problems, &map);
    return map;
}

void JsonSourceMap::check(const QByteArray &utf8, int maxDepth, QList<Problem> *problems)
{
    walk(utf8, maxDepth, problems, nullptr);
}

void JsonSourceMap::walk(const QByteArray &utf8, int maxDepth, QList<Problem> *problems, JsonSourceMap *record)
{
    QList<Frame> stack;
    QString pendingPath = u"$"_qs; // the path the next value will have
    qsizetype pos = 0;
    const qsizetype size = utf8.size();

    auto report = [&](qsizetype offset, const QString &message, const QString &path) {
        if (problems)
            problems->append({offset, message, path});
    };

    while (pos < size) {
        const char c = utf8.at(pos);
        if (isSpace(c) || c == ':') {
            ++pos;
            continue;
        }
        if (c == ',') {
            ++pos;
            if (record && !stack.isEmpty() && !stack.last().isObject)
                pendingPath = JsonPath::index(stack.last().path, stack.last().nextIndex);
            continue;
        }
        if (c == '}' || c == ']') {
            ++pos;
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        // In an object, a string here is a key.
        if (!stack.isEmpty() && stack.last().isObject && c == '"') {
            Frame &frame = stack.last();
            const qsizetype keyStart = pos;
            const QString key = readString(utf8, pos);
            if (record)
                pendingPath = JsonPath::member(frame.path, key);
            if (frame.keys.contains(key)) {
                report(keyStart, QCoreApplication::translate("ww::JsonSourceMap", "duplicate key \"%1\"").arg(key),
                       record ? pendingPath : JsonPath::member(frame.path, key));
            } else {
                frame.keys.insert(key);
                if (record)
                    record->m_keyOffsets.insert(pendingPath, keyStart);
            }
            // Skip to the value after the colon.
            while (pos < size && (isSpace(utf8.at(pos)) || utf8.at(pos) == ':'))
                ++pos;
            if (pos >= size)
                break;
        }

        // A value starts here.
        const char v = utf8.at(pos);
        if (record && !record->m_valueOffsets.contains(pendingPath))
            record->m_valueOffsets.insert(pendingPath, pos);
        if (!stack.isEmpty() && !stack.last().isObject)
            ++stack.last().nextIndex;

        if (v == '{' || v == '[') {
            if (stack.size() >= maxDepth) {
                report(pos,
                       QCoreApplication::translate("ww::JsonSourceMap", "nesting is deeper than %1 levels")
                               .arg(maxDepth),
                       pendingPath);
                return;
            }
            Frame frame;
            frame.isObject = (v == '{');
            frame.path = pendingPath;
            stack.append(frame);
            ++pos;
            if (record && !frame.isObject)
                pendingPath = JsonPath::index(frame.path, 0);
            continue;
        }
        if (v == '"') {
            readString(utf8, pos);
            continue;
        }
        // Numbers, true, false, null: skip to the next delimiter.
        while (pos < size) {
            const char d = utf8.at(pos);
            if (isSpace(d) || d == ',' || d == '}' || d == ']')
                break;
            ++pos;
        }
    }
}

SourceLocation JsonSourceMap::locationOfOffset(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype lineIndex = (next - m_lineStarts.cbegin()) - 1;
    const qsizetype lineStart = m_lineStarts.at(lineIndex);
    // Compact JSON is one long line: count from the nearest block, not from the line's start.
    const qsizetype column = charactersBefore(byteOffset) - charactersBefore(lineStart) + 1;
    return {static_cast<int>(lineIndex + 1), static_cast<int>(column)};
}

qsizetype JsonSourceMap::nearestOffset(const QHash<QString, qsizetype> &offsets, QString jsonPath) const
{
    while (!jsonPath.isEmpty()) {
        const auto found = offsets.constFind(jsonPath);
        if (found != offsets.cend())
            return found.value();
        if (jsonPath.size() <= 1)
            break;
        // Strip the last segment: ".key", "[3]" or "[\"key\"]".
        const qsizetype dot = jsonPath.lastIndexOf(u'.');
        const qsizetype bracket = jsonPath.lastIndexOf(u'[');
        const qsizetype cut = std::max(dot, bracket);
        if (cut <= 0)
            break;
        jsonPath.truncate(cut);
    }
    return m_valueOffsets.value(u"$"_qs, 0);
}

SourceLocation JsonSourceMap::valueLocation(const QString &jsonPath) const
{
    return locationOfOffset(nearestOffset(m_valueOffsets, jsonPath));
}

SourceLocation JsonSourceMap::locationInString(const QString &jsonPath, qsizetype utf16Offset) const
{
    const auto found = m_valueOffsets.constFind(jsonPath);
    if (found == m_valueOffsets.cend() || byteAt(found.value()) != '"')
        return valueLocation(jsonPath);
    return locationInStringAt(found.value(), utf16Offset);
}

SourceLocation JsonSourceMap::locationInStringAt(qsizetype stringOffset, qsizetype utf16Offset) const
{
    qsizetype pos = stringOffset + 1; // past the opening quote
    qsizetype units = 0;              // UTF-16 units of the decoded string passed so far
    const qsizetype size = m_text.size();
    while (units < utf16Offset && pos < size && m_text.at(pos) != '"') {
        const auto lead = static_cast<unsigned char>(m_text.at(pos));
        if (lead == '\\') {
            pos += byteAt(pos + 1) == 'u' ? 6 : 2; // \uXXXX is one UTF-16 unit, like every short escape
            units += 1;
        } else if (lead >= 0xF0) {
            pos += 4; // outside the BMP: a surrogate pair in UTF-16
            units += 2;
        } else {
            pos += lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            units += 1;
        }
    }
    return locationOfOffset(std::min(pos, size));
}

char JsonSourceMap::byteAt(qsizetype offset) const
{
    return offset >= 0 && offset < m_text.size() ? m_text.at(offset) : '\0';
}

qsizetype JsonSourceMap::skipSpace(qsizetype pos) const
{
    while (pos < m_text.size() && isSpace(m_text.at(pos)))
        ++pos;
    return pos;
}

qsizetype JsonSourceMap::skipValue(qsizetype pos) const
{
    // Containers by counting brackets outside strings; scalars up to the next delimiter.
    int depth = 0;
    const qsizetype size = m_text.size();
    do {
        const char c = m_text.at(pos);
        if (c == '"') {
            skipString(m_text, pos);
        } else if (c == '{' || c == '[') {
            ++depth;
            ++pos;
        } else if (c == '}' || c == ']') {
            --depth;
            ++pos;
        } else if (depth == 0) {
            while (pos < size && !isSpace(m_text.at(pos)) && m_text.at(pos) != ',' && m_text.at(pos) != '}'
                   && m_text.at(pos) != ']')
                ++pos;
        } else {
            ++pos;
        }
    } while (depth > 0 && pos < size);
    return pos;
}

bool JsonSourceMap::keyEquals(qsizetype &pos, const QString &key) const
{
    const qsizetype start = pos + 1;
    skipString(m_text, pos);
    const QByteArrayView raw(m_text.constData() + start, pos - 1 - start);
    if (raw.contains('\\')) {
        qsizetype again = start - 1;
        return readString(m_text, again) == key;
    }
    return QAnyStringView::equal(QUtf8StringView(raw), key);
}

qsizetype JsonSourceMap::find(qsizetype from, const QList<Step> &steps) const
{
    qsizetype pos = skipSpace(from);
    for (const Step &step : steps) {
        const bool member = step.index < 0;
        if (byteAt(pos) != (member ? '{' : '['))
            return -1;
        pos = skipSpace(pos + 1);
        for (qsizetype i = 0;; ++i) {
            if (byteAt(pos) == '}' || byteAt(pos) == ']' || pos >= m_text.size())
                return -1;
            bool found = i == step.index;
            if (member) {
                found = keyEquals(pos, step.key);
                pos = skipSpace(pos);
                pos = skipSpace(pos + 1); // the colon
            }
            if (found)
                break;
            pos = skipSpace(skipValue(pos));
            if (byteAt(pos) == ',')
                pos = skipSpace(pos + 1);
        }
    }
    return pos;
}

QList<qsizetype> JsonSourceMap::elements(qsizetype arrayOffset) const
{
    QList<qsizetype> starts;
    qsizetype pos = skipSpace(arrayOffset);
    if (byteAt(pos) != '[')
        return starts;
    pos = skipSpace(pos + 1);
    while (pos < m_text.size() && byteAt(pos) != ']') {
        starts.append(pos);
        pos = skipSpace(skipValue(pos));
        if (byteAt(pos) == ',')
            pos = skipSpace(pos + 1);
    }
    return starts;
}

SourceLocation JsonSourceMap::keyLocation(const QString &jsonPath) const
{
    if (m_keyOffsets.contains(jsonPath))
        return locationOfOffset(m_keyOffsets.value(jsonPath));
    return valueLocation(jsonPath);
}

} // namespace ww
