"""A/B of resume versions: how the applications made with each version (or summary, skill list,
model) fared once an external submitter recorded what happened to them.

Definitions (the same words as `tailor ledger stats --help`):

- *reached* a status: the application held it at any time, read from its status history, so a
  later status does not erase an earlier one (an interview that ended in a rejection still
  counts as an interview). A status set by mistake and corrected still counts as reached.
- applications: rows that are not `failed` (a tailored resume exists); failed: rows that are.
- applied: applications that reached `applied` or a later stage (`interview`, `offer`,
  `rejected`). `withdrawn` counts as applied only if `applied` came first; `tailored` never.
- interviewed: reached `interview` or `offer`. offers: reached `offer`. rejected: reached
  `rejected`. responded: reached any of `interview`, `offer`, `rejected` (the employer answered).
- applied rate = applied / applications; interview, offer, rejection and response rates =
  count / applied. A rate is None when its denominator is 0.
- mean coverage / truth / keyword hit: over the group's applications (failed rows have none).

Why groups by first appearance: the oldest version comes first, so A is above B.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from statistics import fmean

from tailor.batch.ledger import Application

GROUPINGS = {  # --by: the ledger columns whose values make a group
    "version": ("resume_version",),
    "summary": ("summary_sha256",),
    "skills": ("skills",),
    "model": ("model_id", "adapter_sha256", "prompt_sha256"),
}
APPLIED_OR_LATER = frozenset({"applied", "interview", "offer", "rejected"})
INTERVIEWED = frozenset({"interview", "offer"})
RESPONDED = frozenset({"interview", "offer", "rejected"})


@dataclass
class GroupStats:
    group: dict[str, str]          # column -> value shared by the group's rows
    applications: int
    failed: int
    applied: int
    interviewed: int
    offers: int
    rejected: int
    responded: int
    applied_rate: float | None
    interview_rate: float | None
    offer_rate: float | None
    rejection_rate: float | None
    response_rate: float | None
    mean_coverage: float | None
    mean_truth: float | None
    mean_keyword_hit: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def group_stats(rows: Iterable[Application], held: Mapping[int, set[str]], by: str) -> list[GroupStats]:
    """Rows grouped by the `by` columns (see GROUPINGS), counted as the module docstring defines.

    `held`: each row id's statuses from its history (`Ledger.statuses_held`); a row's current
    status always counts as reached. A failed row has no summary, skills or model fingerprint of
    its own: under `model` it joins the group of a finished row with the same model key, under
    `summary` and `skills` the group with an empty value.
    """
    rows = list(rows)
    columns = GROUPINGS[by]
    fingerprint = {r.model_key: _values(r, columns) for r in rows if r.status != "failed"}
    groups: dict[tuple[str, ...], list[Application]] = {}
    for row in rows:
        values = _values(row, columns)
        if row.status == "failed" and by == "model":
            values = fingerprint.get(row.model_key, values)
        groups.setdefault(values, []).append(row)
    return [_stats(dict(zip(columns, values)), members, held) for values, members in groups.items()]


def _values(row: Application, columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(getattr(row, c)) for c in columns)


def _stats(group: dict[str, str], rows: list[Application], held: Mapping[int, set[str]]) -> GroupStats:
    done = [r for r in rows if r.status != "failed"]
    reached = [held.get(r.id, set()) | {r.status} for r in done]
    applied = [statuses for statuses in reached if statuses & APPLIED_OR_LATER]
    interviewed = sum(bool(s & INTERVIEWED) for s in applied)
    offers = sum("offer" in s for s in applied)
    rejected = sum("rejected" in s for s in applied)
    responded = sum(bool(s & RESPONDED) for s in applied)
    return GroupStats(
        group=group, applications=len(done), failed=len(rows) - len(done), applied=len(applied),
        interviewed=interviewed, offers=offers, rejected=rejected, responded=responded,
        applied_rate=_rate(len(applied), len(done)), interview_rate=_rate(interviewed, len(applied)),
        offer_rate=_rate(offers, len(applied)), rejection_rate=_rate(rejected, len(applied)),
        response_rate=_rate(responded, len(applied)),
        mean_coverage=_mean(r.coverage for r in done), mean_truth=_mean(r.truth_score for r in done),
        mean_keyword_hit=_mean(r.keyword_hit_rate for r in done))


def _rate(count: int, total: int) -> float | None:
    return count / total if total else None


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None
