// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ww {

class Database;

/// What redeeming a phone code gave.
struct PhoneCodeRedemption
{
    enum class Status { Ok, Unknown, Used, Expired, OtherTree, TooMany };
    Status status = Status::Unknown;
    QString treeIdentity; ///< Ok: the tree the visitor walked; OtherTree: the tree the code was made on
    QStringList path;     ///< Ok: the node ids the visitor passed, from the start node
};

/// Phone codes (docs/security.md, "Phone codes"): a visitor of the web page gets a short code from the chat
/// gateway and reads it out on the phone; the agent's desk redeems it, once, within 30 minutes, and the
/// phone case starts where the visitor stopped. A code holds a tree identity and node ids, nothing else.
/// On PostgreSQL two definer functions keep the rules; on SQLite (one workstation, the gateway and the desk
/// share the file) this class keeps the same ones.
class PhoneCodeStore
{
    Q_DECLARE_TR_FUNCTIONS(ww::PhoneCodeStore)

public:
    static constexpr int Digits = 6;
    static constexpr int LifetimeSeconds = 30 * 60;
    static constexpr int MaxAttemptsPerMinute = 10;
    static constexpr int MaxLiveCodes = 20000;
    static constexpr int MaxPathNodes = 200;

    struct Created
    {
        QString code;
        QDateTime expiresAt;
    };

    explicit PhoneCodeStore(Database &database);

    /// Stores a new code for \a treeIdentity and \a path (checked by the caller), drawn from the system's
    /// CSPRNG and unique among the codes not yet expired. Throws StorageError (also when too many wait).
    Created create(const QString &treeIdentity, const QStringList &path);
    /// Redeems \a typed (spaces and hyphens allowed) for a phone case on the tree \a deskTreeIdentity.
    /// \a sqliteUser counts the refused attempts on SQLite; PostgreSQL counts them for the session's role.
    PhoneCodeRedemption redeem(const QString &typed, const QString &deskTreeIdentity, const QString &sqliteUser = {});

    /// \a typed as a code ("123 456" → "123456"), or empty when it cannot be one.
    static QString normalise(const QString &typed);
    /// A code as it is read out: "123 456".
    static QString spaced(const QString &code);
    static QString draw();

private:
    Created createSqlite(const QString &treeIdentity, const QString &path);
    PhoneCodeRedemption redeemSqlite(const QString &code, const QString &deskTreeIdentity, const QString &user);

    Database &m_database;
};

} // namespace ww
