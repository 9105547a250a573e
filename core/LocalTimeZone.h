// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ww {

/// Call first thing in main(). When TZ is unset, glibc looks at /etc/localtime again at every
/// conversion to local time; a case-log page converts hundreds of times (the PostgreSQL driver
/// gives every timestamp in local time), and those checks were half of a 3 ms page. With TZ set to
/// that file the zone is read once. A change of the machine's zone then needs a restart.
void settleLocalTimeZone();

} // namespace ww
