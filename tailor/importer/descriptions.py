"""Which unmarked lines of an entry describe it and which are its points: a sentence is told
from a header line by its length and case, a sentence level with the dates is the first point
of a list set beside them, and sentences set as one block (or a lead sentence ending in a full
stop over lines that do not) are a list whose markers are not printed. `entries.py` asks these
while it reads an entry; see the importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.dates import trailing_dates
from tailor.importer.header_parts import dated_commas
from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates

_PROSE_WORDS = 12
# Two header lines are centred on one axis when their middles lie this close (in ems) while their
# left edges lie at least _APART ems apart (lines set flush right share a right edge instead, and
# their middles lie half their left edges' distance apart).
_AXIS, _APART = 0.08, 0.25
# Section -> the field of an entry's free text (sections with none list their prose as unparsed).
DESCRIPTION_KEY = {"work": "summary", "volunteer": "summary", "projects": "description",
                   "awards": "summary", "publications": "summary"}


def is_prose(line: Line) -> bool:
    """A sentence, not an entry header: "Worked on credit-risk models." (same rule as
    `entries._read_header_line`)."""
    words = line.text.split()
    if dated_commas(line.text) or trailing_dates(line.text) and not line.text.endswith("."):
        return False                     # "2021 - present, Developer, Acme", "Ph.D., ... (...)Sep. 2006 – 2011"
    if len(words) >= _PROSE_WORDS or len(words) >= 4 and line.text.endswith("."):
        return True
    # "Cut test runtime by 35% by parallelizing fixtures": a sentence without its full stop is
    # in sentence case; titles, employers and degrees are in title case
    lower = sum(w[0].islower() for w in words[1:])
    return len(words) >= 6 and lower >= 0.6 * (len(words) - 1)


def told_deed(text: str) -> bool:
    """"Kept the books", "Ran payroll for two shops": a line that opens with a verb in the past
    tense and goes on in lower case tells what the person did, a point or description set with
    no marker; an employer's or a role's name is a noun and in title case ("United Airlines"
    keeps its capitals). Only the line's words tell it apart where a word processor gives no
    indent or marker (a plain DOCX paragraph under the dates). See docs/ARCHITECTURE.md,
    "Resume import"."""
    from lemminflect import getAllLemmas, getInflection

    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].lower()
    return any(first in getInflection(lemma, "VBD") for lemma in getAllLemmas(first).get("VERB", ()))


def point_beside_dates(section: str, header: list[Line], bullets: list[Line]) -> tuple[list[Line], list[Line]]:
    """A role and its dates set as narrow boxes on the left, the points to their right: the
    first point starts on the dates' row and the others run on below them, further left and
    unmarked. A sentence level with the dates and right of them is then that first point.
    Returns the entry's (header, bullets)."""
    dated = [h for h in header if line_dates(h) and h.size]
    first = next((h for h in header if is_prose(h) and any(
        d.page == h.page and abs(d.y - h.y) < 0.3 * h.size and d.x < h.x for d in dated)), None)
    if section not in DESCRIPTION_KEY or first is None or not bullets or any(b.bullet for b in bullets) \
            or bullets[0].x >= first.x:
        return header, bullets  # points indented under the sentence: it describes the entry they belong to
    before = [b for b in bullets if b.page < first.page]  # points left on the page before (a break)
    return [h for h in header if h is not first], [*before, replace(first, list_item=True), *bullets[len(before):]]


def one_block(header: list[Line], prose: list[str]) -> bool:
    """Two or more unmarked sentences, one per line, with no paragraph gap between them (a page
    break is none): a list whose markers are not printed, not a description followed by points.
    So are sentences set a paragraph apart under a centred header (`under_centred_header`)."""
    lines = [h for h in header if h.text in prose]
    if len(prose) < 2 or len(lines) != len(prose):
        return False
    return all(h.text[:1].isupper() or h.text[:1].isdigit() for h in lines) \
        and not any(h.gap_before and h.page == before.page for before, h in zip(lines, lines[1:])) \
        or under_centred_header([h for h in header if h.text not in prose], lines)


def under_centred_header(title: list[Line], lines: list[Line]) -> bool:
    """Sentences each a paragraph of its own, all at one left edge, under a header whose lines
    are centred (employer, dates and role on one axis, their left edges apart): a card's header
    gives the points no edge to be indented from, and their markers are drawn, not written
    (`drawn_markers.py`), so nothing sets a description apart from the points; a description
    such a layout prints starts further left than its points and reads as one."""
    placed = [t for t in title if t.size and t.right > t.x]
    centred = any(abs((a.x + a.right) - (b.x + b.right)) / 2 <= _AXIS * a.size and abs(a.x - b.x) >= _APART * a.size
                  for a, b in zip(placed, placed[1:]))
    return centred and len(lines) >= 2 and all(abs(h.x - lines[0].x) < 1 for h in lines) \
        and all(h.gap_before for h in lines[1:])


def lead_sentence(section: str, bullets: list[Line]) -> bool:
    """Lines with no markers, indented under the header: a first line that ends its sentence
    with a full stop while none of the others does is the entry's description; the others,
    alike in punctuation, are its points. So is a first line set at an indent of its own, left
    of the others, which share a deeper one: a list indents its items alike, and a line the
    layout sets apart from them is not one of them. Points the document itself marks
    (`marked`) are points however they end."""
    if section not in DESCRIPTION_KEY or len(bullets) < 2 or any(marked(b) for b in bullets):
        return False
    first, rest = bullets[0], bullets[1:]
    indented = bool(first.size) and all(b.size and abs(b.x - rest[0].x) < 1 for b in rest) \
        and rest[0].x - first.x >= 0.5 * first.size
    told = [b for b in rest if not cut_short(b, bullets)]
    return indented or first.text.endswith(".") and bool(told) and not any(b.text.endswith(".") for b in told)


def cut_short(line: Line, lines: list[Line]) -> bool:
    """"... through fixture redesign and statistical process contro": a line that stops inside a
    word (its last word, in lower case, is no English word) at the right edge its column's
    widest lines reach, where a browser clipped a box too narrow for it, does not show how its
    sentence ends: its missing full stop tells nothing about it."""
    from lemminflect import getAllLemmas

    last = line.text.split()[-1] if line.text.split() else ""
    return bool(line.right) and last.isalpha() and last.islower() and not getAllLemmas(last) \
        and line.right >= max(b.right for b in lines) - 0.5 * line.size


def marked(line: Line) -> bool:
    """A list item the document marks as one: a printed marker glyph, or a list paragraph of a
    word processor (Word's "List Bullet" or numbering, an OpenDocument `text:list`) or a
    Markdown numbered item. Those readers give no type size; a list item with a size was
    judged one by its place on a PDF page (indented under its header), and only such an
    unmarked list can hold a lead sentence that describes the entry."""
    return bool(line.bullet) or line.list_item and not line.size
