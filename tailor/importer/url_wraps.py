"""A web address or email a browser broke after one of its hyphens, its rest on the row under it.

A header's column of contact details is narrow, and a browser breaks a long address where a
line may break inside a word, after a hyphen: "www.linkedin.com/in/huong-" over "nguyen-rn",
"huongnguyen-" over "rn.example.org". Set in a column of its own beside other columns (details
left, the name in the middle, links right), the rest is read row by row after the next column's
line, far from its start, and neither half is an address a person can use.

A piece whose last word ends on a hyphen and a piece right under it (one leading, in the same
type) that is one word, aligned with it at either edge or centred on it as a box's lines are,
are one address when the two words together read as a web address or email: no detail of a
contact list ends on a hyphen, so the rest is no item of its own even where it reads as an
address by itself ("rn.example.org"). See docs/ARCHITECTURE.md ("Resume import", step 1).

Pieces are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `chars`): `pdf.py`
passes its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import chains_joined, inked_end

_ALIGNED = 1.5  # points between two rows' edges or middles: one alignment
_SAME_SIZE = 0.3  # points
_UNDER = 0.6  # font sizes between the upper piece's foot and the rest's top at most


def _aligned(upper, lower) -> bool:
    return min(abs(upper.x0 - lower.x0), abs(upper.x1 - lower.x1),
               abs(upper.x0 + upper.x1 - lower.x0 - lower.x1) / 2) <= _ALIGNED


def _rest(pieces: list, upper) -> object | None:
    """The piece under `upper` that finishes the address `upper` ends on, else None."""
    words = upper.text.split()
    if not words or not words[-1].endswith("-") or words[-1] == "-":
        return None
    size = max(upper.size, 1.0)
    under = [p for p in pieces if p is not upper and p.page == upper.page and abs(p.size - upper.size) < _SAME_SIZE
             and -0.1 * size <= p.top - upper.bottom <= _UNDER * size and _aligned(upper, p)]
    if len(under) != 1 or len(under[0].text.split()) != 1 or not is_contact_detail(words[-1] + under[0].text):
        return None
    return under[0]


def addresses_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each address broken after a hyphen read whole, on the
    row where it starts (an address may break twice)."""
    return chains_joined(pieces, lambda piece, _first: _rest(pieces, piece),
                         lambda head, rest: replace(head, chars=inked_end(head.chars) + list(rest.chars),
                                                    x0=min(head.x0, rest.x0), x1=max(head.x1, rest.x1)))
