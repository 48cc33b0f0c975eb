"""The 0-5 mapping, the overall formula and the shipped calibration file."""
import json

import pytest

from tailor.fit.calibration import FitModel, load_model, overall_fit, shipped_path
from tailor.fit.features import Evidence, RequirementFeatures

MODEL = FitModel(weights={"similarity": 10.0, "keyword_share": 2.0, "no_keywords": 1.0, "years": 1.0},
                 bias=-6.0, no_evidence_similarity=0.25)


def feats(sim, found=(), keywords=("Python", "AWS"), years_asked=None, work_years=None):
    top = (Evidence("w0.0-aaaaaa", "text", sim),) if sim else ()
    return RequirementFeatures(top=top, keywords=tuple(keywords), found={k: ["w0.0-aaaaaa"] for k in found},
                               years_asked=years_asked, work_years=work_years)


def test_score_is_rounded_five_times_sigmoid():
    f = feats(0.6, found=("Python",))
    z = -6.0 + 10 * 0.6 + 2.0 * 0.5
    assert MODEL.exact(f) == pytest.approx(5 / (1 + 2.718281828 ** -z), rel=1e-6)
    assert MODEL.score(f) == round(MODEL.exact(f))


def test_scores_are_monotone_in_the_evidence():
    scores = [MODEL.exact(feats(s)) for s in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)]
    assert scores == sorted(scores)
    assert MODEL.exact(feats(0.5, found=("Python", "AWS"))) > MODEL.exact(feats(0.5, found=("Python",)))
    assert 0 <= MODEL.score(feats(0.99, found=("Python", "AWS"))) <= 5


def test_no_evidence_is_zero_but_a_keyword_is_evidence():
    assert MODEL.score(feats(0.1)) == 0 and not MODEL.has_evidence(feats(0.1))
    assert MODEL.has_evidence(feats(0.1, found=("AWS",)))


def test_years_met_or_not_moves_the_score():
    met = MODEL.exact(feats(0.5, years_asked=3, work_years=4.0))
    unmet = MODEL.exact(feats(0.5, years_asked=3, work_years=1.0))
    assert met > MODEL.exact(feats(0.5)) > unmet


def test_overall_is_the_kind_weighted_mean_scaled_to_100():
    assert overall_fit([("must_have", 5), ("nice_to_have", 0)]) == pytest.approx(100 * 1.0 * 5 / (5 * 1.5))
    assert overall_fit([("must_have", 4), ("responsibility", 2), ("nice_to_have", 1)]) == pytest.approx(
        100 * (4 * 1.0 + 2 * 0.7 + 1 * 0.5) / (5 * 2.2))
    assert overall_fit([("must_have", 5)] * 3) == 100
    assert overall_fit([]) == 0


def test_shipped_calibration_loads_and_says_where_it_came_from():
    data = json.loads(shipped_path().read_text())
    model = load_model()
    assert model.version == data["version"]
    assert set(model.weights) <= set(feats(0.5).vector())
    assert data["provenance"]
    if not data["version"].endswith("prior"):
        prov = data["provenance"]
        assert prov["script"] == "bench/fit_calibrate.py"
        assert len(prov["labels_sha256"]) == 64 and prov["split"] == "dev"
        assert prov["dev_postings"] and not set(prov["dev_postings"]) & set(prov.get("test_postings", []))


def test_a_degree_screen_not_met_caps_the_score_however_close_the_words():
    from dataclasses import replace

    from tailor.fit.blind import BlindResume, Unit
    from tailor.fit.rationale import rationale
    from tailor.fit.scorer import degree_short

    associate = BlindResume(source="r", units=(Unit("education[0]", "Associate of Applied Science in Supply Chain"),
                                               Unit("w0.0-aaaaaa", "Ran a 40-truck dispatch desk")))
    bachelor = BlindResume(source="r", units=(Unit("education[0]", "B.S. in Supply Chain Management"),))
    asked = "Bachelor's degree in Supply Chain Management"
    assert degree_short(asked, associate) == "Bachelor's degree"
    assert degree_short(asked, bachelor) == ""
    assert degree_short("Bachelor's degree or equivalent experience", associate) == ""
    assert degree_short("Associate degree in logistics", associate) == ""
    close = feats(0.9, found=("Python", "AWS"))
    assert MODEL.score(close) == 5
    short = replace(close, degree_short="Bachelor's degree")
    assert MODEL.score(short) == 1 and MODEL.exact(short) <= 1.0
    assert "asks for a Bachelor's degree, which no education entry shows" in rationale(1, short, True)
