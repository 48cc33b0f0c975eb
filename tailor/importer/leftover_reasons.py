"""Why a text beside an entry's title lines (a date, place, link, honour, any other) found no
field, said in a user's words: what the text is, what it sat next to, and which field already holds one ("a second
place next to the role and employer: this job's location is already "London""). A parser's
"header", "already filled" or "schema" tells the person who wrote the resume nothing; the CLI
prints the reason after the entry's name (`review.unparsed_shown`). See the importer's entry
step in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.education_lines import is_honour

# What an entry's title lines hold, by section: a text of them that found no field sat next to these.
_TITLE_PARTS = {"work": "the role and employer", "volunteer": "the role and organisation",
                "education": "the school and degree", "projects": "the project's name",
                "certificates": "the certificate's name and issuer", "awards": "the award's title and awarder",
                "publications": "the publication's name and publisher"}
# What a section calls one entry, for "this job's location".
_ENTRY_NOUN = {"work": "job", "volunteer": "role", "education": "school", "projects": "project",
               "certificates": "certificate", "awards": "award", "publications": "publication"}
_FIELD_NOUN = {"location": "location", "url": "link"}


def leftover_reason(section: str, piece: str, entry: dict, taken: str = "") -> str:
    """The reason shown for `piece`, a place, link, date or honour of an entry of `section` that
    found no field: either the field for it is filled already (quoted), or the entry has none.
    For a second date, `taken` is the text the entry's dates were read from, quoted so the
    person sees which text won ("GS-2005-09", a pay grade, once did)."""
    near = f"next to {_TITLE_PARTS.get(section, 'the entry title')}"
    noun = _ENTRY_NOUN.get(section, "entry")
    if is_honour(piece) and section == "education":
        return f"an honour {near}: a school entry has no field for it; add it under awards if you want it kept"
    if fields.is_url(piece):
        kind, key = "link", "url"
    elif parse_dates(piece) and taken:
        return (f'a second date {near}: this {noun}\'s dates were already read from "{taken}"; if this text holds the '
                "right dates, put them in its startDate and endDate")
    elif parse_dates(piece):
        return f"a second date {near}: this {noun}'s dates were already read from another part of its lines"
    else:
        kind, key = "place", "location" if section == "work" else ""
    if key and entry.get(key):
        return f'a second {kind} {near}: this {noun}\'s {_FIELD_NOUN[key]} is already "{entry[key]}"'
    return f"a {kind} {near}: a {noun} has no field for a {kind}"


def unplaced_reason(section: str) -> str:
    """Why a text of an entry's title lines (role, employer, dates, place) found no field, in a
    user's words: which lines it sat next to, not the parser's "header" of the entry."""
    return f"a line next to {_TITLE_PARTS.get(section, 'the entry title')} that was not placed"
