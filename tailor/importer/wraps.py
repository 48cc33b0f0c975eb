"""Whether one physical PDF line goes on the line before it (a wrap the layout engine made) or
starts a line of its own: the room left at the end of the line, the left edge, the type, the
leading, and what the words say ("...University of Texas at" cannot end a line; "Automated
weekly reporting" opens a point). `pdf.py` lays the lines out; this module only judges pairs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from tailor.importer.dates import date_goes_on, parse_dates
from tailor.importer.fields import is_contact_detail, is_location, is_url
from tailor.importer.lines import Line, strip_bullet
from tailor.importer.narrow_wraps import narrow_wrap
from tailor.importer.whole_lines import ends_whole
from tailor.importer.wrap_words import (
    JOINING_WORDS,
    LIST_GOES_ON,
    address_word,
    closes_parenthesis,
    one_line_sentence,
    opens_point,
    starts_with_dates,
)

if TYPE_CHECKING:
    from tailor.importer.pdf import _Phys as Phys


def wraps(first: Phys, second: Phys, right_edge: dict[int, float], leading: float = 0.0) -> bool:
    """True when `second` is the continuation of `first`, wrapped by the layout engine."""
    if second.page not in (first.page, first.page + 1) or second.marked:
        return False  # a drawn list marker at its left (`drawn_markers.py`): the line opens an item
    if abs(first.size - second.size) > 0.6:
        return _parenthesis_in_smaller_type(first, second)
    if _new_sentence_in_other_type(first, second):
        return False
    if first.tags and _chip_row(first, second):
        return True
    if first.narrow and second.narrow:
        return narrow_wrap(first, second, leading)
    room = min(right_edge[first.page], first.edge or right_edge[first.page]) - first.x1 \
        - (getattr(first, "gutter", 0.0) if abs(first.size - second.size) < _SAME_SIZE else 0.0)
    if _right_set_wrap(first, second, right_edge[first.page]) or _range_at_margin(first, second, leading):
        return True
    if second.x0 < first.x0 - 1.5 and not _hanging_wrap(first, second, room) \
            and not _float_wrap(first, second, room, leading):
        return False
    if strip_bullet(Line(second.text)).is_bullet and not _hyphen_after_full_line(first, second, room):
        return False
    if second.page == first.page and second.top - first.bottom > max(0.8, leading + 0.4) * first.size:
        return False
    if second.chars and first.chars and starts_bold(second) and not ends_bold(first):
        return False
    if closes_parenthesis(first.text, second.text) and abs(second.x0 - first.x0) < 1.5:
        return True
    if starts_with_dates(second.text):  # "Sep 2012 – May 2014 | ..." opens a meta line, but a line left
        return date_goes_on(first.text, second.text) or first.text.rstrip().endswith(_OPEN_SEPARATOR) \
            and abs(second.x0 - first.x0) < 1.5  # open after a separator ("NPQLT — Ambition Institute —") goes on
    if ends_whole(first.text, second.text):
        return False  # "..., 2020-02 - Present" over "Led the ...", "EDUCATION" over "Stanford University"
    if is_location(second.text) and not first.text.rstrip().endswith(_PLACE_GOES_ON):
        return False  # "Memorial Hermann Texas Medical Center" over "Houston, TX": the place is a line of its own
    if first.text.endswith(LIST_GOES_ON) and abs(second.x0 - first.x0) < 1.5:
        return True  # "Major courses: A · B ·" / "C · D": a list cut after its separator goes on
    if _centred_wrap(first, second, room) or _marked_item_goes_on(first, second, leading):
        return True
    if second.x0 > first.x0 + first.size and not strip_bullet(Line(first.text)).is_bullet:
        return False  # a wrap goes back to the line's left edge; an indented line starts a list
    if (opens_point(first.text, second.text) or one_line_sentence(first.text, second.text)) \
            and not _under_drawn_marker(first, second):
        return False
    if room < second.first_word + 0.6 * first.size or _stops_mid_phrase(first, second) \
            or _set_tight(first, second, leading) or _under_point_text(first, second, room):
        return True
    # a narrow column or table cell wraps long before the page edge: the next line going on in
    # lower case, under the same left edge, after a line that did not end a sentence
    head = second.text.split()[0]
    return abs(second.x0 - first.x0) < 1.5 and head[:1].islower() and not starts_with_dates(first.text) \
        and sum(w.isalpha() for w in first.text.split()) >= 4 \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) and "@" not in head and not is_url(head)


def float_gutter(lines: list) -> None:
    """Dates floated beside a title keep a gutter from it (a flex gap, a table cell's padding): the
    title wraps once its next word would not fit short of that gutter, so "Stanford University —
    Master of Science in Human-Computer" ends more than the width of "Interaction" before the
    dates and still wrapped. A line with pieces beside it in its row and its own edge (`edge`,
    where `page_measures.float_edges` found dates beside it) has that much less room (`gutter`)
    for a next line in its very type (a title's wrap; what follows a title is often set
    smaller): an em at most, and no more than the least room any such line of the document
    leaves (a layout that runs its titles up to the dates keeps no gutter). Not in narrow columns."""
    beside = [p for p in lines if p.edge and not p.alone and not p.narrow]
    gutter = max(0.0, min((p.edge - p.x1 for p in beside), default=0.0))
    for p in beside:
        p.gutter = min(gutter, _GUTTER * p.size)


def _under_point_text(first: Phys, second: Phys, room: float) -> bool:
    """"• Owned manufacturing processes ..., from" over "design-for-manufacture to ...", the
    second line starting under the point's text, right of its marker (a hanging indent): the
    point's text wrapped, though its line left room for the next word. TeX sets ragged-right
    text by whole paragraphs and may break a line short of the edge, so room alone says little
    there; but a line that stops before two thirds of its measure did not wrap ("• Secondary
    Mathematics" over its degree, set indented). Only a marked point that has not ended its
    sentence, a next line with no marker of its own that goes on the phrase (in lower case, or
    after a joining word or a comma, or ending the sentence: "... Year 12 and 13 Further" over
    "Mathematics."; "• Management, Technology and Economics" over "CAS in Technology Leadership"
    is a degree under its field, set indented)."""
    indent, words = second.x0 - first.x0, first.text.split()
    return second.page == first.page and 0.5 * first.size <= indent <= 2.5 * first.size \
        and room < (first.x1 + room - first.x0) / 3 \
        and (second.text[:1].islower() or words[-1].lower() in JOINING_WORDS or first.text.endswith((",", "-"))
             or _ends_sentence(first, second)) \
        and strip_bullet(Line(first.text)).is_bullet and not strip_bullet(Line(second.text)).is_bullet \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) and not starts_with_dates(second.text)


def _marked_item_goes_on(first: Phys, second: Phys, leading: float) -> bool:
    """"• Raised customer-satisfaction (NPS) from 41 to 63" over "by re-scheduling staff to match
    traffic.": where a list's markers are drawn (`drawn_markers.py`), every item's first line
    has one, so a line under a marked line's text, with none of its own, in its type and at the
    document's line spacing, is that item's text wrapping, though the room left at the end of
    the marked line (measured to the page's edge, past a narrower card) says it could have gone
    on, or its words read as a sentence of their own. Only a point's words: the marked line
    runs on for a few words and did not end its sentence, and the next goes on in lower case
    or with a number ("Key Stages 3–" / "5, including Year 12"), never with an address (an
    icon before "Seattle, US" over the person's site is no list marker). The line taken is
    marked as the item's (`item_row`), so the item's third line goes on it the same way."""
    head = second.text.lstrip()[:1]
    point = first.marked and len(first.text.split()) >= _POINT_WORDS or getattr(first, "item_row", False)
    goes_on = point and second.page == first.page \
        and not second.marked and abs(second.x0 - first.x0) < 1.5 and abs(second.size - first.size) < _SAME_SIZE \
        and 0 <= second.top - first.bottom <= (leading + 0.3) * first.size and (head.islower() or head.isdigit()) \
        and not is_contact_detail(second.text.strip()) \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";"))
    if goes_on:
        second.item_row = True
    return goes_on


def _new_sentence_in_other_type(first: Phys, second: Phys) -> bool:
    """"- Run cycle counts ... in Manhattan WMS." over "Lead Associate, Inbound" set a little
    larger: a line that ended its sentence, over a capitalised line in another type size (even a
    fraction of a point apart, as a layout that shrinks each title to fit its box sets it), opens
    a line of its own. A wrapped paragraph keeps its type, so only a line in the same size can be
    the rest of a sentence; and a sentence that ended wraps onto nothing."""
    return abs(first.size - second.size) >= _SAME_SIZE and first.text.rstrip().endswith(_ENDS[:3]) \
        and second.text.lstrip()[:1].isupper()


def _under_drawn_marker(first: Phys, second: Phys) -> bool:
    """`second` sits under the text of an item whose marker is drawn (`drawn_markers.py`), with
    no marker of its own: a list that draws its markers draws one for every point, so a
    capitalised deed or sentence there ("Collaborated with designers ...") is no point that lost
    its marker, and a marked point's second sentence stays with it: whether it goes on is the
    room's to say."""
    return (first.marked or getattr(first, "item_row", False)) and not second.marked \
        and abs(second.x0 - first.x0) < 1.5


def _parenthesis_in_smaller_type(first: Phys, second: Phys) -> bool:
    """"Co-operative Academy | Trainee Teacher (School" over "Direct)": an entry's header set in
    two sizes (the employer large, the role smaller) has the size of its larger part, so the
    rest of its role wrapping in the smaller type looks like another line. A parenthesis left
    open at the line's end and closed right under it, under the same left edge, goes on, and so
    does a line cut after a comma ("... | Registered Nurse II," over "Cardiac Step-Down Unit")."""
    return second.page == first.page and second.size < first.size and abs(second.x0 - first.x0) < 1.5 \
        and 0 <= second.top - first.bottom <= 0.5 * first.size \
        and (closes_parenthesis(first.text, second.text) or first.text.rstrip().endswith(",")
             and not starts_with_dates(second.text) and not is_contact_detail(second.text))


def _right_set_wrap(first: Phys, second: Phys, right_edge: float) -> bool:
    """"Data" over "Visualization", set flush right in a narrow left column (a skill group's
    name, a label beside its text): a name too long for its column wraps onto a line that ends
    where it ends, all but touching it (closer than a third of an em; separate labels stand
    further apart). Only a line ending well short of the page's right edge: a right-set contact
    block there has its own rules."""
    gap = second.top - first.bottom
    return second.page == first.page and abs(second.x1 - first.x1) < 1.0 and abs(second.x0 - first.x0) > 1.5 \
        and 0 <= gap < 0.35 * first.size and right_edge - first.x1 > 10 * first.size \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) and not is_contact_detail(first.text) \
        and not is_contact_detail(second.text) and not strip_bullet(Line(second.text)).is_bullet \
        and (not starts_with_dates(second.text) or date_goes_on(first.text, second.text))


def _centred_wrap(first: Phys, second: Phys, room: float) -> bool:
    """A centred title set over two lines ("WAREHOUSE OPERATIONS" / "SUPERVISOR" under a centred
    name): the second line is centred under the first, so it starts further right, and the first
    had no room for its next word on either side (centred text leaves as much room on the left
    as on the right). A line cut after a comma ("Director of Manufacturing Engineering," /
    "Europe") goes on whatever the room: the page's edge may lie far past the box the title is
    centred in."""
    return abs(first.x0 + first.x1 - second.x0 - second.x1) < first.size and second.x0 > first.x0 + first.size \
        and (2 * room < second.first_word + 0.6 * first.size or first.text.rstrip().endswith(",")) \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";"))


def _range_at_margin(first: Phys, second: Phys, leading: float) -> bool:
    """"Jun 2016 – Mar" at a right tab stop over "2019" back at the left margin: a Word line whose
    title left no room for its whole date range wraps the rest of the range to the next line,
    wherever that starts. Only the rest of a range (a year or month and year), close under it."""
    return second.page == first.page and len(second.text.split()) <= 2 and bool(parse_dates(second.text)) \
        and second.top - first.bottom <= max(0.8, leading + 0.4) * first.size \
        and date_goes_on(first.text, second.text)


def _chip_row(first: Phys, second: Phys) -> bool:
    """A row of chips (a tag cloud, `tags`) goes on over the next row when that starts under its
    first chip, in its type, and holds short names only: "Fermentation" ending one row, "Pastry
    basics" opening the next (on the next page, even) are two items of one list. The next row
    is then a row of chips itself, so a third row goes on too. Rows of chips stand apart by
    their padding; a line closer under the row than that is a chip's own text wrapping."""
    near = second.page == first.page + 1 or second.page == first.page \
        and 0.6 * first.size < second.top - first.bottom < 2 * first.size
    if not (near and abs(second.x0 - first.x0) < 1.5 and abs(second.size - first.size) < 0.3
            and starts_bold(second) == starts_bold(first)) or parse_dates(second.text) \
            or starts_bold(second) and not ends_bold(second):  # "Backend: Node.js, ...": a list of its own
        return False
    if not all(0 < len(item.split()) <= 3 for item in second.text.split(", ")):
        return False
    second.tags = True
    return True












def _set_tight(first: Phys, second: Phys, leading: float) -> bool:
    """In a document set with generous leading, two lines under one left edge set far closer
    than that ("CSE 451 - Operating" / "Systems" in a narrow list) are the lines of one item;
    items and paragraphs stand at least the usual leading apart. A web address alone on its line
    is whole: set tight over words with spaces ("https://www.acme.com/" over "Staff Engineer",
    an entry's link over its role) it is a line of its own, not their first word."""
    gap = second.top - first.bottom
    return leading >= 0.35 and second.page == first.page and 0 <= gap < 0.4 * leading * first.size \
        and abs(second.x0 - first.x0) < 1.5 and starts_bold(second) == ends_bold(first) \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";", ",")) \
        and not (len(first.text.split()) == 1 and address_word(first.text.strip()) and " " in second.text.strip())


