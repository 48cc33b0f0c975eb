"""Page furniture (page_furniture.py): a template's "Made with ... by ..." line, set small at the
foot of a page, and page numbers are reported as unparsed instead of becoming content."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.page_furniture import split_furniture


def _line(text, page=0, y=100.0, size=12.0, bold=False, **more):
    return Line(text, page=page, y=y, x=88.0, size=size, bold=bold, **more)


def _resume(credit):
    return [_line("Daniel Reyes", y=40, size=22.5, bold=True, heading=True, level=1),
            _line("daniel.reyes@example.com", y=60),
            _line("Skills", y=100, size=22.5, bold=True, heading=True, level=1),
            _line("SQL, Python, pandas, dbt, Excel", y=130),
            _line("Tableau, Looker Studio, Matplotlib", y=150), credit]


def test_a_small_maker_credit_at_the_foot_of_a_page_is_unparsed_not_a_skill():
    credit = _line("CV Made with JSON Resume using theme Plain by someone", y=780, size=10.5)
    result = resume_from_lines(_resume(credit))
    keywords = [k for group in result.resume["skills"] for k in group["keywords"]]
    assert credit.text not in keywords and "Matplotlib" in keywords
    assert [(u.section, u.text) for u in result.unparsed] == [("footer", credit.text)]


def test_only_a_small_last_line_that_names_a_maker_is_a_credit():
    body_size = _line("Built with Flask and React for 400 students", y=780)  # a project's last line
    assert split_furniture(_resume(body_size))[1] == []
    not_last = _resume(_line("Designed with care by the design team", y=120, size=10.5))
    assert split_furniture(not_last)[1] == []
    kept, credits = split_furniture(_resume(_line("Designed with by A. Designer for developers", y=780, size=6.6)))
    assert [c.text for c in credits] == ["Designed with by A. Designer for developers"] and len(kept) == 5


def test_page_numbers_are_unparsed_wherever_reading_order_puts_them():
    lines = _resume(_line("Page 1 of 2", y=780, size=10.5))
    lines.insert(3, _line("2 / 3", y=120))
    kept, furniture = split_furniture(lines)
    assert [(u.text, u.reason) for u in furniture] == [("2 / 3", "a page number"), ("Page 1 of 2", "a page number")]
    assert len(kept) == 5
    # numbers inside content stay: a count, a score, a range of pages in a citation
    content = [_line("Page 3 of the handbook was mine"), _line("3.8 / 4.0"), _line("pp. 12-19"), _line("03/2021")]
    assert split_furniture(_resume(content[0]))[1] == [] and split_furniture(content)[1] == []
