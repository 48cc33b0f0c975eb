"""Years of experience come from work dates only."""
import datetime as dt

import pytest

from tailor.fit.years import work_span, work_years, years_asked

TODAY = dt.date(2026, 12, 1)


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
])
def test_years_asked(text, years):
    assert years_asked(text) == years


def test_overlapping_and_current_roles_count_once():
    spans = (work_span("2020-01", "2021-12"), work_span("2021-01", "2022-12"), work_span("2024-12-01", ""))
    assert work_years(spans, TODAY) == pytest.approx(5.0, abs=0.02)


def test_unreadable_dates_count_as_nothing():
    assert work_span("May 2020", "") is None
    assert work_span("2022", "2020") is None
    assert work_years((None, work_span("2025-12-01", "")), TODAY) == pytest.approx(1.0, abs=0.01)
