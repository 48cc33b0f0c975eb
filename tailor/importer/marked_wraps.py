"""An item of a list with drawn markers wrapping in a narrow column: "• Managerial" over "Accounting".

Where a list's markers are drawn (`drawn_markers.py`), every item's first line has one. In
narrow columns set side by side (`twin_columns.py`: a course list in two columns) an item of a
few words wraps after the first, and its second line is capitalised like a new item
("Managerial" / "Accounting", "CSE 446 - Machine" / "Learning"): casing cannot tell the two
apart, the marker can. A line with no marker of its own under a marked line's text, in its type,
at the list's line spacing (`narrow_wraps.narrow_wrap` measures the edge and the spacing), goes on that
item, and so does a third line under it. A contact detail never
does (an icon is no list marker), nor a line after one that ended its sentence. See
docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import Line, strip_bullet

_SAME_SIZE = 0.6  # points: the same type


def marked_item_wraps(first, second) -> bool:
    """`second`, under `first` in a narrow column (`narrow_wraps.narrow_wrap` checked the edge and the
    spacing), is the rest of the item a drawn marker opens at `first`, or at the line `first`
    went on (`item_row`: "CSE 461 -" / "Computer" / "Networks")."""
    goes_on = bool(getattr(first, "marked", False) or getattr(first, "item_row", False)) \
        and not getattr(second, "marked", False) and abs(first.size - second.size) < _SAME_SIZE \
        and second.text.strip() != "" and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) \
        and not is_contact_detail(first.text.strip()) and not is_contact_detail(second.text.strip()) \
        and not strip_bullet(Line(second.text)).is_bullet
    if goes_on:
        second.item_row = True  # the item's next line goes on it the same way
    return goes_on
