"""Lexical evidence: terms, BM25 and coverage over a fixed background, on hand-made cases."""
import math

import pytest

from tailor.fit.lexical import K1, B, Background, Document, bm25, build_background, coverage, load_background, terms

BG = Background(documents=10, df={"team": 9, "python": 3, "sql": 5}, mean_length=4.0)


def test_terms_are_light_stems_without_stop_words():
    assert terms("The APIs and the teams") == ["api", "team"]
    assert terms("Managed 3 servers") == ["manag", "3", "server"]
    assert terms("and of the") == []


def test_idf_is_bm25_idf_and_unseen_terms_weigh_most():
    assert BG.idf("python") == pytest.approx(math.log(1 + (10 - 3 + 0.5) / 3.5))
    assert BG.idf("kubernetes") > BG.idf("python") > BG.idf("team") > 0


def test_bm25_by_hand():
    doc = Document("Python python team")                 # 3 terms, background mean length 4
    norm = K1 * (1 - B + B * 3 / 4)
    got = BG.idf("python") * 2 * (K1 + 1) / (2 + norm)
    best = (BG.idf("python") + BG.idf("kubernetes")) * (K1 + 1)
    assert bm25(terms("Python Kubernetes"), doc, BG) == pytest.approx(got / best)


def test_bm25_rewards_rare_words_more_and_saturates():
    query = terms("Python and team work")
    has_rare, has_common = Document("python developer"), Document("team player")
    assert bm25(query, has_rare, BG) > bm25(query, has_common, BG) > 0
    assert bm25(query, Document("python python team"), BG) <= 1.0
    assert bm25(query, Document("nothing relevant"), BG) == 0
    assert bm25([], has_rare, BG) is None


def test_bm25_prefers_the_shorter_document_for_the_same_counts():
    query = terms("python")
    assert bm25(query, Document("python sql"), BG) > bm25(query, Document("python sql sql sql sql sql sql"), BG)


def test_coverage_is_the_idf_weighted_share_of_distinct_terms():
    doc = Document("team of sql people")
    want = (BG.idf("team") + BG.idf("sql")) / (BG.idf("team") + BG.idf("sql") + BG.idf("python"))
    assert coverage(terms("Python SQL team team"), doc, BG) == pytest.approx(want)
    assert coverage([], doc, BG) is None


def test_build_background_counts_documents_and_drops_rare_terms():
    bg = build_background(["python team", "team sql", "team python"], {"source": "test"}, min_df=2)
    assert bg.documents == 3 and bg.df == {"python": 2, "team": 3}
    assert bg.mean_length == pytest.approx(2.0)


def test_bundled_background_says_where_it_comes_from():
    bg = load_background()
    assert bg.documents >= 50 and len(bg.df) > 1000
    assert "usajobs" in bg.provenance["sources"] and bg.provenance["script"].startswith("bench/fit_calibrate.py")
    assert bg.idf("python") > bg.idf("manag")         # specific tools weigh more than generic verbs
