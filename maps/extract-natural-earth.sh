#!/usr/bin/env bash
# Makes the small Natural Earth extracts in maps/natural-earth/ from the full themes (7-Zip archives of
# GeoJSON, public domain). Run once by hand when the extracts change; `make geodata` uses only the
# extracts, so the map data rebuilds from the repository and npm alone. See maps/SOURCES.md.
# Needs: 7z (p7zip-full), ogr2ogr with SpatiaLite (gdal-bin), gzip.
# Usage: bash maps/extract-natural-earth.sh [folder with the ne_*.7z archives]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="${1:-$here/../../shared/natural-earth}"
out="$here/natural-earth"

# The full 1:10m detail (every scale rank, 0.002 degrees) where Africa's admin-1 units are not simplified:
# the box build-geodata.sh declares as `detailed_area`. Outside it the water is simplified more (below).
BOX=(-30 -40 60 45)
# The rest of the world: the box as a hole in it.
WORLD_BUT_BOX="POLYGON((-180 -90,180 -90,180 90,-180 90,-180 -90),(${BOX[0]} ${BOX[1]},${BOX[0]} ${BOX[3]},${BOX[2]} ${BOX[3]},${BOX[2]} ${BOX[1]},${BOX[0]} ${BOX[1]}))"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for theme in ne_10m_rivers_lake_centerlines_scale_rank ne_10m_lakes ne_10m_geography_regions_polys \
  ne_10m_geography_marine_polys ne_10m_populated_places; do
  7z x -y -o"$tmp" "$src/$theme.7z" >/dev/null
done
mkdir -p "$out"
export OGR_CURRENT_DATE="2000-01-01T00:00:00.000Z"
GJ=(-f GeoJSON -lco COORDINATE_PRECISION=4 -lco RFC7946=NO -lco WRITE_NAME=NO)

write() { # $1 = output name, rest = ogr2ogr arguments after the output
  local name="$1"
  shift
  rm -f "$tmp/$name.geojson"
  ogr2ogr "${GJ[@]}" "$tmp/$name.geojson" "$@"
  gzip -9 -n -c "$tmp/$name.geojson" >"$out/$name.geojson.gz"
  echo "   $name: $(wc -c <"$out/$name.geojson.gz") bytes"
}

echo "== rivers and lake centrelines"
# In the box, named or not, every stretch down to scale rank 9: the map shows them by zoom.
write rivers-10m "$tmp/ne_10m_rivers_lake_centerlines_scale_rank.json" -nln rivers -nlt MULTILINESTRING \
  -clipsrc "${BOX[@]}" -simplify 0.002 \
  -sql "SELECT name, name_en, featurecla, scalerank FROM ne_10m_rivers_lake_centerlines_scale_rank"
# Elsewhere (to fit the data budget, maps/SOURCES.md) down to scale rank 8, the smallest a view framed at
# zoom 6.5 (GeoData::framingZoomCap outside the box) draws, simplified 0.005 degrees (about 550 m, under a
# pixel to about zoom 8).
write rivers-10m-world "$tmp/ne_10m_rivers_lake_centerlines_scale_rank.json" -nln rivers -nlt MULTILINESTRING \
  -clipsrc "$WORLD_BUT_BOX" -simplify 0.005 \
  -sql "SELECT name, name_en, featurecla, scalerank FROM ne_10m_rivers_lake_centerlines_scale_rank
        WHERE scalerank <= 8"

echo "== lakes"
write lakes-10m "$tmp/ne_10m_lakes.json" -nln lakes -nlt MULTIPOLYGON -clipsrc "${BOX[@]}" -simplify 0.002 \
  -makevalid -sql "SELECT name, featurecla, scalerank FROM ne_10m_lakes"
write lakes-10m-world "$tmp/ne_10m_lakes.json" -nln lakes -nlt MULTIPOLYGON -clipsrc "$WORLD_BUT_BOX" \
  -simplify 0.005 -makevalid -sql "SELECT name, featurecla, scalerank FROM ne_10m_lakes WHERE scalerank <= 8"

echo "== physical and marine names (label points)"
# One point per named region, where a label reads best (inside the polygon), computed by SpatiaLite;
# polygons themselves are not needed. Null Island ("Dragons-be-here") is dropped.
write physical-names "$tmp/ne_10m_geography_regions_polys.json" -nln physical -nlt POINT -dialect sqlite \
  -spat "${BOX[@]}" -sql "
  SELECT ST_PointOnSurface(geometry) AS geometry, name, featurecla, scalerank
  FROM ne_10m_geography_regions_polys
  WHERE featurecla IN ('Desert', 'Range/mtn', 'Plateau', 'Plain', 'Depression', 'Delta', 'Geoarea', 'Basin')
    AND scalerank <= 4 AND name IS NOT NULL"
write marine-names "$tmp/ne_10m_geography_marine_polys.json" -nln marine -nlt POINT -dialect sqlite -sql "
  SELECT ST_PointOnSurface(geometry) AS geometry, name, name_fr, featurecla, scalerank
  FROM ne_10m_geography_marine_polys
  WHERE name IS NOT NULL AND (scalerank <= 1 OR (scalerank <= 5 AND
        MbrIntersects(geometry, BuildMbr(${BOX[0]}, ${BOX[1]}, ${BOX[2]}, ${BOX[3]}))))"

echo "== French and English names of populated places, by GeoNames id"
# For the gazetteer (GeoNames gives one name): Le Caire, Alger, Tombouctou. Names only, no geometry.
rm -f "$tmp/populated-places-names.csv"
ogr2ogr -f CSV "$tmp/populated-places-names.csv" "$tmp/ne_10m_populated_places.json" -lco STRING_QUOTING=IF_NEEDED \
  -sql "SELECT CAST(GEONAMEID AS integer) AS geonameid, NAME_FR AS name_fr, NAME_EN AS name_en
        FROM ne_10m_populated_places WHERE GEONAMEID > 0 ORDER BY GEONAMEID"
gzip -9 -n -c "$tmp/populated-places-names.csv" >"$out/populated-places-names.csv.gz"
echo "   populated-places-names: $(wc -c <"$out/populated-places-names.csv.gz") bytes"
