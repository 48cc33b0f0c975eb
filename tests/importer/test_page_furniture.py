"""Page furniture (page_furniture.py): a template's "Made with ... by ..." line, set small at the
foot of a page, and page numbers are reported as unparsed instead of becoming content."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.page_furniture import split_furniture
from tailor.importer.result import Unparsed


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


_HEADER = "Denver, CO | robin@example.com | 555-201-3344 | robinpark.dev"


def _two_pages():
    return [_line(_HEADER, y=36, size=9), _line("Robin Park", y=60, size=24, bold=True, heading=True, level=1),
            _line("Site Reliability Engineer", y=100, size=13, heading=True, level=2),
            _line("Experience", y=140, size=13, bold=True, heading=True, level=2),
            _line("SRE, Globex", y=170, size=11, bold=True), _line("Jan 2019 – Dec 2022", y=185, size=11),
            _line("Automated failover for 40 services", y=200, size=11, bullet="•"),
            _line(_HEADER, page=1, y=36, size=9),
            _line("Skills", page=1, y=60, size=13, bold=True, heading=True, level=2),
            _line("Python, Go, Terraform", page=1, y=85, size=11)]


def test_a_running_header_is_read_once_after_the_name_and_its_repeats_are_furniture():
    """A Word page header with the contact line prints atop every page, above the name: the name
    is the large line, the contact details are read once, and page 2's copy is no skill."""
    result = resume_from_lines(_two_pages())
    basics = result.resume["basics"]
    assert (basics["name"], basics["label"], basics["email"], basics["url"]) == (
        "Robin Park", "Site Reliability Engineer", "robin@example.com", "robinpark.dev")
    assert [k for group in result.resume["skills"] for k in group["keywords"]] == ["Python", "Go", "Terraform"]
    assert [(u.section, u.text) for u in result.unparsed] == [("page header", _HEADER)]
    kept, _ = split_furniture(_two_pages())
    assert [line.text for line in kept[:4]] == ["Robin Park", "Site Reliability Engineer", _HEADER, "Experience"]


def test_only_the_same_text_at_the_same_height_at_a_page_edge_runs():
    """The same words lower on the next page, or in the middle of two pages, are content."""
    moved = _two_pages()
    moved[7] = _line(_HEADER, page=1, y=120, size=9)
    assert split_furniture(moved)[1] == []
    middle = _two_pages() + [_line("Jan 2019 – Dec 2022", page=1, y=185, size=11),  # as on page 1
                             _line("Led the on-call rota", page=1, y=200, size=11)]
    assert split_furniture(middle)[1] == [_unparsed_header()]
    edge = _two_pages()
    edge[5:5] = [_line("Python, Go, Terraform", y=85, size=11)]  # page 2's last line, mid page 1
    assert split_furniture(edge)[1] == [_unparsed_header()]
    # a label that two pages of four happen to open with is no running header; the one on all is
    labels = _two_pages() + [_line(text, page=page, y=y, size=11) for page in (2, 3)
                             for text, y in ((_HEADER, 36.0), ("Highlights" if page == 2 else "Led the rota", 60))]
    labels[8] = _line("Highlights", page=1, y=60, size=11)
    assert split_furniture(labels)[1] == [_unparsed_header()] * 3


def _unparsed_header():
    return Unparsed("page header", _HEADER, "printed again on every page (a running header or footer)")


def test_a_small_line_over_a_much_larger_name_on_a_one_page_resume_is_read_after_it():
    """No repetition on one page: only a line set smaller than the body, above a name at least
    half as large again, moves; a line in body type or a name barely larger stays put."""
    one_page = _two_pages()[:7]
    kept, furniture = split_furniture(one_page)
    assert furniture == [] and [line.text for line in kept[:3]] == ["Robin Park", "Site Reliability Engineer", _HEADER]
    assert resume_from_lines(one_page).resume["basics"]["name"] == "Robin Park"
    body_type = [_line(_HEADER, y=36, size=11)] + one_page[1:]
    assert split_furniture(body_type)[0][0].text == _HEADER
    small_name = [one_page[0], _line("Robin Park", y=60, size=12, bold=True)] + one_page[2:]
    assert split_furniture(small_name)[0][0].text == _HEADER


def _chrome_page(page=0, pages=1, title="Robin Park", address="file:///C:/Users/robin/Desktop/resume.html"):
    """A page as Chrome prints it with "Headers and footers" on: date and title atop, address and
    page number at the foot, in 8-point type over an 11-point body."""
    return [_line("12/6/26, 10:07 AM", page=page, y=16, size=8), _line(title, page=page, y=16, size=8),
            _line(f"{page + 1}/{pages}", page=page, y=768, size=8), _line(address, page=page, y=768, size=8)]


