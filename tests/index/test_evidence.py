from builders import small_corpus, small_job
from fakes import HashingEmbedder

from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma


class CountingEmbedder(HashingEmbedder):
    def __init__(self):
        self.texts_embedded = 0

    def encode(self, texts):
        self.texts_embedded += len(texts)
        return super().encode(texts)


def test_unchanged_corpus_is_embedded_once_across_clients(tmp_path):
    embedder = CountingEmbedder()
    corpus = small_corpus()
    EvidenceIndex(open_chroma(tmp_path), embedder).ensure_indexed(corpus)
    assert embedder.texts_embedded == len(corpus.evidence())
    EvidenceIndex(open_chroma(tmp_path), embedder).ensure_indexed(corpus)  # a later run
    assert embedder.texts_embedded == len(corpus.evidence())
    changed = corpus.model_copy(update={"content_hash": "other"})
    EvidenceIndex(open_chroma(tmp_path), embedder).ensure_indexed(changed)
    assert embedder.texts_embedded == 2 * len(corpus.evidence())


def test_vectors_shipped_to_another_store_are_not_embedded_again(tmp_path):
    """A batch driver embeds once and hands the vectors to workers' in-memory stores."""
    import chromadb

    embedder = CountingEmbedder()
    corpus, job = small_corpus(), small_job()
    driver = EvidenceIndex(open_chroma(tmp_path), embedder)
    vectors = driver.vectors(corpus)
    assert sorted(vectors["ids"]) == sorted(corpus.evidence())
    embedded = embedder.texts_embedded
    worker = EvidenceIndex(chromadb.EphemeralClient(), embedder)
    worker.load_vectors(corpus, vectors)
    assert embedder.texts_embedded == embedded
    worker_result = worker.search(corpus, job, top_k=3, threshold=0.1)
    assert embedder.texts_embedded == embedded + len(job.requirements)  # only the queries
    assert worker_result == driver.search(corpus, job, top_k=3, threshold=0.1)


def test_search_returns_top_k_above_threshold_per_requirement(tmp_path):
    index = EvidenceIndex(open_chroma(tmp_path), HashingEmbedder())
    result = index.search(small_corpus(), small_job(), top_k=2, threshold=0.1)
    by_req = {r.requirement_id: r.matches for r in result}
    assert list(by_req) == ["r1", "r2", "r3", "r4"]
    assert all(len(m) <= 2 for m in by_req.values())
    assert by_req["r3"][0].evidence_id == "w0.0-t"  # "Terraform" shares words with the requirement
    assert all(m.score >= 0.1 for ms in by_req.values() for m in ms)
    scores = [m.score for m in by_req["r1"]]
    assert scores == sorted(scores, reverse=True)


def test_real_minilm_ranks_the_relevant_bullet_first(tmp_path):
    from tailor.index.embeddings import default_embedder
    index = EvidenceIndex(open_chroma(tmp_path), default_embedder())
    result = index.search(small_corpus(), small_job(), top_k=3, threshold=0.35)
    by_req = {r.requirement_id: r.matches for r in result}
    assert by_req["r2"][0].evidence_id == "w0.3-t"  # PostgreSQL schema design
    assert by_req["r4"] == []


def test_a_summary_sentence_stating_an_aim_is_no_evidence(tmp_path):
    from tailor.corpus.evidence import summary_evidence
    from tailor.schemas import JobPosting, Requirement
    corpus = small_corpus()
    corpus = corpus.model_copy(update={"content_hash": "aims", "summary_evidence": summary_evidence(
        "Built data pipelines in Python. Interested in clinical informatics and EHR optimization.")})
    job = JobPosting(title="Informatics Analyst", requirements=[
        Requirement(id="r1", text="Clinical informatics and EHR optimization experience", kind="must_have")])
    found = EvidenceIndex(open_chroma(tmp_path), HashingEmbedder()).search(corpus, job, top_k=5, threshold=0.0)
    texts = {e.id: e.text for e in corpus.summary_evidence}
    cited = [texts.get(m.evidence_id, "") for m in found[0].matches]
    assert not any(t.startswith("Interested") for t in cited)
    assert any(t.startswith("Built data pipelines") for t in cited)      # what was done still counts
