"""A web page's buttons, kickers and taglines (web_furniture.py): a portfolio site printed to PDF
draws "HIRE ME" and "Let me introduce myself."; they are furniture, never a skill or a summary."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.web_furniture import SECTION, web_furniture


def _line(text, y, size=12.0, page=0, **more):
    return Line(text, page=page, y=y, x=60.0, size=size, **more)


def _page():
    return [_line("Maya Okonkwo", 40, size=40, heading=True, level=1), _line("maya@example.com", 90),
            _line("MORE ABOUT ME", 120, size=9.7),
            _line("About", 160, size=14, bold=True, heading=True, level=2),
            _line("Let me introduce myself.", 190, size=27, bold=True, heading=True),
            _line("Recent graduate with two internships in platform teams, eager to learn from senior "
                  "engineers while shipping real features.", 230),
            _line("Skills", 300, size=14, bold=True, heading=True, level=2), _line("Python, Go, SQL", 320),
            _line("HIRE ME", 360, size=10.5), _line("Download CV", 360, size=10.5),
            _line("RESUME", 400, size=12), _line("More of my credentials.", 420, size=27, bold=True, heading=True)]


def test_buttons_kickers_and_taglines_are_furniture():
    kept, dropped = web_furniture(_page())
    assert [u.text for u in dropped] == ["MORE ABOUT ME", "Let me introduce myself.", "HIRE ME", "Download CV",
                                         "RESUME", "More of my credentials."]
    assert {u.section for u in dropped} == {SECTION} and len(kept) == 6
    result = resume_from_lines(_page())
    assert result.resume["basics"]["summary"].startswith("Recent graduate")
    assert result.resume["skills"][0]["keywords"] == ["Python", "Go", "SQL"]


def test_the_same_words_inside_content_stay():
    lines = [_line("Maya Okonkwo", 40, size=40), _line("About", 160, heading=True, level=2),
             _line("Tell me more.", 190),  # in body type: a sentence of the summary
             _line("Built a hire me page for a local bakery; read more at the link", 210),
             _line("Projects", 260, heading=True, level=2), _line("Resume parser", 280)]
    assert web_furniture(lines) == (lines, [])
