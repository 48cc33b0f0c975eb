"""`make_geonames_places.py`: the gazetteer table keeps places of 15,000 people, folded once
(`text.normalise.fold`, the importer's lookup key), and leaves out a small town named with a
common word."""
import json

from tailor.importer import places
from tailor.text.data.make_geonames_places import build, common_word


def test_a_small_town_named_with_a_common_word_is_left_out_but_a_large_city_or_a_longer_name_is_not():
    assert common_word({"name": "Bend", "population": 99_000})
    assert not common_word({"name": "Reading", "population": 318_000})
    assert not common_word({"name": "Cape Town", "population": 3_400_000})
    assert not common_word({"name": "Coalville", "population": 37_000})


def test_build_keeps_places_of_15000_people_folded_and_once(tmp_path):
    source = tmp_path / "cities.json"
    source.write_text(json.dumps({"1": {"name": "Kraków", "population": 800_000},
                                  "2": {"name": "Krakow", "population": 20_000},
                                  "3": {"name": "Tinyville", "population": 900},
                                  "4": {"name": "Union", "population": 20_000}}), encoding="utf-8")
    assert build(source) == ["krakow"]


def test_the_shipped_table_has_the_cities_a_resume_names():
    names = places._names()
    assert {"dublin", "krakow", "coalville", "melbourne", "london"} <= names and "union" not in names
