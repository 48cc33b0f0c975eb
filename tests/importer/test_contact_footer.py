"""A last line that repeats the name and contact details of the header (contact_footer.py): page
furniture, not the last section's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.contact_footer import contact_footer
from tailor.importer.lines import Line


def _lines(footer):
    return [Line("PIETRO ALVES", size=24, bold=True), Line("pietro.alves@example.com"), Line("(555) 010-4477"),
            Line("Education", size=14, bold=True, heading=True),
            Line("Northfield Technical College", bold=True), Line("Welding Technology, Certificate of Completion"),
            Line("• Pipe welding"), Line("• Blueprint reading"),
            Line(footer, size=8)]


def test_a_footer_of_the_name_and_contact_details_is_furniture():
    result = resume_from_lines(_lines("Pietro Alves — pietro.alves@example.com — (555) 010-4477"))
    assert "Pietro Alves — pietro.alves@example.com — (555) 010-4477" not in str(result.resume)
    assert [item.section for item in result.unparsed if "Pietro Alves —" in item.text] == ["page footer"]


def test_a_last_line_with_a_detail_the_header_lacks_or_other_words_stays():
    lines = _lines("Pietro Alves — pietro@welds.example.com")
    assert contact_footer(lines) == (lines, [])
    lines = _lines("Pipe welding — pietro.alves@example.com")
    assert contact_footer(lines) == (lines, [])
    lines = _lines("Pietro Alves — Northfield")
    assert contact_footer(lines) == (lines, [])
