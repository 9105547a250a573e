// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <algorithm>

namespace ww::chat {

RateLimiter::RateLimiter(int burst, double perSecond)
    : m_burst(burst)
    , m_perMs(perSecond / 1000.0)
    , m_tokens(burst)
{ }

bool RateLimiter::allow(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + static_cast<double>(nowMs - m_lastMs) * m_perMs);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace ww::chat
