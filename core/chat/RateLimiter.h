// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ww::chat {

/// A token bucket: \a burst frames at once, refilled at \a perSecond. Time is passed in, so tests
/// need no clock.
class RateLimiter
{
public:
    RateLimiter(int burst, double perSecond);
    /// Takes one token at \a nowMs; false when the bucket is empty.
    bool allow(qint64 nowMs);

private:
    double m_burst;
    double m_perMs;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace ww::chat
