"""Blocks printed twice: a page that shows the same lines again, a copy rather than more content.

A web resume printed from a browser whose stylesheet did not load (offline, a CDN blocked, a
"Save as PDF" of a page whose print CSS failed) shows what the stylesheet would have hidden: a
mobile and a desktop copy of a section, one under the other. Some templates print a second copy
of a block on purpose too (a header shown on screen and again for print). Read as content, the
copy doubles every job, school and skill of the section. So a run of lines whose texts repeat an
earlier run of the same document, line for line, is a duplicate: one copy is kept, the other is
taken out before sections are split and reported as furniture (`page_furniture.FURNITURE_SECTIONS`),
never counted as a line the user must place (docs/ARCHITECTURE.md, "Resume import").

A run counts when it is a whole section (its heading and at least one line under it), or three
lines or more with an entry's header among them whose copies stand in different sections (a
contact block printed again on page 2): a single repeated line (a bullet used in two jobs, the
employer of two stints), copied bullets (two jobs with the same duties) and two entries alike in
one section (two summers in the same job) are content, never a copy.

Lines of another layer may be set among a copy's lines (a header box drawn over the first copy,
whose contact details reading order interleaves with it): lines in one copy only, whose place and
size no line of the copies has, are skipped when matching, and when only such lines stand among
the two copies, they are read before the kept copy (they belong to the block above it, the box
laid over the page), not inside it. Where both copies differ at one place (another date, another
degree), they are two entries sharing some lines.

A line can be printed twice too: a heading with a text shadow (CSS `text-shadow`, common on
portfolio pages printed to PDF) is drawn once in the shadow's colour and once over it, a few
points apart, and the text layer holds both (`shadow_copies`).
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.lines import Line
from tailor.importer.result import Unparsed
from tailor.importer.sections import section_key

_MIN_LINES = 3  # a run this long (with an entry's header) is a copy even without its section heading
_SKIP = 2  # at most this many lines of another layer between two matched lines of a copy
SECTION = "printed twice"
_REASON = "a second copy of lines printed above it (the page shows the block twice)"


def split_printed_twice(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines with each block printed twice read once, and the dropped copy's lines as
    furniture items (section `SECTION`)."""
    lines, shadows = shadow_copies(lines)
    keys = [" ".join(line.text.split()).casefold() for line in lines]
    used: set[int] = set()
    blocks: list[tuple[list[int], list[int]]] = []
    for j in range(len(lines)):
        if j in used or not keys[j]:
            continue
        best: list[tuple[int, int]] = []
        for i in range(j):
            if i not in used and keys[i] == keys[j]:
                pairs = _align(lines, keys, i, j, used)
                if len(pairs) > len(best) and _is_block(lines, pairs):
                    best = pairs
        if best:
            first, second = [a for a, _ in best], [b for _, b in best]
            used.update(first + second)
            blocks.append((first, second))
    if not blocks:
        return lines, shadows
    order = list(range(len(lines)))
    dropped: list[int] = []
    for first, second in blocks:
        keep, drop = (second, first) if _crosses_page(lines, first) and not _crosses_page(lines, second) \
            else (first, second)
        dropped += drop
        order = _reorder(lines, order, first, second, keep, used)
    out = set(dropped)
    return [lines[i] for i in order if i not in out], shadows + [Unparsed(SECTION, lines[i].text, _REASON)
                                                                 for i in sorted(dropped)]


def _style(line: Line) -> tuple[int, float]:
    return round(line.x), round(line.size, 1)


def _align(lines: list[Line], keys: list[str], i: int, j: int, used: set[int]) -> list[tuple[int, int]]:
    """The lines of the run at `i` matched one for one with the run at `j`, in order; lines of
    another layer (`_foreign`) may stand between two matches in one of the copies."""
    pairs = [(i, j)]
    styles = {_style(lines[i]), _style(lines[j])}
    while True:
        a, b = pairs[-1]
        options = [(a2 - a + b2 - b, a2, b2) for a2 in range(a + 1, min(a + 2 + _SKIP, j))
                   for b2 in range(b + 1, min(b + 2 + _SKIP, len(lines)))
                   if keys[a2] and keys[a2] == keys[b2] and a2 not in used and b2 not in used]
        found = None
        for _, a2, b2 in sorted(options):
            seen = styles | {_style(lines[a2]), _style(lines[b2])}
            if (a2 == a + 1 or b2 == b + 1) \
                    and all(_foreign(lines[k], seen) for k in [*range(a + 1, a2), *range(b + 1, b2)]):
                found = (a2, b2)
                break
        if not found:
            return pairs
        pairs.append(found)
        styles |= {_style(lines[found[0]]), _style(lines[found[1]])}


def _foreign(line: Line, styles: set[tuple[int, float]]) -> bool:
    """A line of another layer: set at another place and in another size than every line of the
    copies. Lines standing in one copy only: where both copies differ (another date, another
    role), they are two entries that share some lines, not one block printed twice."""
    return all(round(line.x) != x and round(line.size, 1) != size for x, size in styles)


