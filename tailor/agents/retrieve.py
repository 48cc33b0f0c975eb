"""Retrieve: the evidence bullets closest to each requirement, from a Chroma vector store.

The collection name is derived from the corpus content hash and the embedding model, so an
unchanged corpus is embedded once and reused by every later run (and by every posting of a
batch). Tailor computes the embeddings itself and hands them to Chroma, so Chroma never loads
its own default embedding model (which would try to download one).
"""
from __future__ import annotations

import hashlib
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from urllib.parse import urlparse

from tailor.embeddings import Embedder
from tailor.errors import UserInputError
from tailor.schemas import Corpus, EvidenceMatch, JobPosting, RequirementMatch


def open_chroma(path: Path | None = None, url: str | None = None):
    """An embedded PersistentClient at `path`, or an HttpClient when a server `url` is given."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        parts = urlparse(url if "://" in url else f"http://{url}")
        if not parts.hostname:
            raise UserInputError(f"cannot read a host from --chroma-url {url!r}",
                                 hint="use a URL such as http://127.0.0.1:8000")
        try:
            return chromadb.HttpClient(host=parts.hostname, port=parts.port or 8000,
                                       ssl=parts.scheme == "https", settings=settings)
        except ValueError as exc:  # chromadb's "Could not connect to a Chroma server"
            raise UserInputError(f"cannot reach the Chroma server at {url}: {exc}", field="--chroma-url",
                                 hint="start it (`chroma run --path DIR`) or leave out --chroma-url "
                                      "to use the store in the cache folder") from None
    if path is None:
        raise ValueError("open_chroma needs a path or a url")
    path.mkdir(parents=True, exist_ok=True)
    with _lock_at(path):  # a new store's migrations must run in one process only
        return chromadb.PersistentClient(path=str(path), settings=settings)


def _lock_at(path: Path):
    from filelock import FileLock

    return FileLock(path / ".tailor.lock")


def store_lock(client) -> AbstractContextManager:
    """A lock that every process using the same embedded store shares.

    Why: Chroma's embedded store is not process-safe. Two `tailor batch` runs (or a run and a
    `tailor score`) on one cache dir raced on a new store's migrations ("table collections
    already exists") and both wrote the same collection. A server (HttpClient) serialises
    writes itself, so it needs no lock."""
    settings = client.get_settings()
    if not settings.is_persistent or not settings.persist_directory:
        return nullcontext()
    return _lock_at(Path(settings.persist_directory))


TIE_SLACK = 10  # extra candidates fetched so ties at the top-k cut are broken the same way


class EvidenceIndex:
    """Evidence bullets of corpora, embedded once per (corpus hash, embedding model)."""

    def __init__(self, client, embedder: Embedder):
        self._client = client
        self._embedder = embedder

    def collection_name(self, corpus: Corpus) -> str:
        model = hashlib.sha256(self._embedder.model_id.encode()).hexdigest()[:8]
        return f"corpus-{corpus.content_hash[:24]}-{model}"

    def ensure_indexed(self, corpus: Corpus):
        """Return the corpus's collection, embedding its evidence only if it is not stored yet."""
        evidence = corpus.evidence()
        with store_lock(self._client):
            collection = self._client.get_or_create_collection(
                self.collection_name(corpus), embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}})
            if collection.count() != len(evidence):
                ids = list(evidence)
                texts = [evidence[i].text for i in ids]
                if ids:
                    collection.upsert(ids=ids, documents=texts,
                                      embeddings=self._embedder.encode(texts).tolist())
        return collection

    def vectors(self, corpus: Corpus) -> dict:
        """The corpus's stored embeddings (ids, documents, embeddings), embedding it if needed:
        a batch driver ships them to its workers so the corpus is embedded once for all."""
        found = self.ensure_indexed(corpus).get(include=["documents", "embeddings"])
        return {"ids": list(found["ids"]), "documents": list(found["documents"]),
                "embeddings": [list(map(float, v)) for v in found["embeddings"]]}

    def load_vectors(self, corpus: Corpus, vectors: dict) -> None:
        """Store embeddings computed elsewhere (`vectors`), so `search` never re-embeds them."""
        with store_lock(self._client):
            collection = self._client.get_or_create_collection(
                self.collection_name(corpus), embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}})
            if vectors["ids"]:
                collection.upsert(ids=vectors["ids"], documents=vectors["documents"],
                                  embeddings=vectors["embeddings"])

    def search(self, corpus: Corpus, job: JobPosting, top_k: int,
               threshold: float) -> list[RequirementMatch]:
        """Top-k evidence per requirement, keeping only matches with cosine >= threshold."""
        collection = self.ensure_indexed(corpus)
        count = collection.count()
        if not job.requirements or count == 0:
            return [RequirementMatch(requirement_id=r.id) for r in job.requirements]
        queries = self._embedder.encode([r.text for r in job.requirements]).tolist()
        # Ask for more than top_k and cut after sorting ties by id: which of several equally
        # close bullets makes the cut must not depend on the store (batch workers use a copy).
        found = collection.query(query_embeddings=queries,
                                 n_results=min(top_k + TIE_SLACK, count), include=["distances"])
        result = []
        for req, ids, distances in zip(job.requirements, found["ids"], found["distances"]):
            matches = sorted((EvidenceMatch(evidence_id=i, score=round(1.0 - d, 4))
                              for i, d in zip(ids, distances) if 1.0 - d >= threshold),
                             key=lambda m: (-m.score, m.evidence_id))[:top_k]
            result.append(RequirementMatch(requirement_id=req.id, matches=matches))
        return result
