"""The overall fit's combination: monotone in every signal, its drivers, the shipped file."""
import itertools
import random

import pytest

from tailor.fit.combination import SIGN, Combination, combination_from_json, load_combination, shipped_path
from tailor.fit.signals import PairSignals

NAMES = list(SIGN)


def signals(**values) -> PairSignals:
    base = dict.fromkeys(NAMES, 0.5)
    base.update(values)
    return PairSignals(**base)


def test_shipped_combination_is_monotone_in_every_signal():
    """More of a good signal never lowers the fit; more must-have gaps never raise it."""
    model = load_combination()
    rng = random.Random(0)
    for _ in range(200):
        point = {n: rng.random() for n in NAMES}
        for name in NAMES:
            low, high = sorted((rng.random(), rng.random()))
            a = model.fit(signals(**{**point, name: low}))
            b = model.fit(signals(**{**point, name: high}))
            assert (b - a) * SIGN[name] >= -1e-9, name


def test_shipped_combination_rewards_coverage_and_punishes_gaps():
    model = load_combination()
    assert model.weights, "the combination weighs at least one signal"
    assert model.fit(signals(requirements=0.9, lexical=0.8)) > model.fit(signals(requirements=0.2, lexical=0.1))
    if model.weights.get("must_have_gaps"):
        assert model.fit(signals(must_have_gaps=0.0)) > model.fit(signals(must_have_gaps=1.0))


def test_a_weight_of_the_wrong_sign_is_refused():
    with pytest.raises(ValueError, match="monotone"):
        Combination(weights={"lexical": -1.0}, bias=0.0, typical={})
    with pytest.raises(ValueError, match="monotone"):
        Combination(weights={"must_have_gaps": 2.0}, bias=0.0, typical={})
    with pytest.raises(ValueError, match="unknown"):
        Combination(weights={"name_sounds_right": 1.0}, bias=0.0, typical={})


def test_fit_is_a_sigmoid_of_the_weighted_sum():
    model = Combination(weights={"requirements": 4.0, "must_have_gaps": -2.0}, bias=-1.0, typical={})
    s = signals(requirements=1.0, must_have_gaps=0.5)
    assert model.logit(s) == pytest.approx(-1.0 + 4.0 - 1.0)
    assert model.fit(s) == pytest.approx(100 / (1 + 2.718281828459045 ** -2.0))


def test_drivers_are_effects_against_a_typical_pair_largest_first():
    model = Combination(weights={"requirements": 4.0, "lexical": 2.0, "title": 0.0, "must_have_gaps": -1.0},
                        bias=0.0, typical={"requirements": 0.5, "lexical": 0.2, "must_have_gaps": 0.3})
    drivers = model.drivers(signals(requirements=0.4, lexical=0.9, must_have_gaps=0.3))
    assert [d.signal for d in drivers] == ["lexical", "requirements", "must_have_gaps"]   # title weighs 0
    assert [d.effect for d in drivers] == pytest.approx([1.4, -0.4, 0.0])
    assert drivers[0].describe() == "requirement wording in the resume 0.90 (+1.40)"


def test_shipped_file_round_trips_and_says_it_was_fit_on_dev():
    model = load_combination()
    assert combination_from_json(model.to_json()) == model
    assert model.provenance["split"] == "dev" and model.provenance["script"].startswith("bench/fit_calibrate.py")
    assert shipped_path().exists()
    assert set(model.typical) >= {n for n, w in model.weights.items() if w}


@pytest.mark.parametrize("name", NAMES)
def test_every_signal_has_a_sign_and_a_label(name):
    from tailor.fit.combination import LABELS
    assert name in LABELS and SIGN[name] in (1, -1)
    assert list(itertools.chain(NAMES)) == list(PairSignals.__dataclass_fields__)
