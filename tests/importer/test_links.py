"""`links.py`: a printed address its own link contradicts is read as the link's address, and a
name set as a link gives its entry the link's address."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line
from tailor.importer.links import link_targets, relink

_RECT = (100.0, 50.0, 260.0, 60.0)  # x0, top, x1, bottom from the page's top


def test_a_printed_address_that_its_link_contradicts_is_the_links_address():
    targets = {0: [(_RECT, "https://www.linkedin.com/in/ana-ruiz-dev")]}
    printed = Line("linkedin.com/in/anaruiz-dev", page=0, x=101, y=51, size=8)
    assert relink([printed], targets)[0].text == "linkedin.com/in/ana-ruiz-dev"  # in the printed form
    same = Line("www.linkedin.com/in/ana-ruiz-dev/", page=0, x=101, y=51, size=8)
    assert relink([same], targets)[0] == same                                     # no contradiction
    other = Line("anaruiz.example.com", page=0, x=101, y=51, size=8)
    assert relink([other], targets)[0] == other                                   # another site
    below = Line("linkedin.com/in/anaruiz-dev", page=0, x=101, y=90, size=8)
    assert relink([below], targets)[0] == below                                   # not under the link


def test_an_entry_name_set_as_a_link_gives_the_entry_its_url():
    targets = {0: [(_RECT, "https://harbourfoods.example.com/")]}
    lines = relink([Line("Harbour Foods", page=0, x=101, y=51, size=10, bold=True),
                    Line("Line Lead", page=0, x=101, y=64, size=9), Line("2019 - 2021", page=0, x=101, y=76, size=9)],
                   targets)
    entry, _ = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert entry["url"] == "https://harbourfoods.example.com/" and entry["name"] == "Harbour Foods"


def test_link_annotations_are_read_from_the_pdf(tmp_path):
    from tailor.render.pdf import render_pdf

    html = ('<html><body style="font-size:10pt"><h1><a href="mailto:ana@example.org">Ana Ruiz</a></h1>'
            '<p><a href="https://www.linkedin.com/in/ana-ruiz-dev">linkedin.com/in/anaruiz-dev</a></p></body></html>')
    path = tmp_path / "links.pdf"
    path.write_bytes(render_pdf(html))
    (page_links,) = link_targets(path).values()
    assert [uri for _, uri in page_links] == ["https://www.linkedin.com/in/ana-ruiz-dev"]  # web links only
    (x0, top, x1, bottom), _ = page_links[0]
    assert x0 < x1 and top < bottom
    assert link_targets(tmp_path / "missing.pdf") == {}
    from tailor.importer.pdf import read_pdf_lines

    assert "linkedin.com/in/ana-ruiz-dev" in [line.text for line in read_pdf_lines(path)]


def test_a_link_with_its_scheme_written_twice_points_at_the_address_after_the_second(tmp_path):
    from tailor.render.pdf import render_pdf

    html = '<html><body><p><a href="https://https://hachyderm.io/@ana">ana</a></p></body></html>'
    path = tmp_path / "doubled.pdf"
    path.write_bytes(render_pdf(html))
    (page_links,) = link_targets(path).values()
    assert [uri for _, uri in page_links] == ["https://hachyderm.io/@ana"]
