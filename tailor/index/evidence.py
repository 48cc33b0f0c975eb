"""Retrieve: the evidence bullets closest to each requirement, from a Chroma vector store.

The collection name is derived from the corpus content hash and the embedding model, so an
unchanged corpus is embedded once and reused by every later run (and by every posting of a
batch). Tailor computes the embeddings itself and hands them to Chroma, so Chroma never loads
its own default embedding model (which would try to download one).
"""
from __future__ import annotations

import hashlib

from tailor.index.embeddings import Embedder
from tailor.index.store import store_lock, upsert_in_batches
from tailor.schemas import Corpus, EvidenceMatch, JobPosting, RequirementMatch
from tailor.text.aims import states_an_aim

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
                    upsert_in_batches(self._client, collection, ids, texts, self._embedder.encode(texts).tolist())
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
                upsert_in_batches(self._client, collection, vectors["ids"], vectors["documents"],
                                  vectors["embeddings"])

    def search(self, corpus: Corpus, job: JobPosting, top_k: int,
               threshold: float) -> list[RequirementMatch]:
        """Top-k evidence per requirement, keeping only matches with cosine >= threshold; a summary
        sentence that states an aim ("Interested in ...") is no evidence (`text.aims`)."""
        collection = self.ensure_indexed(corpus)
        count = collection.count()
        if not job.requirements or count == 0:
            return [RequirementMatch(requirement_id=r.id) for r in job.requirements]
        queries = self._embedder.encode([r.text for r in job.requirements]).tolist()
        # Ask for more than top_k and cut after sorting ties by id: which of several equally
        # close bullets makes the cut must not depend on the store (batch workers use a copy).
        found = collection.query(query_embeddings=queries,
                                 n_results=min(top_k + TIE_SLACK, count), include=["distances"])
        aims = {b.id for b in corpus.summary_evidence if states_an_aim(b.text)}   # wanted, not done
        result = []
        for req, ids, distances in zip(job.requirements, found["ids"], found["distances"]):
            matches = sorted((EvidenceMatch(evidence_id=i, score=round(1.0 - d, 4))
                              for i, d in zip(ids, distances) if 1.0 - d >= threshold and i not in aims),
                             key=lambda m: (-m.score, m.evidence_id))[:top_k]
            result.append(RequirementMatch(requirement_id=req.id, matches=matches))
        return result
