// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QUuid>

#include <optional>

namespace ww {

/// The caller's phone number of the cases this program has in hand, with the caller's consent
/// (docs/telephony.md). It is kept beside the Case, not in it, so that the desk's journal (a file on the
/// agent's computer, written at every change) never holds a number: the database has it once the caller
/// agreed, and retention erases it there.
///
/// The case store writes the entry of a case with the case and fills it when it reads one; a case without an
/// entry is saved with its stored number left as it is. Shared by the GUI and the storage thread.
class CallerNumbers
{
public:
    struct Entry
    {
        QString number; ///< an optional + and 1 to 19 digits; empty: none kept
        bool consent = false;
        bool operator==(const Entry &) const = default;
    };

    static CallerNumbers &instance();

    void set(const QUuid &caseId, const Entry &entry);
    std::optional<Entry> get(const QUuid &caseId) const;
    void forget(const QUuid &caseId);

private:
    mutable QMutex m_mutex;
    QHash<QUuid, Entry> m_entries;
};

} // namespace ww
