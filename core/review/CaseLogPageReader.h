// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogQuery.h"

#include <memory>

namespace ww {

class Database;

/// The case log for one filter and sort order, read a page at a time on the storage thread. The
/// plan, and the counts it rests on, is made at the first page and kept for the pages after it,
/// so scrolling costs one query a page. Meant for one thread at a time (the storage thread's jobs
/// run one after another); whoever holds it elsewhere only passes it on.
class CaseLogPageReader
{
public:
    CaseLogPageReader(CaseLogFilter filter, CaseLogSort sort);

    const CaseLogFilter &filter() const { return m_filter; }
    const CaseLogSort &sort() const { return m_sort; }
    /// Up to \a limit rows after \a after. Throws StorageError.
    CaseLogPage page(Database &database, const CaseLogCursor &after, int limit);

private:
    CaseLogFilter m_filter;
    CaseLogSort m_sort;
    std::unique_ptr<CaseLogQuery> m_query;
    const Database *m_plannedOn = nullptr; ///< the connection the plan was made on
};

} // namespace ww
