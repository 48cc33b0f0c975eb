"""`stacked_name.py`: a name wrapped over rows in its own box at the top of the first page (the
header's middle cell, the contact details beside it) is read as one line."""
from __future__ import annotations

from tailor.importer.pdf import _Phys
from tailor.importer.stacked_name import name_joined


def _phys(text, top, x0, x1=None, size=10.0, bold=False, page=0):
    return _Phys(page, top, top + size, x0, x1 or x0 + 0.5 * size * len(text), size, [(c, bold) for c in text])


def _centred(text, top, size=22.0):
    width = 0.6 * size * len(text)
    return _phys(text, top, 306 - width / 2, 306 + width / 2, size, bold=True)


def _header(*rows):
    return [_phys("Manchester, UK", 72, 77), _phys("zoe@example.co.uk", 85, 77), *rows,
            _phys("zoe.example.co.uk", 72, 400, 535), _phys("Summary", 150, 77, size=13, bold=True),
            _phys("Qualified teacher with eight years teaching mathematics.", 175, 77, size=11),
            _phys("Focus on closing the attainment gap for pupils.", 190, 77, size=11)]


def test_a_name_wrapped_in_its_centred_box_is_one_line():
    pieces = _header(_centred("José", 75), _centred("Ñúñez-", 105), _centred("García", 135))
    joined = name_joined(pieces)
    assert [p.text for p in joined if p.size == 22.0] == ["José Ñúñez-García"]
    assert len(joined) == len(pieces) - 2


def test_a_name_stacked_at_one_left_edge_is_one_line():
    pieces = _header(_phys("Zoë", 75, 77, size=22, bold=True), _phys("Łukasiewicz", 104, 77, size=22, bold=True))
    assert [p.text for p in name_joined(pieces) if p.size == 22.0] == ["Zoë Łukasiewicz"]


def test_a_title_under_the_name_in_its_type_or_rows_apart_stay_as_they_are():
    titled = _header(_centred("Maya Okonkwo", 75), _centred("Software Engineer", 105))
    assert name_joined(titled) == titled
    apart = _header(_centred("Zoë", 75), _centred("Łukasiewicz", 125))  # a paragraph's room between them
    assert name_joined(apart) == apart
    skewed = _header(_centred("Zoë", 75), _phys("Łukasiewicz", 105, 77, size=22, bold=True))
    assert name_joined(skewed) == skewed
