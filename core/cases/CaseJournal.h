// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace ww {

/// What a journal holds that may not have reached the database.
struct JournaledWork
{
    QString path;
    QUuid caseId;
    std::optional<Case> lastCase;     ///< the newest whole case; it contains every earlier change
    std::optional<QString> lastDraft; ///< the note being typed, as last typed
    QDateTime lastChangeAt;
    int damagedLines = 0; ///< lines that could not be read (a write cut off by a crash)
};

/// The local journal of one open case: every change is written here before it goes to the
/// database, so that neither a lost connection nor a crash loses what the agent did.
/// One file per case in the user's own journal folder; removed once the database has it all.
/// The file holds case content, so only its owner may read it.
class CaseJournal
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseJournal)

public:
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 CompactAtBytes = 512 * 1024;

    CaseJournal(const QString &folder, const QUuid &caseId);

    /// The journal folder of \a user's work on the database \a databaseUrl (without password), in
    /// the application's data directory: work is only ever restored into the database it came from.
    static QString folderFor(const QString &user, const QString &databaseUrl);
    /// Unsaved work left in \a folder (after a crash, or while offline).
    static QList<JournaledWork> pending(const QString &folder);
    static JournaledWork read(const QString &path);

    QString path() const { return m_file.fileName(); }
    void record(const Case &caseData);
    void recordDraft(const QString &body);
    /// Everything journaled is in the database now.
    void clear();

private:
    void append(const QJsonObject &entry);
    void compact();

    QUuid m_caseId;
    QFile m_file;
    std::optional<Case> m_lastCase;
    std::optional<QString> m_lastDraft;
};

} // namespace ww
