// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogPageReader.h"

namespace ww {

CaseLogPageReader::CaseLogPageReader(CaseLogFilter filter, CaseLogSort sort)
    : m_filter(std::move(filter))
    , m_sort(sort)
{ }

CaseLogPage CaseLogPageReader::page(Database &database, const CaseLogCursor &after, int limit)
{
    if (!m_query || m_plannedOn != &database) {
        m_query = std::make_unique<CaseLogQuery>(database, m_filter, m_sort);
        m_plannedOn = &database;
    }
    return m_query->page(after, limit);
}

} // namespace ww
