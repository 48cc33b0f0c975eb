"""Where an entry header's employer ends when only a space separates it from what follows:
"Confluent Mountain View, CA" (the employer, then its place) and "Sommelier at Le Bernardin"
(a title no role word names, then "at" and the employer).

A place is recognised by its shape ("City, ST", "City, Country"), and so is, wrongly, an
employer's name with its place after it: "Confluent Mountain View, CA" has that shape as a
whole. What tells them apart on the page is the font (a layout sets the employer in bold and
its place in regular type: `Line.bold_runs`) or a company suffix ("Midwest Logistics Inc.
Chicago, IL": "Inc." ends a name). Without either, the cut would be a guess ("Dropbox San
Francisco" could be "Dropbox San" in "Francisco"), so the piece stays whole. See the importer
steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.addresses import country_code
from tailor.importer.dates import parse_dates, trailing_dates
from tailor.importer.lines import Line
from tailor.importer.list_items import is_meta_only
from tailor.importer.places import is_place, trailing_place
from tailor.importer.roles import COMPANY_SUFFIX, is_role, role_comma_split

_AT = re.compile(r"\s+at\s+")
# small words a title keeps in lower case ("Head of Pastry", "Chef de Partie")
_SMALL = {"of", "for", "and", "the", "de", "del", "la", "le", "du", "des", "in", "on", "to", "&", "y", "e", "und"}


def employer_cut(piece: str, line: Line, section: str = "work") -> list[str]:
    """`piece` (a text part of `line`, an entry header) cut where its employer ends: before a
    place after the employer's bold run or company suffix, before a known city after a comma or
    in brackets at its end (`places.trailing_place`: "Beaumont Hospital, Dublin"; only in a job,
    the one entry with a field for its place), and at an "at" before a bold employer. A spaced
    em dash inside the piece comes first (`_em_dash`). Returns [piece] when nothing marks the cut."""
    if len(dashed := _em_dash(piece)) > 1:
        return [part for text in dashed for part in employer_cut(text, line, section)]
    cut = _run_place(piece, line) or _suffix_place(piece) or (trailing_place(piece) or _shaped_tail(piece)
                                                              or _bracketed_place(piece)
                                                              if section == "work" else None) or [piece]
    return [part for text in cut for part in (_at_bold(text, line) or [text])]


def _em_dash(piece: str) -> list[str]:
    """"**Responsable logistique — Boiron, Messimy**": a spaced em dash parts a header's fields
    as "|" does (`fields.split_parts` cuts a line there), also inside one bold run, which
    `header_parts.bold_split` keeps whole. The en dash and hyphen stay: an employer's own name
    has those ("Mercado de San Miguel – Grupo Sanmi"), and `roles.role_dash_split` reads them; so
    does a date range ("2018-03-01 — 2024-07-01"), and a piece with any date in it."""
    parts = [part.strip() for part in re.split(r"\s+—\s+", piece) if part.strip()]
    return [piece] if len(parts) < 2 or any(parse_dates(part) or trailing_dates(part) for part in parts) else parts


def _run_spans(line: Line) -> list[tuple[int, int]]:
    """Where each of the line's bold runs stands in its text (runs not found again, as after a
    wrap joined with a dropped hyphen, are left out)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for run in line.bold_runs:
        start = line.text.find(run, at)
        if start < 0:
            continue
        spans.append((start, start + len(run)))
        at = start + len(run)
    return spans


def _run_place(piece: str, line: Line) -> list[str] | None:
    """"**Confluent** Mountain View, CA": the bold run ends inside the piece and the rest of it is
    a place, or "Acme Corp **Austin, TX**": a bold place ends the piece. The employer before it
    is no place of its own."""
    begin = line.text.find(piece)
    if begin < 0 or not line.bold_runs:
        return None
    end = begin + len(piece)
    for start, stop in _run_spans(line):
        for at in (stop, start):
            if not begin < at < end or not line.text[at - 1:at + 1].count(" ") or at == start and stop != end:
                continue  # a run's start cuts only when the run is the place at the piece's end
            head, rest = line.text[begin:at].strip(" ,"), line.text[at:end].strip()
            if head and fields.is_location(rest) and not fields.is_location(head):
                return [head, rest]
    return None


def _suffix_place(piece: str) -> list[str] | None:
    """"Midwest Logistics Inc. Chicago, IL": a company suffix ends the employer's name, so a place
    after it ("City, ST", "City, Country") is cut off, bold or not."""
    words = piece.split(" ")
    for at in range(1, len(words) - 1):
        rest = " ".join(words[at + 1:])
        if COMPANY_SUFFIX.match(words[at].rstrip(",")) and fields.is_location(rest):
            return [" ".join(words[:at + 1]).rstrip(","), rest]
    return None


def _at_bold(piece: str, line: Line) -> list[str] | None:
    """"Sommelier at **Le Bernardin**": a short title-cased part, "at", then a bold run that starts
    right after it names the employer, even when no role word says the part before it is a
    role (`roles.role_at` splits a role it knows). A sentence ("Led the launch at **Acme**")
    has lower-case words and stays whole, and so does a name set in bold with its "at"
    ("**University of Texas at Austin**")."""
    match = _AT.search(piece)
    begin = line.text.find(piece)
    if not match or begin < 0 or not line.bold_runs:
        return None
    title, employer = piece[:match.start()], piece[match.end():]
    words = title.split()
    if not words or len(words) > 6 or any(w[:1].islower() and w.lower() not in _SMALL for w in words) \
            or title.endswith((".", ",", ":")):
        return None
    return [title, employer] if any(start == begin + match.end() for start, _ in _run_spans(line)) else None


