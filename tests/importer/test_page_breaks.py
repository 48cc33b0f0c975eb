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
