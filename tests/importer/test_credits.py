"""Page credits (credits.py): a template's "Made with ... by ..." line, set small at the foot of a
page, is reported as unparsed instead of becoming the last section's content."""
from tailor.importer.build import resume_from_lines
from tailor.importer.credits import split_credits
from tailor.importer.lines import Line


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
    assert split_credits(_resume(body_size))[1] == []
    not_last = _resume(_line("Designed with care by the design team", y=120, size=10.5))
    assert split_credits(not_last)[1] == []
    small_plain = _line("Page 2", y=780, size=10.5)
    assert split_credits(_resume(small_plain))[1] == []
    kept, credits = split_credits(_resume(_line("Designed with by A. Designer for developers", y=780, size=6.6)))
    assert [c.text for c in credits] == ["Designed with by A. Designer for developers"] and len(kept) == 5
