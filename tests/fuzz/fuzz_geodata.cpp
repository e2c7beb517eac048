// libFuzzer entry point for the geodata opening path (built only with SAHEL_BUILD_FUZZ, by clang: `make
// fuzz`).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sahel::fuzz::geodata(data, size);
}
