#!/usr/bin/env python3
"""Writes the small hostile GeoPackages of tests/data/bad/ (a few KB each, committed; rerun to remake them).

Each is a minimal but valid GeoPackage (application id, the three required tables, one point table) with
SQL of the file's own that a reader could be tricked into running:
  recursive-view.gpkg   a feature "table" that is a view over an endless WITH RECURSIVE query
  view-over-view.gpkg   a view over that view
  contents-view.gpkg    gpkg_contents itself replaced by an endless view (reached while opening)
  trigger.gpkg          a plain table with a trigger that would loop forever on any write
"""
import os
import sqlite3
import struct
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bad")

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n"


def point_blob(lon, lat):
    # GeoPackage binary header (magic, version 0, flags: little endian, no envelope, srs 4326) + WKB point.
    return b"GP" + bytes([0, 1]) + struct.pack("<i", 4326) + struct.pack("<BIdd", 1, 1, lon, lat)


def base(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 512")
    db.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
    db.execute("PRAGMA user_version = 10300")
    db.executescript("""
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]', NULL);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('undefined cartesian', -1, 'NONE', -1, 'undefined', NULL);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('undefined geographic', 0, 'NONE', 0, 'undefined', NULL);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
            (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
            srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
        CREATE TABLE towns (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, name TEXT);
    """)
    db.execute("INSERT INTO towns (geom, name) VALUES (?, 'Bamako')", (point_blob(-8.0, 12.65),))
    return db


def register(db, table):
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 4326)",
               (table, table))
    db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', 4326, 0, 0)", (table,))


def finish(db):
    db.commit()
    db.execute("VACUUM")
    db.close()


def main():
    db = base(os.path.join(HERE, "recursive-view.gpkg"))
    db.execute(f"CREATE VIEW endless AS SELECT i AS fid, (SELECT geom FROM towns) AS geom FROM ({ENDLESS})")
    register(db, "endless")
    finish(db)

    db = base(os.path.join(HERE, "view-over-view.gpkg"))
    db.execute(f"CREATE VIEW endless AS SELECT i AS fid, (SELECT geom FROM towns) AS geom FROM ({ENDLESS})")
    db.execute("CREATE VIEW endless_again AS SELECT fid, geom FROM endless WHERE fid > 0")
    register(db, "endless_again")
    finish(db)

    db = base(os.path.join(HERE, "contents-view.gpkg"))
    register(db, "towns")
    db.executescript(f"""
        ALTER TABLE gpkg_contents RENAME TO real_contents;
        CREATE VIEW gpkg_contents AS SELECT c.* FROM real_contents c, ({ENDLESS}) n;
    """)
    finish(db)

    db = base(os.path.join(HERE, "trigger.gpkg"))
    register(db, "towns")
    db.execute(f"CREATE TRIGGER forever AFTER UPDATE ON towns BEGIN SELECT count(*) FROM ({ENDLESS}); END")
    finish(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
