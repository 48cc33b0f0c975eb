"""`descriptions.under_centred_header`: an entry whose employer, dates and role are centred in a
card, its points set a paragraph apart at one left edge with drawn markers (none in the text),
has no description among them: every paragraph is a point. A description such a layout prints
starts further left than the points, and stays the entry's summary."""
from tailor.importer.build import resume_from_lines
from tailor.importer.descriptions import under_centred_header
from tailor.importer.lines import Line

_POINTS = ["Rebuilt the returns desk so refunds clear the same day.",
           "Trained nine seasonal staff on the stock-room scanners.",
           "Cut shrinkage by a fifth with weekly spot counts."]


def _entry(y, employer, dates, role, centre=200.0, lead=""):
    """Three header lines centred on `centre` (their widths differ), then the paragraphs."""
    lines = []
    for text, size, bold in ((employer, 13, True), (dates, 10, False), (role, 13, True)):
        width = 0.5 * size * len(text)
        lines.append(Line(text, x=centre - width / 2, right=centre + width / 2, y=y, size=size, bold=bold,
                          gap_before=not lines))
        y += 16
    if lead:
        lines.append(Line(lead, x=52, right=340, y=y + 10, size=10, gap_before=True))
        y += 30
    for point in _POINTS:
        lines.append(Line(point, x=94, right=330, y=y + 12, size=10, gap_before=True))
        y += 34
    return lines


def _resume(*entries):
    return resume_from_lines([Line("Priya Natarajan", x=30, y=20, size=24, bold=True, heading=True, level=1),
                              Line("priya.n@example.com", x=30, y=50, size=10),
                              Line("Experience", x=60, y=80, size=16, bold=True, heading=True, level=2,
                                   gap_before=True), *entries]).resume


def test_paragraphs_under_a_centred_header_are_all_points():
    work = _resume(*_entry(110, "Corner Books Ltd", "May 2019 – Present", "Store Supervisor"))["work"]
    assert work[0]["highlights"] == _POINTS and "summary" not in work[0]


def test_a_description_set_left_of_the_points_stays_the_summary():
    lead = "A neighbourhood bookshop with two branches and a café."
    work = _resume(*_entry(110, "Corner Books Ltd", "May 2019 – Present", "Store Supervisor", lead=lead))["work"]
    assert work[0]["summary"] == lead and work[0]["highlights"] == _POINTS


def test_a_header_set_flush_left_or_right_is_not_centred():
    points = [Line(p, x=94, y=200 + 30 * i, size=10, gap_before=True) for i, p in enumerate(_POINTS)]
    left = [Line("Corner Books Ltd", x=60, right=180, size=13), Line("Store Supervisor", x=60, right=170, size=13)]
    right = [Line("Corner Books Ltd", x=220, right=340, size=13), Line("Store Supervisor", x=226, right=340, size=13)]
    centred = [Line("Corner Books Ltd", x=140, right=260, size=13), Line("Store Supervisor", x=146, right=254, size=13)]
    assert not under_centred_header(left, points) and not under_centred_header(right, points)
    assert under_centred_header(centred, points)
    assert not under_centred_header(centred, [points[0], Line(_POINTS[1], x=60, size=10, gap_before=True)])
