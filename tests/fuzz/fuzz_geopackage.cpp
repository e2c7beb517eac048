// libFuzzer entry point for GeoPackages (SQLite files: their schema screening and GDAL's GPKG driver), built
// only with SAHEL_BUILD_FUZZ, by clang: `make fuzz`.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sahel::fuzz::geopackage(data, size);
}
