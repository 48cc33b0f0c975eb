"""A posting's opening as careers pages paste it (posting.py `_split_header`, posting_layout
`OPENING_HEADING` / `title_in_sentence`) and Markdown emphasis inside its items
(posting_items `without_emphasis`)."""
from tailor.text.posting import parse_posting
from tailor.text.posting_items import split_items, without_emphasis

OPENS_WITH_ABOUT_US = """About us
Acme Transport Solutions is a family-owned 3PL headquartered in Columbus, Ohio.

We are looking for a Transportation Supervisor to join our growing team!!

What you'll do:
- Supervise a team of 6-8 logistics coordinators on day shift
- Build and maintain dashboards in Power BI

What you bring
- 5+ years in transportation or logistics
- Advanced Excel (VLOOKUP, pivot tables) required
"""


def test_a_company_heading_first_is_not_the_title_the_opening_sentence_names_it():
    job = parse_posting(OPENS_WITH_ABOUT_US)
    assert job.title == "Transportation Supervisor"
    assert not any("About us" in r.text for r in job.requirements)


def test_a_title_first_is_still_the_title():
    job = parse_posting("Customer Experience Manager\n\nRequirements:\n- 3+ years leading a support team\n")
    assert job.title == "Customer Experience Manager"


def test_the_opening_sentence_names_the_title_with_adjectives_and_of():
    text = ("Who we are\nWe're seeking an experienced Director of Operations to lead our sites.\n\n"
            "Requirements:\n- MBA\n")
    assert parse_posting(text).title == "Director of Operations"


def test_markdown_emphasis_is_taken_off_the_words():
    assert without_emphasis("Perform daily **cycle counts** and investigate variances") == \
        "Perform daily cycle counts and investigate variances"
    assert without_emphasis("Lean / Six Sigma Green Belt — *nice to have*") == \
        "Lean / Six Sigma Green Belt — nice to have"
    assert without_emphasis("__Required:__ a CDL-A licence") == "Required: a CDL-A licence"
    assert split_items("- Perform daily **cycle counts** and investigate variances") == [
        "Perform daily cycle counts and investigate variances"]


def test_what_only_looks_like_emphasis_stays():
    assert without_emphasis("* Python * Java") == "* Python * Java"   # a starred list, spaced
    assert without_emphasis("snake_case and file_name_here") == "snake_case and file_name_here"
    assert without_emphasis("C++ and 2*3*4") == "C++ and 2*3*4"


def test_a_careers_page_heading_first_gives_way_to_a_labelled_position():
    text = ("Careers at Riverbend Dental Partners\n\nAbout Us\nRiverbend Dental Partners is a group of five "
            "dental practices.\n\nWhy Join Us?\n- Medical, dental and vision benefits\n\n"
            "Position: Dental Office Manager - Gahanna Office\n\nRequirements\n"
            "- 3+ years of dental office management\n")
    job = parse_posting(text)
    assert job.title == "Dental Office Manager - Gahanna Office"
    assert job.company == ""          # "Why Join Us?" names no company; nothing else does here
    eeo = text + "\nRiverbend Dental Partners is an equal opportunity employer.\n"
    assert parse_posting(eeo).company == "Riverbend Dental Partners"
    # an employment type under the same label names no role
    assert parse_posting("Join our team!\n\nPosition: Full-time\nWe're hiring a Payroll Clerk to join us.\n"
                         "Requirements\n- 2 years of payroll\n").title == "Payroll Clerk"
