"""`lists_beside.py`: an entry card with its points in a column beside it is read card first,
then its points, also when a page break cuts the row."""
from dataclasses import replace

from tailor.importer.columns import gutter_order
from tailor.importer.flowed_columns import flowed_order
from tailor.importer.lists_beside import card_chunks, cards_kept
from tailor.importer.pdf import _logical_lines, _Phys, _reading_order
from tailor.importer.sidebar import split_sidebar

_SIZE = 10.0


def _phys(text, top, x0, page=0, marked=False, bold=False):
    line = _Phys(page, top, top + _SIZE, x0, x0 + 5.0 * len(text), _SIZE, [(c, bold) for c in text],
                 5.0 * len(text.split()[0]))
    return replace(line, marked=marked)


def _row(top, employer, dates, role, summary, label, points, page=0):
    """One entry row: the card on the left (employer, dates, role, then its summary a gap
    under it), its label and points on the right, each line offset from the card's by half a
    line, as two cells flowing on their own print."""
    card = [_phys(employer, top, 90, page, bold=True), _phys(dates, top + 15, 90, page),
            _phys(role, top + 30, 90, page)] + [_phys(text, top + 56 + 15 * at, 80, page)
                                                for at, text in enumerate(summary)]
    right = [_phys(label, top, 330, page, bold=True)]
    at = top + 23
    for point in points:
        for index, text in enumerate(point):
            right.append(_phys(text, at, 345, page, marked=index == 0))
            at += 15
    return card + right


def _page():
    heading = [_phys("Arden Vale", 60, 80), _phys("Orchard keeper and cider maker", 80, 80),
               _phys("EXPERIENCE", 130, 80)]
    first = _row(155, "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker",
                 ["Ran pressing and blending for", "a small estate cidery."], "Highlights",
                 [["Planted four acres of", "perry pear trees"], ["Won two regional medals"],
                  ["Trained three seasonal", "pickers each autumn"]])
    second = _row(330, "Quince Row Farm", "2016 - 2019", "Orchard Hand", ["Pruned and grafted heritage stock."],
                  "Highlights", [["Kept a grafting log for", "two hundred trees"], ["Built a cold store"]])
    after = [_phys("EDUCATION", 460, 80), _phys("Brambling College - Pomology", 483, 80)]
    return heading + first + second + after


def _unpaired(lines):
    """The page's chunks are those the other reading-order rules alone give (each is read in
    rows, so the order inside one does not matter): no pair found."""
    alone = [chunk for block in flowed_order(lines) for chunk in gutter_order(block)]
    return [{id(p) for p in chunk} for chunk in card_chunks(lines, lines)[0]] == [{id(p) for p in c} for c in alone]


def _texts(lines):
    return [line.text for line in _logical_lines(_reading_order(lines))]


def test_each_card_is_read_whole_before_the_points_beside_it():
    assert _texts(_page()) == [
        "Arden Vale", "Orchard keeper and cider maker", "EXPERIENCE",
        "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker", "Ran pressing and blending for a small estate cidery.",
        "Highlights", "Planted four acres of perry pear trees", "Won two regional medals",
        "Trained three seasonal pickers each autumn",
        "Quince Row Farm", "2016 - 2019", "Orchard Hand", "Pruned and grafted heritage stock.",
        "Highlights", "Kept a grafting log for two hundred trees", "Built a cold store",
        "EDUCATION", "Brambling College - Pomology"]


def test_a_row_cut_by_the_page_break_reads_its_card_before_the_points_on_both_pages():
    foot = [_phys("EXPERIENCE", 690, 80), _phys("Hollow Pear Cidery", 715, 90, bold=True),
            _phys("Highlights", 715, 330, bold=True)]
    top = [_phys("2019 - 2023", 60, 90, 1), _phys("Planted four acres of", 60, 345, 1, marked=True),
           _phys("Head Cider Maker", 75, 90, 1), _phys("perry pear trees", 75, 345, 1),
           _phys("Won two regional medals", 90, 345, 1, marked=True),
           _phys("Ran pressing and blending.", 101, 80, 1), _phys("EDUCATION", 150, 80, 1)]
    assert _texts(foot + top) == ["EXPERIENCE", "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker",
                                  "Ran pressing and blending.", "Highlights", "Planted four acres of perry pear trees",
                                  "Won two regional medals", "EDUCATION"]


