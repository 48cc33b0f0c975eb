"""`links.py`: a printed address its own link contradicts is read as the link's address, and a
name set as a link gives its entry the link's address."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line
from tailor.importer.links import link_targets, link_text, relink, relink_words

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
    assert [uri for _, uri, _ in page_links] == ["mailto:ana@example.org", "https://www.linkedin.com/in/ana-ruiz-dev"]
    (x0, top, x1, bottom), _, _ = page_links[1]
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
    assert [uri for _, uri, _ in page_links] == ["https://hachyderm.io/@ana"]


def _row(*words_and_links, y=51.0):
    """A row of linked words as `link_targets` reads them: each word's rectangle, address and text."""
    links, x = [], 100.0
    for word, uri in words_and_links:
        links.append(((x, y - 1, x + 6 * len(word), y + 9), uri, word))
        x += 6 * len(word) + 12
    return {0: links}


def test_each_linked_word_of_a_contact_row_is_read_as_its_own_address():
    """"Email | LinkedIn | GitHub | Portfolio", each word its own link: a line keeps one `link`, so
    the words are replaced by their addresses and every one reaches the contact fields."""
    from tailor.importer.contact import parse_header

    targets = _row(("Email", "mailto:jo@example.com"), ("LinkedIn", "https://www.linkedin.com/in/jdoe"),
                   ("GitHub", "https://github.com/jdoe"), ("Portfolio", "https://jdoe.dev"))
    row = Line("Email | LinkedIn | GitHub | Portfolio", page=0, x=100, y=51, size=9)
    (line,) = relink([row], targets)
    assert line.text == "jo@example.com | https://www.linkedin.com/in/jdoe | https://github.com/jdoe | https://jdoe.dev"
    basics, unparsed = parse_header([Line("Jo Doe", size=20), line])
    assert (basics["email"], basics["url"]) == ("jo@example.com", "https://jdoe.dev") and not unparsed
    assert [p["url"] for p in basics["profiles"]] == ["https://www.linkedin.com/in/jdoe", "https://github.com/jdoe"]
    # spaces alone between the words, a handle and a site as the links' text, a phone link's word
    targets = _row(("in/jdoe", "https://www.linkedin.com/in/jdoe"), ("github", "https://github.com/jdoe"),
                   ("jdoe.dev", "https://jdoe.dev/"), ("Call", "tel:+1%20555%20010%200199"))
    (line,) = relink([Line("in/jdoe github jdoe.dev Call", page=0, x=100, y=51, size=9)], targets)
    assert line.text == "https://www.linkedin.com/in/jdoe | https://github.com/jdoe | jdoe.dev | +1 555 010 0199"
    # handles after one another with commas, as a list of profiles prints them
    targets = _row(("lvasquez", "https://github.com/lvasquez"), ("lena", "https://hachyderm.io/@lena"))
    (line,) = relink([Line("lvasquez, lena", page=0, x=100, y=51, size=9)], targets)
    assert line.text == "https://github.com/lvasquez | https://hachyderm.io/@lena"
    # printed details between the linked words stay as printed
    targets = _row(("LinkedIn", "https://www.linkedin.com/in/jdoe"), ("GitHub", "https://github.com/jdoe"))
    targets[0] = [(((x0 + 200, top, x1 + 200, bottom)), uri, text) for (x0, top, x1, bottom), uri, text in targets[0]]
    (line,) = relink([Line("jo@example.com · 555-010-0199 · LinkedIn · GitHub", page=0, x=100, y=51, size=9)], targets)
    assert line.text == "jo@example.com · 555-010-0199 · https://www.linkedin.com/in/jdoe | https://github.com/jdoe"


def test_a_header_row_that_opens_with_a_title_reads_its_linked_words_too():
    """"Data Analyst • Manchester, Greater Manchester • jo@example.com • LinkedIn • GitHub": a row
    printing an email is the header's, so its linked words are addresses and its title, the only
    text left, is the label."""
    from tailor.importer.contact import parse_header

    text = "Data Analyst • Manchester, Greater Manchester • jo@example.com • LinkedIn • GitHub"
    targets = _row(("LinkedIn", "https://linkedin.com/in/jdoe"), ("GitHub", "https://github.com/jdoe"))
    targets[0] = [(((x0 + 400, top, x1 + 400, bottom)), uri, word) for (x0, top, x1, bottom), uri, word in targets[0]]
    (line,) = relink([Line(text, page=0, x=100, y=51, size=9)], targets)
    assert line.text.endswith("jo@example.com • https://linkedin.com/in/jdoe | https://github.com/jdoe")
    basics, unparsed = parse_header([Line("Jo Doe", size=20), line])
    assert basics["label"] == "Data Analyst" and basics["location"]["region"] == "Greater Manchester"
    assert len(basics["profiles"]) == 2 and not unparsed
    project = Line("Tailor • Manchester • GitHub", page=0, x=100, y=51, size=9)  # no email, no phone
    assert relink([project], _row(("GitHub", "https://github.com/jdoe/tailor")))[0].text == project.text


