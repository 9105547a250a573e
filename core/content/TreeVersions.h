// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ww {

class Database;
class DecisionTree;
class ReferralDirectory;

/// One published version of the tree and the referral directory (schema version 11), without its content.
struct TreeVersion
{
    qint64 id = 0;           ///< increases with every publication; never reused
    QDateTime publishedAt;   ///< UTC, filled in by the database
    QString publishedBy;     ///< the login that published it (PostgreSQL), or the local name given (SQLite)
    QString treeIdentity;    ///< VERSION@sha256:HEX, as cases record the tree they were walked in
    QString directorySha256; ///< of the directory's canonical content
    QString note;            ///< what changed, in the publisher's words
};

/// A published version with its content, loaded and checked as the shipped content is.
struct TreeVersionContent
{
    TreeVersion version;
    std::shared_ptr<const DecisionTree> tree;
    std::shared_ptr<const ReferralDirectory> directory;
};

/// Published versions of the tree and directory in the case database, the same on SQLite and
/// PostgreSQL. Versions are append-only: publishing adds one, nothing changes or removes one.
///
/// Works on the calling thread's Database: from the desk, call it inside an AsyncStorage job.
/// Every method throws StorageError when the database fails or refuses (on PostgreSQL only content
/// managers and administrators may publish; everyone but the chat gateway may read).
class TreeVersions
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeVersions)

public:
    static constexpr qsizetype MaxNoteLength = 500;

    /// \a localPublisher names who publishes on SQLite, which has no accounts. PostgreSQL records
    /// the session's login instead and ignores it: nobody can publish in someone else's name.
    explicit TreeVersions(Database &database, QString localPublisher = {});

    /// Problems with a change note (empty, too long, more than one line), or empty when acceptable.
    static QString checkNote(const QString &note);

    /// Publishes \a tree with \a directory; returns the new version's id. Both must be loaded
    /// (validated) already; the database checks the tree's identity against its content.
    qint64 publish(const DecisionTree &tree, const ReferralDirectory &directory, const QString &note);
    /// Every version, oldest first.
    QList<TreeVersion> list();
    /// The version \a id with its tree and directory, or nothing when there is no such version.
    /// Throws StorageError when the stored content no longer loads.
    std::optional<TreeVersionContent> load(qint64 id);
    /// The newest version's id, or 0 when none has been published.
    qint64 newestId();
    /// The newest version with its content, or nothing when none has been published.
    std::optional<TreeVersionContent> newest();

private:
    Database &m_database;
    QString m_localPublisher;
};

} // namespace ww