def test_no_points_beside_the_card_or_points_on_both_sides_make_no_pair():
    lines = _page()
    plain = [replace(p, marked=False) for p in lines]           # two blocks of plain text side by side
    assert _unpaired(plain)
    grid = [replace(p, marked=True) if p.x0 == 90 and p.top > 160 else p for p in lines]  # lists on both sides
    assert _unpaired(grid)


def test_a_gutter_of_headings_beside_their_blocks_makes_no_pair():
    """Section headings in a left gutter, each level with the first line of its block, the
    blocks holding points: the headings stand far apart and name sections, so they are no card."""
    lines = [_phys("Profile", 100, 40), _phys("Grows apples and pears for local markets.", 100, 180),
             _phys("Work", 160, 40), _phys("Hollow Pear Cidery", 160, 180),
             _phys("Planted four acres", 175, 195, marked=True), _phys("Won two medals", 190, 195, marked=True),
             _phys("Skills", 230, 40), _phys("Grafting, pruning", 230, 180)]
    assert _unpaired(lines)


def test_two_columns_above_the_first_row_are_still_read_column_by_column():
    """Profile links beside a contact block over the section the pairs open: the pairs cut the
    page into parts, and the two columns above them, closed by the section's heading, are
    still read one after the other."""
    header = [_phys("Arden Vale", 60, 80), _phys("PROFILES", 100, 80), _phys("CONTACT", 100, 330),
              _phys("https://example.org/arden", 120, 84), _phys("Email", 120, 330),
              _phys("https://example.net/vale-", 135, 84), _phys("arden@example.com", 135, 330),
              _phys("cider", 150, 80), _phys("Phone", 150, 330), _phys("01632 960 123", 165, 330),
              _phys("EXPERIENCE", 195, 80)]
    row = _row(220, "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker", ["Ran pressing."], "Highlights",
               [["Planted four acres"], ["Won two regional medals"]])
    texts = _texts(header + row)
    assert texts.index("Phone") > texts.index("PROFILES") and texts.index("CONTACT") > texts.index("cider") \
        and texts.index("CONTACT") < texts.index("EXPERIENCE")
    assert texts[texts.index("EXPERIENCE"):] == ["EXPERIENCE", "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker",
                                                  "Ran pressing.", "Highlights", "Planted four acres",
                                                  "Won two regional medals"]


def test_a_name_wrapped_at_the_cards_edge_is_one_line():
    """A card's employer wraps at the cards' edge, far short of the page's."""
    lines = [_phys("Hollow Pear Cidery Estate Press House", 155, 90, bold=True), _phys("Orchards", 170, 90, bold=True),
             _phys("2019 - 2023", 185, 90), _phys("Head Cider Maker", 200, 90),
             _phys("Highlights", 155, 330, bold=True),
             _phys("Planted four acres of perry pears", 178, 345, marked=True),
             _phys("Won two regional medals", 193, 345, marked=True)]
    assert _texts(lines)[:3] == ["Hollow Pear Cidery Estate Press House Orchards", "2019 - 2023", "Head Cider Maker"]


def test_in_cards_of_short_lines_the_dates_and_the_role_stay_apart():
    """Cards of a name, dates and a role only end far short of the gutter before the points:
    judged against their own longest line, the role would seem wrapped onto the dates' line."""
    lines = []
    for top, name in ((155, "Quince Row Farm"), (260, "Hollow Pear")):
        lines += [_phys(name, top, 90, bold=True), _phys("2016 - 2019", top + 15, 90),
                  _phys("Orchard Hand", top + 30, 90), _phys("Highlights", top, 330, bold=True),
                  _phys("Built a cold store", top + 23, 345, marked=True),
                  _phys("Kept a grafting log", top + 38, 345, marked=True)]
    assert _texts(lines) == ["Quince Row Farm", "2016 - 2019", "Orchard Hand", "Highlights", "Built a cold store",
                             "Kept a grafting log", "Hollow Pear", "2016 - 2019", "Orchard Hand", "Highlights",
                             "Built a cold store", "Kept a grafting log"]


