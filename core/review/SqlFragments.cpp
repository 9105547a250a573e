// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlFragments.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QRegularExpression>

namespace ww {

SqlFragments SqlFragments::load(const Database &database, const QStringList &statementNames)
{
    SqlFragments fragments;
    for (const QString &name : statementNames) {
        const SqlFragments part = parse(database.statement(name));
        for (auto it = part.m_fragments.cbegin(); it != part.m_fragments.cend(); ++it)
            fragments.m_fragments.insert(it.key(), it.value());
    }
    return fragments;
}

SqlFragments SqlFragments::parse(const QString &text)
{
    static const QRegularExpression header(QRegularExpression::anchoredPattern(u"--\\s*\\[([a-z_]+)\\]\\s*"_qs));
    SqlFragments fragments;
    QString current;
    QStringList lines;
    auto flush = [&] {
        if (!current.isEmpty())
            fragments.m_fragments.insert(current, lines.join(u'\n').trimmed());
        lines.clear();
    };
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch match = header.match(line.trimmed());
        if (match.hasMatch()) {
            flush();
            current = match.captured(1);
        } else if (!current.isEmpty() && !line.trimmed().startsWith(u"--"_qs)) {
            lines.append(line);
        }
    }
    flush();
    return fragments;
}

QString SqlFragments::fragment(const QString &name) const
{
    const auto found = m_fragments.constFind(name);
    if (found == m_fragments.cend())
        throw StorageError(tr("the SQL fragment \"%1\" is missing from the program's resources").arg(name));
    return found.value();
}

QString SqlFragments::compose(const QString &name, const QMap<QString, QString> &parts) const
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_qs);
    QString sql = fragment(name);
    // Fragments may refer to fragments; a few rounds are plenty, and a cycle cannot run forever.
    for (int round = 0; round < 4; ++round) {
        QRegularExpressionMatch match = placeholder.match(sql);
        if (!match.hasMatch())
            return sql;
        QString next;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(sql); it.hasNext();) {
            match = it.next();
            const QString key = match.captured(1);
            next += QStringView(sql).mid(from, match.capturedStart() - from);
            next += parts.contains(key) ? parts.value(key) : fragment(key);
            from = match.capturedEnd();
        }
        next += QStringView(sql).mid(from);
        sql = next;
    }
    throw StorageError(tr("the SQL fragment \"%1\" refers to itself").arg(name));
}

} // namespace ww
