"""Cues written from the false requirements and misses of USAJOBS dev postings 281-310
(bench/data/postings/DATASHEET.md, session 17): each test is synthetic and fails without its cue."""
from __future__ import annotations

import pytest

from tailor.text import posting_items as pt
from tailor.text.posting_boilerplate import is_boilerplate
from tailor.text.requirement_kinds import classify


@pytest.mark.parametrize("text", [
    "The Grants Analysis Staff (GAS) has Bureau-wide responsibility for reviewing award data.",
    "GAS has responsibility within the Bureau for publishing quarterly reports.",
    "The Deputy Director's office is responsible providing budget support to the regions.",
    "The AIGA is responsible for providing audit services across the department.",
])
def test_an_office_described_in_the_third_person_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "The employee has responsibility for the safety of the crew.",
    "Selectee will lead the library, which has responsibility for technical services.",
])
def test_a_person_with_a_responsibility_is_not_an_office(text):
    assert not is_boilerplate(text)


def test_the_general_next_lower_grade_rule_is_boilerplate_but_a_named_grade_is_not():
    assert is_boilerplate("To be creditable, this experience must have been equivalent in difficulty "
                          "and complexity to the next lower grade of the position to be filled.")
    assert is_boilerplate("To be creditable, specialized experience must have been at least equivalent "
                          "to the next lower grade in the normal line of progression.")
    assert not is_boilerplate("To be creditable, specialized experience must have been equivalent to "
                              "the next lower grade level GS-05, pay band or equivalent.")


def test_the_general_definition_of_experience_is_boilerplate_unless_it_names_the_work():
    assert is_boilerplate("Experience that equipped the applicant with the particular knowledge, "
                          "skills, and abilities to perform successfully the duties of the position.")
    assert is_boilerplate("Experience which has provided the applicant with the particular knowledge "
                          "and skills necessary to function in the program.")
    assert not is_boilerplate("Experience that equipped the applicant with the particular knowledge to "
                              "do the work, such as: repairing hydraulic pumps and valves.")


@pytest.mark.parametrize("text", [
    "English Language Proficiency.",
    "Education and/or Experience Combination.",
    "Combination of Education and Experience.",
])
def test_a_standard_paragraph_heading_is_boilerplate(text):
    assert is_boilerplate(text)


def test_a_route_named_like_a_heading_is_not():
    assert not is_boilerplate("OR A combination of education and experience.")


@pytest.mark.parametrize("text", [
    "To receive consideration, your resume MUST contain your complete degree information.",
    "If you studied statistics, you MUST list all courses you have taken that meet the requirement.",
    "Your application will expire in 6 months and you will need to reapply.",
    "(i.e., STAT-301-Regression, 3 Semester hours)",
    "Required to maintain the certification once hired into the position.",
    "Applicants must show they can regain currency within one year of being hired.",
    "The purpose of TIG restrictions is to prevent rapid promotions.",
])
def test_paperwork_post_hire_and_grade_rules_worded_must_are_boilerplate(text):
    assert is_boilerplate(text)


def test_a_transcripts_aside_does_not_make_a_route_boilerplate():
    assert not is_boilerplate("OR 3 years of graduate education leading to a Ph.D. degree ( Transcripts Required )")
    assert not is_boilerplate("OR A combination of both education and experience (Transcript required)")
    assert is_boilerplate("Transcripts required for all education claimed.")


def test_foreign_education_evaluation_is_a_requirement_and_a_pointer_is_not():
    # the guide since session 12: foreign-education evaluation is must_have (dev 93, 219, 296, 303)
    assert not is_boilerplate("Foreign education must be evaluated for U.S. equivalency in order to be "
                              "considered for this position.")
    assert not is_boilerplate("Education completed in foreign colleges or universities may be used to "
                              "meet the requirements if you can show it is comparable.")
    assert is_boilerplate("For more information on foreign education, see the Department of Education site.")


def test_a_dashed_duty_list_flattened_with_lower_case_verbs_is_split():
    assert pt.split_items("GS-7: Experience performing the following. -selects media for cultures of "
                          "samples. -writes report of findings and submits it. -calibrates instruments.") == [
        "GS-7: Experience performing the following.", "selects media for cultures of samples.",
        "writes report of findings and submits it.", "calibrates instruments."]
    # one such dash is no list
    assert len(pt.split_items("Knowledge of assays. -selects media for cultures of samples.")) == 1


@pytest.mark.parametrize("text", [
    "The purpose of these positions are wildfire suppression as a crew member on an engine.",
    "This position is located on a district unit and performs duties in support of the range program.",
    "These crews perform work directly related to fire suppression activities.",
])
def test_the_post_or_its_crew_doing_the_work_is_a_duty(text):
    assert classify(text, "neutral") == "responsibility"
