"""A posting copied from a careers site with the site's own links and labels (posting_chrome
`_NAVIGATION`, posting_layout `EXPLICIT_TITLE`, posting_opening `read_opening`): a skip link, the
site's search and account links and its buttons are never the title or a requirement, and a
"Class Title:" label is no part of the title. All texts are synthetic."""
from tailor.text.posting import parse_posting
from tailor.text.posting_chrome import is_page_chrome
from tailor.text.posting_layout import clean_title, heading_of, split_inline_heading

CAREERS_PAGE = """Skip to main content
Careers at Lakemont Regional Medical Center
Search Jobs  |  My Profile  |  Sign In

Biomedical Equipment Supervisor - Clinical Engineering
Location: Rockford, IL
Req ID: 88-2231
Apply Now    Save Job    Share

Qualifications
- 4 years of experience repairing infusion pumps and patient monitors
- Working knowledge of NFPA 99
"""


def test_a_skip_link_and_the_site_links_are_no_title():
    job = parse_posting(CAREERS_PAGE)
    assert job.title == "Biomedical Equipment Supervisor - Clinical Engineering"
    assert job.location == "Rockford, IL"
    texts = " | ".join(r.text for r in job.requirements)
    for link in ("Skip", "Search Jobs", "My Profile", "Sign In", "Apply Now", "Save Job"):
        assert link not in texts, link
    assert any("infusion pumps" in r.text for r in job.requirements)


def test_navigation_links_are_chrome_as_whole_lines_only():
    for line in ("Skip to main content", "Skip to content", "Jump to: navigation, search", "Jump to search",
                 "Back to search results", "Return to job search", "Back to all jobs", "View all jobs",
                 "My Profile", "Log in", "Search Jobs  |  My Profile  |  Sign In",
                 "Apply Now    Save Job    Share", "Print this job"):
        assert is_page_chrome(line), line
    for line in ("Jump to conclusions is not our style", "Back to back shifts on weekends",
                 "Search engine optimization", "Log into the ticketing system daily",
                 "Email and phone support for 40 clinics", "Print production experience",
                 "Apply    NEC    requirements on site"):
        assert not is_page_chrome(line), line


COUNTY = """CEDAR COUNTY
Class Title: BUILDING MAINTENANCE II
Job Number: 2026-0110
Location: Marion, IA

Minimum Qualifications
1. High school diploma or GED; AND
2. Three (3) years of building maintenance experience.
"""


def test_a_class_title_label_is_no_part_of_the_title():
    assert clean_title("Class Title: BUILDING SYSTEMS TECHNICIAN II") == "BUILDING SYSTEMS TECHNICIAN II"
    for label in ("Position Title", "Working Title", "Job Title"):
        assert clean_title(f"{label}: Plant Electrician") == "Plant Electrician"
    assert parse_posting("Working Title: Plant Electrician\n\nRequirements\n- 5 years of industrial "
                         "electrical work\n").title == "Plant Electrician"


def test_a_labelled_title_under_the_employer_is_the_title_even_when_it_names_no_known_role():
    job = parse_posting(COUNTY)
    assert job.title == "BUILDING MAINTENANCE II"
    assert not any("Class Title" in r.text for r in job.requirements)


COUNTY_SELECTION = """Groundskeeper II

Desirable Qualifications
- Pesticide applicator license.

Supplemental Information
Applicants will be ranked by the personnel office after the closing date.
SELECTION PROCESS: Qualified applicants may be invited to a skills test and an oral interview.
"""


def test_a_catch_all_heading_and_the_selection_process_ask_nothing():
    assert heading_of("Supplemental Information", "nice").section == "neutral"
    assert heading_of("Additional Information", "must").section == "neutral"
    assert heading_of("Selection Process", "nice").section == "boiler"
    head, rest = split_inline_heading("SELECTION PROCESS: Applications will be screened for minimum "
                                      "qualifications.")
    assert head.section == "boiler" and rest.startswith("Applications")
    texts = [r.text for r in parse_posting(COUNTY_SELECTION).requirements]
    assert texts == ["Pesticide applicator license."]
