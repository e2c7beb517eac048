// The library that embeds the baked map data snapshot as a Qt resource (:/maps/sahel-atlas.geodata); this
// file only gives the static library a translation unit of its own.
namespace sahel::EmbeddedSnapshot {
int linked()
{
    return 1;
}
} // namespace sahel::EmbeddedSnapshot
