"""OpenDocument text (.odt): a document built here (zip + XML, as LibreOffice writes it) is read
into the same lines as a DOCX, and a broken or locked one is one clear error."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tailor.errors import UserInputError
from tailor.importer import import_resume
from tailor.importer.extract import extract_lines
from tailor.importer.odt import Paragraph, Table, read_odt

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
 <office:styles>
  <style:style style:name="Heading" style:family="paragraph"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
     style:parent-style-name="Heading"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
 </office:styles>
 <office:master-styles>
  <style:master-page style:name="Standard">
   <style:header><text:p>jane@example.com | +1 555 010 2030 | Portland, OR</text:p></style:header>
   <style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>"""


def content(body: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
  {body}
 </office:text></office:body>
</office:document-content>"""


RESUME = """
  <text:p text:style-name="P1">Jane Doe</text:p>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Experience</text:h>
  <text:p><text:span text:style-name="T1">Senior Engineer</text:span>, Acme Corp<text:tab/>2019 – 2023</text:p>
  <text:list>
   <text:list-item><text:p>Cut build times by 40%<office:annotation>
     <text:p>check this</text:p></office:annotation></text:p></text:list-item>
   <text:list-item><text:p>Led<text:s text:c="2"/>a team of 5</text:p></text:list-item>
  </text:list>
  <text:tracked-changes><text:changed-region>
   <text:deletion><text:p>Deleted line</text:p></text:deletion>
  </text:changed-region></text:tracked-changes>
  <text:h text:outline-level="1">Skills</text:h>
  <table:table><table:table-column/>
   <table:table-row><table:table-cell><text:p>Python</text:p></table:table-cell>
    <table:table-cell><text:p>Go</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p>Line one<text:line-break/>Line two</text:p>
"""


def write_odt(path: Path, body: str = RESUME, *, manifest: str = "", styles: bool = True) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content(body))
        if styles:
            archive.writestr("styles.xml", STYLES)
        archive.writestr("META-INF/manifest.xml", manifest or "<manifest:manifest/>")
    return path


def test_blocks_keep_headings_bold_lists_and_tables(tmp_path):
    document = read_odt(write_odt(tmp_path / "cv.odt"))
    title, heading, entry, first, second, skills, table, lines = document.body
    assert title == Paragraph([("Jane Doe", False)], level=1)  # the Title style, through P1
    assert heading.level == 1 and heading.runs == [("Experience", True)]  # bold from its style
    assert entry.runs[0] == ("Senior Engineer", True) and not entry.list_item
    assert first.list_item and "".join(t for t, _ in first.runs) == "Cut build times by 40%"  # no comment
    assert "".join(t for t, _ in second.runs) == "Led  a team of 5"
    assert skills.level == 1
    assert isinstance(table, Table) and len(table.rows) == 1 and len(table.rows[0]) == 2
    assert "".join(t for t, _ in lines.runs) == "Line one\nLine two"
    assert "Deleted" not in str(document.body)
    assert document.header[0].runs[0][0].startswith("jane@example.com")


def test_lines_are_read_like_a_docx(tmp_path):
    lines = extract_lines(write_odt(tmp_path / "cv.odt"))
    texts = [line.text for line in lines]
    # the page header's contact line goes after the name, as for a DOCX; the page number does not come
    assert texts[:3] == ["Jane Doe", "jane@example.com | +1 555 010 2030 | Portland, OR", "Experience"]
    assert "Page 1" not in texts
    assert lines[2].heading and lines[3].bold_prefix == "Senior Engineer"
    assert [line.text for line in lines if line.list_item] == ["Cut build times by 40%", "Led a team of 5"]
    assert "Python | Go" in texts and texts[-2:] == ["Line one", "Line two"]


def test_an_odt_resume_imports(tmp_path):
    result = import_resume(write_odt(tmp_path / "cv.odt"))
    assert result.resume["basics"]["name"] == "Jane Doe"
    assert result.resume["basics"]["email"] == "jane@example.com"
    job = result.resume["work"][0]
    assert "Acme Corp" in job["name"] and "Senior Engineer" in job["position"]
    assert job["highlights"] == ["Cut build times by 40%", "Led a team of 5"]


def test_styles_xml_is_optional(tmp_path):
    lines = extract_lines(write_odt(tmp_path / "plain.odt", "<text:p>Jane Doe</text:p><text:p>Engineer</text:p>",
                                    styles=False))
    assert [line.text for line in lines] == ["Jane Doe", "Engineer"]


def test_comments_odd_counts_and_text_boxes(tmp_path):
    """XML comments carry no text, a count that is no number is 1 (not a traceback), and a text
    box anchored in a paragraph is read after it, once."""
    body = ('<!-- c --><text:p>Jane<!-- c --> Doe<text:s text:c="x"/>X</text:p>'
            '<text:h text:outline-level="abc">Skills</text:h>'
            '<text:p>A<draw:frame><draw:text-box><text:p>Boxed</text:p></draw:text-box></draw:frame>B</text:p>')
    lines = extract_lines(write_odt(tmp_path / "odd.odt", body, styles=False))
    assert [(line.text, line.level) for line in lines] == [("Jane Doe X", 0), ("Skills", 1), ("AB", 0), ("Boxed", 0)]


def test_links_are_read_like_a_docx_s_hyperlinks(tmp_path):
    """`text:a` links are kept with their text, as a DOCX paragraph's hyperlinks: a contact row's
    linked words ("Email | LinkedIn") read as their addresses, a line that is one link's text
    keeps it as its `link`, and a link to a place in the document is no address."""
    def link(href: str, text: str) -> str:
        return f'<text:a xlink:type="simple" xlink:href="{href}"><text:span>{text}</text:span></text:a>'
    body = (f'<text:p>Ravi Kumar</text:p>'
            f'<text:p>{link("mailto:ravi@example.com", "Email")} | '
            f'{link("https://www.linkedin.com/in/ravik", "LinkedIn")} | '
            f'{link("https://github.com/ravik", "GitHub")}</text:p>'
            f'<text:h text:outline-level="1">Projects</text:h>'
            f'<text:p>{link("https://ledger.dev", "Ledger")}</text:p>'
            f'<text:p>See {link("#Projects", "Projects")}</text:p>')
    path = write_odt(tmp_path / "links.odt", body, styles=False)
    assert read_odt(path).body[1].links[0] == ("Email", "mailto:ravi@example.com")
    lines = extract_lines(path)
    assert lines[1].text == "ravi@example.com | https://www.linkedin.com/in/ravik | https://github.com/ravik"
    assert lines[3].link == "https://ledger.dev" and read_odt(path).body[4].links == []
    basics = import_resume(path).resume["basics"]
    assert basics["email"] == "ravi@example.com"
    assert {p["network"] for p in basics["profiles"]} == {"LinkedIn", "GitHub"}


def test_spaces_typed_in_a_sentence_are_no_column_gap(tmp_path):
    """People type two or more spaces inside a sentence; in an ODT (as in a DOCX) that is one
    space, while a tab stays a column gap."""
    body = ('<text:list><text:list-item><text:p>Led<text:s text:c="3"/>four<text:s text:c="3"/>engineers'
            '</text:p></text:list-item></text:list>'
            '<text:p>Managed<text:s text:c="2"/>the team<text:tab/>2019 – 2021</text:p>')
    lines = extract_lines(write_odt(tmp_path / "spaces.odt", body, styles=False))
    assert [line.text for line in lines] == ["Led four engineers", "Managed the team | 2019 – 2021"]


def error(path: Path) -> UserInputError:
    with pytest.raises(UserInputError) as info:
        extract_lines(path)
    assert str(path) in info.value.render() and info.value.hint
    return info.value


def test_unreadable_odt_files_say_what_to_do(tmp_path, monkeypatch):
    locked = write_odt(tmp_path / "locked.odt", manifest='<manifest:manifest xmlns:manifest="urn:x"><manifest:'
                       'file-entry><manifest:encryption-data/></manifest:file-entry></manifest:manifest>')
    assert "password" in error(locked).message
    docx = tmp_path / "word.odt"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "rename it to .docx" in error(docx).hint
    broken = tmp_path / "broken.odt"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("content.xml", "<office:document-content><unclosed>")
    assert "OpenDocument" in error(broken).message and "LibreOffice" in error(broken).hint
    (tmp_path / "pdf.odt").write_bytes(b"%PDF-1.7\n")
    assert error(tmp_path / "pdf.odt").message == "this file is a PDF, not an OpenDocument text (.odt) as its name says"
    from tailor.importer import odt
    monkeypatch.setattr(odt, "MAX_XML_BYTES", 100)  # a zip bomb is refused before it is unpacked
    assert "too large" in error(write_odt(tmp_path / "bomb.odt")).message
