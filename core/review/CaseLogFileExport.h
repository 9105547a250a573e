// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogPageReader.h"
#include "review/CsvWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <memory>

namespace ww {

class Database;

/// The filtered case log written to a CSV file in steps, so that no single step holds the database
/// for long (other windows' reads go between the steps, and a step never nears the storage's
/// deadline, however large the log): each step writes the next rows, read a page at a time after
/// the last row written (as the case log itself reads). finish() records the export in the audit
/// log and only then puts the file in place; a file that is never finished never appears.
/// Used on one thread at a time.
class CaseLogFileExport
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLogFileExport)

public:
    static constexpr int defaultPageRows = 1000;

    CaseLogFileExport(const CaseLogFilter &filter, const CaseLogSort &sort, QString path,
                      CsvWriter::Separator separator, QString actor, int pageRows = defaultPageRows);
    ~CaseLogFileExport();

    /// Writes up to \a rows more rows; true when every row is written. Throws StorageError when the
    /// database fails, and when the file cannot be written (as a refusal: retrying will not help).
    bool step(Database &database, int rows);
    /// Writes what is left, records the export in the audit log, then puts the file in place.
    /// Throws StorageError.
    void finish(Database &database, const QDateTime &now);
    qint64 rowsWritten() const { return m_written; }
    const QString &path() const { return m_path; }

private:
    [[noreturn]] void failWriting() const;

    CaseLogPageReader m_reader;
    QString m_path;
    CsvWriter::Separator m_separator;
    QString m_actor;
    int m_pageRows;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_csv;
    CaseLogCursor m_after;
    qint64 m_written = 0;
    bool m_complete = false;
};

} // namespace ww
