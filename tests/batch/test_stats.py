"""`group_stats`, the A/B aggregation behind `tailor ledger stats`, on hand-made rows."""
import pytest

from tailor.batch.ledger import Application
from tailor.batch.stats import GROUPINGS, group_stats


def row(row_id, status, version="v1", cov=0.5, **extra):
    failed = status == "failed"
    return Application(id=row_id, posting_hash=f"p{row_id}", resume_version=version,
                       model_key=extra.pop("model_key", "m1"), status=status,
                       coverage=None if failed else cov, truth_score=None if failed else 1.0,
                       keyword_hit_rate=None if failed else 0.25, **extra)


def test_reached_statuses_come_from_the_history():
    rows = [row(1, "rejected"), row(2, "rejected"), row(3, "withdrawn"), row(4, "withdrawn"),
            row(5, "tailored"), row(6, "offer"), row(7, "failed")]
    held = {1: {"tailored", "applied", "interview", "rejected"},  # interviewed, then rejected
            2: {"tailored", "rejected"},                          # rejected without "applied"
            3: {"tailored", "applied", "withdrawn"},              # withdrawn after applying
            4: {"tailored", "withdrawn"},                         # withdrawn before: not applied
            6: set()}                                             # no history: current counts
    [group] = group_stats(rows, held, "version")
    assert (group.applications, group.failed, group.applied) == (6, 1, 4)
    assert (group.interviewed, group.offers, group.rejected, group.responded) == (2, 1, 2, 3)
    assert group.applied_rate == pytest.approx(4 / 6)
    assert (group.interview_rate, group.offer_rate, group.rejection_rate, group.response_rate) == (
        0.5, 0.25, 0.5, 0.75)
    assert group.mean_coverage == 0.5 and group.mean_truth == 1.0 and group.mean_keyword_hit == 0.25


def test_groups_in_order_of_first_appearance_with_their_own_means():
    rows = [row(1, "tailored", "v2", cov=0.2), row(2, "applied", "v1", cov=0.4),
            row(3, "tailored", "v2", cov=0.6)]
    groups = group_stats(rows, {}, "version")
    assert [g.group for g in groups] == [{"resume_version": "v2"}, {"resume_version": "v1"}]
    assert groups[0].mean_coverage == pytest.approx(0.4) and groups[1].mean_coverage == 0.4
    assert groups[0].applied == 0 and groups[0].interview_rate is None
    assert groups[1].applied_rate == 1.0 and groups[1].interview_rate == 0.0


def test_a_group_of_failures_only_has_no_rates_or_means():
    [group] = group_stats([row(1, "failed"), row(2, "failed")], {}, "version")
    assert (group.applications, group.failed) == (0, 2)
    assert group.applied_rate is None and group.mean_coverage is None


def test_failed_rows_join_their_models_group():
    model = {"model_id": "smol", "adapter_sha256": "a" * 64, "prompt_sha256": "p" * 64}
    rows = [row(1, "failed", model_id="local"), row(2, "tailored", **model),
            row(3, "failed", model_key="m2", model_id="openai-x")]
    groups = group_stats(rows, {}, "model")
    assert [(g.group, g.applications, g.failed) for g in groups] == [
        (model, 1, 1),
        ({"model_id": "openai-x", "adapter_sha256": "", "prompt_sha256": ""}, 0, 1)]


def test_every_grouping_names_real_columns():
    fields = set(Application.__dataclass_fields__)
    assert all(set(columns) <= fields for columns in GROUPINGS.values())
    assert group_stats([], {}, "skills") == []