def _hanging_wrap(first: Phys, second: Phys, room: float) -> bool:
    """A list item whose marker is drawn inside its box: the first line starts after the
    marker, the wrapped rest a little to the left of it (under the marker). Taken only when
    the first line ran to the right edge and the rest starts less than 1.5 ems further left."""
    return first.x0 - 1.5 * first.size <= second.x0 and room < second.first_word + 0.6 * first.size \
        and not strip_bullet(Line(second.text)).is_bullet


_SENTENCE_WORDS = 6


def _float_wrap(first: Phys, second: Phys, room: float, leading: float) -> bool:
    """Text set beside floated boxes (a role and its dates on the left) runs on under them once
    they end: "... and four department" beside the dates, then "managers." further left on the
    next row, alone there. Taken when the first line ran out of room and the next goes on in
    lower case (or the first broke after a hyphen, or the next ends the sentence the first left
    open: "... for Pupil" then "Premium students."), at the document's line spacing; never a line
    that opens with a web address or email, an item of a contact column of its own."""
    head = second.text[:1]
    ends = _ends_sentence(first, second)
    return second.alone and room < second.first_word + 0.6 * first.size and not starts_with_dates(first.text) \
        and not is_contact_detail(second.text.split()[0]) \
        and (head.islower() or first.text.endswith("-") and head.isalnum() or ends and head.isalnum()) \
        and 0 <= second.top - first.bottom <= (leading + 0.4) * first.size