def test_a_browsers_print_header_and_footer_are_furniture_on_a_one_page_resume():
    """One copy only: the row at the page's edge in small type with a date and time, or a local
    address, goes whole; the title above the name (the HTML <title>) is not read as the name."""
    chrome = _chrome_page()
    lines = chrome[:2] + [_line("Robin Park", y=40, size=24, bold=True, heading=True, level=1),
                          _line("robin@example.com | 555-201-3344", y=80, size=11),
                          _line("Experience", y=120, size=13, bold=True, heading=True, level=2),
                          _line("SRE, Globex", y=150, size=11, bold=True), _line("Jan 2019 – Dec 2022", y=165, size=11),
                          _line("Automated failover for 40 services", y=180, size=11, bullet="•")] + chrome[2:]
    result = resume_from_lines(lines)
    assert result.resume["basics"] == {"name": "Robin Park", "email": "robin@example.com", "phone": "555-201-3344"}
    assert [(u.section, u.text) for u in result.unparsed] == [
        ("page header", "12/6/26, 10:07 AM"), ("page header", "Robin Park"), ("page footer", "1/1"),
        ("page footer", "file:///C:/Users/robin/Desktop/resume.html")]
    assert result.resume["work"][0]["name"] == "Globex" and "url" not in result.resume["work"][0]


def test_a_browsers_print_rows_go_on_every_page_with_a_web_address_and_in_firefoxs_order():
    pages = [_chrome_page(page, 2, "Robin Park - Resume", "https://robinpark.dev/resume") for page in (0, 1)]
    skills = "Python, Go, Terraform, Kubernetes, Prometheus, PostgreSQL, Kafka, Grafana, Redis, Linux, Bash"
    body = [_line("Robin Park", y=40, size=24, bold=True, heading=True, level=1),
            _line("Skills", y=120, size=13, bold=True, heading=True, level=2), _line(skills, y=150, size=11),
            _line(skills, page=1, y=60, size=11)]
    kept, furniture = split_furniture(pages[0][:2] + body[:3] + pages[0][2:] + pages[1][:2] + body[3:] + pages[1][2:])
    assert [line.text for line in kept] == ["Robin Park", "Skills", skills, skills] and len(furniture) == 8
    # Firefox: the title and the address atop (no date there), the number and the date at the foot
    firefox = [_line("Robin Park", y=16, size=8), _line("https://robinpark.dev/", y=16, size=8), *body[:3],
               _line("1 of 1", y=768, size=8), _line("06/12/2026, 10:07:33", y=768, size=8)]
    assert [line.text for line in split_furniture(firefox)[0]] == ["Robin Park", "Skills", skills]


def test_small_lines_at_a_page_edge_without_a_browsers_shape_stay():
    """The person's site in a small footer, a date without a time, a stamp in body type: content."""
    body = [_line("Robin Park", y=40, size=24, bold=True, heading=True, level=1),
            _line("Skills", y=120, size=13, bold=True, heading=True, level=2), _line("Python, Go", y=150, size=11)]
    site = body + [_line("https://robinpark.dev", y=768, size=8)]
    assert split_furniture(site)[1] == []
    updated = [_line("Updated 12/06/2026", y=16, size=8)] + body
    assert [u.text for u in split_furniture(updated)[1]] == []
    in_body_type = [_line("12/6/26, 10:07 AM", y=16, size=11)] + body
    assert split_furniture(in_body_type)[1] == []
    middle = body[:2] + [_line("12/6/26, 10:07 AM", y=100, size=8)] + body[2:]  # not at the page's edge
    assert split_furniture(middle)[1] == []


def test_a_copyright_notice_over_a_design_credit_is_the_pages_footer():
    """A web page's footer: "© Copyright Jo Doe 2024." over "Design by ..." in small type at the
    foot of the last page; neither is a school's line."""
    lines = _resume(_line("© Copyright Robin Park 2024.", y=760, size=10.5))
    lines.append(_line("Design by Studio North", y=780, size=10.5))
    kept, furniture = split_furniture(lines)
    assert [u.text for u in furniture] == ["© Copyright Robin Park 2024.", "Design by Studio North"]
    assert len(kept) == 5
    # in body type it is content (a line about a design credit in a project)
    assert split_furniture(_resume(_line("Copyright clearance for 40 titles", y=780)))[1] == []
