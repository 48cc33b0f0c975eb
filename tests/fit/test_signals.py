"""Pair signals from hand-made requirement scores: kind weights, must-have gaps, years."""
import pytest

from tailor.fit.lexical import Background, Document
from tailor.fit.signals import RequirementSignal, pair_signals, requirement_lexical

BG = Background(documents=10, df={"team": 9, "python": 3}, mean_length=5.0)
DOC = Document("Python developer in a team. Backend developer.")


def req(kind, exact, lexical=0.0, years=None, keywords=None):
    return RequirementSignal(kind, exact, int(exact + 0.5), lexical, keywords, years)


def test_requirements_is_the_kind_weighted_mean_of_exact_scores():
    s = pair_signals([req("must_have", 5.0), req("nice_to_have", 0.0)], "x", "", DOC, BG)
    assert s.requirements == pytest.approx(1.0 / 1.5)
    assert s.lexical == 0


def test_must_have_gaps_counts_must_haves_without_evidence():
    reqs = [req("must_have", 0.4), req("must_have", 1.2), req("must_have", 3.0), req("responsibility", 0.0)]
    assert pair_signals(reqs, "x", "", DOC, BG).must_have_gaps == pytest.approx(2 / 3)
    # no must-have marked: every requirement counts
    assert pair_signals([req("responsibility", 0.0), req("responsibility", 4.0)], "x", "", DOC, BG) \
        .must_have_gaps == pytest.approx(0.5)


def test_years_share_met_and_neutral_without_years():
    reqs = [req("must_have", 3, years=True), req("must_have", 3, years=False), req("must_have", 3)]
    assert pair_signals(reqs, "x", "", DOC, BG).years == pytest.approx(0.5)
    assert pair_signals([req("must_have", 3, years=True)], "x", "", DOC, BG).years == 1.0
    assert pair_signals([req("must_have", 3)], "x", "", DOC, BG).years == 0.5


def test_title_and_posting_terms_read_the_resume_words():
    reqs = [req("must_have", 3)]
    hit = pair_signals(reqs, "Python developer wanted", "Python Developer", DOC, BG)
    miss = pair_signals(reqs, "Forklift driver wanted", "Forklift Driver", DOC, BG)
    assert hit.title == pytest.approx(1.0) and miss.title < 0.5
    assert hit.posting_terms > miss.posting_terms


def test_requirement_lexical_is_bm25_of_its_words():
    assert requirement_lexical("Python in a team", DOC, BG) > requirement_lexical("Kotlin in a team", DOC, BG) > 0
    assert requirement_lexical("and the of", DOC, BG) == 0


def test_keywords_is_the_kind_weighted_share_over_requirements_that_name_terms():
    reqs = [req("must_have", 3, keywords=1.0), req("nice_to_have", 3, keywords=0.0), req("must_have", 3)]
    assert pair_signals(reqs, "x", "", DOC, BG).keywords == pytest.approx(1.0 / 1.5)
    assert pair_signals([req("must_have", 3)], "x", "", DOC, BG).keywords == 0


def test_no_requirements_no_signal():
    s = pair_signals([], "Python developer", "Python developer", DOC, BG)
    assert s.as_dict() == {"requirements": 0, "must_have_gaps": 0, "lexical": 0, "posting_terms": 0, "keywords": 0,
                           "title": 0, "years": 0.5}
