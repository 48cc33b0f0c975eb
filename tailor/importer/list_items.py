"""Line cues read before a section is cut into entries: which lines are only dates, a place or
a link (they add to an entry, never open one, unless the layout sets each entry's dates above
its title), dates set on two lines of a timeline column, and
list items whose markers the PDF does not carry (indented under their header, or set side by
side as a grid). `entries.py` groups the lines; these decide what a line is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.dates import date_goes_on, is_duration, parse_dates, stacked_dates, trailing_dates
from tailor.importer.lines import Line

_BROWSER_INDENT = 30.0  # points: a list's default padding in a browser (40px), the page printed at 100%
# A label over the entry's own list ("Courses" then the courses as a list).
LIST_LABEL = re.compile(r"^(courses|coursework|relevant coursework|key courses|highlights|key achievements|"
                        r"achievements|responsibilities|accomplishments)\s*:?$", re.I)


def line_dates(line: Line) -> bool:
    """Some part of the line is dates ("Acme | 2019 - 2021", "Acme, Jan 2020 - Present")."""
    return any(parse_dates(p) or trailing_dates(p) for p in fields.split_parts(line.text))


def is_meta_only(line: Line) -> bool:
    """A line of dates/place/URL, or of who issued the entry ("Issued by: Google"), only adds to
    an entry (it opens one only as dates set above each title: `dates_over_title`)."""
    return all(parse_dates(p) or is_duration(p) or fields.is_url(p) or fields.is_location(p)
               or fields.ISSUER_LABEL.match(p) for p in fields.split_parts(line.text))


def dates_over_title(line: Line, header: list[Line]) -> bool:
    """Dates alone on a line, under an entry that also opened with dates alone and has its
    title since: the layout sets each entry's dates above its title, so these are the next
    entry's (a date line under a title-first entry still adds to it)."""
    return len(header) >= 2 and line_dates(line) and is_meta_only(line) \
        and line_dates(header[0]) and is_meta_only(header[0]) and not all(is_meta_only(h) for h in header)


def title_over_dates(line: Line, header: list[Line], after: list[Line]) -> bool:
    """A line with dates alone right under it, after an entry that opened the same way (its
    title, then its dates): the next entry's title, even with no gap or bold type to say so
    (cells of a grid read in order: school, dates, school, dates). So is a line set like the
    entry's title, with its dates as many lines under it as the entry's own ("University of
    Texas", "Ph.D. in Computer Science", "Jun 2011", then the next school set the same way)."""
    if len(header) < 2 or not after or is_meta_only(line) or is_meta_only(header[0]):
        return False
    at = next((i for i, h in enumerate(header) if line_dates(h)), 0)
    if not at or not is_meta_only(header[at]) or len(after) < at:
        return False
    styled = at == 1 or _set_like(line, header[0]) and not any(_set_like(h, header[0]) for h in header[1:at])
    ahead = after[at - 1]
    return styled and bool(line_dates(ahead)) and is_meta_only(ahead) and not ahead.is_bullet \
        and not any(line_dates(a) or a.is_bullet for a in after[:at - 1])


def _set_like(line: Line, title: Line) -> bool:
    return bool(line.size) and abs(line.size - title.size) < 0.3 and line.bold == title.bold \
        and line.heading == title.heading


def join_stacked_dates(lines: list[Line]) -> list[Line]:
    """Dates set on two lines of their own (a timeline column) are one line, so the entry sees
    one range, not a start date and a second set of dates. So is a line whose date was cut at
    its end ("University Hospital Galway | Mar" over "2019 – Present", `dates.date_goes_on`):
    a text file or a PDF copied as text keeps the break the page made."""
    out: list[Line] = []
    for line in lines:
        plain = out and not (line.is_bullet or out[-1].is_bullet)
        joined = stacked_dates(out[-1].text, line.text) if plain else None
        if joined:
            out[-1] = replace(out[-1], text=joined, bold_prefix="")
        elif plain and date_goes_on(out[-1].text, line.text):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text.strip()}", bold=out[-1].bold and line.bold)
        else:
            out.append(line)
    return out


def row_items(lines: list[Line]) -> list[Line]:
    """A list set as a grid ("CSE 451 - Operating Systems   CSE 444 - Database Systems" on one
    row): two or more plain lines of one type sharing a row, none of them a date, place or
    link, are list items. Title and dates, or label and value, are not plain alike. A grid read
    column by column has only its items between two of a row; level lines with an entry's dates
    read between them (two schools' cards side by side, each read whole: "PGCE ..." beside
    "Licencjat (BSc)", the first card's dates in between) belong to their cards, not to a row."""
    rows: dict[tuple[int, float], list[int]] = {}
    for index, line in enumerate(lines):
        if line.size:
            rows.setdefault((line.page, round(line.y)), []).append(index)
    grid = {i for row in rows.values() if len(row) >= 2
            and not any(line_dates(lines[at]) for at in range(row[0], row[-1]))
            and all(_grid_item(lines[i], lines[row[0]]) for i in row)
            and not _beside_dates(lines, lines[row[0]]) for i in row if i > 0}
    return [replace(line, list_item=True) if i in grid else line for i, line in enumerate(lines)]