def _ends_sentence(first: Phys, second: Phys) -> bool:
    """The next line ends the sentence the first left open ("... Year 12 and 13 Further" then
    "Mathematics."): a sentence under way, not a place or a date cell."""
    return second.text.rstrip().endswith(".") and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) \
        and len(first.text.split()) >= _SENTENCE_WORDS


_OPEN_SEPARATOR = (" –", " —", " |")  # a line that ends on a separator between fields left its next one
_PLACE_GOES_ON = (",", *_OPEN_SEPARATOR)  # "Sulzer AG –" over "Winterthur, Switzerland": its place, wrapped
_GUTTER = 1.0  # ems: the widest gutter taken between a line and the dates floated beside it
_SAME_SIZE = 0.2  # points: two lines set in one size
_POINT_WORDS = 4  # a marked line of fewer words is a label (a place beside its icon), not a point's text


def _stops_mid_phrase(first: Phys, second: Phys) -> bool:
    """"University of Texas at" / "Austin": a line cannot end on "at", "of", "and" or "de", so in
    a narrow column (far from the page's right edge) the next line under the same left edge,
    in the same type, finishes it."""
    words = first.text.split()
    return len(words) >= 2 and words[-1].lower() in JOINING_WORDS and abs(second.x0 - first.x0) < 1.5 \
        and starts_bold(second) == ends_bold(first) and not starts_with_dates(second.text)


