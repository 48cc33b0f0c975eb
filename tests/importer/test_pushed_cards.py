"""`pushed_cards.py`: a section heading left empty at a page's foot gets back the dated cards the
page break pushed to the top of the next page, where page order put them in a later section."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.pushed_cards import cards_pushed_over
from tailor.importer.sections import Section


def _heading(text, y, page=0):
    return Line(text, page=page, x=50, y=y, size=16, bold=True, heading=True, level=2, gap_before=True)


def _card(dates, title, details, y, page=1):
    """Dates stacked over a box: a bold title over details in a smaller type, at the box's edge."""
    lines = [Line(d, page=page, x=48, y=y + 12 * i, size=10, bold=True, gap_before=not i) for i, d in enumerate(dates)]
    y += 12 * len(dates) + 16
    lines.append(Line(title, page=page, x=49, y=y, size=12.5, bold=True, heading=True, gap_before=True))
    lines += [Line(d, page=page, x=49, y=y + 18 * (i + 1), size=10, gap_before=bool(i)) for i, d in enumerate(details)]
    return lines


def _page():
    return [
        Line("Dana Whitfield", x=30, y=40, size=24, bold=True, heading=True, level=1),
        Line("dana.whitfield@example.org", x=30, y=70, size=10),
        _heading("Experience", 100),
        Line("Harbour Freight Co.", x=60, y=130, size=12.5, bold=True, heading=True),
        Line("March 2016 – Present", x=60, y=146, size=10),
        Line("Dispatch Coordinator", x=60, y=160, size=12.5, bold=True, heading=True),
        Line("Planned routes for a fleet of 30 vans.", x=80, y=180, size=10, gap_before=True, list_item=True),
        _heading("Awards", 600),
        _heading("Education", 640),
        _heading("Skills", 680),
        Line("Logistics", x=48, y=710, size=11, bold=True, gap_before=True),
        # overleaf: the cards of both empty headings, then the skill group's own items
        *_card(["June 2021"], "Harbour Freight Co.", ["Dispatcher of the Year", "Chosen by the drivers."], 30),
        *_card(["2010", "2013"], "Lakeside Technical College", ["Associate of Applied Science", "Transport Studies"],
               150),
        Line("Route planning, Fleet tracking", page=1, x=48, y=290, size=8.5, gap_before=True),
    ]


def test_cards_pushed_overleaf_return_to_their_empty_headings():
    resume = resume_from_lines(_page()).resume
    assert resume["education"] == [{"institution": "Lakeside Technical College",
                                    "studyType": "Associate of Applied Science", "area": "Transport Studies",
                                    "startDate": "2010", "endDate": "2013"}]
    assert [(a["date"], a["summary"]) for a in resume["awards"]] == [("2021-06", "Chosen by the drivers.")]
    assert resume["skills"] == [{"name": "Logistics", "keywords": ["Route planning", "Fleet tracking"]}]


def test_only_an_empty_heading_takes_cards_and_only_cards_that_fit_it():
    lines = _page()
    sections = [Section("header", "", lines[:2]), Section("work", "Experience", lines[3:7]),
                Section("education", "Education", []), Section("skills", "Skills", lines[10:])]
    moved = cards_pushed_over(sections)
    assert [line.text for line in moved[2].lines] == []  # the first card names no degree: the run ends there
    assert [line.text for line in moved[3].lines] == [line.text for line in lines[10:]]
    kept = cards_pushed_over([Section("header", "", lines[:2]), Section("skills", "Skills", lines[10:])])
    assert [line.text for line in kept[1].lines] == [line.text for line in lines[10:]]
