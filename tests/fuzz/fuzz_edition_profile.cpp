#include "fuzzentries.h"

// libFuzzer target; see fuzzentries.h.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hd::fuzz::editionProfile(data, size);
    return 0;
}
