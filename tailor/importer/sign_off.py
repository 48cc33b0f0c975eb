"""The place, date and signature a CV ends with: "Berlin, 01.03.2024" over the person's name.

A German Lebenslauf (and many Indian, Austrian and Swiss CVs) is signed at its foot: the town
and the day it was written, then the signature or the name typed under it, often with no heading
of its own ("Declaration" has one: `section_names.SIGN_OFF`). Read as part of the last section,
these lines became interests, skills or a school: they are about the document, not the person,
so they are taken off the last section's foot and listed as unparsed with that reason. Only a
full date (day, month and year) after a place opens the block, among the last lines of the
document, with a signature, a name or a form's label beside it or a known city (`places.py`) as
its place: an interest "Berlin Marathon 2019" or an award "Dean's List, 12 May 2019" stays. See
docs/ARCHITECTURE.md, "Resume import" (sections step).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.dates import SINGLE
from tailor.importer.lines import Line
from tailor.importer.name_line import looks_like_name
from tailor.importer.places import is_city
from tailor.importer.result import Unparsed

SIGNED = "sign-off"  # the section its lines are listed under (page furniture: nothing to place)
REASON = "where and when the CV was signed, and the signature: about the document, not part of the resume"
# A day in the date: "01.03.2024", "1. März 2024", "12 March 2024", "March 12, 2024", "2024-03-01"
_DAY = re.compile(r"\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}|^\d{1,2}\.?\s+\D|\D\s\d{1,2},?\s+\d{4}$|\d{4}-\d\d-\d\d")
# "Berlin, 01.03.2024", "München, den 1. März 2024", "Place: Pune  Date: 01/03/2024": a place, a comma
# (or a label) and a full date, as a signed CV's foot prints them
_PLACE_DATE = re.compile(r"^(?:(?:place|ort)\s*:\s*)?(?P<place>[^\W\d][\w .'’-]{1,40}?)\s*(?:,|\s(?=(?:date|datum)\b))"
                         r"\s*(?:(?:den|le|el|il|am|date|datum)\s*:?\s*)?(?P<date>\S.{5,25})$", re.I)
# "Ort, Datum", "Place / Date", "Unterschrift", "(Signature)": a form's labels for the same block
_LABELS = re.compile(r"^\(?(?:ort,?\s*/?\s*datum|place\s*(?:,|/|and)?\s*date|date\s*(?:,|/|and)?\s*place"
                     r"|unterschrift|signature|signed|firma|signature du candidat)\)?\s*:?$", re.I)
_FOOT = 4  # at most this many lines after the place and date: a label, a signature, the name


def is_place_date(text: str) -> bool:
    """"Berlin, 01.03.2024", "München, den 1. März 2024": a place and the full date beside it."""
    if not (match := _PLACE_DATE.match(" ".join(text.split()))):
        return False
    date = re.sub(r"^(\d{1,2})\.\s+(?=\D)", r"\1 ", match["date"].strip(" ."))  # "1. März 2024": German day
    return bool(SINGLE.fullmatch(date)) and bool(_DAY.search(date))


def sign_off(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without their signed foot (a place and date line among the last few, the labels
    and the name under it), and that foot as unparsed lines; the lines unchanged when the foot
    is not there or something else follows it."""
    start = next((i for i in range(len(lines) - 1, max(len(lines) - _FOOT - 2, -1), -1)
                  if is_place_date(lines[i].text)), None)
    if start is None:
        return lines, []
    under = [line.text.strip() for line in lines[start + 1:]]
    if not all(_LABELS.match(t) or looks_like_name(t) for t in under):  # the name typed under it
        return lines, []
    place = _PLACE_DATE.match(" ".join(lines[start].text.split()))["place"]
    labelled = start and _LABELS.match(lines[start - 1].text.strip())
    if not under and not labelled and not is_city(place):
        return lines, []  # "Dean's List, 12 May 2019" last: an award's date, no place and no signature
    while start and _LABELS.match(lines[start - 1].text.strip()):
        start -= 1  # "Ort, Datum" printed over the place and date
    return lines[:start], [Unparsed(SIGNED, line.text, REASON) for line in lines[start:]]


def without_sign_off(sections: list) -> tuple[list, list[Unparsed]]:
    """`sections` (of `sections.Section`) with the signed foot taken off the last one (see
    `sign_off`), and the foot's lines; so is a last line saying that references are available
    on request, printed with no heading of its own under the last job (`_ON_REQUEST`): a note
    about the document, no entry of the section above it."""
    if len(sections) < 2:
        return sections, []
    kept, foot = sign_off(sections[-1].lines)
    if kept and sections[-1].key != "references" and _ON_REQUEST.match(kept[-1].text.strip()):
        kept, foot = kept[:-1], [Unparsed(SIGNED, kept[-1].text, _ON_REQUEST_REASON), *foot]
    return ([*sections[:-1], replace(sections[-1], lines=kept)], foot) if foot else (sections, [])


_ON_REQUEST = re.compile(r"^(?:references?\s+(?:are\s+)?)?(?:available\s+)?(?:up)?on\s+request\.?$", re.I)
_ON_REQUEST_REASON = "references offered on request: a note about the document, with no reference to import"