def company_title(text: str) -> bool:
    """"Operations Manager, Midwest Logistics Inc.": a header line that ends on a company suffix
    and its full stop reads as a sentence by its length and that stop, but it is a role and the
    employer its suffix ends (typed with a comma or "at")."""
    words = text.split()
    if not words or not COMPANY_SUFFIX.match(words[-1].rstrip(",")) or len(words) > 12:
        return False
    at = _AT.split(text, 1)
    return bool(role_comma_split(text)) or len(at) == 2 and is_role(at[0])


def place_after_text(piece: str, texts: list[str]) -> bool:
    """"Allegro · Kraków", "Unilever⇥London", "Amazon, Coalville" (cut by `employer_cut`): a known
    city (`places.is_place`) set apart as a piece of its own after the employer's or the role's
    text is where the job was, and so is a town too small for the gazetteer in a place's shape
    (`shaped_place`). A city as the header's first text is the employer's name ("Phoenix"
    alone), so `texts`, the entry's text pieces read before it, must not be empty."""
    return bool(texts) and (is_place(piece) or shaped_place(piece))


# "69510 Messimy", "D-69117 Heidelberg", "5411 Leirvik": a postal code before a town's name
_POSTAL_TOWN = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5} (?P<town>[^\W\d_][^,\d()]*)")
# "Messimy (France)": a town, its country's name in brackets
_TOWN_COUNTRY = re.compile(r"(?P<town>[^\W\d_][^,\d()]*?) \((?P<country>[^()]+)\)")
_TOWN_WORDS = 4  # a town's or region's name is this many words at most


def shaped_place(piece: str) -> bool:
    """A town the gazetteer lacks ("Leirvik", "Messimy"), known by the shape of the piece around
    it rather than by its name: a postal code before it ("69510 Messimy"), its country's name
    after a comma or in brackets ("Leirvik, Norge", "Messimy (France)"). The country is one
    `addresses.country_code` knows, in English or its own language; each name reads as one
    (capitalised, a few words). "Town, Region, Country" is not read here: "Acme, Paris, France"
    has that shape too."""
    text = " ".join(piece.split())
    if (match := _POSTAL_TOWN.fullmatch(text)) and _named(match["town"]):
        return True
    if (match := _TOWN_COUNTRY.fullmatch(text)) and _named(match["town"]) and country_code(match["country"]):
        return True
    town, comma, country = text.rpartition(", ")
    return bool(comma) and bool(country_code(country)) and (_named(town) or bool(_POSTAL_TOWN.fullmatch(town)))


def _named(text: str) -> bool:
    """Reads as a place's name: a few words, each capitalised (joining words aside), no role."""
    words = re.split(r"[ -]", text)
    return 0 < len(words) <= _TOWN_WORDS and words[0][:1].isupper() and not is_role(text) and "," not in text \
        and all(w[:1].isupper() or w in _SMALL for w in words) and not COMPANY_SUFFIX.match(words[-1])


def _shaped_tail(piece: str) -> list[str] | None:
    """"Domaine des Vignes, 69510 Messimy": an employer, then after a comma a town in a place's
    shape (`shaped_place`); the longest such tail is the place."""
    items = piece.split(", ")
    for cut in range(1, len(items)):
        head, tail = ", ".join(items[:cut]), ", ".join(items[cut:])
        if shaped_place(tail) and not shaped_place(head) and not is_place(head) and not parse_dates(head):
            return [head, tail]
    return None


def _bracketed_place(piece: str) -> list[str] | None:
    """"Bühler AG (Uzwil, Switzerland)": an employer, then in brackets at its end a town and its
    country's name (`shaped_place`), as a theme prints "name (location)"."""
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", " ".join(piece.split()))
    if match and "," in match[2] and shaped_place(match[2]) and not shaped_place(match[1]):
        return [match[1], match[2]]
    return None


def place_over_dates(header: list[Line]) -> bool:
    """"PwC⇥Birmingham" over "Audit Senior⇥Sep 2017 – Dec 2020": an entry title on two rows
    sets the place beside the organisation and the dates beside the role, whichever comes first
    (the same layout with the role first reads "Audit Senior | 2017 – 2020" over "PwC |
    Birmingham"). So when the first row has a place and no dates, and the second has dates and
    no place, the first names the employer and the second the role, even when no role word
    ("Audit Senior", "Sommelier") says which is which. A first row that names a role keeps it.
    A PDF prints the parts of a row as lines of their own, side by side (`_rows`)."""
    rows = [row for row in _rows(header) if not all(is_meta_only(line) for line in row)]
    if len(rows) != 2:
        return False
    first, second = ([p for line in row for p in fields.split_parts(line.text)] for row in rows)
    return not is_role(first[0]) and _placed(first) and not any(map(parse_dates, first)) \
        and any(map(parse_dates, second)) and not _placed(second)


def _rows(header: list[Line]) -> list[list[Line]]:
    """The header's lines by row: a line on the same page and baseline as the one before it, to
    its right, shares its row (a text file's lines have no position: one row each)."""
    rows: list[list[Line]] = []
    for line in header:
        last = rows[-1][-1] if rows else None
        if last and line.size and last.size and line.page == last.page and abs(line.y - last.y) < 0.5 * line.size \
                and line.x > last.x:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _placed(parts: list[str]) -> bool:
    """A text, then a place set apart after it ("PwC | Birmingham", "Beaumont Hospital, Dublin")."""
    if len(parts) == 1:
        return trailing_place(parts[0]) is not None
    return not (fields.is_location(parts[0]) or is_place(parts[0]) or parse_dates(parts[0])) \
        and any(fields.is_location(p) or is_place(p) for p in parts[1:])