def cell_wrap(cell: Phys, beside: Phys, line: Phys, leading: float, rows_apart: bool = False) -> bool:
    """A bold title in a table cell that wrapped ("Senior Manufacturing Engineer, Grain
    Processing" / "Equipment") while the dates cell beside it held one line: in reading order the
    dates come between the title and the rest of it. The rest follows at the document's own
    line spacing: rows of a label table ("Website  https://..." over "Email  x@y.com") stand
    further apart than the lines of one cell. And a cell wraps only once it has filled a good
    part of the room before the cell beside it: "Freelance" over "Data Analyst" are two lines.
    Where the document sets its titles over a second bold row (`rows_under_titles`), a title
    wrapped only when the next row's first word would not have fitted before the dates."""
    return _title_over_row(cell, beside, line, leading) and _fills_cell(cell, beside) \
        and not (rows_apart and cell.x1 + _SPACE * cell.size + line.first_word
                 < beside.x0 - getattr(cell, "gutter", 0.0))


def rows_under_titles(lines: list[Phys], leading: float) -> bool:
    """"Teacher of Mathematics" beside its dates, then "Levenshulme High School" in bold under
    it: a title too short to have wrapped over a bold row of its own shows that the layout sets
    each entry's title over a second bold row (role over employer, degree over school). A layout
    sets all its entries alike, so there a longer title over its bold row ("Second in Mathematics
    Department" / "Burnage Academy for Boys") is two lines too, unless it ran out of room."""
    return any(_title_over_row(a, b, c, leading) and not _fills_cell(a, b)
               for a, b, c in zip(lines, lines[1:], lines[2:]))


