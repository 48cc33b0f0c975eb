"""A relevant sentence at the end of a very long description still counts (real MiniLM)."""
import json

import pytest

from tailor.corpus.loader import load_corpus
from tailor.fit.blind import blind_view
from tailor.fit.chunks import chunk_text, estimate_pieces
from tailor.fit.inputs import Posting
from tailor.index.embeddings import cosine, default_embedder
from tailor.schemas.models import JobPosting, Requirement
from tests.fit.fit_helpers import make_search, score

FILLER = ["Opened the dining room at {n} am and checked the walk-in coolers against the prep list.",
          "Greeted regulars, seated walk-ins and kept the wait list moving on busy weekend nights.",
          "Restocked the bar garnishes, polished glassware and rolled silverware before service."]
KEY = "Reconciled vendor invoices and processed accounts payable for 40 suppliers in QuickBooks every week."
REQUIREMENT = "Process vendor invoices and reconcile accounts payable"


@pytest.fixture(scope="module")
def embedder():
    return default_embedder()


def test_best_chunk_finds_the_last_sentence(tmp_path, embedder):
    long_text = " ".join(FILLER[n % 3].format(n=n % 12 + 1) for n in range(30)) + " " + KEY
    assert estimate_pieces(long_text) > 256
    data = {"basics": {"name": "Sam Doe"}, "experiences": [
        {"kind": "work", "organization": "Bistro", "title": "Shift lead", "start_date": "2019-01",
         "bullets": [{"text": long_text}]}]}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data))
    corpus = load_corpus(path)
    bullet_id = next(iter(corpus.evidence()))
    job = JobPosting(title="AP clerk", requirements=[Requirement(id="r1", text=REQUIREMENT, kind="must_have")])
    run = score([Posting("ap.txt", job, REQUIREMENT)], [blind_view(corpus)], make_search(tmp_path, embedder))
    req = run.pairs[0].requirements[0]
    assert req.evidence_ids[0] == bullet_id                  # the chunk cites the bullet it came from
    whole, last = embedder.encode([long_text, chunk_text(long_text)[-1]])
    query = embedder.encode([REQUIREMENT])
    assert req.similarity == pytest.approx(float(cosine(query, last[None])[0, 0]), abs=1e-3)
    assert req.similarity > float(cosine(query, whole[None])[0, 0]) + 0.1   # truncated: the key sentence lost
    assert chunk_text(long_text)[-1].endswith(KEY)
