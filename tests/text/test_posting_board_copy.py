"""Postings as people paste them from job boards and careers pages (posting_chrome,
posting_opening, posting.py `_split_header`): the page's own lines are no requirement, and the
title, company and place are read from where such copies put them. All texts are synthetic."""
from tailor.text.posting import parse_posting
from tailor.text.posting_chrome import is_page_chrome

BOARD_COPY = """Harbor & Pike Veterinary Group
Practice Manager
Eastlake, WA · 3 days ago · Over 200 applicants
Promoted by hirer · Actively recruiting

$70,000/yr - $82,000/yr  Full-time
51-200 employees · Veterinary
Skills: Scheduling, Payroll, +6 more
Easy Apply
Save

About the job
We are hiring a Practice Manager for our busiest clinic.

Requirements:
- 4+ years managing a veterinary or medical practice
- Experience with AVImark or Cornerstone

Show more
Show less
Set alert for similar jobs
Your profile matches 3 of 7 required qualifications
Am I a good fit for this job?
See how you compare to over 200 applicants. Try Premium for $0
Meet the hiring team
Message
Report this job
"""


def test_job_board_page_lines_are_not_requirements():
    job = parse_posting(BOARD_COPY)
    texts = " | ".join(r.text for r in job.requirements)
    for chrome in ("Easy Apply", "Save", "Show more", "Set alert", "Premium", "profile matches",
                   "good fit", "hiring team", "Report this job", "applicants", "+6 more"):
        assert chrome not in texts, chrome
    assert any("AVImark" in r.text for r in job.requirements)


def test_chrome_kinds_are_whole_lines_only():
    for line in ("Apply now", "Saved", "Show more / Show less", "Reposted 2 weeks ago", "1,204 followers",
                 "Be an early applicant", "Responses managed off Workwise", "See who Acme has hired for this role",
                 "Get notified about new Bookkeeper jobs", "Sign in to save", "Glassdoor's salary guide",
                 "Benefits pulled from the full job description", "5 days ago · 12 applicants"):
        assert is_page_chrome(line), line
    for line in ("Save costs by renegotiating vendor contracts", "Message queues (Kafka, RabbitMQ)",
                 "Apply GAAP to month-end accruals", "Follow safety procedures at all times",
                 "Share knowledge with junior staff", "Over 5 years of payroll experience", "Today's date"):
        assert not is_page_chrome(line), line


def test_the_company_line_over_the_role_is_the_company_and_the_line_under_gives_the_place():
    job = parse_posting(BOARD_COPY)
    assert (job.title, job.company, job.location) == ("Practice Manager", "Harbor & Pike Veterinary Group",
                                                      "Eastlake, WA")


def test_a_salary_line_first_is_not_the_title_and_the_company_comes_off_the_role():
    text = ("$19.00 - $23.50 per hour, DOE\nSchedule: Monday to Friday, 7am - 3:30pm.\n\n"
            "Lakeview Community Clinics - Medical Billing Clerk\n\n"
            "Lakeview Community Clinics is a nonprofit network of 12 clinics in Marion County.\n\n"
            "Requirements:\n- 1 year of medical billing experience\n- Knowledge of ICD-10 coding\n")
    job = parse_posting(text)
    assert job.title == "Medical Billing Clerk"
    assert job.company == "Lakeview Community Clinics"
    assert not any("nonprofit" in r.text or "per hour" in r.text for r in job.requirements)


def test_a_careers_page_blurb_first_gives_the_company_and_the_role_line_below_it():
    text = ("About Brightwater Tile Supply\n\nFounded in 1985, Brightwater Tile Supply serves 900 contractors "
            "across three states.\n\nWhy work with us? Stable company, promote from within, casual dress.\n\n"
            "Inventory Control Specialist\nDayton, OH - Full-time - On-site\n\n"
            "Requirements:\n- 2+ years of inventory control experience\n- Forklift certification\n")
    job = parse_posting(text)
    assert (job.title, job.company, job.location) == ("Inventory Control Specialist",
                                                      "Brightwater Tile Supply", "Dayton, OH")
    assert not any("casual dress" in r.text or "Full-time" in r.text for r in job.requirements)


def test_a_title_line_with_company_and_place_is_split_and_a_role_only_title_is_kept():
    job = parse_posting("Shipping Coordinator - Northfield Freight - Akron, OH\n\nRequirements:\n"
                        "- 2 years of shipping experience\n")
    assert (job.title, job.company, job.location) == ("Shipping Coordinator", "Northfield Freight", "Akron, OH")
    kept = parse_posting("Registered Nurse - Cardiac Unit - Day Shift\n\nRequirements:\n- Current RN license\n")
    assert kept.title == "Registered Nurse - Cardiac Unit - Day Shift"


def test_the_line_under_the_title_gives_company_and_place():
    job = parse_posting("Loan Processor\nPrairie State Credit Union | Peoria, IL\n\nRequirements:\n"
                        "- 2 years of mortgage processing\n")
    assert (job.company, job.location) == ("Prairie State Credit Union", "Peoria, IL")
    assert not any("Peoria" in r.text for r in job.requirements)


def test_in_person_is_how_the_job_is_worked_not_where():
    job = parse_posting("Payroll Clerk\nGreenleaf Farms - Salem, OR 97301\n\nRequirements:\n"
                        "- 1 year of payroll experience\n\nWork Location: In person\n")
    assert job.location == "Salem, OR 97301"
    alone = parse_posting("Payroll Clerk\n\nRequirements:\n- 1 year of payroll\n\nWork Location: In person\n")
    assert alone.location == ""


def test_a_classified_ad_names_the_role_before_wanted():
    job = parse_posting("Line Cook wanted - FT evenings. Two years on a grill. Food handler card required.")
    assert job.title == "Line Cook"
