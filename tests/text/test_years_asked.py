"""How many years a requirement asks for, and of what: the words a role title would carry."""
import pytest

from tailor.text.years_asked import asked_subjects, title_names, years_asked


@pytest.mark.parametrize("text, years", [
    ("At least three 2 years high volume accounts payable experience", 2),
    ("3-5 years of experience in payroll", 3),
    ("Two (2) years of customer service", 2),
    ("5+ yrs with C#", 5),
    ("Must be 21 years of age or older", None),
    ("Must be at least 18 years old", None),
    ("Strong communication skills", None),
    ("5+ years of logistics experience, including 2 years in a supervisory role", 5),
    ("5+ years in warehouse operations; 2+ years leading a team", 5),
    ("Bachelor's degree plus 2 years, or 5+ years of experience", 2),
    ("One year of specialized experience or 3 years of graduate education", 1),
    ("4+ years recruiting experience or AS/AA degree with 6+ years of coordination", 4),
    ("Minimum 5 years of experience in building or industrial maintenance, with at least 2 years in "
     "a lead or supervisory role.", 5),                                  # "or" inside a noun phrase
])
def test_years_asked(text, years):
    assert years_asked(text) == years


@pytest.mark.parametrize("text, routes", [
    ("2+ years AP or AR experience", [["AP"], ["AR"]]),                    # between count and "experience"
    ("3 years of experience as a Registered Nurse", [["registered", "nurs"]]),   # after "experience"
    ("1+ yr home health", [["home", "health"]]),                           # no "experience" at all
    ("Home health: 1 year (Required)", [["home", "health"]]),              # a screening line's label
    ("15 years' experience in Service management roles, including P&L", [["servic", "manag"]]),
    ("1 to 3 years' experience in product management/product owner role",
     [["product", "manag"], ["product", "owner"]]),
    ("10+ years industry experience", []),                                 # how, not what
    ("5 years of experience", []),
    ("4+ years recruiting experience or 6+ years of coordination", []),    # which count goes with what?
    ("Excellent written communication", []),
])
def test_asked_subjects(text, routes):
    assert asked_subjects(text) == routes


@pytest.mark.parametrize("title, text, named", [
    ("Accounts Payable Clerk", "2+ years AP experience", True),            # an acronym by initials
    ("Accounts Payable Specialist", "2 years high volume accounts payable experience", True),
    ("Senior Electrical Designer", "8+ years of electrical design experience", True),
    ("Shift Supervisor", "2 years of supervisory experience", True),
    ("Home Health Physical Therapist Assistant", "1+ yr home health", True),
    ("Delivery Driver", "3+ years driving experience", True),
    ("Software Developer", "5+ years of Python development experience", False),  # Python is not named
    ("Accounts Receivable Clerk", "2+ years AP experience", False),
    ("Store Manager", "5 years of experience managing teams", False),      # "teams" is not named
    ("Registered Nurse", "3 years of experience in home health", False),
])
def test_title_names(title, text, named):
    assert any(title_names(title, route) for route in asked_subjects(text)) is named
