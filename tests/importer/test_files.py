"""End to end on files: Tailor's own PDFs (real WeasyPrint renders), a sidebar layout, DOCX,
TXT, Markdown, the unusable inputs, and the conservation property (no line silently dropped)."""
from pathlib import Path

import pytest

from tailor.errors import UserInputError
from tailor.importer import import_resume
from tailor.importer.extract import extract_lines
from tailor.importer.field_compare import compare
from tailor.importer.sections import section_key
from tests.importer.importer_helpers import lost_words
from tests.importer.rendering import RESUME_FILES, load, render_resume_pdf, render_sidebar_pdf


@pytest.fixture(scope="module")
def tailor_pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    out = {}
    for name in RESUME_FILES:
        out[name] = folder / f"{name}.pdf"
        out[name].write_bytes(render_resume_pdf(load(name)))
    return out


@pytest.fixture(scope="module")
def sidebar_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("side") / "career-changer-sidebar.pdf"
    path.write_bytes(render_sidebar_pdf(load("career-changer.resume.json")))
    return path


def test_flex_column_headings_are_reassociated_by_y(sidebar_pdf):
    """Headings in a flex column beside the content (a third layout, besides the shipped
    templates measured in tests/roundtrip): pdfminer may read a heading after its content."""
    expected = load("career-changer.resume.json")
    result = import_resume(sidebar_pdf)
    report = compare(expected, result.resume)
    exact = sum(f.exact for f in report.fields)
    assert exact / len(report.fields) >= 0.95, [(f.path, f.expected, f.got) for f in report.wrong()]
    assert [w["name"] for w in result.resume["work"]] == [w["name"] for w in expected["work"]]


@pytest.mark.parametrize("name", RESUME_FILES)
def test_conservation_on_shared_resumes(tailor_pdfs, name):
    lines = extract_lines(tailor_pdfs[name])
    result = import_resume(tailor_pdfs[name])
    headings = {line.text for line in lines if section_key(line)}
    assert lost_words(lines, result, headings) == []


def test_conservation_on_messy_text(messy_txt):
    lines = extract_lines(messy_txt)
    result = import_resume(messy_txt)
    headings = {line.text for line in lines if section_key(line)}
    assert lost_words(lines, result, headings) == []
    assert {u.text for u in result.unparsed} >= {"Marathon running", "Film photography"}
    work = result.resume["work"]
    assert work[0]["highlights"][0] == "Rebuilt the ledger service in Go, cutting p99 latency from 800 ms to 120 ms"
    assert work[0]["highlights"][1] == "Led the PCI audit for three data-base clusters"  # never "data- base"
    assert (work[0]["position"], work[0]["name"], work[0]["startDate"]) == ("Senior Backend Engineer", "Paywise",
                                                                              "2021-01")
    assert "endDate" not in work[0]
    assert result.resume["basics"]["phone"] == "+1 (312) 555-0199"
    assert result.resume["education"][0]["institution"] == "University of Illinois Urbana-Champaign"


def test_markdown(tmp_path):
    path = tmp_path / "me.md"
    path.write_text("# Sam Lee\nData Engineer\n\nsam@example.com | [github.com/samlee](https://github.com/samlee)\n\n"
                    "## Experience\n### **Data Engineer** — Acme\nMay 2020 – Present\n- Built the *lake*\n"
                    "  with Spark\n* Cut costs 20%\n\n## Skills\n- Python, Spark\n", encoding="utf-8")
    resume = import_resume(path).resume
    assert resume["basics"]["name"] == "Sam Lee" and resume["basics"]["profiles"][0]["network"] == "GitHub"
    assert resume["work"] == [{"position": "Data Engineer", "name": "Acme", "startDate": "2020-05",
                               "highlights": ["Built the lake with Spark", "Cut costs 20%"]}]
    assert resume["skills"][0]["keywords"] == ["Python", "Spark"]


