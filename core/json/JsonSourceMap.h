// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ww {

/// Builds JSON paths in the form $.nodes[3].options[0].next.
namespace JsonPath {
QString member(const QString &parent, const QString &key);
QString index(const QString &parent, qsizetype i);
} // namespace JsonPath

struct SourceLocation
{
    int line = 1;
    int column = 1;
};

/// Where each value and member key of a JSON text starts, so that problems found in the parsed
/// document can be reported as LINE:COLUMN. QJsonDocument keeps no positions, hence this scanner.
/// It also finds what QJsonDocument accepts silently: duplicate keys and excessive nesting.
class JsonSourceMap
{
public:
    struct Problem
    {
        qsizetype offset = 0;
        QString message;
        QString jsonPath;
    };

    JsonSourceMap() = default;

    /// Scans \a utf8, which QJsonDocument has already accepted as syntactically valid JSON.
    static JsonSourceMap scan(const QByteArray &utf8, int maxDepth, QList<Problem> *problems);
    /// Only finds the problems (duplicate keys, nesting), without recording positions: much cheaper.
    static void check(const QByteArray &utf8, int maxDepth, QList<Problem> *problems);
    /// A map without value positions, for locating byte offsets only.
    static JsonSourceMap forText(const QByteArray &utf8);

    /// Where the value at \a jsonPath starts; the nearest recorded ancestor when it is not recorded.
    SourceLocation valueLocation(const QString &jsonPath) const;
    /// Where the key of the member at \a jsonPath starts; falls back like valueLocation().
    SourceLocation keyLocation(const QString &jsonPath) const;
    SourceLocation locationOfOffset(qsizetype byteOffset) const;
    /// Where character \a utf16Offset of the string value at \a jsonPath is in the file, escapes taken into
    /// account; the string's own start when the path names no string.
    SourceLocation locationInString(const QString &jsonPath, qsizetype utf16Offset) const;
    /// The same for the string whose opening quote is at \a stringOffset.
    SourceLocation locationInStringAt(qsizetype stringOffset, qsizetype utf16Offset) const;

    /// One step down a document: a member's key, or an array index when index >= 0.
    struct Step
    {
        QString key;
        qsizetype index = -1;
    };
    /// Byte offset of the value reached from the value at \a from by \a steps, or -1. It reads only what lies
    /// on the way, so a few values of a large document are located without recording all of it (scan()).
    /// Needs a map made by forText() of a document QJsonDocument accepted.
    qsizetype find(qsizetype from, const QList<Step> &steps) const;
    /// Byte offsets where the elements of the array at \a arrayOffset start.
    QList<qsizetype> elements(qsizetype arrayOffset) const;

private:
    static void walk(const QByteArray &utf8, int maxDepth, QList<Problem> *problems, JsonSourceMap *record);
    qsizetype nearestOffset(const QHash<QString, qsizetype> &offsets, QString jsonPath) const;
    /// Characters (not bytes) in the text before \a byteOffset.
    qsizetype charactersBefore(qsizetype byteOffset) const;
    char byteAt(qsizetype offset) const; ///< '\0' outside the text
    qsizetype skipSpace(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos) const; ///< the offset just past the value at \a pos
    /// Whether the string at \a pos is \a key; moves \a pos past it. Decodes only keys with escapes.
    bool keyEquals(qsizetype &pos, const QString &key) const;

    static constexpr qsizetype CharCountBlock = 512;

    QByteArray m_text;
    QList<qsizetype> m_lineStarts{0};
    QList<qsizetype> m_charsBeforeBlock; ///< characters before every CharCountBlock-th byte
    qsizetype m_characters = 0;          ///< characters in the whole text
    QHash<QString, qsizetype> m_valueOffsets;
    QHash<QString, qsizetype> m_keyOffsets;
};

} // namespace ww
