// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ww {

struct PartyChannel
{
    QString type; ///< phone, chat, web, email
    QString value;
    LocalizedText hours;
    LocalizedText note;
};

/// A party callers can be referred to. Field names follow Open Referral HSDS where they overlap.
struct Party
{
    QString id;
    LocalizedText name;
    QString alternateName;
    QString kind; ///< network, safeguarding, specialist, school
    LocalizedText description;
    QStringList audiences;
    QStringList themes;
    QStringList schoolTypes;
    LocalizedText eligibility;
    QList<LocalizedText> can;
    QList<LocalizedText> cannot;
    QList<LocalizedText> conditions;
    QList<PartyChannel> channels;
    QString url;
    QStringList languages;          ///< known to be offered (ISO 639-1)
    bool languagesComplete = false; ///< false: other languages, or an interpreter, are not known
    QDate assuredDate; ///< when the details were last checked
};

/// The validated referral directory. Build it with DirectoryLoader.
class ReferralDirectory
{
public:
    const QList<Party> &parties() const { return m_parties; }
    const Party *party(const QString &id) const;
    bool contains(const QString &id) const { return m_indexById.contains(id); }
    QString reviewStatus() const { return m_reviewStatus; }
    bool awaitingReview() const { return m_reviewStatus != u"approved"; }
    /// The document as compact JSON with sorted keys, as DecisionTree::canonicalContent: what a
    /// published version keeps, and what its SHA-256 is taken over.
    QByteArray canonicalContent() const;
    QString contentSha256() const;

private:
    friend class DirectoryLoader;
    QJsonObject m_document;
    QList<Party> m_parties;
    QHash<QString, qsizetype> m_indexById;
    QString m_reviewStatus;
};

} // namespace ww
