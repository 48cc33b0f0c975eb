"""Two baselines reported beside Tailor's fit score, so users (and the benchmark) can see what
the calibrated, evidence-citing score adds over what a plain ATS-style filter would say.

(a) TF-IDF cosine between the whole resume text and the whole posting text (scikit-learn, English
    stop words, vocabulary fit on the postings and resumes of the run).
(b) Keyword share: the fraction of the posting's keywords (`JobPosting.keywords`, from ingest)
    found in the resume text as whole words, a keyword's variants included ("Svelte" for
    "Svelte.js"), by the report's `keyword_hits`.

Both read the same blind resume text as the fit score, so any difference between the three is
the method's, not the input's.
"""
from __future__ import annotations

import numpy as np

from tailor.text.keywords import keyword_hits


def tfidf_matrix(postings: list[str], resumes: list[str]) -> np.ndarray:
    """Cosine similarity [posting, resume] in a TF-IDF space fit on all texts of the run."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not postings or not resumes:
        return np.zeros((len(postings), len(resumes)))
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(postings + resumes)
    except ValueError:  # no words at all (empty or only stop words)
        return np.zeros((len(postings), len(resumes)))
    p, r = matrix[:len(postings)], matrix[len(postings):]
    return np.asarray((p @ r.T).todense())    # rows are L2-normalised: the product is the cosine


def keyword_share(keywords: list[str], resume_text: str) -> float:
    """Share of `keywords` found in `resume_text` by the report's whole-word match (`keyword_hits`:
    NFKC, soft hyphens dropped, case ignored but for names of one or two letters, variants
    counted), so it agrees with report.json's keyword numbers. Duplicates and blanks do not count;
    0 if there are no keywords."""
    wanted = [k for k in dict.fromkeys(k.strip() for k in keywords) if k]
    if not wanted:
        return 0.0
    found, _ = keyword_hits(wanted, resume_text)
    return len(found) / len(wanted)
