"""Points typed with their marker ("• ...") that wrapped onto an unmarked line (late_wraps.py):
one point, though the page's edge (dates floated further right) left room and the lines stand
at the paragraph's own spacing; and a word broken after its hyphen at a line's end."""
from tailor.importer.late_wraps import joined as points_joined
from tailor.importer.lines import Line


def _line(text, y, right, x=60.0, size=10.0, **kw):
    return Line(text, page=0, x=x, y=y, size=size, right=right, bottom=y + size, **kw)


def _points():
    """A job's points at one pitch (11.5): the text column ends near 400, the dates at 480."""
    return [
        _line("Gardener", 40, 120, size=12.0, bold=True), _line("2019 - 2023", 40, 480, x=400, size=12.0, bold=True),
        _line("• Planted and kept a walled kitchen garden of twelve raised", 60, 399, gap_before=True),
        _line("beds for the house's restaurant.", 71.5, 230),
        _line("• Cut the water bill by a third with drip lines, grown", 83, 380),
        _line("1,200 seedlings a season under glass.", 94.5, 250),
        _line("• Trained two apprentices who went on to run their own estates and", 106, 398),
        _line("Nurseries in the county.", 117.5, 190),
        _line("• Kept the orchard's records.", 129, 220),
        _line("Ran the plant sale every spring.", 140.5, 230),
    ]


def test_an_unmarked_line_under_a_typed_point_goes_on_it():
    texts = [line.text for line in points_joined(_points())]
    assert "• Planted and kept a walled kitchen garden of twelve raised beds for the house's restaurant." in texts
    assert "• Cut the water bill by a third with drip lines, grown 1,200 seedlings a season under glass." in texts


def test_a_capital_goes_on_when_its_word_could_not_have_fitted_on_the_point_line():
    texts = [line.text for line in points_joined(_points())]
    assert "• Trained two apprentices who went on to run their own estates and Nurseries in the county." in texts


def test_a_point_that_ended_its_sentence_keeps_the_line_under_it_apart():
    texts = [line.text for line in points_joined(_points())]
    assert texts[-2:] == ["• Kept the orchard's records.", "Ran the plant sale every spring."]


def test_a_short_point_with_room_left_keeps_a_capitalised_line_apart():
    lines = [_line("• Led the weekly volunteer rota", 60, 230), _line("Member of the RHS since 2015", 71.5, 220),
             _line("• Wrote the estate's planting plan for the next ten years of the walled garden", 83, 400)]
    assert [line.text for line in points_joined(lines)] == [line.text for line in lines]


def test_lines_far_below_or_in_another_type_are_not_joined():
    lines = [_line("• Planted and kept a walled kitchen garden of twelve raised", 60, 399),
             _line("beds for the house's restaurant.", 90, 230)]
    assert len(points_joined(lines)) == 2
    lines = [_line("• Planted and kept a walled kitchen garden of twelve raised", 60, 399),
             _line("beds for the house's restaurant.", 71.5, 230, size=12.0)]
    assert len(points_joined(lines)) == 2


def test_a_word_broken_after_its_hyphen_goes_on_the_next_line():
    lines = [_line("Gardener who keeps walled kitchen gardens and grows all of their seed-", 60, 330),
             _line("lings under glass, from March to May.", 71.5, 250),
             _line("Known for a calm, well-", 83, 180), _line("Trained Staff", 94.5, 150)]
    texts = [line.text for line in points_joined(lines)]
    assert texts[0] == "Gardener who keeps walled kitchen gardens and grows all of their seedlings under glass, " \
                       "from March to May."
    assert texts[1:] == ["Known for a calm, well-", "Trained Staff"]  # a capital opens a line of its own


def test_a_title_opening_in_bold_under_a_plain_point_is_no_rest_of_it():
    lines = [_line("• Designed a moderation flow to keep the listings safe", 60, 300, gap_before=True),
             _line("gradient-viz (github.com/jo/gradient-viz)", 71.5, 250, bold_prefix="gradient-viz"),
             _line("• Cut deploy time from two hours to fifteen minutes", 83, 398),
             _line("StartupXYZ", 94.5, 120, bold=True)]
    assert [line.text for line in points_joined(lines)] == [line.text for line in lines]
