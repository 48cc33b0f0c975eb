"""A profile page printed to PDF (a resume styled as a social network's profile): its "Contact
me" button linked to the mail address, its card under the name (employer, place, site), its
"Elsewhere" profiles, its tab bar ("Overview  Experiences 6") and its footer signed by handle."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.links import relink
from tailor.importer.page_furniture import split_furniture
from tailor.importer.section_names import HEADINGS, normalise_heading
from tailor.importer.web_furniture import web_furniture


def _line(text, y, x=40.0, size=10.5, page=0, **more):
    return Line(text, page=page, y=y, x=x, size=size, **more)


def test_a_contact_me_button_linked_to_a_mail_address_gives_the_email():
    button = _line("Contact me", 148, x=277, bold=True)
    targets = {0: [((39.0, 140.0, 572.0, 166.0), "mailto:jo@example.com", "Contact me")]}
    (line,) = relink([button], targets)
    assert line.text == "jo@example.com"
    # a button to a web page is no contact row: its line keeps the text and takes the link
    (line,) = relink([button], {0: [((39.0, 140.0, 572.0, 166.0), "https://jo.example", "Contact me")]})
    assert (line.text, line.link) == ("Contact me", "https://jo.example")


def test_a_profile_pages_card_under_the_name_belongs_to_the_header():
    lines = [_line("Lena Ortiz", 100, size=19.5, bold=True, heading=True, level=1),
             _line("Staff Engineer", 120, size=15, heading=True, level=2),
             _line("lena@example.com", 148, bold=True, heading=True, level=2),
             _line("Staff engineer with 14 years building storage systems, leading teams and mentoring.", 200),
             _line("Confluent", 268, x=56, heading=True, level=2),
             _line("San Francisco, US", 286, x=56, heading=True, level=2),
             _line("https://lenaortiz.example.com", 305, x=56, heading=True, level=2),
             _line("Elsewhere", 346, size=12, bold=True, heading=True, level=2),
             _line("https://github.com/lortiz", 372, x=45, heading=True, level=2),
             _line("Languages", 510, size=12, bold=True, heading=True, level=2),
             _line("English, Spanish", 536, x=45, heading=True, level=2)]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["url"] == "https://lenaortiz.example.com" and basics["email"] == "lena@example.com"
    assert basics["location"]["city"] == "San Francisco"
    assert [p["url"] for p in basics["profiles"]] == ["https://github.com/lortiz"]


def test_elsewhere_names_the_profiles():
    assert HEADINGS[normalise_heading("Elsewhere")] == "contact"
    assert HEADINGS[normalise_heading("Find me elsewhere")] == "contact"


def test_a_tab_bar_and_a_network_button_are_web_furniture():
    lines = [_line("Jo Doe", 40, size=20), _line("Join my professional network", 60, link="https://linkedin.com/in/jo"),
             _line("Overview, Experiences 6, Writing", 80), _line("Overview  Repositories 12  Stars 3", 100),
             _line("Experience", 120, size=12, heading=True, level=2),
             _line("Projects, Writing, Overview", 140),  # no counts: could be a list of skills
             _line("Joined my professional network's board in 2020", 160)]
    kept, dropped = web_furniture(lines)
    assert [u.text for u in dropped] == ["Join my professional network", "Overview, Experiences 6, Writing",
                                         "Overview  Repositories 12  Stars 3"]
    assert kept == [lines[0], *lines[4:]]


def test_a_footer_signed_by_handle_is_furniture_in_any_type_size():
    """A web theme sets its credit in its body type: "Built by @handle using ..." and "Create your
    own portfolio with ..." at the foot of the last page are the theme's, not the last school's."""
    lines = [_line("Jo Doe", 40, size=20, bold=True, heading=True, level=1), _line("jo@example.com", 60),
             _line("Education", 100, size=12, bold=True, heading=True, level=2),
             _line("Northfield College", 120, size=9), _line("Associate of Science", 140, size=9),
             _line("Inspired by @someone. Built by @maker using Primer and JSON Resume.", 760, size=9),
             _line("Create your own portfolio with JSON Resume GitHub theme.", 780, size=9)]
    kept, furniture = split_furniture(lines)
    assert [u.text for u in furniture] == [lines[-2].text, lines[-1].text] and kept == lines[:-2]
    # in body type and without a handle, "Built with ..." at a page's foot is a project's point
    project = [*lines[:-2], _line("Built with Next.js and Prisma by two students", 760, size=9)]
    assert split_furniture(project)[1] == []
