// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ww {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// PBKDF2-HMAC-SHA-256 with one output block: all SCRAM-SHA-256 needs.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace

QString ScramVerifier::make(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return make(password, salt, DefaultIterations);
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    // PostgreSQL normalises with SASLprep; for the passwords we accept (NFC text) that is the identity.
    const QByteArray salted
            = saltedPassword(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_qs.arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
                 QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ww