def _beside_dates(lines: list[Line], first: Line) -> bool:
    """Dates alone set level with the row (in a column of dates left or right of it, often a
    point or two higher or lower): the row is an entry's header ("Senior Engineer" and "Dropbox"
    beside "2015 – 2020"), its role and employer, never a grid's items."""
    def middle(line: Line) -> float:
        return (line.y + (line.bottom if line.bottom > line.y else line.y + line.size)) / 2

    return any(line.page == first.page and abs(middle(line) - middle(first)) < 0.5 * max(first.size, line.size, 1.0)
               and round(line.y) != round(first.y) and line_dates(line) and is_meta_only(line) for line in lines)


def _grid_item(line: Line, first: Line) -> bool:
    """A short name in the row's type; a piece that goes on a wrapped sentence (lower case,
    ending on a stop or a comma) belongs to a column of text, not to a grid."""
    text = line.text.strip()
    return abs(line.size - first.size) < 0.3 and len(text.split()) <= 6 and text[:1].isupper() | text[:1].isdigit() \
        and not text.endswith((".", ",", ";", ":")) and not (
        line.bold or line.bold_prefix or line.is_bullet or line_dates(line) or is_meta_only(line))


def beside_item(line: Line, bullets: list[Line]) -> bool:
    """A list set in columns ("CSE 451 - Operating Systems   CSE 444 - Database Systems"): a
    line on the same row as the entry's last list item, in its type, is the next item; so is a
    line on the next row that starts under an item of a row set that way."""
    last = bullets[-1] if bullets else None
    if not (last and line.size and last.page == line.page and abs(last.size - line.size) < 0.3) or line.bold:
        return False
    if abs(last.y - line.y) < 0.3 * line.size:
        return line.x > last.x
    row = [b for b in bullets if b.page == line.page and abs(b.y - last.y) < 0.3 * line.size]
    return len(row) >= 2 and 0 < line.y - last.y < 3 * line.size and any(abs(b.x - line.x) < 1.5 for b in row)


def indented(line: Line, header: list[Line]) -> bool:
    """A list whose markers the PDF does not carry (CSS list markers are often drawn, not
    written) still sits indented under its entry's header: such a line is a bullet. The indent is
    measured in the larger of its own type size and that of the header's last line, so small
    items under a "Courses" label set a little larger still count. A browser's own list indent
    (40 CSS pixels, 30 points, whatever the type size) counts too: in small type it is more ems."""
    if not header or not line.size or line.bold or line.heading or is_meta_only(line):
        return False
    left = min(h.x for h in [h for h in header if not is_meta_only(h)] or header)  # dates may sit in a gutter
    unit = max(line.size, header[-1].size)  # a list set smaller than the label over it: the label's units
    return (0.8 * line.size <= line.x - left <= 4 * unit or abs(line.x - left - _BROWSER_INDENT) < 1.0) \
        and all(abs(h.x - line.x) >= 0.5 * line.size for h in header)  # not a header line's column


def name_list(lines: list[Line], section: str) -> list[Line]:
    """Certificates or awards set as a plain list of names, one a line, with no dates (a narrow
    column, as LinkedIn's profile export sets them): each name is an entry of its own. A name
    too long for the column wraps, and its lines sit closer together than the names do, so a
    gap at the smallest spacing joins two lines into one name when the list also has a wider
    one (less than two lines' worth: a wrap already joined leaves a double gap). With only one
    spacing to go on, a line continues the name above it when that name left a parenthesis
    open or the line starts in lower case or with "(". The names come back marked as items."""
    first = lines[0] if lines else None
    if section not in ("certificates", "awards") or len(lines) < 2 or any(
            line.is_bullet or line.bold or line.heading or line.bold_prefix or not line.size or line.page != first.page
            or abs(line.size - first.size) >= 0.3 or abs(line.x - first.x) > 1 or _any_date(line) for line in lines) \
            or any(line.gap_before for line in lines[1:]):
        return lines
    gaps = [line.y - above.y for above, line in zip(lines, lines[1:])]
    if min(gaps) <= 0:
        return lines
    near = min(gaps) + 0.1 * first.size
    spaced = any(near < gap < 2 * min(gaps) for gap in gaps)
    items: list[Line] = [replace(first, list_item=True)]
    for line, gap in zip(lines[1:], gaps):
        above = items[-1].text
        if spaced and gap <= near or not spaced and (above.count("(") > above.count(")") or line.text[:1].islower()
                                                     or line.text.startswith("(")):
            items[-1] = replace(items[-1], text=f"{above} {line.text}")
        else:
            items.append(replace(line, list_item=True))
    return items


def _any_date(line: Line) -> bool:
    """Dates anywhere on the line, also after a comma or in parentheses ("Amazon Web Services, 2021")."""
    return line_dates(line) or any(parse_dates(p.strip(" ()")) for p in re.split(r"[,(]", line.text))