def test_a_page_of_cards_over_short_sections_is_not_read_as_a_sidebar():
    """The last page: a card beside its points, then short sections in the left column only,
    and a grid of lists beside them. Its left column, level with the points' label, holds the
    card: no sidebar."""
    first = _page()
    last = [_phys("Quince Row Farm", 60, 90, 1, bold=True), _phys("Highlights", 60, 330, 1, bold=True),
            _phys("2016 - 2019", 75, 90, 1), _phys("Kept a grafting log", 83, 345, 1, marked=True),
            _phys("Orchard Hand", 90, 90, 1), _phys("Built a cold store", 98, 345, 1, marked=True),
            _phys("EDUCATION", 140, 80, 1), _phys("Brambling College - Pomology", 163, 80, 1),
            _phys("Diploma", 178, 80, 1), _phys("2012 - 2014", 193, 80, 1), _phys("SKILLS", 230, 80, 1),
            _phys("Orchard", 253, 80, 1), _phys("Pruning", 276, 95, 1, marked=True),
            _phys("Grafting", 291, 95, 1, marked=True), _phys("Pressing", 306, 95, 1, marked=True),
            _phys("Cellar", 253, 230, 1), _phys("Blending", 276, 245, 1, marked=True),
            _phys("Bottling", 291, 245, 1, marked=True), _phys("Selling", 253, 380, 1),
            _phys("Markets", 276, 395, 1, marked=True)]
    lines = first + last
    side, rest, _ = cards_kept(split_sidebar(lines), lines)
    assert not any(p.page == 1 for p in side)



def test_two_school_cards_in_the_grid_keep_their_wrapped_names_whole():
    """Under the pairs, two schools' cards side by side in the grid's columns: each name runs
    to its cell's edge and goes on in capitals on the next line; read as two narrow columns, a
    capital would open a line of its own, but no room was left for it in the cell."""
    row = _row(100, "Hollow Pear Cidery", "2019 - 2023", "Head Cider Maker", ["Ran pressing."], "Highlights",
               [["Planted four acres of pears"], ["Won two regional medals"]])
    schools = [_phys("EDUCATION", 230, 80),
               _phys("Brambling College of Fruit - Pomology", 253, 80), _phys("Kent Agricultural University", 253, 330),
               _phys("Studies", 268, 80), _phys("Horticulture", 268, 330),
               _phys("Diploma", 283, 80), _phys("Bachelor of Science", 283, 330),
               _phys("2012 - 2014", 298, 80), _phys("2008 - 2012", 298, 330),
               _phys("SKILLS", 340, 80), _phys("Grafting, pruning, pressing", 363, 80)]
    texts = _texts(row + schools)
    assert texts[texts.index("EDUCATION"):] == [
        "EDUCATION", "Brambling College of Fruit - Pomology Studies", "Diploma", "2012 - 2014",
        "Kent Agricultural University Horticulture", "Bachelor of Science", "2008 - 2012",
        "SKILLS", "Grafting, pruning, pressing"]


def test_a_sidebar_item_level_with_the_tail_of_a_paragraph_makes_no_pair():
    """A sidebar's group name happens to sit level with the short last line of a job's
    description, points under it: that line ends a paragraph, it opens no cell."""
    lines = [_phys("Cellar", 100, 40), _phys("Pressing", 115, 40), _phys("Blending", 130, 40),
             _phys("Ran pressing and blending for a small estate cidery through", 100, 190),
             _phys("three harvests", 115, 190),
             _phys("Planted four acres", 130, 205, marked=True), _phys("Won two medals", 145, 205, marked=True),
             _phys("Orchard", 160, 40), _phys("Pruning", 175, 40), _phys("Grafting", 190, 40)]
    assert _unpaired(lines)
