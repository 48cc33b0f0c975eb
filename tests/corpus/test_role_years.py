"""Years a requirement asks for, judged by the page's work roles: their titles and their dates."""
import datetime as dt

from tailor.corpus.role_years import roles_meeting, work_years_short
from tailor.schemas import TailoredRole

TODAY = dt.date(2026, 12, 1)


def role(rid, title, start, end="", kind="work"):
    return TailoredRole(experience_id=rid, organization="Acme", title=title, start_date=start,
                        end_date=end, kind=kind)


ROLES = [role("w0", "Staff Accountant", "2024-01"),                            # 2.9 years up to TODAY
         role("w1", "Accounts Payable Clerk", "2020-01", "2022-06"),           # 2.5 years
         role("w2", "Accounts Payable Assistant", "2019-06", "2020-06"),       # 1.1 years, half of them with w1
         role("v0", "Accounts Payable Volunteer", "2010-01", "2019-01", kind="volunteer")]


def test_roles_whose_titles_name_the_subject_add_up_their_dates():
    found = roles_meeting("3+ years of AP experience", ROLES, TODAY)
    assert found.role_ids == ("w1", "w2") and found.titles == ("Accounts Payable Clerk",
                                                                "Accounts Payable Assistant")
    assert found.years == 3.1 and found.met                                 # volunteering not counted
    assert not roles_meeting("4+ years of accounts payable experience", ROLES, TODAY).met
    assert roles_meeting("3+ years of payroll experience", ROLES, TODAY) is None   # no title names it
    assert roles_meeting("Accounts payable experience", ROLES, TODAY) is None      # no years asked


def test_the_page_falls_short_only_when_every_work_date_is_read_and_no_other_route_is_offered():
    assert work_years_short("10+ years of accounting experience", ROLES, TODAY) == (6.0, 10)
    assert work_years_short("5+ years of accounting experience", ROLES, TODAY) is None
    assert work_years_short("Bachelor's degree or 10 years of experience", ROLES, TODAY) is None
    undated = ROLES + [role("w3", "Bookkeeper", "")]                        # its years are unknown
    assert work_years_short("10+ years of accounting experience", undated, TODAY) is None
    assert work_years_short("10+ years of accounting experience", [], TODAY) is None
