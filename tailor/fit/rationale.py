"""The one line that explains a requirement's score, citing the evidence it rests on.

`4/5: w0.3-9f86d0 "Led the migration of ..." (similarity 0.62; keywords Python, AWS)`: the score,
the best evidence's id and its first words, how close it is, which of the requirement's skill
terms the resume names (and where, when that is not the quoted evidence), and for a "N+ years"
requirement the years of work the dates add up to. `0/5: no evidence` when nothing came close.
Every id cited is an id of the person's corpus, so the claim can be checked.
"""
from __future__ import annotations

from tailor.fit.features import RequirementFeatures
from tailor.text.formatting import quote


def rationale(score: int, features: RequirementFeatures, has_evidence: bool) -> str:
    head = f"{score}/5: "
    if not has_evidence:
        return head + "no evidence" + _years(features, lead="; ")
    details: list[str] = []
    best = features.top[0] if features.top else None
    if best is not None:
        details.append(f"similarity {best.similarity:.2f}")
    if features.keywords:
        details.append(_keywords(features, best.cite_id if best else ""))
    years = _years(features, lead="")
    if years:
        details.append(years)
    if features.degree_short:
        details.append(f"asks for a {features.degree_short}, which no education entry shows")
    cited = f"{best.cite_id} {quote(best.text)} " if best is not None else ""
    return head + cited + "(" + "; ".join(details) + ")"


def _keywords(features: RequirementFeatures, quoted_id: str) -> str:
    if not features.found:
        return "no keyword of " + ", ".join(features.keywords[:4])
    elsewhere: list[str] = []
    for ids in features.found.values():
        if quoted_id not in ids and ids[0] not in elsewhere:
            elsewhere.append(ids[0])
    where = (" in " + ", ".join(elsewhere[:3])) if elsewhere else ""
    return "keywords " + ", ".join(features.found) + where


def _years(features: RequirementFeatures, lead: str) -> str:
    if features.years_asked is None or features.work_years is None:
        return ""
    if not features.work_dates_known:
        return f"{lead}no readable work dates (asks {features.years_asked})"
    return f"{lead}{features.work_years:.1f} years of work by dates (asks {features.years_asked})"


def cited_ids(features: RequirementFeatures, has_evidence: bool) -> list[str]:
    """The ids the rationale rests on, best first: the quoted evidence, then keyword sources."""
    if not has_evidence:
        return []
    ids = [features.top[0].cite_id] if features.top else []
    for found in features.found.values():
        ids += [i for i in found if i not in ids]
    return ids
