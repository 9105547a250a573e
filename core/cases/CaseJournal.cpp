// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseJournal.h"

#include "cases/CaseJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ww {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray line(const QJsonObject &entry)
{
    return QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject caseEntry(const Case &caseData)
{
    return {{u"kind"_qs, u"case"_qs},
            {u"at"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"case"_qs, CaseJson::toJson(caseData)}};
}

QJsonObject draftEntry(const QUuid &caseId, const QString &body)
{
    return {{u"kind"_qs, u"draft"_qs},
            {u"at"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"case_id"_qs, caseId.toString(QUuid::WithoutBraces)},
            {u"body"_qs, body}};
}

} // namespace

CaseJournal::CaseJournal(const QString &folder, const QUuid &caseId)
    : m_caseId(caseId)
    , m_file(QDir(folder).filePath(caseId.toString(QUuid::WithoutBraces) + u".jsonl"_qs))
{ }

QString CaseJournal::folderFor(const QString &user, const QString &databaseUrl)
{
    // Role names may hold characters a file name cannot: keep letters and digits, encode the rest.
    const QString safeUser = QString::fromLatin1(user.toUtf8().toPercentEncoding({}, ".~", '_'));
    const QString database = QString::fromLatin1(
            QCryptographicHash::hash(databaseUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"journal/%1/%2"_qs.arg(safeUser, database));
}

void CaseJournal::append(const QJsonObject &entry)
{
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return; // the database is still written; the journal is the safety net, not the record
        m_file.setPermissions(OwnerOnly);
    }
    m_file.write(line(entry));
    m_file.flush(); // in the kernel now: a killed process loses nothing
    if (m_file.size() > CompactAtBytes)
        compact();
}

void CaseJournal::record(const Case &caseData)
{
    m_lastCase = caseData;
    append(caseEntry(caseData));
}

void CaseJournal::recordDraft(const QString &body)
{
    if (m_lastDraft == body)
        return;
    m_lastDraft = body;
    append(draftEntry(m_caseId, body));
}

void CaseJournal::compact()
{
    // The newest case and draft hold everything the older lines did.
    m_file.close();
    QSaveFile file(m_file.fileName());
    if (!file.open(QIODevice::WriteOnly))
        return;
    if (m_lastCase)
        file.write(line(caseEntry(*m_lastCase)));
    if (m_lastDraft)
        file.write(line(draftEntry(m_caseId, *m_lastDraft)));
    file.setPermissions(OwnerOnly);
    file.commit();
}

void CaseJournal::clear()
{
    m_file.close();
    m_file.remove();
    m_lastCase.reset();
    m_lastDraft.reset();
}

JournaledWork CaseJournal::read(const QString &path)
{
    JournaledWork work;
    work.path = path;
    work.caseId = QUuid::fromString(QFileInfo(path).completeBaseName());
    QFile file(path);
    if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        ++work.damagedLines;
        return work;
    }
    while (!file.atEnd()) {
        const QByteArray text = file.readLine();
        QJsonParseError error;
        const QJsonObject entry = QJsonDocument::fromJson(text, &error).object();
        const QString kind = entry.value(u"kind"_qs).toString();
        std::optional<Case> caseData;
        if (kind == u"case")
            caseData = CaseJson::fromJson(entry.value(u"case"_qs).toObject());
        if (error.error != QJsonParseError::NoError || (kind == u"case" && (!caseData || caseData->id != work.caseId))
            || (kind != u"case" && kind != u"draft")) {
            ++work.damagedLines; // a line cut off by a crash: what came before it still counts
            continue;
        }
        if (caseData)
            work.lastCase = std::move(caseData);
        else
            work.lastDraft = entry.value(u"body"_qs).toString();
        work.lastChangeAt = QDateTime::fromString(entry.value(u"at"_qs).toString(), Qt::ISODateWithMs);
    }
    return work;
}

QList<JournaledWork> CaseJournal::pending(const QString &folder)
{
    QList<JournaledWork> work;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.jsonl"_qs}, QDir::Files, QDir::Time | QDir::Reversed)) {
        JournaledWork item = read(dir.filePath(name));
        if (!item.caseId.isNull() && (item.lastCase || item.lastDraft))
            work.append(std::move(item));
    }
    return work;
}

} // namespace ww
