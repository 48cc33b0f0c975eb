"""Whether a line of a narrow column goes on over the next (`wraps.py` hands such pairs here):
in narrow side-by-side columns nearly every line looks full, so the room left at the end of a
line says little. The column's own edge (`edge`, from `sidebar.column_edges` or a card's cell),
the gap between an item's lines (`item_gap`), the words at the break and the list's markers say
more. See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tailor.importer.dates import date_goes_on, parse_dates
from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import MARKER_GLYPHS, Line, address_goes_on, strip_bullet
from tailor.importer.marked_wraps import marked_item_wraps
from tailor.importer.wrap_words import JOINING_WORDS, LIST_GOES_ON, address_word, closes_parenthesis, starts_with_dates

if TYPE_CHECKING:
    from tailor.importer.pdf import _Phys as Phys

_TOUCHING = 0.25  # lines of a narrow column closer than this many ems are one phrase
_LETTER = 0.6  # ems: room for one more letter


def narrow_wrap(first: Phys, second: Phys, leading: float) -> bool:
    """In narrow side-by-side columns nearly every line looks full, so room says nothing: the
    next line under the same left edge goes on a phrase only in lower case ("P&L" /
    "management"), after a hyphen or a joining word ("Whole-" / "animal butchery") or after a
    list separator ("Consensus · Replication ·" / "Erasure coding": a list goes on); in a
    sidebar (`sidebar.py`) also when the two lines all but touch (a name set large over two
    lines at its top: items of its lists stand further apart than the lines of one item). An
    address broken at the column's edge goes on; a whole contact detail is a line of its own."""
    words = first.text.split()
    gap = second.top - first.bottom
    if _value_goes_back(first, second) and 0 <= gap <= (leading + 0.4) * first.size:
        return True   # "Website  https://huongnguyen-" / "rn.example.org" back at the row's start
    if not _under_same_edge(first, second) or not 0 <= gap <= (leading + 0.4) * first.size:
        return False
    if address_goes_on(first.text, second.text, at_column_edge(first)):
        return True   # "maya.okonkwo@exampl" / "e.com"
    if is_contact_detail(first.text) or is_contact_detail(second.text):
        return False  # a sidebar's contact details, one a line: "priya@example.ca" over "416-555-0199"
    if (marker := strip_bullet(Line(second.text)).bullet) and marker in MARKER_GLYPHS:
        return False  # "• Illustrator" under "• Design systems": a marker glyph opens an item of its own
    if _inside_item(first, second, gap) or _full_list_line(first, second) \
            or closes_parenthesis(first.text, second.text) or date_goes_on(first.text, second.text):
        return True
    if _room_left(first, second) and not first.text.endswith(("-", *LIST_GOES_ON)) \
            and not (words and words[-1].lower() in JOINING_WORDS):
        return False  # "Python" over "pandas": the next item would have fit after it
    if _no_room_in_cell(first, second):
        return True   # "University of Texas at Austin - Computer" / "Science" in a card of a grid
    return marked_item_wraps(first, second) or second.text[:1].islower() and not address_word(second.text.split()[0]) \
        or first.text.endswith("-") or bool(words) and words[-1].lower() in JOINING_WORDS \
        or first.text.endswith(LIST_GOES_ON) or getattr(first, "sidebar", False) and gap < _TOUCHING * first.size \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) \
        and not getattr(first, "at_item_pitch", False)  # a drawn marker's item goes on, too; a tight list's not


def _value_goes_back(first: Phys, second: Phys) -> bool:
    """A label's value beside it ("Website  https://huongnguyen-") with no room at its `edge` for
    the rest of its address goes on back at its row's left, under the label, as inline text wraps."""
    return first.beside and 0 < first.x0 - second.x0 <= 8 * first.size and first.edge > 0 \
        and first.edge - first.x1 < second.x1 - second.x0 and address_goes_on(first.text, second.text)


