#!/usr/bin/python3
"""Validates story files against resources/stories/story.schema.json with a standard validator
(Debian's python3-jsonschema, draft 2020-12) and checks that it agrees with Sahel Atlas's own reader
(`sahel-atlas --check-story`) on which files are valid.

The schema can only judge a story's shape. The app also checks what no schema can: unique ids, ids that
name existing regions and facts, paragraph numbers within the article, quotes verbatim, real calendar
dates, codes and towns present in the map data. So the agreement is:
  - every story the app accepts, the schema accepts (the schema never refuses a good story);
  - every story the schema refuses, the app refuses;
  - a story the app refuses while the schema accepts it must be listed in SEMANTIC_ONLY below, with what
    only the app can see; a listed file the schema refuses, or the app accepts, fails the test, so the list
    stays true.

usage: check_story_schema.py SCHEMA SAHEL_ATLAS FILE...
"""
import json
import os
import subprocess
import sys

import jsonschema

SEMANTIC_ONLY = {
    "bad-dangling-ids.story.json": "facts and unions name region ids that do not exist",
    "bad-duplicate-id.story.json": "two regions share an id",
    "bad-unknown-region.story.json": "a fact names a region id that does not exist",
    "bad-unresolved-places.story.json": "codes and GeoNames ids absent from the map data",
    "bad-quote.story.json": "a quote that is not verbatim in its paragraph",
    "bad-date.story.json": "a date of the right shape that is not in the calendar",
    "bad-number-range.story.json": "a number too large for a double (1e400), which JSON itself allows",
}


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def schema_verdict(validator, path):
    """None when the file is valid against the schema, else why not."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            return "starts with a byte order mark"
        document = json.loads(raw.decode("utf-8"), parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError) as error:
        return f"not JSON: {error}"
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top)"
        return f"{len(errors)} schema error(s), first at {where}: {first.message[:160]}"
    return None


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, app, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAHEL_ATLAS_REGION_CACHE="off")
    failures = []
    for path in files:
        name = os.path.basename(path)
        why = schema_verdict(validator, path)
        app_run = subprocess.run([app, "--check-story", path], capture_output=True, text=True,
                                 env=environment, timeout=120)
        app_valid = app_run.returncode == 0
        schema_valid = why is None
        print(f"{name}: schema {'valid' if schema_valid else 'invalid'}, app "
              f"{'valid' if app_valid else 'invalid (exit %d)' % app_run.returncode}"
              + ("" if schema_valid else f" -- {why}"))
        if app_run.returncode not in (0, 1):
            failures.append(f"{name}: sahel-atlas --check-story exited {app_run.returncode}: "
                            f"{app_run.stderr.strip()[:300]}")
        if app_valid and not schema_valid:
            failures.append(f"{name}: the app reads it but the schema refuses it ({why})")
        if not app_valid and schema_valid and name not in SEMANTIC_ONLY:
            failures.append(f"{name}: the app refuses it but the schema accepts it, and it is not listed as "
                            f"semantic-only; the app says: {app_run.stderr.strip()[:300]}")
        if name in SEMANTIC_ONLY and (app_valid or not schema_valid):
            failures.append(f"{name}: listed as semantic-only ({SEMANTIC_ONLY[name]}) but the schema "
                            f"{'accepts' if schema_valid else 'refuses'} it and the app "
                            f"{'accepts' if app_valid else 'refuses'} it")
    for failure in failures:
        print("FAIL: " + failure, file=sys.stderr)
    print(f"{len(files)} files, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
