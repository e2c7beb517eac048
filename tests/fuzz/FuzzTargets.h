// The code the libFuzzer targets exercise, shared with the test that replays their findings (so a crash
// the fuzzer found once is checked by every `make test`, without clang).
#pragma once

#include <cstddef>
#include <cstdint>

namespace sahel::fuzz {

/// Story JSON: parsing and validation, as --check-story and File > Open run them.
int story(const std::uint8_t *data, std::size_t size);

/// Geodata: the first byte picks the kind of file (see geodataSuffix), the rest is its content, written
/// to a local file and opened through the same path as --layer and the layer dialog.
int geodata(const std::uint8_t *data, std::size_t size);

/// GeoPackage: the bytes are a .gpkg file (an SQLite database), opened both as a user's layer and as a base
/// map, the two ways SQL of the file's own could be reached.
int geopackage(const std::uint8_t *data, std::size_t size);

/// The file suffix a geodata input's first byte selects.
const char *geodataSuffix(std::uint8_t selector);

} // namespace sahel::fuzz
