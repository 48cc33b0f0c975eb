"""`page_breaks.py`: an entry whose role and dates moved to the next page after some of its
points stays one entry; the next employer opening a page still opens a new one."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line


def _lines(next_title: str = "Quarry Road Bakery"):
    return [Line("Harbour Foods", page=0, x=60, y=700, size=12.5, bold=True, heading=True),
            Line("Packed 300 orders a shift.", page=0, x=90, y=730, size=10.5, list_item=True),
            Line("Line Lead", page=1, x=60, y=30, size=10.5),
            Line("2019 - 2021", page=1, x=200, y=30, size=10.5),
            Line("Ran the night line with six packers.", page=1, x=350, y=30, size=10.5),
            Line("Cut waste by a fifth.", page=1, x=90, y=60, size=10.5, list_item=True),
            Line(next_title, page=1, x=60, y=100, size=12.5, bold=True, heading=True, gap_before=True),
            Line("Baker", page=1, x=60, y=125, size=10.5), Line("2016 - 2019", page=1, x=200, y=125, size=10.5)]


def test_the_role_and_dates_opening_the_next_page_go_back_to_their_employer():
    entries = group_entries(_lines(), "work")
    assert [e.header[0].text for e in entries] == ["Harbour Foods", "Quarry Road Bakery"]
    entry, _ = parse_entry("work", entries[0], 0)
    assert (entry["name"], entry["position"], entry["startDate"]) == ("Harbour Foods", "Line Lead", "2019")
    # the point left on the first page comes first, then the one beside the dates, then the rest
    assert entry["highlights"] == ["Packed 300 orders a shift.", "Ran the night line with six packers.",
                                   "Cut waste by a fifth."]


def test_a_title_set_like_the_employer_opening_the_next_page_is_a_new_entry():
    lines = _lines()
    lines[2] = Line("Line Lead", page=1, x=60, y=30, size=12.5, bold=True, heading=True)
    assert len(group_entries(lines, "work")) == 3


def _phys(text, page, top, x0=194.4, x1=None, size=10.0):
    from tailor.importer.pdf import _Phys

    x1 = x0 + 5.0 * len(text) if x1 is None else x1
    return _Phys(page, top, top + size, x0, x1, size, [(c, False) for c in text], 5.0 * len(text.split()[0]))


def test_a_point_cut_by_the_page_break_goes_on_past_the_pages_number():
    """"... zero specimen-labelling" at the foot of page 1, "Page 1 of 2" under it, "errors in
    2015." atop page 2: the page's number read between the halves does not end the point."""
    from tailor.importer.page_breaks import page_numbers
    from tailor.importer.pdf import _logical_lines

    physical = [_phys("• Worked the cardiac step-down unit on nights for three years running", 0, 709.9, x1=560.0),
                _phys("• Performed 12-lead ECGs and phlebotomy; recognised for zero specimen-labelling", 0, 724.1,
                      x1=563.5),
                _phys("Page 1 of 2", 0, 767.3, x0=266.2, x1=309.7, size=8.5),
                _phys("errors in 2015.", 1, 34.9, x1=258.8),
                _phys("• Worked nights and weekends while completing the BSN program.", 1, 49.1, x1=491.1)]
    assert page_numbers(physical) == {id(physical[2])}
    lines = _logical_lines(physical)
    assert [line.text for line in lines][1:] == [
        "• Performed 12-lead ECGs and phlebotomy; recognised for zero specimen-labelling errors in 2015.",
        "Page 1 of 2", "• Worked nights and weekends while completing the BSN program."]
    assert not lines[3].gap_before   # measured from the point it follows, not from the page's number
    # a number in the middle of a page is no page furniture there
    assert not page_numbers([_phys("2 / 3", 0, 300.0), _phys("Text", 0, 100.0), _phys("More", 0, 500.0)])


def test_a_plain_line_opening_a_page_under_a_bold_title_row_alone_at_the_foot_goes_on_its_entry():
    from tailor.importer.page_breaks import gaps_over_pages

    lines = [Line("Certificates", page=0, y=600, size=14, bold=True, heading=True, gap_before=True),
             Line("Forklift Instructor Card", page=0, y=620, size=10, bold=True),
             Line("Apr 2017", page=0, x=500, y=620, size=10), Line("Harbour Safety Board", page=0, y=634, size=10),
             Line("Crane Signaller Licence", page=0, y=700, size=10, bold=True, gap_before=True),
             Line("Jun 2020", page=0, x=500, y=700, size=10),
             Line("Jo Doe - Page 1 of 2", page=0, x=250, y=760, size=9, gap_before=True),
             Line("Port Training Council", page=1, y=60, size=10, gap_before=True),
             Line("Knot Tying Card", page=1, y=80, size=10, bold=True, gap_before=True)]
    out = gaps_over_pages(lines)
    assert [line.gap_before for line in out][-2:] == [False, True]
    entries = group_entries(out[1:6] + out[7:], "certificates")
    assert [parse_entry("certificates", e, 0)[0] for e in entries] == [
        {"name": "Forklift Instructor Card", "issuer": "Harbour Safety Board", "date": "2017-04"},
        {"name": "Crane Signaller Licence", "issuer": "Port Training Council", "date": "2020-06"},
        {"name": "Knot Tying Card"}]
    # a plain line after a whole entry (title and more) at the foot keeps its gap: the next entry
    assert gaps_over_pages(lines[:4] + lines[7:8])[-1].gap_before


def test_a_plain_line_opening_a_page_goes_on_a_title_row_whose_date_stands_before_the_title():
    from tailor.importer.page_breaks import gaps_over_pages

    lines = [Line("Certificates", page=0, x=180, y=600, size=14, heading=True, gap_before=True),
             Line("Apr 2017", page=0, x=130, y=620, size=10, gap_before=True),
             Line("Forklift Instructor Card", page=0, x=180, y=620, size=10, bold=True),
             Line("Harbour Safety Board", page=0, x=180, y=634, size=10),
             Line("Jun 2020", page=0, x=130, y=700, size=10, gap_before=True),
             Line("Crane Signaller Licence", page=0, x=180, y=700, size=10, bold=True),
             Line("Jo Doe - Page 1 of 2", page=0, x=250, y=760, size=9, gap_before=True),
             Line("Port Training Council", page=1, x=180, y=60, size=10, gap_before=True),
             Line("Mar 2021", page=1, x=130, y=80, size=10), Line("Knot Tying Card", page=1, x=180, y=80, size=10,
                                                                  bold=True)]
    out = gaps_over_pages(lines)
    assert [line.gap_before for line in out][-3:] == [False, False, False]
    entries = group_entries(out[1:6] + out[7:], "certificates")
    assert [parse_entry("certificates", e, 0)[0] for e in entries] == [
        {"name": "Forklift Instructor Card", "issuer": "Harbour Safety Board", "date": "2017-04"},
        {"name": "Crane Signaller Licence", "issuer": "Port Training Council", "date": "2020-06"},
        {"name": "Knot Tying Card", "date": "2021-03"}]
