"""A heading naming awards and certificates together fills the kind no other section claims
alone, and honours when none of its lines names a certificate (shared_headings.py); the tags
of a labelled list under a project's points stay its keywords (sections.split_sections)."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.sections import split_sections


def _head(text):
    return Line(text, size=12.0, bold=True, level=2, heading=True, gap_before=True)


def _lines(*texts):
    return [Line(t) for t in texts]


_TOP = [Line("Robin Vale", size=20.0, bold=True), Line("robin@example.org")]
_HONOURS = _lines("Employee of the Quarter, Dec 2021", "Harbour Freight Co",
                  "Chosen by the site's managers for reliability.")
_CERTS = _lines("Certified Safety Professional, Mar 2019", "Board of Certified Safety Professionals")


def test_a_combined_heading_above_a_certificates_heading_holds_the_awards():
    lines = [*_TOP, _head("Accomplishments & Certificates"), *_HONOURS, _head("Certifications"), *_CERTS]
    keys = [s.key for s in split_sections(lines)]
    assert keys == ["header", "awards", "certificates"]
    resume = resume_from_lines(lines).resume
    assert [c["name"] for c in resume.get("certificates", [])] == ["Certified Safety Professional"]


def test_a_combined_heading_beside_an_awards_heading_holds_the_certificates():
    lines = [*_TOP, _head("Awards"), *_HONOURS, _head("Awards and Licenses"), *_CERTS]
    assert [s.key for s in split_sections(lines)] == ["header", "awards", "certificates"]


def test_a_combined_heading_alone_holds_what_its_lines_name():
    honours = [*_TOP, _head("Certifications & Achievements"), *_HONOURS]
    assert [s.key for s in split_sections(honours)] == ["header", "awards"]
    certificates = [*_TOP, _head("Achievements & Certifications"), *_CERTS]
    assert [s.key for s in split_sections(certificates)] == ["header", "certificates"]


def test_a_bold_tools_label_under_a_projects_points_gives_its_keywords_not_a_project():
    """(sections.split_sections) "**Technologies:** Go, Raft" after a project's points: the label
    goes, and its bold with it, so the tags are the project's keywords, not the next project."""
    lines = [*_TOP, _head("Projects"), Line("raft-lab", bold=True, bold_prefix="raft-lab"),
             Line("Built a deterministic network simulator", bullet="•", list_item=True),
             Line("Technologies: Go, Raft, Consensus", bold_prefix="Technologies:"),
             Line("tide-chart", bold=True, bold_prefix="tide-chart"),
             Line("Plotted tide tables for kayakers", bullet="•", list_item=True)]
    projects = resume_from_lines(lines).resume["projects"]
    assert [p["name"] for p in projects] == ["raft-lab", "tide-chart"]
    assert projects[0]["keywords"] == ["Go", "Raft", "Consensus"]
