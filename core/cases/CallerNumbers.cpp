// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallerNumbers.h"

namespace ww {

CallerNumbers &CallerNumbers::instance()
{
    static CallerNumbers numbers;
    return numbers;
}

void CallerNumbers::set(const QUuid &caseId, const Entry &entry)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(caseId, entry);
}

std::optional<CallerNumbers::Entry> CallerNumbers::get(const QUuid &caseId) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_entries.constFind(caseId);
    if (found == m_entries.cend())
        return std::nullopt;
    return found.value();
}

void CallerNumbers::forget(const QUuid &caseId)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(caseId);
}

} // namespace ww
