"""Baselines: TF-IDF cosine over the run's texts, and the share of posting keywords found."""
import pytest

from tailor.fit.baselines import keyword_share, tfidf_matrix


def test_tfidf_ranks_the_matching_resume_first():
    postings = ["Accounts payable specialist: process vendor invoices, W-9 forms, month-end close.",
                "Senior TypeScript engineer: Svelte, Node.js, PostgreSQL, AWS."]
    resumes = ["Processed vendor invoices and month-end close in accounts payable.",
               "Built Node.js services in TypeScript on AWS with PostgreSQL."]
    m = tfidf_matrix(postings, resumes)
    assert m.shape == (2, 2)
    assert m[0, 0] > m[0, 1] and m[1, 1] > m[1, 0]
    assert ((0 <= m) & (m <= 1 + 1e-9)).all()


def test_tfidf_degenerate_inputs():
    assert tfidf_matrix([], ["x"]).shape == (0, 1)
    assert (tfidf_matrix(["the and of"], ["a the"]) == 0).all()


@pytest.mark.parametrize("keywords, text, share", [
    (["Python", "AWS", "Go"], "Wrote python on aws", 2 / 3),
    (["Java"], "JavaScript only", 0.0),               # whole words only
    (["C#", "W-9"], "C# and W-9 forms", 1.0),
    (["SQL", "SQL", " "], "sql", 1.0),                # duplicates and blanks do not count
    (["Svelte.js", "GCP", "Kubernetes"], "Svelte on Google Cloud with k8s", 1.0),   # variants count
    (["C", "Go"], "C# services; let's go", 0.0),      # look-alikes do not
    ([], "anything", 0.0),
])
def test_keyword_share(keywords, text, share):
    assert keyword_share(keywords, text) == pytest.approx(share)


def test_keyword_share_agrees_with_the_report_s_keyword_hits():
    from tailor.text.keywords import keyword_hits

    keywords, text = ["PostgreSQL", "AWS", "Go"], "Post\u00adgreSQL on \uff21\uff37\uff33"  # soft hyphen, full-width
    found, _ = keyword_hits(keywords, text)
    assert found == ["PostgreSQL", "AWS"] and keyword_share(keywords, text) == pytest.approx(2 / 3)
