#pragma once

#include <cstddef>
#include <cstdint>

// The entry points of the fuzz targets (tests/fuzz/fuzz_*.cpp, built with clang and libFuzzer when
// HACKDESK_FUZZ is on) and of the regression test that runs their corpora in the normal suite
// (tests/core/test_fuzzcorpus.cpp). Each takes any bytes, must never crash or hang, and aborts when an
// invariant of its reader is broken (a CSV that does not read back as written, a claim with numbers out
// of range …). See docs/reliability.md, "Fuzzing".

namespace hd::fuzz {

void issueTable(const uint8_t *data, size_t size);     // parseIssueBody for every track kind, stars
void claimComment(const uint8_t *data, size_t size);   // parseClaimComment
void prTitle(const uint8_t *data, size_t size);        // parsePrTitle with the 6th edition's prefix
void csv(const uint8_t *data, size_t size);            // parseCsv, and what it read written and read back
void githubJson(const uint8_t *data, size_t size);     // a whole sync whose every GitHub reply is the input
void judgePacket(const uint8_t *data, size_t size);    // JudgePacket::parse and fromBytes
void editionProfile(const uint8_t *data, size_t size); // EditionProfile::read, and what it read written and read back

} // namespace hd::fuzz