def test_docx_headings_lists_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Robin Park", style="Title")
    document.add_paragraph("robin@example.com | 555-201-3344 | Denver, CO")
    document.add_heading("Professional Experience", level=1)
    title = document.add_paragraph()
    title.add_run("Site Reliability Engineer").bold = True
    title.add_run(" — Globex")
    document.add_paragraph("Jan 2019 – Dec 2022")
    document.add_paragraph("Automated failover for 40 services", style="List Bullet")
    document.add_paragraph("Wrote the incident handbook", style="List Bullet")
    document.add_heading("Education", level=1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "BSc in Physics, University of Colorado"
    table.rows[0].cells[1].text = "2014 – 2018"
    path = tmp_path / "robin.docx"
    document.save(path)
    result = import_resume(path)
    assert result.resume["basics"]["phone"] == "555-201-3344"
    assert result.resume["work"] == [{"position": "Site Reliability Engineer", "name": "Globex",
                                      "startDate": "2019-01", "endDate": "2022-12",
                                      "highlights": ["Automated failover for 40 services",
                                                     "Wrote the incident handbook"]}]
    edu = result.resume["education"][0]
    assert (edu["studyType"], edu["area"], edu["institution"], edu["endDate"]) == (
        "BSc", "Physics", "University of Colorado", "2018")
    assert result.unparsed == []


def test_docx_table_with_the_sidebar_in_its_left_cell_opens_with_the_name(tmp_path):
    """A 1x2 Word table, sidebar (CONTACT, LANGUAGES) left and name over the main column right:
    the name is the name, and it and the label are not read as languages."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("CONTACT").bold = True
    for text in ("jane.doe@example.com", "LANGUAGES", "English (native)"):
        left.add_paragraph(text)
    right.paragraphs[0].add_run("Jane Doe").bold = True
    for text in ("Registered Nurse", "EXPERIENCE", "Staff Nurse", "Beaumont Hospital | Sep 2014 – Feb 2019"):
        right.add_paragraph(text)
    path = tmp_path / "sidebar_left.docx"
    document.save(path)
    resume = import_resume(path).resume
    assert (resume["basics"]["name"], resume["basics"]["label"]) == ("Jane Doe", "Registered Nurse")
    assert [item["language"] for item in resume["languages"]] == ["English"]


def test_docx_and_markdown_bold_runs_end_the_employer_before_its_place(tmp_path):
    """"Sommelier at **Le Bernardin** New York, NY": the employer is the bold run, the place the
    regular words after it, in a Word file and in Markdown as in a PDF (`Line.bold_runs`)."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Robin Park", style="Title")
    document.add_heading("Experience", level=1)
    header = document.add_paragraph()
    header.add_run("Sommelier at ")
    header.add_run("Le Bernardin").bold = True
    header.add_run(" New York, NY")
    document.add_paragraph("Jan 2015 – Jan 2019")
    document.add_paragraph("Ran the wine list", style="List Bullet")
    document.save(tmp_path / "robin.docx")
    (tmp_path / "robin.md").write_text("# Robin Park\n\n## Experience\n\nSommelier at **Le Bernardin** New York, NY\n"
                                      "Jan 2015 – Jan 2019\n\n- Ran the wine list\n")
    for name in ("robin.docx", "robin.md"):
        job = import_resume(tmp_path / name).resume["work"][0]
        assert (job["position"], job["name"], job.get("location")) == (
            "Sommelier", "Le Bernardin", "New York, NY"), name


