"""What the scorer knows about one requirement against one blind resume: the numbers the
calibrated mapping reads, and the evidence a rationale cites.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    cite_id: str          # evidence id, experience id or field path (see blind.Unit)
    text: str             # the best chunk of it
    similarity: float


@dataclass(frozen=True)
class RequirementFeatures:
    top: tuple[Evidence, ...]                 # best chunks, one per cited unit, best first
    keywords: tuple[str, ...]                 # the requirement's skill terms
    found: dict[str, list[str]] = field(default_factory=dict)   # keyword -> cite ids
    years_asked: int | None = None
    work_years: float | None = None           # from work dates only; set when years are asked
    work_dates_known: bool = True             # False: no work role has readable dates (0 years)
    degree_short: str = ""                    # a degree all the requirement asks that no education
                                              # entry reaches ("Bachelor's degree"), else ""

    @property
    def similarity(self) -> float:
        return self.top[0].similarity if self.top else 0.0

    @property
    def similarity_top3(self) -> float:
        sims = [e.similarity for e in self.top[:3]]
        return sum(sims) / 3 if sims else 0.0

    @property
    def keyword_share(self) -> float | None:
        return len(self.found) / len(self.keywords) if self.keywords else None

    @property
    def years_met(self) -> bool | None:
        if self.years_asked is None or self.work_years is None:
            return None
        return self.work_years >= self.years_asked

    def vector(self) -> dict[str, float]:
        """The named features a `FitModel` may weigh (absent ones are 0)."""
        share = self.keyword_share
        met = self.years_met
        return {
            "similarity": self.similarity,
            "similarity_top3": self.similarity_top3,
            "keyword_share": share if share is not None else 0.0,
            "no_keywords": 1.0 if share is None else 0.0,
            "years": 0.0 if met is None else (1.0 if met else -1.0),
        }
