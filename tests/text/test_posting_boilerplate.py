"""Application paperwork is not a requirement, while requirements that mention documents are."""
from __future__ import annotations

import pytest

from tailor.text.posting_boilerplate import is_boilerplate


@pytest.mark.parametrize("text", [
    "If using education to qualify, you MUST submit an official or unofficial transcript.",
    "You must submit a copy of your certification as part of your application package.",
    "All required supporting documents must be submitted at the time of application.",
    "You must meet all qualification requirements outlined in this vacancy by the closing date.",
    "Failure to submit proof of education will result in an ineligible rating.",
    "IN DESCRIBING YOUR EXPERIENCE, PLEASE BE CLEAR AND SPECIFIC.",
    "Experience must be substantiated in your resume.",
    "NOTE: Your resume must contain sufficient detail to prove you have one year of experience.",
    "You must clearly identify the duties and responsibilities in each position held.",
    "You will receive credit for all qualifying experience, including volunteer experience.",
    "References: VA Handbook 5005, Part II, Appendix G15.",
])
def test_application_instructions_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "One year of specialized experience equivalent to the GS-05 grade level.",
    "Experience submitting insurance claims and supporting documentation to payers.",
    "Prepare and submit monthly reports to the program manager.",
    "Current, full and unrestricted license to practice as a Registered Nurse.",
    "Your resume must demonstrate at least six months of general experience in security work.",
])
def test_requirements_that_mention_paperwork_are_not(text):
    assert not is_boilerplate(text)
