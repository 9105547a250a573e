// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace ww::fuzz {

// What the fuzzers (tests/fuzz/Fuzz*.cpp, built with clang's libFuzzer by tests/fuzz/run.sh) and the corpus
// suite (FuzzCorpusTest.cpp, built with the project) feed hostile bytes into. Each checks what must hold for
// any input and aborts when it does not, so the fuzzer reports it like a crash.

/// A tree file, checked against the shipped directory.
int treeLoader(const std::uint8_t *data, std::size_t size);
/// A referral directory file.
int directoryLoader(const std::uint8_t *data, std::size_t size);
/// One text frame from a chat peer (the bytes as UTF-8).
int chatFrame(const std::uint8_t *data, std::size_t size);

} // namespace ww::fuzz
