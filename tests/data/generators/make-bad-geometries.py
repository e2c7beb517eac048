#!/usr/bin/env python3
"""Writes the small hostile GeoJSON files of tests/data/bad/ (a few KB each, committed; rerun to remake them,
the random ones are seeded). The big ones (millions of points, rings or vertices) are made by the tests.
  self-crossing.geojson          one ring of 300 random vertices, crossing itself thousands of times
  crossing-multipolygon.geojson  40 star-shaped polygons, each self-crossing and all overlapping
  remote-crs-name.geojson        names its coordinate system by a URL ("name" form; PORT is the test's)
"""
import json
import math
import os
import random

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bad")


def write(name, collection):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(collection, f, separators=(",", ":"))
        f.write("\n")


def feature(geometry, name):
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


def main():
    rng = random.Random(16)
    ring = [[round(rng.uniform(-5.0, 5.0), 4), round(rng.uniform(10.0, 20.0), 4)] for _ in range(300)]
    ring.append(ring[0])
    write("self-crossing.geojson", {"type": "FeatureCollection", "features": [
        feature({"type": "Polygon", "coordinates": [ring]}, "300 random vertices")]})

    polygons = []
    for k in range(40):
        cx, cy = rng.uniform(-1.0, 1.0), rng.uniform(14.0, 16.0)
        # A star drawn with step 7 of 17 points: every edge crosses several others.
        star = [[round(cx + 2.0 * math.cos(2 * math.pi * 7 * i / 17), 4),
                 round(cy + 2.0 * math.sin(2 * math.pi * 7 * i / 17), 4)] for i in range(17)]
        star.append(star[0])
        polygons.append([star])
    write("crossing-multipolygon.geojson", {"type": "FeatureCollection", "features": [
        feature({"type": "MultiPolygon", "coordinates": polygons}, "40 overlapping stars")]})

    with open(os.path.join(HERE, "remote-crs-name.geojson"), "w") as f:
        f.write('{"type": "FeatureCollection",\n'
                ' "crs": {"type": "name", "properties": {"name": "http://127.0.0.1:PORT/crs/sahel"}},\n'
                ' "features": [\n'
                '{"type": "Feature", "properties": {"name": "Bamako"}, '
                '"geometry": {"type": "Point", "coordinates": [-8.0, 12.65]}}\n]}\n')


if __name__ == "__main__":
    main()
