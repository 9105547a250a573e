// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include <QRegularExpression>

namespace ww {

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype size = script.size();
    int blockDepth = 0; // BEGIN … END inside CREATE TRIGGER
    static const QRegularExpression word(u"[A-Za-z_]+"_qs);

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    while (i < size) {
        const QChar c = script.at(i);
        // Line comment.
        if (c == u'-' && i + 1 < size && script.at(i + 1) == u'-') {
            while (i < size && script.at(i) != u'\n')
                ++i;
            continue;
        }
        // Quoted string or identifier: copy through the closing quote ('' escapes itself).
        if (c == u'\'' || c == u'"') {
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? size : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        // Dollar-quoted body: $$ … $$ or $tag$ … $tag$.
        if (c == u'$') {
            const qsizetype tagEnd = script.indexOf(u'$', i + 1);
            if (tagEnd > i) {
                const QString tag = script.mid(i, tagEnd - i + 1);
                static const QRegularExpression tagPattern(u"^\\$[A-Za-z_]*\\$$"_qs);
                if (tagPattern.match(tag).hasMatch()) {
                    const qsizetype close = script.indexOf(tag, tagEnd + 1);
                    const qsizetype stop = close < 0 ? size : close + tag.size();
                    current += script.mid(i, stop - i);
                    i = stop;
                    continue;
                }
            }
        }
        if (c.isLetter()) {
            const QRegularExpressionMatch match = word.match(script, i, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
            const QString token = match.captured(0);
            const QString upper = token.toUpper();
            const bool inTrigger = current.trimmed().toUpper().startsWith(u"CREATE TRIGGER")
                    || current.trimmed().toUpper().startsWith(u"CREATE TEMP TRIGGER");
            if (inTrigger && (upper == u"BEGIN" || upper == u"CASE"))
                ++blockDepth;
            else if (inTrigger && upper == u"END" && blockDepth > 0)
                --blockDepth;
            current += token;
            i += token.size();
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace ww
