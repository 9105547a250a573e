// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralDirectory.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ww {

const Party *ReferralDirectory::party(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? nullptr : &m_parties.at(found.value());
}

QByteArray ReferralDirectory::canonicalContent() const
{
    return QJsonDocument(m_document).toJson(QJsonDocument::Compact);
}

QString ReferralDirectory::contentSha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
}

} // namespace ww
