"""An entry's dates stacked in a narrow column over three rows: one date, a dash, the other date.

A layout with a narrow column of dates beside its entries (a gutter left of the role and the
employer) may set each range on rows of its own, centred one under the other: "2024-07" over
"—" over "2018-03", newest first as the entries run, or the start over the end; an entry still
running shows the dash and its start only, the other row left empty, or a word for it ("Present"). Read row by row, the
three pieces land on three rows: the top date beside the entry's title, the dash and the other
date between the lines of its description, where each reads as a date of its own (a job's end
taken for a new job's dates, a lone "—" for a point). A piece that is only a dash, with a date
piece centred right above or right below it in the same column (a row's height apart at most),
makes one range with them. It is read as one piece where the stack's top row stands, level
with the entry's title: the earlier date first ("2018-03 – 2024-07", whichever way the column
printed them, since an end never comes before its start), and a lone date with the dash as a
range still open ("2020-02 –"), on the row over the dash when that row was left empty and the
entry's title stands there. See docs/ARCHITECTURE.md ("Resume import", step 1).

Pieces are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `chars`): `pdf.py`
passes its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.dates import parse_dates

_DASHES = {"-", "–", "—", "‒", "―", "−"}
_GAP = 1.0  # font sizes between the dash's row and a date's row at most: one stack
_CENTRE = 1.0  # font sizes between the dash's centre and a date's centre across at most
_MARKER_GAP = 2.0  # font sizes: text this close right of a dash on its row makes it a list marker
_ROW = 0.4  # line heights between two pieces' middles at most: one row


def _centre(piece) -> float:
    return (piece.x0 + piece.x1) / 2


def _one_date(piece) -> str | None:
    """The date `piece` is and nothing else ("2018-03-01", "Mar 2018"), else None."""
    dates = parse_dates(piece.text)
    return dates.start if dates and dates.start and dates.start == dates.end and not dates.ongoing else None


def _open_end(piece) -> bool:
    """`piece` is a word for a range still open ("Present", "heute")."""
    dates = parse_dates(piece.text)
    return bool(dates and dates.ongoing and not dates.start and not dates.end)


def _next_to(pieces: list, dash, above: bool) -> object | None:
    """The date piece right above (or right below) `dash` in its column, else None."""
    size = max(dash.size, 1.0)
    near = [p for p in pieces if p is not dash and p.page == dash.page
            and abs(_centre(p) - _centre(dash)) <= _CENTRE * size
            and (0 <= dash.top - p.bottom + _GAP * size if above else 0 <= p.top - dash.bottom + _GAP * size)
            and (dash.top - p.bottom <= _GAP * size if above else p.top - dash.bottom <= _GAP * size)
            and (p.bottom <= dash.top + 0.5 * size if above else p.top >= dash.bottom - 0.5 * size)]
    if not near:
        return None
    piece = max(near, key=lambda p: p.top) if above else min(near, key=lambda p: p.top)
    return piece if _one_date(piece) or _open_end(piece) else None


def _stack(pieces: list, dash) -> list | None:
    """The stack `dash` is the middle of (the date above, the dash, the date below; either date
    may be missing, not both), else None. A dash with text right after it on its row is a list
    marker laid out apart from its point, not a range's."""
    size = max(dash.size, 1.0)
    if dash.text.strip() not in _DASHES or any(
            p.page == dash.page and p is not dash and 0 <= p.x0 - dash.x1 < _MARKER_GAP * size
            and p.top < dash.bottom and dash.top < p.bottom for p in pieces):
        return None
    upper, lower = _next_to(pieces, dash, above=True), _next_to(pieces, dash, above=False)
    if not any(p is not None and _one_date(p) for p in (upper, lower)):
        return None  # a date at least: "Present" over a dash alone is no range
    return [p for p in (upper, dash, lower) if p is not None]


def _joined(pieces: list, stack: list, dash):
    """The stack as one piece on its top row: the earlier date, the dash, the later date (or the
    word for a range still open)."""
    dated = sorted((p for p in stack if p is not dash and _one_date(p)), key=_one_date)
    dated += [p for p in stack if p is not dash and not _one_date(p)]  # "Present"
    glyph = dash.text.strip()
    text = f"{dated[0].text.strip()} {glyph} {dated[1].text.strip()}" if len(dated) == 2 \
        else f"{dated[0].text.strip()} {glyph}"
    first = stack[0]
    bold = any(b for _, b in dated[0].chars)
    return replace(first, chars=[(ch, bold) for ch in text], x0=min(p.x0 for p in stack),
                   x1=max(p.x1 for p in stack), size=dated[0].size,
                   first_word=getattr(dated[0], "first_word", 0.0), **_top_row(pieces, stack, dash))


def _top_row(pieces: list, stack: list, dash) -> dict:
    """Where the stack's first row is: its top piece's, or, when the row over the dash was left
    empty (an entry still running), that row's, where the entry's title stands beside it and
    nothing stands beside the dash."""
    if stack[0] is not dash or len(stack) < 2:
        return {}
    step = stack[1].top - dash.top
    top, bottom = dash.top - step, dash.bottom - step
    right = max(p.x1 for p in stack)

    def beside(upper: float, lower: float) -> bool:
        return any(p.page == dash.page and p.x0 > right and abs((p.top + p.bottom) / 2 - (upper + lower) / 2)
                   <= _ROW * (lower - upper) for p in pieces)

    return {"top": top, "bottom": bottom} if beside(top, bottom) and not beside(dash.top, dash.bottom) else {}


def stacks_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each range stacked over three rows (date, dash, date)
    read as one piece on the stack's top row."""
    taken: set[int] = set()
    joined: dict[int, object] = {}
    for dash in pieces:
        if id(dash) in taken or (stack := _stack(pieces, dash)) is None \
                or any(id(p) in taken for p in stack):
            continue
        taken.update(id(p) for p in stack)
        joined[id(stack[0])] = _joined(pieces, stack, dash)
    return [joined.get(id(p), p) for p in pieces if id(p) in joined or id(p) not in taken]
