"""The overall fit: a small logistic combination of the pair signals (`tailor.fit.signals`),
fitted on dev data only, and the drivers that say which signals moved it.

    z = bias + sum_f weight_f * signal_f          fit = 100 * sigmoid(z)

Monotone by construction: every weight is >= 0 except the penalty `must_have_gaps`, whose
weight is <= 0 (`SIGN`), so more evidence, more of the posting's words, a matching title or met
years never lower the fit, and a missing must-have never raises it. `bench/fit_calibrate.py
--combination` fits the weights (bounded to those signs) and writes `combination.json` beside
this module with the data it was fitted on; it is loaded at run time.

Drivers: each signal's effect on z relative to a typical pair (the dev mean of that signal),
weight_f * (signal_f - mean_f), largest first: "title +0.9" reads "the title match raised this
fit above a typical pair's by 0.9 logits". Signals with weight 0 are not drivers.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tailor.fit.signals import PairSignals

COMBINATION_FILE = "combination.json"
SIGN = {"requirements": 1, "must_have_gaps": -1, "lexical": 1, "posting_terms": 1, "keywords": 1, "title": 1,
        "years": 1}
LABELS = {"requirements": "requirement scores", "must_have_gaps": "must-haves without evidence",
          "lexical": "requirement wording in the resume", "posting_terms": "posting wording in the resume",
          "keywords": "skill terms named", "title": "job title in the resume", "years": "years asked met"}


@dataclass(frozen=True)
class Driver:
    signal: str
    value: float          # the signal, 0-1
    effect: float         # weight * (value - typical), in logits

    def describe(self) -> str:
        return f"{LABELS[self.signal]} {self.value:.2f} ({self.effect:+.2f})"


@dataclass(frozen=True)
class Combination:
    weights: dict[str, float]
    bias: float
    typical: dict[str, float]                 # dev means of the signals: the drivers' reference
    version: str = "0"
    provenance: dict = field(default_factory=dict)

    def __post_init__(self):
        for name, w in self.weights.items():
            if name not in SIGN:
                raise ValueError(f"unknown signal {name!r} in the fit combination")
            if w * SIGN[name] < 0:
                raise ValueError(f"weight of {name!r} has the wrong sign: the fit must be monotone")

    def logit(self, signals: PairSignals) -> float:
        values = signals.as_dict()
        return self.bias + sum(w * values[name] for name, w in self.weights.items())

    def fit(self, signals: PairSignals) -> float:
        """0-100: a hundred times the estimated chance of a match."""
        return 100.0 / (1.0 + math.exp(-self.logit(signals)))

    def drivers(self, signals: PairSignals) -> list[Driver]:
        values = signals.as_dict()
        found = [Driver(name, round(values[name], 4), round(w * (values[name] - self.typical.get(name, 0.0)), 3))
                 for name, w in self.weights.items() if w]
        return sorted(found, key=lambda d: (-abs(d.effect), d.signal))

    def to_json(self) -> dict:
        return {"version": self.version, "weights": self.weights, "bias": self.bias, "typical": self.typical,
                "provenance": self.provenance}


def combination_from_json(data: dict) -> Combination:
    return Combination(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                       typical={k: float(v) for k, v in data.get("typical", {}).items()},
                       version=str(data.get("version", "0")), provenance=dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def load_combination() -> Combination:
    """The shipped combination (tailor/fit/combination.json)."""
    text = resources.files("tailor.fit").joinpath(COMBINATION_FILE).read_text("utf-8")
    return combination_from_json(json.loads(text))


def shipped_path() -> Path:
    return Path(__file__).with_name(COMBINATION_FILE)
