"""`item_labels.py`: a marked point's label set in a cell of its own ("Frontend:") is read with
the value beside it on its row, as one point."""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.item_labels import labels_joined
from tailor.importer.pdf import _Phys


def _phys(text, top, x0, size=11.0, marked=False):
    return _Phys(0, top, top + size, x0, x0 + 5.0 * len(text), size, [*((c, False) for c in text), ("\n", False)],
                 marked=marked)


def test_a_marked_label_and_the_value_beside_it_are_one_point():
    pieces = [_phys("Frontend:", 654.3, 94.9, marked=True), _phys("Backend:", 670.8, 94.9, marked=True),
              _phys("React, TypeScript, Jest", 654.3, 167.0), _phys("Node.js, Express", 670.8, 167.0)]
    assert [p.text for p in labels_joined(pieces)] == ["Frontend: React, TypeScript, Jest", "Backend: Node.js, Express"]


def test_an_unmarked_label_a_sentence_or_a_row_of_two_items_stays_apart():
    label, value = _phys("Frontend:", 654.3, 94.9), _phys("React, TypeScript", 654.3, 167.0)
    assert labels_joined([label, value]) == [label, value]  # no marker: a table's label cell, `label_rows.py`'s
    long = [_phys("Led the migration of all services to:", 654.3, 94.9, marked=True), value]
    assert labels_joined(long) == long
    twin = [replace(label, marked=True), replace(value, marked=True)]  # two points side by side
    assert labels_joined(twin) == twin
