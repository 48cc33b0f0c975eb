"""The critic's thresholds, apart from the critic so that run settings (and the CLI's option
defaults) can name them without importing the critic and its text analysis."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CriticSettings:
    """Thresholds of the critic.

    `similarity_threshold` 0.5 was calibrated with all-MiniLM-L6-v2 on hand-written pairs
    (tests/agents/test_critic.py::test_minilm_threshold): faithful paraphrases of a bullet scored
    0.73-0.97, unrelated claims citing the same evidence 0.05-0.32. A paraphrase that swaps in an
    acronym ("POS" for "point-of-sale") scored 0.51, and recombinations of the evidence's own words
    ("Drove 25 routes" for "Scheduled 25 drivers") 0.58-0.78: cosine cannot separate those, so the
    threshold only guards against topic drift; the term check does the fine work.
    """
    similarity_threshold: float = 0.5
    min_words: int = 5
    max_bullet_words: int = 40
    max_summary_words: int = 80
    duplicate_ratio: int = 90
    max_novel_words: int = 3