def _is_block(lines: list[Line], pairs: list[tuple[int, int]]) -> bool:
    """A whole section (a heading Tailor knows and its body), or a run of three lines or more,
    not only list points, whose copies a section heading parts (a contact block printed again
    atop page 2). Within one section, a run that repeats is two entries alike (two summers in one
    job, the same duties copied), never a copy."""
    first = [lines[a] for a, _ in pairs]
    if len(first) >= 2 and section_key(first[0]) not in (None, "unknown"):  # a school in large type is no heading
        return True
    return len(first) >= _MIN_LINES and any(not line.is_bullet for line in first) \
        and any(section_key(line) not in (None, "unknown") for line in lines[pairs[-1][0] + 1:pairs[0][1]])


def _crosses_page(lines: list[Line], copy: list[int]) -> bool:
    """Whether a copy runs over a page break (the other copy, on one page, keeps its layout
    cues whole: an entry's header and its points together)."""
    return len({lines[i].page for i in copy}) > 1


def _reorder(lines: list[Line], order: list[int], first: list[int], second: list[int], keep: list[int],
             used: set[int]) -> list[int]:
    """`order` with the lines of another layer that stand among the two copies read before the
    kept copy, when nothing else stands there (see the module's docstring)."""
    start, end = order.index(first[0]), order.index(second[-1])
    copies = set(first) | set(second)
    among = [i for i in order[start:end + 1] if i not in copies]
    styles = {_style(lines[i]) for i in copies}
    if not among or any(i in used or not _foreign(lines[i], styles) for i in among):
        return order
    return order[:start] + among + keep + order[end + 1:]


_SHADOW_REASON = "the shadow of the line above it (the page draws this text twice)"


def shadow_copies(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines with text drawn twice read once. A shadowed line comes in two forms: a line
    right under one of the same text, place and size, its shadow a fraction of a line lower
    (dropped, as furniture); or one line whose glyphs were merged with their shadow's, every run
    of words printed twice in a row ("HELLO, WORLD. HELLO, WORLD.", "I'm Jo I'm Jo Doe. Doe.",
    a name wrapped over two lines), read once. A doubled word alone ("Walla Walla") is content
    unless a line beside it in its type is doubled too (one shadowed element wrapped); and two
    consecutive doubled lines in one type are that element's lines, joined back."""
    kept: list[Line] = []
    dropped: list[Unparsed] = []
    shadowed: set[int] = set()  # lines whose shadow was a line of its own
    for line in lines:
        before = kept[-1] if kept else None
        if before is not None and line.text.strip() and line.text == before.text and _overlaps(before, line):
            dropped.append(Unparsed(SECTION, line.text, _SHADOW_REASON))
            shadowed.add(len(kept) - 1)
            continue
        kept.append(line)
    halves = [line.text if index in shadowed else _undoubled(line.text) for index, line in enumerate(kept)]
    out: list[Line] = []
    for index, (line, half) in enumerate(zip(kept, halves)):
        if half is None:
            out.append(line)
            continue
        mates = [index + step for step in (-1, 1) if 0 <= index + step < len(kept) and halves[index + step]
                 and _same_type(kept[index + step], line)]
        if len(half.split()) < 2 and not mates and index not in shadowed:
            out.append(line)
            continue
        if out and index - 1 in mates and out[-1].text == halves[index - 1]:
            out[-1] = replace(out[-1], text=f"{out[-1].text} {half}")
            continue
        out.append(replace(line, text=half, bold_prefix="", bold_tail="", bold_runs=()))
    return out, dropped


def _overlaps(first: Line, second: Line) -> bool:
    """Set at one place in one size, the second at most a third of a line lower: a shadow."""
    return first.page == second.page and abs(first.x - second.x) < 1.0 and abs(first.size - second.size) < 0.1 \
        and first.size > 0 and 0 <= second.y - first.y <= first.size / 3


def _same_type(first: Line, second: Line) -> bool:
    return first.page == second.page and abs(first.size - second.size) < 0.1 and first.size > 0 \
        and abs(second.y - first.y) <= 2 * first.size


def _undoubled(text: str) -> str | None:
    """The text once when every run of its words is printed twice in a row, else None. Rules
    drawn around the text ("| TITLE |", its bars doubled too) and the commas that join the
    copies are no words of it."""
    words, at, once = text.strip(_RULES).split(), 0, []
    keys = [word.rstrip(",") for word in words]
    while at < len(words):
        size = next((k for k in range(1, (len(words) - at) // 2 + 1)
                     if keys[at:at + k] == keys[at + k:at + 2 * k]), 0)
        if not size:
            return None
        once += words[at:at + size]
        at += 2 * size
    return " ".join(once).rstrip(",") if once else None


_RULES = " |,·•-–—"
