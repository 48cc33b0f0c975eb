"""The calibrated mapping from a requirement's features to a 0-5 score, and the overall fit.

Per requirement: z = bias + sum(weight_f * feature_f), score = round(5 * sigmoid(z)), so a
score is five times the estimated chance that the requirement is met. With no chunk at least
`no_evidence_similarity` similar and no keyword found, the score is 0 ("no evidence").

Requirement mean (0-100) = 100 * sum_r(w_kind(r) * score_r) / (5 * sum_r w_kind(r)), with the
planner's kind weights (must-have 1.0, responsibility 0.7, nice-to-have 0.5): the kind-weighted
mean of the shown integer scores, so a reader can recompute it from the table. It was the overall
fit until issue 16; the fit is now `tailor.fit.combination` over `tailor.fit.signals`, of which
the (unrounded) requirement mean is one.

The weights are not hand-set: `bench/fit_calibrate.py` fits them on the dev split of the
labelled pairs only and writes `calibration.json` beside this module with its provenance (the
script, the sha256 of the labels and split files, the dev postings). It is loaded at run time.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tailor.fit.features import RequirementFeatures
from tailor.schemas import KIND_WEIGHT

CALIBRATION_FILE = "calibration.json"
MAX_SCORE = 5
DEGREE_SHORT_CAP = 1.0   # a degree screen not met: what the rest of the resume shows is a partial answer at most


@dataclass(frozen=True)
class FitModel:
    weights: dict[str, float]
    bias: float
    no_evidence_similarity: float = 0.25
    version: str = "0"
    provenance: dict = field(default_factory=dict)

    def has_evidence(self, features: RequirementFeatures) -> bool:
        return features.similarity >= self.no_evidence_similarity or bool(features.found)

    def exact(self, features: RequirementFeatures) -> float:
        """The unrounded 0-5 score (what the calibration fits). A requirement that asks only for
        a degree no education entry reaches is at most `DEGREE_SHORT_CAP`: an Associate degree
        close in words to "Bachelor's degree in supply chain" does not meet it, however similar."""
        if not self.has_evidence(features):
            return 0.0
        vector = features.vector()
        z = self.bias + sum(w * vector[name] for name, w in self.weights.items())
        exact = MAX_SCORE / (1.0 + math.exp(-z))
        return min(exact, DEGREE_SHORT_CAP) if features.degree_short else exact

    def score(self, features: RequirementFeatures) -> int:
        return int(math.floor(self.exact(features) + 0.5))

    def to_json(self) -> dict:
        return {"version": self.version, "weights": self.weights, "bias": self.bias,
                "no_evidence_similarity": self.no_evidence_similarity, "provenance": self.provenance}


def kind_mean(values: list[tuple[str, float]]) -> float:
    """Mean of (kind, value) pairs weighted by the requirement kind (`KIND_WEIGHT`); 0 for none."""
    total = sum(KIND_WEIGHT[kind] for kind, _ in values)
    return sum(KIND_WEIGHT[kind] * v for kind, v in values) / total if total else 0.0


def overall_fit(scores: list[tuple[str, float]]) -> float:
    """Kind-weighted mean of (kind, 0-5 score) pairs, scaled to 0-100; 0 with no requirements."""
    return 100.0 * kind_mean([(kind, s / MAX_SCORE) for kind, s in scores])


def model_from_json(data: dict) -> FitModel:
    return FitModel(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                    no_evidence_similarity=float(data.get("no_evidence_similarity", 0.25)),
                    version=str(data.get("version", "0")), provenance=dict(data.get("provenance", {})))


def load_model() -> FitModel:
    """The shipped calibration."""
    text = resources.files("tailor.fit").joinpath(CALIBRATION_FILE).read_text("utf-8")
    return model_from_json(json.loads(text))


def shipped_path() -> Path:
    return Path(__file__).with_name(CALIBRATION_FILE)
