// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point (tests/fuzz/run.sh builds and runs it with clang).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return ww::fuzz::chatFrame(data, size);
}
