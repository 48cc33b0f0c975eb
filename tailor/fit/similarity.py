"""Embedding similarity between requirements and a blind resume's chunks, through the evidence
index (Chroma) that retrieval uses.

Why through `EvidenceIndex`: a resume's chunks are then embedded once and kept in the cache
dir, so scoring the same resume against tomorrow's postings embeds only the postings. The
chunks are handed to the index as the bullets of a stand-in corpus whose content hash is that
stand-in's (the chunks: the blind text), never the person's file's. The requirements of all
postings of a run are embedded in one batch (`prefetch`) and searched in one query per resume.
"""
from __future__ import annotations

import hashlib

from tailor.corpus.evidence import content_hash
from tailor.fit.chunks import Chunk
from tailor.index.embeddings import CachingEmbedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import get_in_batches, store_lock, upsert_in_batches
from tailor.schemas.models import Basics, Corpus, EvidenceBullet, Experience, JobPosting, Requirement

SEARCH_THRESHOLD = 0.05   # low on purpose: the calibrated mapping, not a cut-off, decides


def chunk_corpus(chunks: list[Chunk]) -> Corpus:
    """A stand-in corpus whose evidence bullets are the chunks (ids kept)."""
    bullets = [EvidenceBullet(id=c.id, text=c.text) for c in chunks]
    corpus = Corpus(basics=Basics(name="blind"),
                    experiences=[Experience(id="chunks", organization="", bullets=bullets)])
    return corpus.model_copy(update={"content_hash": "blind" + content_hash(corpus)})


class ChunkSearch:
    """Top chunks per requirement for many resumes and postings, embedding each text once."""

    def __init__(self, client, embedder):
        self._client = client
        self.embedder = CachingEmbedder(embedder)
        self.index = EvidenceIndex(client, self.embedder)

    def prefetch(self, texts: list[str]) -> None:
        """Embed all these texts (the requirements of every posting) in large batches, reusing
        the vectors stored by earlier runs: scoring the same postings against a new resume
        then embeds nothing but the resume."""
        unique = list(dict.fromkeys(texts))
        if not unique:
            return
        model = hashlib.sha256(self.embedder.model_id.encode()).hexdigest()[:8]
        ids = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in unique]
        with store_lock(self._client):
            store = self._client.get_or_create_collection(
                f"fit-requirements-{model}", embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}})
            stored = get_in_batches(self._client, store, ids, ["embeddings"])
            known = dict(zip(stored["ids"], stored["embeddings"]))
            self.embedder.seed({t: known[i] for t, i in zip(unique, ids) if i in known})
            missing = [(t, i) for t, i in zip(unique, ids) if i not in known]
            if missing:
                vectors = self.embedder.encode([t for t, _ in missing])
                upsert_in_batches(self._client, store, [i for _, i in missing], [t for t, _ in missing],
                                  vectors.tolist())

    def top_chunks(self, chunks: list[Chunk], requirements: list[Requirement],
                   top_k: int) -> list[list[tuple[str, float]]]:
        """For each requirement (in order): [(chunk id, cosine)], best first, at most top_k."""
        if not requirements:
            return []
        if not chunks:
            return [[] for _ in requirements]
        merged = JobPosting(title="fit", requirements=[
            r.model_copy(update={"id": f"q{n}"}) for n, r in enumerate(requirements)])
        found = self.index.search(chunk_corpus(chunks), merged, top_k=top_k, threshold=SEARCH_THRESHOLD)
        return [[(m.evidence_id, m.score) for m in match.matches] for match in found]
