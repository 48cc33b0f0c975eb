"""A summary under the header whose short first sentence ends its own line: the sentence opens the
summary, not a line left over (`contact.parse_header`). Hand-built lines, not a theme's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line


def test_a_short_first_sentence_on_its_own_line_opens_the_summary():
    lines = [Line("Ada Quill", size=20, bold=True, heading=True, level=1),
             Line("Pastry Chef", size=12),
             Line("ada.quill@example.org", size=10),
             Line("Pastry chef with a focus on laminated doughs.", size=10),
             Line("Ten years in hotel kitchens and two bakeries of my own, where I trained six apprentices "
                  "and ran the morning shift.", size=10),
             Line("Experience", size=14, bold=True, heading=True, gap_before=True),
             Line("Baker | Crumb & Co | 2019 - 2021", size=10)]
    result = resume_from_lines(lines)
    assert result.resume["basics"]["summary"].startswith("Pastry chef with a focus on laminated doughs. Ten years")
    assert not [u for u in result.unparsed if u.section == "header"]
