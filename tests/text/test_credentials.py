"""A degree or certificate on the page meets a requirement that asks for one, and nothing more."""
import pytest

from tailor.schemas.models import Certificate, Education
from tailor.text.credentials import certificate_meets, degree_levels, education_meets

BS_CS = [Education(institution="UIUC", area="Computer Science", study_type="Bachelor of Science")]
MS_STATS = [Education(institution="Rice", area="Statistics", study_type="M.S.")]
FEDERAL = ("Requires a Bachelor's degree in computer science or a bachelor's degree with 30 semester "
           "hours in a combination of mathematics, statistics, and computer science.")
FEDERAL_TERMS = ["Bachelor's degree", "computer science", "mathematics", "statistics"]


def test_degree_levels_read_the_variants_and_not_their_look_alikes():
    assert degree_levels("Bachelor of Science") == degree_levels("B.S.") == [2]
    assert degree_levels("Bachelor's or Master's degree") == [2, 3]
    assert degree_levels("MS Office") == [] and degree_levels("AWS Certified Developer - Associate") == []


def test_a_degree_abbreviation_slashed_to_a_name_is_part_of_that_name():
    assert degree_levels("network cabling (BACnet MS/TP, BACnet IP)") == []
    assert degree_levels("AS/400 operations") == []
    assert degree_levels("BA/BS in accounting") == [2] and degree_levels("BS/MS in engineering") == [2, 3]
    assert degree_levels("M.S./Ph.D. in chemistry") == [3, 4]


@pytest.mark.parametrize("text, terms, education, met", [
    (FEDERAL, FEDERAL_TERMS, BS_CS, True),
    (FEDERAL, FEDERAL_TERMS, MS_STATS, True),                  # a higher degree in a named subject
    ("Bachelor's degree in Nursing", ["Bachelor's degree", "Nursing"], BS_CS, False),   # other subject
    ("Master's degree in Computer Science", ["Master's degree", "Computer Science"], BS_CS, False),
    ("BS/BA or equivalent experience", ["Bachelor's degree"], BS_CS, True),
    ("Bachelor's degree and 3+ years of experience with Python", ["Bachelor's degree", "Python"],
     BS_CS, False),                                            # the degree is not all it asks
    ("High school diploma or GED", ["high school diploma", "GED"], BS_CS, True),
    ("Proficiency with MS Office", ["MS Office"], BS_CS, False),
    (FEDERAL, FEDERAL_TERMS, [], False),
])
def test_education_meets_a_degree_requirement(text, terms, education, met):
    assert education_meets(text, terms, education) is met


def test_a_certificate_meets_only_a_requirement_that_asks_for_a_credential():
    aws = [Certificate(name="AWS Certified Developer - Associate", issuer="Amazon Web Services")]
    assert certificate_meets("AWS certification preferred", ["AWS"], aws)
    assert not certificate_meets("3+ years building services on AWS", ["AWS"], aws)
    assert not certificate_meets("PMP certification required", ["PMP"], aws)


@pytest.mark.parametrize("text, met", [
    ("TX PTA license", True),                               # PTA spelled out, Texas for TX
    ("BLS from the American Heart Association (required at hire)", True),   # a card is a credential
    ("CPR current", True),
    ("ACLS preferred", False),                              # a card the person does not hold
    ("Instructs patients in home exercise programs", False),
    ("PTA experience in outpatient orthopedics", False),    # asks for experience, not the licence
    ("MUST HAVE A VALID LICENSE AND RELIABLE CAR", False),  # capitals are shouting, not abbreviations
])
def test_cards_and_spelled_out_abbreviations_meet_a_credential_requirement(text, met):
    held = [Certificate(name="Texas Physical Therapist Assistant License #1234567"),
            Certificate(name="BLS/CPR for Healthcare Providers", issuer="American Heart Association")]
    assert certificate_meets(text, [], held) is met