def test_docx_plain_paragraphs_of_a_job_read_as_in_a_text_file(tmp_path):
    """A Word job with no list style and no blank paragraphs: the line under the dates says what
    the person did, so it is the job's description, not its employer."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in ("Olivia Brown", "olivia.brown@example.com", "EXPERIENCE", "Bookkeeper, Smith & Co",
                 "Mar 2017 – Present", "Kept the books", "SKILLS", "Xero"):
        document.add_paragraph(text)
    document.save(tmp_path / "olivia.docx")
    (tmp_path / "olivia.txt").write_text("\n".join(p.text for p in document.paragraphs) + "\n")
    for name in ("olivia.docx", "olivia.txt"):
        job = import_resume(tmp_path / name).resume["work"][0]
        assert (job["position"], job["name"], job.get("summary")) == ("Bookkeeper", "Smith & Co", "Kept the books")


def _word_resume(tmp_path, header: list[str], footer: list[str] = (), first_page: list[str] = ()) -> Path:
    """A Word resume whose page header (and footer, and first page's own header) hold `header`."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    section = document.sections[0]
    for story, texts in ((section.header, header), (section.footer, footer), (section.first_page_header, first_page)):
        for at, text in enumerate(texts):
            (story.paragraphs[0] if at == 0 else story.add_paragraph()).text = text
    section.different_first_page_header_footer = bool(first_page)
    document.add_paragraph("Robin Park", style="Title")
    document.add_paragraph("Site Reliability Engineer")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Site Reliability Engineer, Globex")
    document.add_paragraph("Jan 2019 – Dec 2022")
    document.add_paragraph("Automated failover for 40 services", style="List Bullet")
    path = tmp_path / "robin.docx"
    document.save(path)
    return path


def test_docx_page_header_holds_the_contact_line(tmp_path):
    """Word users often put the contact line in the page header: it is read, after the name (the
    body's first line); a header that holds more than contact details (the name) comes first."""
    contact = "Denver, CO | robin@example.com | 555-201-3344 | robinpark.dev | github.com/robinpark"
    path = _word_resume(tmp_path, [contact])
    assert [line.text for line in extract_lines(path)[:3]] == ["Robin Park", contact, "Site Reliability Engineer"]
    basics = import_resume(path).resume["basics"]
    assert (basics["name"], basics["label"], basics["email"], basics["phone"], basics["url"]) == (
        "Robin Park", "Site Reliability Engineer", "robin@example.com", "555-201-3344", "robinpark.dev")
    assert basics["profiles"][0]["url"] == "github.com/robinpark"
    named = _word_resume(tmp_path, ["Robin Park", contact])
    assert [line.text for line in extract_lines(named)[:2]] == ["Robin Park", contact]


def test_docx_footer_only_with_contact_details_and_the_first_page_header(tmp_path):
    """A footer of page numbers or "Confidential" is no part of the resume; one with contact
    details is, after the body. A different first page's own header is read, each text once."""
    furniture = extract_lines(_word_resume(tmp_path, [], footer=["Confidential"]))
    assert "Confidential" not in [line.text for line in furniture]
    contact = extract_lines(_word_resume(tmp_path, [], footer=["robin@example.com | 555-201-3344"]))
    assert contact[-1].text == "robin@example.com | 555-201-3344"
    first = extract_lines(_word_resume(tmp_path, ["robin@example.com"], first_page=["robin@example.com",
                                                                                     "555-201-3344"]))
    assert [line.text for line in first[:3]] == ["Robin Park", "robin@example.com", "555-201-3344"]


def test_page_text_reads_docx_page_headers(tmp_path):
    """The bench's "is it on the page" text (page_text.py) holds what a page header prints, so a
    contact line the importer misses there counts as lost, not as not shown."""
    from tailor.importer.page_text import page_text

    text = page_text(_word_resume(tmp_path, ["robin@example.com | 555-201-3344"], footer=["Page 1"]))
    assert "robin@example.com" in text and "Robin Park" in text and "Page 1" in text


def test_docx_content_controls_and_text_boxes_are_read(tmp_path):
    """Word's resume templates put the name in a content control and a sidebar in a text box:
    both are imported (read once, not from the text box's VML copy too), and the bench's page
    text holds them."""
    from docx import Document
    from docx.oxml import parse_xml

    from tailor.importer.page_text import page_text

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    box = ('<w:txbxContent><w:p><w:r><w:t>SKILLS</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>SQL, Python</w:t></w:r></w:p></w:txbxContent>')
    document = Document()
    body = document.element.body
    for xml in (f'<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>Robin Park</w:t></w:r></w:p></w:sdtContent></w:sdt>',
                f'<w:p {ns}><w:r><w:t xml:space="preserve">robin@example.com | </w:t></w:r><w:sdt><w:sdtContent>'
                f'<w:r><w:t>555-201-3344</w:t></w:r></w:sdtContent></w:sdt></w:p>',
                f'<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}'
                f'</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}'
                f'</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'):
        body.insert(len(body) - 1, parse_xml(xml))
    path = tmp_path / "template.docx"
    document.save(path)
    resume = import_resume(path).resume
    assert (resume["basics"]["name"], resume["basics"]["phone"]) == ("Robin Park", "555-201-3344")
    assert [k for group in resume["skills"] for k in group["keywords"]] == ["SQL", "Python"]
    assert page_text(path).count("SQL, Python") == 1 and "555-201-3344" in page_text(path)


def _error(path: Path) -> str:
    with pytest.raises(UserInputError) as info:
        import_resume(path)
    assert str(path) in info.value.render() and info.value.hint
    return info.value.message


def test_scanned_pdf_is_refused(tmp_path):
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(image).text((60, 60), "Jane Doe - Experience - Acme Corp", fill="black")
    path = tmp_path / "scan.pdf"
    image.save(path)
    assert "no text layer" in _error(path)


def test_unusable_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert "empty" in _error(empty)
    (tmp_path / "x.rtf").write_text("{\\rtf1 hi}")
    assert "unsupported" in _error(tmp_path / "x.rtf")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\ngarbage\n")
    assert "cannot read" in _error(tmp_path / "bad.pdf")
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    message = _error(tmp_path / "bad.docx")
    assert "Word" in message and "Error" not in message  # no exception class names ("PackageNotFoundError")
    assert "not found" in _error(tmp_path / "missing.pdf")


def test_empty_and_textless_files_name_every_format_read(tmp_path):
    """The hint after an empty file or one with no text names every format the importer reads,
    so a LibreOffice user is not sent away to make a DOCX."""
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.md"
    empty.write_text("")
    blank.write_text("\n  \n- \n")
    for path in (empty, blank):
        with pytest.raises(UserInputError) as info:
            import_resume(path)
        assert all(name in info.value.hint for name in ("PDF", "DOCX", "ODT", "TXT", "Markdown"))


def test_a_renamed_file_is_called_what_it_is(tmp_path):
    """A PNG or a Word file saved under a .pdf name gets what it really is and a fitting hint, not
    the PDF library's "No /Root object"; a legacy .doc is told to be saved as .docx."""
    from PIL import Image
    png = tmp_path / "photo.png"
    Image.new("RGB", (20, 20), "white").save(png)
    (tmp_path / "resume.pdf").write_bytes(png.read_bytes())
    assert _error(tmp_path / "resume.pdf") == "this file is an image, not a PDF as its name says"
    (tmp_path / "word.pdf").write_bytes(b"PK\x03\x04rest of a zip")
    assert "Word/zip document" in _error(tmp_path / "word.pdf")
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    with pytest.raises(UserInputError) as info:
        import_resume(tmp_path / "old.docx")
    assert "a Word document" in info.value.message and ".docx" in info.value.hint
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserInputError) as info:
        import_resume(tmp_path / "old.doc")
    assert "Save As" in info.value.hint