def _title_over_row(cell: Phys, beside: Phys, line: Phys, leading: float) -> bool:
    """A bold line, a piece beside it (its dates), then a bold line under it at its left edge,
    in its type and at the document's line spacing."""
    return (beside.beside and not cell.beside and not line.beside and cell.page == line.page
            and abs(line.x0 - cell.x0) < 1.5 and abs(line.size - cell.size) < 0.6
            and ends_bold(cell) and starts_bold(line) and not starts_with_dates(line.text)
            and 0 <= line.top - cell.bottom <= (leading + 0.15) * cell.size
            and not cell.text.rstrip().endswith((".", ":", ";")))


def _fills_cell(cell: Phys, beside: Phys) -> bool:
    return cell.x1 - cell.x0 >= 0.4 * (beside.x0 - cell.x0)


_SPACE = 0.3  # ems: a space between two words, at most


def _hyphen_after_full_line(first: Phys, second: Phys, room: float) -> bool:
    """"CSE 444 - Database Systems" (or "Business Administration – Marketing") wrapped before its
    dash reads like a "- " bullet. A dash line that starts at the same x as a full-width,
    non-bullet line is taken as its continuation when it is short (under half the full line's
    width: the rest of a title), or when neither line ends a sentence and the dash line runs to
    the same edge (a list wrapped twice: "..., CSE 444" / "- Database Systems, ..., CSE"). A real
    dash list starts under a shorter line (a title, a heading) or is itself indented, and its
    points run long and end their sentences ("– Supervise 45 associates across receiving, ...
    DC." under a role's full-width title line is a point, not the title's rest)."""
    if not (second.text.lstrip().startswith(("- ", "– ")) and abs(second.x0 - first.x0) < 1.5
            and not strip_bullet(Line(first.text)).is_bullet and room < 3 * first.size):
        return False
    full = first.x1 + room - second.x1 < 3 * first.size and not first.text.rstrip().endswith(_ENDS) \
        and not second.text.rstrip().endswith(_ENDS)
    return full or second.x1 - second.x0 < _SHORT_REST * (first.x1 - first.x0)


_SHORT_REST = 0.5  # a title's rest after its dash takes less than this share of the full line
_ENDS = (".", "!", "?", ":", ";")  # a line ending on one of these ended its sentence


def starts_bold(line: Phys) -> bool:
    return next((b for c, b in line.chars if c.strip()), False)


def ends_bold(line: Phys) -> bool:
    return next((b for c, b in reversed(line.chars) if c.strip()), False)
