"""A requirement's terms: the lexicon's first, then the tagger's, trimmed to names."""
from __future__ import annotations

import pytest

from tailor.text.requirement_terms import clean_span, requirement_terms
from tailor.text.skill_terms import skill_terms


@pytest.mark.parametrize("span, expected", [
    ("GCP's", "GCP"),
    ("the Terraform", "Terraform"),
    ("GCP services", "GCP"),
    ("networking and security features", "networking and security"),
    ("2023", ""),
    ("activities pertaining", ""),                                      # a link word, then no name
    ("design and build resilient payment processing pipelines", ""),   # a clause, not a name
])
def test_clean_span(span, expected):
    assert clean_span(span) == expected


def test_lexicon_terms_come_first_and_the_tagger_adds_what_the_lexicon_lacks():
    texts = ["Experience with Revit and SmartPlant 3D design tools.",
             "Working knowledge of HACCP plans and Kubernetes", "Bachelor degree in Accounting"]
    terms = requirement_terms(texts, [skill_terms(t) for t in texts], stop=set(), limit=8)
    assert terms[0] == ["Revit", "SmartPlant 3D"]            # not "3D design" beside the lexicon's
    assert "HACCP" in terms[1] and "Kubernetes" in terms[1]
    assert terms[2][0] == "Bachelor's degree" and "Bachelor degree in Accounting" not in terms[2]


def test_company_and_place_never_become_terms_and_limit_holds():
    text = "Experience with Acme Cloud, Python, Java, Go, Rust, Ruby and Scala"
    terms = requirement_terms([text], [skill_terms(text)], stop={"acme", "acme cloud"}, limit=3)
    assert len(terms[0]) == 3 and not any("Acme" in t for t in terms[0])


def test_no_texts_no_model_call():
    assert requirement_terms([], [], stop=set(), limit=8) == []


def test_a_phrase_the_posting_marks_as_a_skill_stops_at_a_link_word():
    assert "activities pertaining" not in skill_terms(
        "a working knowledge of activities pertaining to the C&I series")


def test_an_acronym_with_a_capital_s_is_another_acronym_not_a_plural():
    # the VA's record system "CPRS" is no plural of "CPR"; "APIs" and "CPRs" are plurals
    assert skill_terms("Experience with CPRS and VistA") == ["CPRS"]
    assert skill_terms("Took two CPRs courses") == ["CPR"]
