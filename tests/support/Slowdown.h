// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ww::test {

/// How many times slower this build runs than the ordinary one. AddressSanitizer and
/// UndefinedBehaviorSanitizer (installer/bootstrap.sh test-sanitized) make the program's own work about
/// three times slower; limits on that work, such as an event loop's longest stall, are stretched by this
/// much. The waits those limits are there to catch (a round trip to a database 200 ms away) stay longer.
/// WW_TEST_SLOWDOWN (cmake/WegwijzerCommon.cmake) is the same factor for the end-to-end tests' time limits.
#ifdef __SANITIZE_ADDRESS__ // set by GCC and clang with -fsanitize=address
inline constexpr int slowdown = 3;
#else
inline constexpr int slowdown = 1;
#endif

} // namespace ww::test
