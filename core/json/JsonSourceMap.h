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

private:
    static void walk(const QByteArray &utf8, int maxDepth, QList<Problem> *problems, JsonSourceMap *record);
    qsizetype nearestOffset(const QHash<QString, qsizetype> &offsets, QString jsonPath) const;

    QByteArray m_text;
    QList<qsizetype> m_lineStarts{0};
    QHash<QString, qsizetype> m_valueOffsets;
    QHash<QString, qsizetype> m_keyOffsets;
};

} // namespace ww
