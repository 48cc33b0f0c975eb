"""The one-per-process models are frozen out of full garbage collections (tailor/heap.py): a
full collection in a long batch would otherwise walk every object of the loaded models."""
import gc

from tailor.index.embeddings import default_embedder
from tailor.text.skill_spans import default_tagger


def _collected_by_gc(obj) -> bool:
    return any(o is obj for o in gc.get_objects())


def test_the_loaded_tagger_is_not_walked_by_full_collections():
    tagger = default_tagger()
    assert gc.get_freeze_count() > 0
    assert not _collected_by_gc(tagger)


def test_the_loaded_embedder_is_not_walked_by_full_collections():
    embedder = default_embedder()
    assert not _collected_by_gc(embedder)


def test_what_is_made_after_loading_is_still_collected():
    default_tagger()
    later = [["made after the models loaded"]]   # a list is always tracked by the collector
    assert _collected_by_gc(later)
