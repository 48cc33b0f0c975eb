"""A grid of skill groups (bold names over keywords indented under each, three side by side) is
read column by column when its next row of names runs over a page break, and when it ends the
document (docs/ARCHITECTURE.md, importer layer: `twin_columns.py`, `lists_beside.py`)."""
from tailor.importer.pdf import _Phys, _reading_order
from tailor.importer.twin_columns import twin_order


def _phys(text, top, x0, page=0, bold=False, size=10.5):
    return _Phys(page, top, top + size, x0, x0 + 5.5 * len(text), size, [(c, bold) for c in text],
                 5.5 * len(text.split()[0]))


def _grid(top=577.0, page=0):
    names = [_phys("Manufacturing", top, 79, page, bold=True), _phys("Lean and quality", top, 231, page, bold=True),
             _phys("Leadership", top, 382, page, bold=True)]
    rows = [names]
    for at, words in enumerate([("Machining", "Six Sigma", "Capex"), ("Casting", "SMED", "Start-ups"),
                                ("Welding", "PFMEA", "Coaching")]):
        rows.append([_phys(word, top + 23 + 15 * at, x0, page) for word, x0 in zip(words, (94, 246, 397))])
    return rows


def test_a_next_row_of_names_cut_by_the_page_break_ends_the_run_above_it():
    rows = [[_phys("SKILLS", 554, 79)], *_grid(), [_phys("Tools", 660, 79, bold=True)]]
    after = [_phys("SAP PP", 60, 94, page=1)]
    texts = [p.text for row in twin_order(rows, after=after) for p in row]
    assert texts == ["SKILLS", "Manufacturing", "Machining", "Casting", "Welding", "Lean and quality", "Six Sigma",
                     "SMED", "PFMEA", "Leadership", "Capex", "Start-ups", "Coaching", "Tools"]


def test_a_row_of_plain_keywords_at_the_names_edge_does_not_end_the_run():
    rows = [[_phys("SKILLS", 554, 79)], *_grid(), [_phys("Tools", 660, 79)]]  # not bold: no name
    out = twin_order(rows, after=[_phys("SAP PP", 60, 94, page=1)])
    assert [p.text for p in out[1]] == ["Manufacturing", "Lean and quality", "Leadership"]  # still one row


def test_a_grid_that_ends_the_document_is_read_column_by_column():
    lines = [_phys("Retail Store Manager", 100, 79), _phys("SKILLS", 554, 79)] + [p for row in _grid() for p in row]
    texts = [line.text for line in _reading_order(lines)]
    assert texts[2:] == ["Manufacturing", "Machining", "Casting", "Welding", "Lean and quality", "Six Sigma",
                         "SMED", "PFMEA", "Leadership", "Capex", "Start-ups", "Coaching"]
