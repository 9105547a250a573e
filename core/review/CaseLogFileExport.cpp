// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogFileExport.h"

#include "review/CaseLogExport.h"
#include "review/CaseLogExportAudit.h"
#include "storage/StorageError.h"

namespace ww {

CaseLogFileExport::CaseLogFileExport(const CaseLogFilter &filter, const CaseLogSort &sort, QString path,
                                     CsvWriter::Separator separator, QString actor, int pageRows)
    : m_reader(filter, sort)
    , m_path(std::move(path))
    , m_separator(separator)
    , m_actor(std::move(actor))
    , m_pageRows(std::max(pageRows, 1))
{ }

// A file never finished is dropped here: QSaveFile removes what it wrote.
CaseLogFileExport::~CaseLogFileExport() = default;

void CaseLogFileExport::failWriting() const
{
    throw StorageError(tr("cannot write %1: %2").arg(m_path, m_file ? m_file->errorString() : QString()),
                       StorageError::Cause::Refused);
}

bool CaseLogFileExport::step(Database &database, int rows)
{
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            failWriting();
        m_csv = std::make_unique<CsvWriter>(*m_file, m_separator);
        m_csv->writeRow(CaseLogExport::headerCells());
    }
    for (int done = 0; done < rows && !m_complete; done += m_pageRows) {
        const CaseLogPage page = m_reader.page(database, m_after, m_pageRows);
        for (const CaseLogRow &row : page.rows)
            m_csv->writeRow(CaseLogExport::cells(row));
        m_written += page.rows.size();
        m_after = page.end;
        m_complete = page.rows.size() < m_pageRows;
    }
    if (m_file->error() != QFileDevice::NoError)
        failWriting();
    return m_complete;
}

void CaseLogFileExport::finish(Database &database, const QDateTime &now)
{
    while (!m_complete)
        step(database, m_pageRows);
    // Recorded before the file is in place: an export the audit log refuses is not written.
    CaseLogExportAudit(database).record(m_reader.filter(), m_written, m_actor, now);
    if (!m_file->commit())
        failWriting();
}

} // namespace ww
