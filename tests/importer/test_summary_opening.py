"""A summary's first sentence is not the label (summary_opening.opens_paragraph, contact.py)."""
from tailor.importer.contact import parse_header
from tailor.importer.lines import Line
from tailor.importer.summary_opening import opens_paragraph

_FIRST = "Nurse educator with nine years teaching critical care across two hospitals."
_SECOND = "I design simulation days, coach new graduates, and still work a ward shift each week."


def _page(label_gap: bool) -> list[Line]:
    return [Line("Ada Moreno", x=30, y=0, size=22, bold=True, bottom=40),
            Line(_FIRST, x=30, y=50, size=9, bottom=80, gap_before=True),
            Line(_SECOND, x=30, y=82.5 + (20 if label_gap else 0), size=9, bottom=120, gap_before=label_gap),
            Line("ada.moreno@example.org", x=30, y=140, size=9, bottom=150, gap_before=True)]


def test_first_sentence_of_a_paragraph_opens_the_summary():
    lines = _page(label_gap=False)
    assert opens_paragraph(lines, 1)
    basics, _ = parse_header(lines)
    assert "label" not in basics
    assert basics["summary"] == f"{_FIRST} {_SECOND}"


def test_sentence_set_apart_over_prose_is_still_read_by_the_other_rules():
    lines = _page(label_gap=True)
    assert not opens_paragraph(lines, 1)          # a line apart: a headline of its own
    short = [Line("Nurse educator.", x=30, y=50, size=9, bottom=60), Line(_SECOND, x=30, y=62, size=9, bottom=90)]
    assert not opens_paragraph(short, 0)          # a title set with a full stop
    docx = [Line(_FIRST), Line(_SECOND)]
    assert not opens_paragraph(docx, 0)           # no geometry: paragraphs of their own