def at_column_edge(line: Phys) -> bool:
    """`line` ends where its column does (`edge`), no room left there for one more letter: a word
    too long for the column (an address) is broken there, anywhere (`lines.address_goes_on`)."""
    return line.edge > 0 and line.edge - line.x1 < _LETTER * line.size


def _inside_item(first: Phys, second: Phys, gap: float) -> bool:
    """In a column whose items stand apart (`sidebar.item_gaps`), a full line (no room for the
    next line's first word) followed within the gap inside one item goes on: "AWS Certified
    Solutions" / "Architect - Professional,". A line with room left (a degree over its school)
    or ending a sentence or a label stays a line of its own."""
    return 0 < getattr(first, "item_gap", 0.0) and gap <= first.item_gap and _full(first, second) \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) \
        and not strip_bullet(Line(second.text)).is_bullet


def _full_list_line(first: Phys, second: Phys) -> bool:
    """In a narrow column, a full line of a comma list ("Systems: Epic, Pyxis", no room for the
    next line's first word) goes on over the next line unless that opens a group of its own
    ("Leadership: Charge nurse, ..."): "MedStation, Philips" / "IntelliVue" are one list, wrapped
    where the column ends, capitals or not; so does a group's label too long to leave room for
    its list ("Programming Languages:" / "Python, Go"). A line of one item (no comma) says nothing."""
    head, text = second.text.split(":")[0], first.text.rstrip()
    label = text.endswith(":") and len(text.split()) <= 3  # "Programming Languages:" / "Python, Go"
    listed = re.search(r"\w(?:[,:]| [•·]) \S", text) is not None and not text.endswith((".", "!", "?", ":", ";"))
    return _full(first, second) and not first.tags and (label or listed) \
        and not (":" in second.text and len(head.split()) <= 3) and not strip_bullet(Line(second.text)).is_bullet \
        and not starts_with_dates(second.text)


def _full(first: Phys, second: Phys) -> bool:
    """`first` ends within its column (`edge`) too near it for the next line's first word."""
    return first.edge > 0 and first.x1 <= first.edge + 1.0 \
        and first.edge - first.x1 < second.first_word + 0.6 * first.size


def _room_left(first: Phys, second: Phys) -> bool:
    """In a sidebar, a line under the same left edge as the next that ends an em and more short
    of the column's edge (`edge`, set by `sidebar.column_edges`) had room for the next line's
    first word: the next line is an item of its own ("Python" over "pandas" in a list of
    skills, one a line), even in lower case. Lines that do not share a left edge (a name set
    centred over two lines) are left to the other rules."""
    return getattr(first, "sidebar", False) and first.edge > 0 and abs(second.x0 - first.x0) < 1.5 \
        and first.edge - first.x1 > second.first_word + first.size


def _no_room_in_cell(first: Phys, second: Phys) -> bool:
    """A line of a card in a grid of cells (`lists_beside.py` gives it its cell's `edge` and
    marks it `in_cell`) that ends too near the cell's edge for the next line's first word, under
    the same left edge, wraps onto it in any case: two cards side by side are narrow columns,
    yet a school's name cut at the cell's edge is one name. Not after a sentence's end, nor
    onto dates."""
    return getattr(first, "in_cell", False) and first.edge > 0 and abs(second.x0 - first.x0) < 1.5 \
        and first.edge - first.x1 < second.first_word + 0.6 * first.size \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) and not parse_dates(second.text)


def _under_same_edge(first: Phys, second: Phys) -> bool:
    """Under the same left edge; in a sidebar within half an em (an icon's indent differs by a
    hair from line to line), or centred one over the other within half an em (a name set over
    two lines)."""
    if abs(second.x0 - first.x0) < 1.5:
        return True
    return getattr(first, "sidebar", False) and (abs(second.x0 - first.x0) < 0.5 * first.size
                                                  or abs(second.x0 + second.x1 - first.x0 - first.x1) < first.size)
