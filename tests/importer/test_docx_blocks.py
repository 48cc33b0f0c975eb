"""Word content python-docx's own walk skips: content controls, text boxes (read once, not from
their VML fallback too), inserted runs; deleted text stays out. The XML is written here the way
Word writes it, so a failure names the construct."""
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from tailor.importer.docx_blocks import blocks, hyperlinks, runs

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _text_of(block) -> str:
    return "".join(run.text for run in runs(block)) if hasattr(block, "_p") else "<table>"


def _document(*xml_blocks: str):
    document = Document()
    body = document.element.body
    for xml in xml_blocks:
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    return document


def test_content_controls_around_blocks_and_inside_a_paragraph_are_read():
    document = _document(
        f'<w:sdt {_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Jo Doe</w:t></w:r></w:p>'
        f'<w:p><w:r><w:t>Data Analyst</w:t></w:r></w:p></w:sdtContent></w:sdt>',
        f'<w:p {_NS}><w:r><w:t xml:space="preserve">Email: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent>'
        f'<w:r><w:t>jo@example.com</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    assert [_text_of(b) for b in blocks(document)] == ["Jo Doe", "Data Analyst", "Email: jo@example.com"]


def test_a_text_box_is_read_once_after_its_anchor_and_not_from_its_vml_fallback():
    box = '<w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p><w:p><w:r><w:t>SQL</w:t></w:r></w:p></w:txbxContent>'
    document = _document(
        f'<w:p {_NS}><w:r><w:t>Experience</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>'
        f'<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        f'</w:r></w:p>')
    assert [_text_of(b) for b in blocks(document)] == ["Experience", "Skills", "SQL"]


def test_inserted_runs_are_read_and_deleted_ones_are_not():
    document = _document(
        f'<w:p {_NS}><w:r><w:t xml:space="preserve">Led </w:t></w:r><w:del><w:r><w:delText>a team</w:delText>'
        f'</w:r></w:del><w:ins><w:r><w:t>six engineers</w:t></w:r></w:ins></w:p>')
    assert [_text_of(b) for b in blocks(document)] == ["Led six engineers"]


def test_tables_and_their_cells_keep_their_place():
    document = Document()
    document.add_paragraph("Jo Doe")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Acme"
    document.add_paragraph("After")
    assert [_text_of(b) for b in blocks(document)] == ["Jo Doe", "<table>", "After"]
    assert [_text_of(b) for b in blocks(table.cell(0, 0))] == ["Acme"]


def test_hyperlinks_inside_a_content_control_are_read():
    """A template's contact fill-in field holding a link: its address is known, as a paragraph's
    own hyperlinks are (python-docx lists only those); a jump to a bookmark is no address."""
    document = Document()
    rel = document.part.relate_to("https://www.linkedin.com/in/jodoe", RT.HYPERLINK, is_external=True)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:p {_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:r><w:t xml:space="preserve">Jo Doe | </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent>'
        f'<w:hyperlink r:id="{rel}"><w:r><w:t>LinkedIn</w:t></w:r></w:hyperlink></w:sdtContent></w:sdt>'
        f'<w:hyperlink w:anchor="top"><w:r><w:t> Top</w:t></w:r></w:hyperlink></w:p>'))
    paragraph = next(iter(blocks(document)))
    assert hyperlinks(paragraph) == [("LinkedIn", "https://www.linkedin.com/in/jodoe")]
