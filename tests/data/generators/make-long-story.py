#!/usr/bin/env python3
"""Writes a long story for the editor's benchmark (BENCHMARKS.md): the Lake Chad story of tests/data/stories with
N paragraphs more (default 20,000; about 2.5 MB), to stdout or to the file named.
  python3 tests/data/generators/make-long-story.py [N] > /tmp/long.story.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
with open(os.path.join(HERE, "..", "stories", "lake-chad.story.json"), encoding="utf-8") as f:
    story = json.load(f)
story.pop("$schema", None)
story["source"]["paragraphs"] += [
    "Paragraphe numéro %d, un texte assez long pour occuper plusieurs lignes dans l’éditeur de récits." % i
    for i in range(count)]
json.dump(story, sys.stdout, ensure_ascii=False)
sys.stdout.write("\n")
