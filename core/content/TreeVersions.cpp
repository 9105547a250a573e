// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeVersions.h"

#include "directory/DirectoryLoader.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

namespace ww {

namespace {

TreeVersion versionFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), SqlValues::timeFrom(query.value(1)), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),           query.value(5).toString()};
}

QString firstProblem(const Diagnostics &diagnostics)
{
    return diagnostics.isEmpty() ? QString() : diagnostics.constFirst().toString();
}

} // namespace

TreeVersions::TreeVersions(Database &database, QString localPublisher)
    : m_database(database)
    , m_localPublisher(std::move(localPublisher))
{ }

QString TreeVersions::checkNote(const QString &note)
{
    const QString trimmed = note.trimmed();
    if (trimmed.isEmpty())
        return tr("the note must say what changed; it is empty");
    if (trimmed.size() > MaxNoteLength)
        return tr("the note has %1 characters; at most %2 are allowed").arg(trimmed.size()).arg(MaxNoteLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("the note must be one line without control characters");
    }
    return {};
}

qint64 TreeVersions::publish(const DecisionTree &tree, const ReferralDirectory &directory, const QString &note)
{
    if (const QString problem = checkNote(note); !problem.isEmpty())
        throw StorageError(problem, StorageError::Cause::Refused);
    const QByteArray treeContent = tree.canonicalContent();
    const QByteArray directoryContent = directory.canonicalContent();
    // Whatever is published must load again with the file reader's limits.
    for (const QByteArray *content : {&treeContent, &directoryContent}) {
        if (content->size() > JsonFileReader::MaxFileBytes)
            throw StorageError(tr("the content has %1 bytes; at most %2 can be published")
                                       .arg(content->size())
                                       .arg(JsonFileReader::MaxFileBytes),
                               StorageError::Cause::Refused);
    }
    const QVariantMap common{{u"tree_identity"_qs, tree.identity()},
                             {u"tree_content"_qs, QString::fromUtf8(treeContent)},
                             {u"directory_content"_qs, QString::fromUtf8(directoryContent)},
                             {u"note"_qs, note.trimmed()}};
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // One definer function checks the caller and the content and fills in who and when.
        QSqlQuery &query = m_database.run(u"tree_version_publish"_qs, common);
        const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return id;
    }
    if (m_localPublisher.trimmed().isEmpty())
        throw StorageError(tr("publishing needs the name of who publishes"), StorageError::Cause::Refused);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Database::Transaction transaction(m_database);
    m_database.run(u"tree_insert"_qs,
                   {{u"identity"_qs, tree.identity()},
                    {u"version"_qs, tree.version()},
                    {u"content"_qs, QString::fromUtf8(treeContent)},
                    {u"stored_at"_qs, now}});
    QVariantMap bindings = common;
    bindings.remove(u"tree_content"_qs);
    bindings.insert({{u"directory_sha256"_qs, directory.contentSha256()},
                     {u"published_by"_qs, m_localPublisher.trimmed()},
                     {u"published_at"_qs, now.toString(Qt::ISODateWithMs)}});
    QSqlQuery &insert = m_database.run(u"tree_version_insert"_qs, bindings);
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    transaction.commit();
    return id;
}

QList<TreeVersion> TreeVersions::list()
{
    QList<TreeVersion> versions;
    QSqlQuery &query = m_database.run(u"tree_versions_select"_qs);
    while (query.next())
        versions.append(versionFrom(query));
    query.finish();
    return versions;
}

std::optional<TreeVersionContent> TreeVersions::load(qint64 id)
{
    QSqlQuery &query = m_database.run(u"tree_version_select"_qs, {{u"id"_qs, id}});
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    TreeVersionContent content;
    content.version = versionFrom(query);
    const QByteArray treeBytes = query.value(6).toString().toUtf8();
    const QByteArray directoryBytes = query.value(7).toString().toUtf8();
    query.finish();

    const QString name = tr("published version %1").arg(id);
    const DirectoryLoadResult directory = DirectoryLoader::load(JsonFileReader::readBytes(directoryBytes, name));
    if (!directory.ok())
        throw StorageError(tr("the directory of %1 does not load: %2").arg(name, firstProblem(directory.diagnostics)),
                           StorageError::Cause::Refused);
    const TreeLoadResult tree = TreeLoader::load(JsonFileReader::readBytes(treeBytes, name), *directory.directory);
    if (!tree.ok())
        throw StorageError(tr("the tree of %1 does not load: %2").arg(name, firstProblem(tree.diagnostics)),
                           StorageError::Cause::Refused);
    if (tree.tree->identity() != content.version.treeIdentity)
        throw StorageError(tr("the tree of %1 is not the tree its identity names").arg(name),
                           StorageError::Cause::Refused);
    content.tree = tree.tree;
    content.directory = directory.directory;
    return content;
}

qint64 TreeVersions::newestId()
{
    QSqlQuery &query = m_database.run(u"tree_version_newest"_qs);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

std::optional<TreeVersionContent> TreeVersions::newest()
{
    const qint64 id = newestId();
    return id > 0 ? load(id) : std::nullopt;
}

} // namespace ww
