"""The Chroma store that holds evidence vectors, and the lock every process using it shares.

Embedded (a folder in the cache) or a server (`--chroma-url`); both are opened here so callers
never touch chromadb's settings.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from urllib.parse import urlparse

from tailor.errors import UserInputError


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


def upsert_in_batches(client, collection, ids: list[str], documents: list[str], embeddings: list) -> None:
    """Write in slices of the client's batch limit (5,461 ids in Chroma 1.5): a corpus or the
    requirements of hundreds of postings can hold more, and Chroma refuses the whole write."""
    size = client.get_max_batch_size()
    for start in range(0, len(ids), size):
        collection.upsert(ids=ids[start:start + size], documents=documents[start:start + size],
                          embeddings=embeddings[start:start + size])


def get_in_batches(client, collection, ids: list[str], include: list[str]) -> dict[str, list]:
    """`collection.get(ids=...)` for any number of ids, in slices of the batch limit."""
    size = client.get_max_batch_size()
    found: dict[str, list] = {"ids": [], **{key: [] for key in include}}
    for start in range(0, len(ids), size):
        part = collection.get(ids=ids[start:start + size], include=include)
        for key in found:
            found[key] += list(part[key])
    return found

