// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

namespace ww {

class Database;

/// Named pieces of SQL from a statement file, for queries that are put together from a fixed set
/// of parts (filters, sort columns). "-- [name]" starts a fragment; a fragment may contain
/// {placeholders}. Only fragment text is ever put into SQL: values stay bound parameters.
class SqlFragments
{
    Q_DECLARE_TR_FUNCTIONS(ww::SqlFragments)

public:
    /// Reads the named statement files of \a database's dialect (later files add to earlier ones).
    static SqlFragments load(const Database &database, const QStringList &statementNames);
    static SqlFragments parse(const QString &text);

    bool contains(const QString &name) const { return m_fragments.contains(name); }
    /// Throws StorageError for a name that is not there.
    QString fragment(const QString &name) const;
    /// The fragment \a name with each {key} replaced by \a parts[key] (texts, themselves made of
    /// fragments) or else by the fragment called key. Throws StorageError when a placeholder is left.
    QString compose(const QString &name, const QMap<QString, QString> &parts = {}) const;

private:
    QHash<QString, QString> m_fragments;
};

} // namespace ww
