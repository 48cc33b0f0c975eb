"""A grid of skill groups (bold names side by side, each over its own column of keywords) that a
page break cuts is read column by column on both pages, and a keyword its narrow column wrapped
is one keyword, in capitals too (twin_columns.py: `_grid_goes_on`, `_items_apart`)."""
from tailor.importer.pdf import _logical_lines, _Phys, _reading_order

_COLUMNS = (94.0, 203.0, 312.0)


def _phys(text, top, x0, page=0, bold=False, size=12.0):
    return _Phys(page, top, top + size, x0, x0 + 0.5 * size * len(text), size, [(c, bold) for c in text],
                 0.5 * size * len(text.split()[0]))


def _row(words, top, page=0, bold=False, size=12.0):
    return [_phys(word, top, x0, page, bold, size) for word, x0 in zip(words, _COLUMNS) if word]


def _texts(lines):
    return [line.text for line in _logical_lines(_reading_order(lines))]


def _cut_grid():
    return [_phys("Ines Marlowe", 60, 94, bold=True, size=30.0), _phys("Skills", 600, 94, bold=True, size=18.0),
            *_row(("Cuisine", "Kitchen", "Software"), 650, bold=True, size=18.0),
            *_row(("Spanish", "Menu costing", "Apicbase"), 683.5), *_row(("Brazilian", "Inventory", "Toast POS"), 709),
            *_row(("Charcuterie", "HACCP", "Excel"), 28.5, page=1),
            *_row(("Fermentation", "Staff rota", ""), 54, page=1),
            *_row(("Pastry", "", ""), 79.5, page=1), _phys("Experience", 130, 94, page=1, bold=True, size=18.0)]


def test_each_page_of_a_grid_cut_by_the_break_is_read_column_by_column():
    assert _texts(_cut_grid())[1:] == [
        "Skills", "Cuisine", "Spanish", "Brazilian", "Kitchen", "Menu costing", "Inventory", "Software", "Apicbase",
        "Toast POS", "Charcuterie", "Fermentation", "Pastry", "HACCP", "Staff rota", "Excel", "Experience"]


def test_a_heading_at_the_foot_of_the_page_before_a_row_of_bold_names_opens_the_grid():
    lines = [_phys("Ines Marlowe", 60, 94, bold=True, size=30.0), _phys("Skills", 740, 94, bold=True, size=18.0),
             *_row(("Cuisine", "Kitchen", "Software"), 40, page=1, bold=True, size=18.0),
             *[p for at, words in enumerate([("Spanish", "Menu costing", "Apicbase"),
                                             ("Brazilian", "Inventory", "Excel"), ("Pastry", "HACCP", "Toast POS")])
               for p in _row(words, 73.5 + 25.5 * at, page=1)],
             _phys("Experience", 180, 94, page=1, bold=True, size=18.0)]
    assert _texts(lines)[2:11] == ["Cuisine", "Spanish", "Brazilian", "Pastry", "Kitchen", "Menu costing",
                                   "Inventory", "HACCP", "Software"]


def test_a_keyword_wrapped_in_its_column_is_one_keyword_where_keywords_stand_apart():
    lines = [_phys("Ines Marlowe", 60, 94, bold=True, size=30.0), _phys("Skills", 600, 94, bold=True, size=18.0),
             *_row(("Operations", "Systems", "Equipment"), 650, bold=True, size=18.0),
             *_row(("Inventory", "Manhattan", "Forklift"), 683.5), *_row(("control", "WMS", ""), 697),
             *_row(("", "", "Reach truck"), 709), *_row(("Cycle counting", "SAP EWM", ""), 722.5),
             *_row(("", "", "Order picker"), 734.5), _phys("Experience", 770, 94, bold=True, size=18.0)]
    texts = _texts(lines)
    assert "Manhattan WMS" in texts and "Inventory control" in texts and "SAP EWM" in texts
    assert "Reach truck" in texts and "Order picker" in texts


def test_a_group_name_its_narrow_column_wrapped_is_one_name():
    lines = [_phys("Ines Marlowe", 60, 94, bold=True, size=30.0), _phys("Skills", 600, 94, bold=True, size=18.0),
             *_row(("Programming", "Web", "Data &"), 650, bold=True, size=18.0),
             *_row(("Languages", "Development", "Infrastructure"), 671, bold=True, size=18.0),
             *[p for at, words in enumerate([("Python", "React", "Docker"), ("Go", "Next.js", "AWS"),
                                             ("SQL", "REST APIs", "Git")])
               for p in _row(words, 703 + 25.5 * at)],
             _phys("Experience", 790, 94, bold=True, size=18.0)]
    texts = _texts(lines)
    assert texts[2:4] == ["Programming Languages", "Python"]
    assert "Web Development" in texts and "Data & Infrastructure" in texts
