// The library that embeds the GeoPackage and the default story as Qt resources (:/maps, :/stories); this
// file only gives the static library a translation unit of its own.
namespace sahel::EmbeddedGeoPackage {
int linked()
{
    return 1;
}
} // namespace sahel::EmbeddedGeoPackage
