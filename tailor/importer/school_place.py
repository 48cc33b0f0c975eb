"""A school's place printed after its name ("Harbor Community College, Duluth, MN"): JSON
Resume's education has no field for a place, so a city and its region's code are cut off the
name and listed (a city alone after a comma stays: some schools are named so, "Uniwersytet
Jagielloński, Kraków"), and a part that is a place alone ("... | Leeds, UK") is listed too, never
kept inside the institution nor read as a field and a degree ("Boston, MA" is no field
"Boston" with a Master of Arts). Only a city the gazetteer knows
(`places.is_place`) counts, so "Economics, MA" stays a field and its degree and "University of
California, Berkeley" keeps its campus. `entries.py` cuts education header parts with
`school_place_cut` and lists a part that `is_school_place`. See the importer's entry step in
docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from tailor.importer import fields
from tailor.importer.degree_words import INSTITUTION
from tailor.importer.places import is_place


def is_school_place(piece: str) -> bool:
    """"Duluth, MN", "Leeds, UK": a known city and its region or country. A city's name alone is
    not enough: schools go by one ("Oxford", "Columbia", "Reading")."""
    piece = " ".join(piece.split())
    if INSTITUTION.search(piece) or ", " not in piece:
        return False  # "University of Texas" is the school, whatever the gazetteer holds
    return is_place(piece) or fields.is_location(piece) and is_place(piece.split(", ")[0])


def school_place_cut(piece: str) -> list[str]:
    """[name, place] when `piece` ends with a known city and its region ("..., Duluth, MN"), else [piece]."""
    text = " ".join(piece.split())
    head, comma, tail = text.rpartition(", ")
    if comma and ", " in head:  # "Name, City, ST"
        name, _, city = head.rpartition(", ")
        if name and is_school_place(f"{city}, {tail}") and not is_school_place(name):
            return [name, f"{city}, {tail}"]
    return [piece]  # a city alone after a comma may be the school's own ("Uniwersytet Jagielloński, Kraków")
