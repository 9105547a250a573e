// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PhoneCodeStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace ww {

using namespace SqlValues;

namespace {

constexpr int drawAttempts = 20; // a collision needs a fresh draw; twenty in a row means something is wrong

QString pathJson(const QStringList &path)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(path)).toJson(QJsonDocument::Compact));
}

QStringList pathFrom(const QString &json)
{
    QStringList path;
    for (const QJsonValue &node : QJsonDocument::fromJson(json.toUtf8()).array())
        path.append(node.toString());
    return path;
}

PhoneCodeRedemption::Status statusFrom(const QString &text)
{
    using Status = PhoneCodeRedemption::Status;
    if (text == u"ok")
        return Status::Ok;
    if (text == u"used")
        return Status::Used;
    if (text == u"expired")
        return Status::Expired;
    if (text == u"other-tree")
        return Status::OtherTree;
    if (text == u"too-many")
        return Status::TooMany;
    return Status::Unknown;
}

} // namespace

PhoneCodeStore::PhoneCodeStore(Database &database)
    : m_database(database)
{ }

QString PhoneCodeStore::draw()
{
    // The system generator: codes must not be predictable from earlier ones.
    const quint32 number = QRandomGenerator::system()->bounded(1'000'000u);
    return u"%1"_qs.arg(number, Digits, 10, QLatin1Char('0'));
}

QString PhoneCodeStore::normalise(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'.')
            continue;
        if (c < u'0' || c > u'9' || code.size() == Digits)
            return {};
        code.append(c);
    }
    return code.size() == Digits ? code : QString();
}

QString PhoneCodeStore::spaced(const QString &code)
{
    return code.size() == Digits ? code.left(3) + u' ' + code.mid(3) : code;
}

PhoneCodeStore::Created PhoneCodeStore::create(const QString &treeIdentity, const QStringList &path)
{
    const QString json = pathJson(path);
    if (m_database.dialect() == SqlDialect::Sqlite)
        return createSqlite(treeIdentity, json);
    for (int attempt = 0; attempt < drawAttempts; ++attempt) {
        const QString code = draw();
        QSqlQuery &query = m_database.run(
                u"phone_code_create"_qs, {{u"code"_qs, code}, {u"tree_identity"_qs, treeIdentity}, {u"path"_qs, json}});
        const QDateTime expires = query.next() ? timeFrom(query.value(0)) : QDateTime();
        query.finish();
        if (expires.isValid())
            return {code, expires};
    }
    throw StorageError(tr("no free phone code was found"), StorageError::Cause::Refused);
}

PhoneCodeStore::Created PhoneCodeStore::createSqlite(const QString &treeIdentity, const QString &path)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(LifetimeSeconds);
    for (int attempt = 0; attempt < drawAttempts; ++attempt) {
        const QString code = draw();
        Database::Transaction transaction(m_database);
        m_database.run(u"phone_code_purge"_qs,
                       {{u"purge_before"_qs, now.addDays(-1)}, {u"code"_qs, code}, {u"now"_qs, now}});
        QSqlQuery &live = m_database.run(u"phone_code_live_count"_qs, {{u"now"_qs, now}});
        const int waiting = live.next() ? live.value(0).toInt() : 0;
        live.finish();
        if (waiting >= MaxLiveCodes)
            throw StorageError(tr("%1 phone codes are waiting already; try again later").arg(MaxLiveCodes),
                               StorageError::Cause::Refused);
        QSqlQuery &insert = m_database.run(u"phone_code_insert"_qs,
                                           {{u"code"_qs, code},
                                            {u"tree_identity"_qs, treeIdentity},
                                            {u"path"_qs, path},
                                            {u"now"_qs, now},
                                            {u"expires_at"_qs, expires}});
        const bool stored = insert.next();
        insert.finish();
        transaction.commit();
        if (stored)
            return {code, expires};
    }
    throw StorageError(tr("no free phone code was found"), StorageError::Cause::Refused);
}

PhoneCodeRedemption PhoneCodeStore::redeem(const QString &typed, const QString &deskTreeIdentity,
                                           const QString &sqliteUser)
{
    const QString code = normalise(typed);
    if (m_database.dialect() == SqlDialect::Sqlite)
        return redeemSqlite(code, deskTreeIdentity, sqliteUser);
    QSqlQuery &query = m_database.run(u"phone_code_redeem"_qs,
                                      {{u"code"_qs, nullable(code)}, {u"tree_identity"_qs, deskTreeIdentity}});
    PhoneCodeRedemption result;
    if (query.next()) {
        result.status = statusFrom(query.value(0).toString());
        result.treeIdentity = query.value(1).toString();
        result.path = pathFrom(query.value(2).toString());
    }
    query.finish();
    return result;
}

PhoneCodeRedemption PhoneCodeStore::redeemSqlite(const QString &code, const QString &deskTreeIdentity,
                                                 const QString &user)
{
    using Status = PhoneCodeRedemption::Status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PhoneCodeRedemption result;
    Database::Transaction transaction(m_database);
    m_database.run(u"phone_code_attempts_purge"_qs, {{u"purge_before"_qs, now.addSecs(-3600)}});
    QSqlQuery &attempts
            = m_database.run(u"phone_code_attempts_count"_qs, {{u"role"_qs, user}, {u"since"_qs, now.addSecs(-60)}});
    const int refused = attempts.next() ? attempts.value(0).toInt() : 0;
    attempts.finish();
    if (refused >= MaxAttemptsPerMinute) {
        transaction.commit();
        result.status = Status::TooMany;
        return result;
    }
    if (!code.isEmpty()) {
        QSqlQuery &use = m_database.run(
                u"phone_code_use"_qs, {{u"code"_qs, code}, {u"now"_qs, now}, {u"tree_identity"_qs, deskTreeIdentity}});
        if (use.next()) {
            result.status = Status::Ok;
            result.treeIdentity = use.value(0).toString();
            result.path = pathFrom(use.value(1).toString());
            use.finish();
            transaction.commit();
            return result;
        }
        use.finish();
        QSqlQuery &find = m_database.run(u"phone_code_find"_qs, {{u"code"_qs, code}});
        if (find.next()) {
            if (!find.value(2).isNull())
                result.status = Status::Used;
            else if (timeFrom(find.value(1)) <= now)
                result.status = Status::Expired;
            else {
                result.status = Status::OtherTree;
                result.treeIdentity = find.value(0).toString();
            }
        }
        find.finish();
    }
    m_database.run(u"phone_code_attempt_insert"_qs, {{u"role"_qs, user}, {u"now"_qs, now}});
    transaction.commit();
    return result;
}

} // namespace ww
