// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralDirectory.h"

namespace ww {

const Party *ReferralDirectory::party(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? nullptr : &m_parties.at(found.value());
}

} // namespace ww