def test_a_row_with_words_that_are_no_contact_links_is_left_as_it_is():
    """A project's "Tailor | GitHub | Demo" keeps its name; a name linked to a mail address stays the
    name; a single web link on its own line keeps it as the line's `link`."""
    targets = _row(("Tailor", "https://tailor.example"), ("GitHub", "https://github.com/jdoe/tailor"),
                   ("Demo", "https://demo.example"))
    project = Line("Tailor | GitHub | Demo", page=0, x=100, y=51, size=9)
    assert relink([project], targets)[0].text == project.text
    named = Line("Jo Doe", page=0, x=100, y=51, size=20)
    assert relink([named], _row(("Jo Doe", "mailto:jo@example.com")))[0] == named
    alone = relink([Line("LinkedIn", page=0, x=100, y=51, size=9)], _row(("LinkedIn", "https://linkedin.com/in/jo")))
    assert (alone[0].text, alone[0].link) == ("LinkedIn", "https://linkedin.com/in/jo")
    prose = Line("Wrote about it on my Blog and GitHub", page=0, x=100, y=51, size=9)
    assert relink([prose], _row(("Blog", "https://jo.blog"), ("GitHub", "https://github.com/jo")))[0].text == prose.text
    below = Line("LinkedIn | GitHub", page=0, x=100, y=90, size=9)  # the links are on another row
    assert relink([below], _row(("LinkedIn", "https://linkedin.com/in/jo"), ("GitHub", "https://github.com/jo")))[
        0] == below


def test_a_contact_row_of_linked_words_in_a_pdf_gives_every_address(tmp_path):
    """WeasyPrint prints each <a href> as a link annotation over its word, as browsers and word
    processors do; the glyphs under each annotation say which word it is."""
    from tailor.importer import import_resume
    from tailor.render.pdf import render_pdf

    html = ('<html><body style="font-size:10pt"><h1>Jo Doe</h1><p>Data Analyst</p>'
            '<p><a href="mailto:jo@example.com">Email</a> | <a href="tel:+15550100199">Phone</a> | '
            '<a href="https://www.linkedin.com/in/jdoe">LinkedIn</a> | <a href="https://github.com/jdoe">GitHub</a>'
            ' | <a href="https://jdoe.dev">Portfolio</a></p>'
            '<h2>Experience</h2><p><b>Analyst, Acme</b></p><p>2019 - 2021</p></body></html>')
    path = tmp_path / "row.pdf"
    path.write_bytes(render_pdf(html))
    from tailor.importer.pdf import _layout
    (page_links,) = link_targets(path, _layout(path)[3]).values()  # the glyphs of the layout pass
    assert [link_text(link) for link in page_links] == ["Email", "Phone", "LinkedIn", "GitHub", "Portfolio"]
    basics = import_resume(path).resume["basics"]
    assert (basics["email"], basics["phone"], basics["url"]) == ("jo@example.com", "+15550100199", "https://jdoe.dev")
    assert [p["network"] for p in basics["profiles"]] == ["LinkedIn", "GitHub"]


def test_an_address_read_twice_in_the_header_is_one_profile():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Jo Doe"), Line("https://github.com/jdoe | https://jdoe.dev"),
                              Line("github.com/jdoe/ | www.jdoe.dev")])
    assert basics["url"] == "https://jdoe.dev" and [p["url"] for p in basics["profiles"]] == ["https://github.com/jdoe"]


def _docx_paragraph(tmp_path, *pieces):
    """A Word paragraph of plain runs and hyperlinks ((text, address) pieces), read back."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    paragraph = document.add_paragraph()
    for piece in pieces:
        if isinstance(piece, str):
            paragraph.add_run(piece)
            continue
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), paragraph.part.relate_to(piece[1], RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        run = paragraph.add_run(piece[0])
        link.append(run._r)
        paragraph._p.append(link)
    document.save(tmp_path / "links.docx")
    return Document(str(tmp_path / "links.docx")).paragraphs[0]


def test_the_hyperlinks_of_a_word_paragraph_give_each_linked_word_its_address(tmp_path):
    """Word and Google Docs users link "LinkedIn" and "GitHub" on one line; python-docx gives each
    hyperlink's text and address, which `relink_words` reads as a PDF row's links are read."""
    paragraph = _docx_paragraph(tmp_path, "jo@example.com | ", ("LinkedIn", "https://www.linkedin.com/in/jdoe"),
                                " | ", ("GitHub", "https://github.com/jdoe"))
    linked = [(link.text, link.url) for link in paragraph.hyperlinks]
    line = relink_words(Line(paragraph.text), linked)
    assert line.text == "jo@example.com | https://www.linkedin.com/in/jdoe | https://github.com/jdoe"
    alone = _docx_paragraph(tmp_path, ("Harbour Foods", "https://harbourfoods.example.com/"))
    line = relink_words(Line(alone.text), [(link.text, link.url) for link in alone.hyperlinks])
    assert (line.text, line.link) == ("Harbour Foods", "https://harbourfoods.example.com/")
    project = Line("Tailor | GitHub")  # a project's name is not a contact word: the line stays
    linked = [("Tailor", "https://tailor.example"), ("GitHub", "https://github.com/jo/t")]
    assert relink_words(project, linked) == project


def test_the_text_under_a_link_composes_a_letter_and_its_accent_drawn_apart():
    from tailor.importer.links import _text_in

    glyphs = [(10.0, 5.0, "J"), (15.0, 5.0, "o"), (20.0, 5.0, "s"), (25.0, 5.0, "e"), (26.0, 5.0, "\u0301")]
    assert _text_in(glyphs, (0.0, 0.0, 30.0, 10.0)) == "Jos\u00e9"