def test_truncated_docx_is_a_user_error(tmp_path):
    """A .docx whose document.xml is cut short (a broken download) fails in lxml, not in the zip."""
    import zipfile
    docx = pytest.importorskip("docx")
    whole = tmp_path / "whole.docx"
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.save(whole)
    cut = tmp_path / "cut.docx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(cut, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    assert "Word" in _error(cut)


def test_encrypted_pdf_is_refused(tmp_path, monkeypatch):
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    from tailor.importer import embedded_cmap

    def locked(*args, **kwargs):
        raise PDFPasswordIncorrect()
        yield  # pragma: no cover
    monkeypatch.setattr(embedded_cmap, "layout_pages", locked)
    (tmp_path / "locked.pdf").write_bytes(b"%PDF-1.7\n")
    assert "encrypted" in _error(tmp_path / "locked.pdf")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig", "cp1252"])
def test_text_resumes_in_windows_encodings_are_read(tmp_path, encoding):
    """Notepad's "Unicode" (UTF-16 with a byte-order mark; its zero bytes once read as binary),
    UTF-32, "UTF-8 with BOM" and "ANSI" (Windows-1252 curly quotes) are all text."""
    path = tmp_path / "resume.txt"
    path.write_bytes("Jane Doe\r\njane@example.com\r\n\r\nEXPERIENCE\r\nEngineer, Acme “Labs”, 2020 - 2023\r\n"
                     "- Built the billing API\r\n".encode(encoding))
    texts = [line.text for line in extract_lines(path)]
    assert texts[0] == "Jane Doe" and "Engineer, Acme “Labs”, 2020 - 2023" in texts


def test_a_binary_or_renamed_file_named_txt_is_said_what_it_is(tmp_path):
    (tmp_path / "resume.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert _error(tmp_path / "resume.txt") == "this file is a PDF, not a text file as its name says"
    (tmp_path / "noise.md").write_bytes(bytes(range(256)) * 8)
    assert "binary" in _error(tmp_path / "noise.md")


@pytest.mark.parametrize("name,hint", [
    ("cv.pages", "File > Export To > Word"), ("cv.rtf", "WordPad"), ("cv.doc", "Save As"),
    ("cv.html", "print it to PDF"), ("scan.jpg", "OCR"), ("cv.wpd", "WordPerfect"), ("cv.json", "--resume"),
])
def test_formats_tailor_cannot_read_say_how_to_export(tmp_path, name, hint):
    (tmp_path / name).write_bytes(b"PK\x03\x04 or whatever the format holds")
    with pytest.raises(UserInputError) as info:
        import_resume(tmp_path / name)
    assert "unsupported file type" in info.value.message and hint in info.value.hint


def test_a_pages_package_folder_gets_the_pages_hint(tmp_path):
    (tmp_path / "cv.pages").mkdir()  # older Pages saves a macOS package: a folder
    with pytest.raises(UserInputError) as info:
        import_resume(tmp_path / "cv.pages")
    assert "Apple Pages" in info.value.message and "Export To" in info.value.hint


def test_a_file_far_larger_than_a_resume_is_refused_at_once(tmp_path, monkeypatch):
    from tailor.importer import extract
    big = tmp_path / "log.txt"
    big.write_bytes(b"Engineer at Acme, built things with Python and Go.\n" * 25_000)  # 1.3 MB
    assert "too large for a resume" in _error(big)
    long = tmp_path / "thesis.md"
    long.write_text("A paragraph of a thesis that goes on for a while, as theses do.\n\n" * 4_000)  # 264,000 chars
    assert "far more than a resume" in _error(long)
    monkeypatch.setattr(extract, "MAX_DOCUMENT_BYTES", 1_000)
    (tmp_path / "photos.pdf").write_bytes(b"%PDF-1.7\n" + b"0" * 2_000)
    assert "too large for a resume" in _error(tmp_path / "photos.pdf")


def test_a_word_contact_row_of_hyperlinked_words_gives_each_its_address(tmp_path):
    """"Email | LinkedIn | GitHub", each word a Word hyperlink: the import reads the addresses."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    document.add_paragraph("Ravi Kumar", style="Title")
    row = document.add_paragraph()
    for index, (text, address) in enumerate([("Email", "mailto:ravi.kumar@example.com"),
                                             ("LinkedIn", "https://www.linkedin.com/in/ravikumar"),
                                             ("GitHub", "https://github.com/ravik")]):
        if index:
            row.add_run(" | ")
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), row.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        link.append(row.add_run(text)._r)
        row._p.append(link)
    document.add_heading("Experience", level=1)
    document.add_paragraph("Data Analyst, Acme Corp, 2019 - 2023")
    document.save(tmp_path / "ravi.docx")
    basics = import_resume(tmp_path / "ravi.docx").resume["basics"]
    assert basics["email"] == "ravi.kumar@example.com"
    assert [p["url"] for p in basics["profiles"]] == ["https://www.linkedin.com/in/ravikumar", "https://github.com/ravik"]


def test_a_pdf_line_keeps_its_bold_runs_and_a_bold_employer_ends_before_its_place(tmp_path):
    """"**Sommelier** at **Le Bernardin** New York, NY": where the employer's bold run ends, its
    place begins (the page has no separator there)."""
    from tailor.importer.pdf import read_pdf_lines
    from tailor.render.pdf import render_pdf

    path = tmp_path / "role-at.pdf"
    path.write_bytes(render_pdf(
        '<html><body style="font-family: DejaVu Sans; font-size: 10pt"><h1>Ana Ruiz</h1>'
        "<p>ana.ruiz@example.com | (212) 555-0100</p><h2>Experience</h2>"
        "<p><b>Sommelier</b> at <b>Le Bernardin</b> New York, NY</p><p>Mar 2019 – Present</p>"
        "<ul><li>Ran a 900-label cellar and trained eleven servers</li></ul></body></html>"))
    [line] = [line for line in read_pdf_lines(path) if line.text.startswith("Sommelier")]
    assert line.bold_runs == ("Sommelier", "Le Bernardin")
    [job] = import_resume(path).resume["work"]
    assert (job["position"], job["name"], job["location"]) == ("Sommelier", "Le Bernardin", "New York, NY")


def test_a_word_resume_with_its_name_in_the_page_header_and_again_in_the_body_keeps_its_label(tmp_path):
    """Many Word users put the name and contact row in the page header and the name again as the
    body's first heading, over the label: the label is read, not left over."""
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "Priya Raman · priya@example.org · +1 (415) 555-0142"
    document.add_heading("Priya Raman", level=1)
    document.add_paragraph("Senior Data Engineer")
    document.add_heading("Summary", level=1)
    document.add_paragraph("Data engineer with 9 years of streaming pipelines.")
    document.save(tmp_path / "priya.docx")
    result = import_resume(tmp_path / "priya.docx")
    assert (result.resume["basics"]["name"], result.resume["basics"].get("label")) == ("Priya Raman",
                                                                                       "Senior Data Engineer")
    assert "Senior Data Engineer" not in [u.text for u in result.unparsed]


def test_a_card_of_labels_over_their_values_gives_the_contact_details():
    """A web page's "Profile" card: "EMAIL:" on its line over the address (build.labels_over_values)."""
    from tailor.importer.build import resume_from_lines
    from tailor.importer.lines import Line

    def line(text, y, size=11.0, **more):
        return Line(text, y=y, x=59.0, size=size, **more)

    lines = [line("Maya Okonkwo", 40, size=40, heading=True, level=1), line("Computer Science Graduate", 90),
             line("Profile", 200, size=14, bold=True, heading=True, level=2), line("FULLNAME:", 220),
             line("Maya Okonkwo", 235), line("WEBSITE:", 260), line("maya.example.com", 275), line("EMAIL:", 300),
             line("maya@example.com", 315)]
    basics = resume_from_lines(lines).resume["basics"]
    assert (basics["email"], basics["url"], basics.get("summary")) == ("maya@example.com", "maya.example.com", None)


def test_the_cli_names_a_wrong_input_before_an_existing_output(tmp_path, capsys):
    """`tailor import me.rtf` beside an earlier me.json: the input is the mistake to fix first."""
    from tailor.cli import main

    (tmp_path / "me.rtf").write_text("{\\rtf1 hi}")
    (tmp_path / "me.json").write_text("{}")
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(tmp_path / "me.rtf")])
    err = capsys.readouterr().err
    assert exit_.value.code == 1
    assert "unsupported file type '.rtf'" in err and "already exists" not in err
