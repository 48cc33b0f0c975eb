"""Report: what a run did and why: the requirements table, the gaps, every item that left the
resume with its reason, the claim changes, the metrics, and the run's facts (model, timings).

ATS keyword hit rate is measured on the text pdfminer extracts from the rendered PDF, because
that is what an applicant-tracking system will see, not on the JSON Tailor meant to render.
"""
from __future__ import annotations

import datetime as dt

import textstat

from tailor.agents.planner import duplicate_evidence, duplicate_records, fragment_evidence
from tailor.agents.rubric import impact_score, truth_score
from tailor.corpus import fairness
from tailor.corpus.loader import pictographs
from tailor.corpus.role_years import roles_meeting, work_years_short
from tailor.schemas import (
    ClaimRecord,
    Corpus,
    Critique,
    FairnessFlag,
    GapNote,
    GenerationStats,
    JobPosting,
    Metrics,
    ModelFingerprint,
    Plan,
    RepairRecord,
    Report,
    RequirementRow,
    TailoredItem,
    TailoredResume,
)
from tailor.text.credentials import (
    credential_only,
    degree_only_levels,
    names_credential_of,
    names_degree_of,
    sections_meeting,
)
from tailor.text.formatting import quote
from tailor.text.keyword_variants import found_in
from tailor.text.keywords import keyword_hits
from tailor.text.languages import language_shortfall

TRIMMED = "left out to fit the page budget, --pages allows more"
FAILED_TRUTH = "dropped: the text written from it failed the truth check"
NOT_PICKED = "not picked within the bullet budget"
UNUSED_SUMMARY = "a sentence of your summary that the page's summary does not use"


def requirement_rows(job: JobPosting, plan: Plan, resume: TailoredResume,
                     today: dt.date) -> list[RequirementRow]:
    """A requirement is covered when a shipped item cites evidence retrieved for it, or when it
    asks for a degree or certificate that the page's education or certificates section shows
    (`text.credentials`; covered by "education" or "certificates"). A degree that is the
    requirement's only route is covered by no item unless the item names such a degree: a
    summary saying "Associate degree in logistics" sits close to "Bachelor's degree in supply
    chain" and meets nothing of it. One that asks for a certification or licence and nothing else
    is covered by an item only if the item names such a credential, or by a work role titled by
    one of its terms (`text.credentials.credential_only`). Years of something are met by work
    roles on the page whose titles name it and whose dates cover them (covered by those roles'
    experience ids), and never by anything when the page's work dates together fall short
    (`corpus.role_years`)."""
    cited: dict[str, list[str]] = {}
    texts = {item.id: item.text for item in resume.items()}
    for item in resume.items():
        for sid in item.source_ids:
            cited.setdefault(sid, []).append(item.id)
    matches = {rm.requirement_id: [m.evidence_id for m in rm.matches] for rm in plan.requirement_map}
    rows = []
    for req in job.requirements:
        evidence = matches.get(req.id, [])
        items = sorted({item for e in evidence for item in cited.get(e, [])})
        degrees = degree_only_levels(req.text)
        if degrees:
            items = [item for item in items if names_degree_of(texts[item], degrees)]
        elif credential_only(req.text):
            items = [item for item in items if names_credential_of(texts[item], req)]
            items += [role.experience_id for role in resume.roles if role.kind == "work"
                      and any(found_in(role.title, k) for k in req.keywords)]
        covered_by = items + sections_meeting(req, resume.education, resume.certificates, resume.languages)
        by_roles = roles_meeting(req.text, resume.roles, today)
        if by_roles and by_roles.met:
            covered_by += [rid for rid in by_roles.role_ids if rid not in covered_by]
        if work_years_short(req.text, resume.roles, today):
            covered_by = []
        rows.append(RequirementRow(requirement_id=req.id, text=req.text, kind=req.kind,
                                   evidence_ids=evidence, covered_by=covered_by,
                                   status="covered" if covered_by else "gap"))
    return rows


def left_out_relevant(rows: list[RequirementRow], resume: TailoredResume,
                      corpus: Corpus) -> list[str]:
    """Role bullets retrieved for some requirement that are not on the page (a duplicate of a
    bullet or a fragment is not counted): what a fuller page could still have shown."""
    shipped = {s for item in resume.items() for s in item.source_ids}
    relevant = {e for row in rows for e in row.evidence_ids}
    skipped = set(duplicate_evidence(corpus)) | set(fragment_evidence(corpus))
    return [b.id for exp in corpus.experiences for b in exp.bullets
            if b.id in relevant and b.id not in shipped and b.id not in skipped]


def claim_records(critiques: list[Critique]) -> list[ClaimRecord]:
    """Every text, in every critic round, in which the claim check found a change."""
    return [ClaimRecord(item_id=v.item_id, round=c.round, text=v.text, changes=v.claim_changes,
                        passed=not any(ch.raised for ch in v.claim_changes))
            for c in critiques for v in c.verdicts if v.claim_changes]


def left_out_reasons(trimmed: list[TailoredItem], failed: list[TailoredItem]) -> dict[str, str]:
    """Why evidence behind an item that did not ship is missing: {evidence id: reason}."""
    reasons = {sid: FAILED_TRUTH for item in failed for sid in item.source_ids}
    reasons.update({sid: TRIMMED for item in trimmed for sid in item.source_ids})
    return reasons


def years_notes(job: JobPosting, resume: TailoredResume, today: dt.date) -> dict[str, str]:
    """{requirement id: why the page falls short of the years it asks}: the work dates together,
    or the roles whose titles name what the years are of."""
    notes = {}
    for req in job.requirements:
        short = work_years_short(req.text, resume.roles, today)
        by_roles = roles_meeting(req.text, resume.roles, today)
        if short:
            notes[req.id] = (f"The work roles on the page cover {short[0]:.1f} years by their dates; "
                             f"this asks {short[1]}")
        elif by_roles and not by_roles.met:
            titles = ", ".join(quote(t) for t in by_roles.titles)
            notes[req.id] = (f"Your roles as {titles} cover {by_roles.years:.1f} years by their dates; "
                             f"this asks {by_roles.asked}")
    return notes


def gap_notes(rows: list[RequirementRow], plan_gaps: list[GapNote], left_out: dict[str, str],
              corpus: Corpus | None = None, years: dict[str, str] | None = None,
              on_page: frozenset[str] = frozenset()) -> list[GapNote]:
    """A note for every requirement with status gap, in posting order.

    The planner notes requirements with no evidence at all. A requirement can also end a gap
    with evidence: its bullet was trimmed to fit the page, failed the truth check, or was never
    picked. The note quotes that evidence (its first words and its role, from `corpus`; the bare
    id without it) and says why, so the user knows a larger --pages (or another run) could cover
    it rather than believing the corpus lacks it. A requirement the page falls short of in years
    (`years`, from `years_notes`) says by how much instead; one whose evidence is on the page
    (`on_page`: evidence ids the shipped items cite) but asks for a degree says that. A summary
    sentence the page's summary left out is named as such: a larger --pages would not bring it.
    """
    planned = {g.requirement_id: g for g in plan_gaps}
    bullets = corpus.evidence() if corpus else {}
    summary_ids = {b.id for b in corpus.summary_evidence} if corpus else set()
    notes = []
    languages = corpus.languages() if corpus else []
    for row in rows:
        if row.status != "gap":
            continue
        if years and row.requirement_id in years:
            notes.append(GapNote(requirement_id=row.requirement_id, note=f"{years[row.requirement_id]}: {row.text}"))
            continue
        short_of = language_shortfall(row.text, languages)
        if short_of:   # the languages section names the language, at a lower fluency than asked
            notes.append(GapNote(requirement_id=row.requirement_id, note=f"{short_of}: {row.text}"))
            continue
        if not row.evidence_ids:
            listed = listed_skills(row.text, corpus)
            if listed:   # "no evidence" would be false: the skills list names it, no bullet shows it
                notes.append(GapNote(requirement_id=row.requirement_id, note=(
                    f"Your skills list names {', '.join(listed)}, but no bullet shows it in use for this "
                    f"{_label(row)} (a bullet saying what you did with it would cover it): {row.text}")))
                continue
            notes.append(planned.get(row.requirement_id) or GapNote(
                requirement_id=row.requirement_id,
                note=f"No evidence in the corpus for this {_label(row)}: {row.text}"))
            continue
        shown = [eid for eid in row.evidence_ids if eid in on_page]
        if shown and degree_only_levels(row.text):
            names = ", ".join(_named(corpus, bullets, i) for i in shown)
            notes.append(GapNote(requirement_id=row.requirement_id, note=(
                f"This {_label(row)} asks for a degree your education section does not show (on the "
                f"page, {names} comes close but names no such degree): {row.text}")))
            continue
        by_reason: dict[str, list[str]] = {}
        for eid in row.evidence_ids:
            if eid not in on_page:
                reason = left_out.get(eid) or (UNUSED_SUMMARY if eid in summary_ids else NOT_PICKED)
                by_reason.setdefault(reason, []).append(eid)
        why = "; ".join(f"{', '.join(_named(corpus, bullets, i) for i in ids)}: {reason}"
                        for reason, ids in by_reason.items())
        listed = listed_skills(row.text, corpus)
        also = f"; your skills list names {', '.join(listed)}" if listed else ""
        notes.append(GapNote(requirement_id=row.requirement_id,
                             note=f"Evidence for this {_label(row)} exists but is not on the page "
                                  f"({why}{also}): {row.text}"))
    return notes


def listed_skills(requirement: str, corpus: Corpus | None) -> list[str]:
    """The corpus's skill names (groups' keywords, or a group's name when it has none) that the
    requirement names, variants included ("Excel" for "Microsoft Excel"), at most three."""
    if corpus is None:
        return []
    names = [k for group in corpus.skills for k in (group.keywords or [group.name]) if k.strip()]
    found = [name for name in dict.fromkeys(names) if found_in(requirement, name)]
    return found[:3]


def _named(corpus: Corpus | None, bullets: dict, evidence_id: str) -> str:
    """'"Built a Django app for booking ..." (Research Assistant, Lab X)' for an evidence id."""
    bullet = bullets.get(evidence_id)
    if corpus is None or bullet is None:
        return evidence_id
    role = corpus.experience_of(evidence_id)
    where = ", ".join(p for p in (role.title, role.organization) if p) if role else "summary"
    return f"{quote(bullet.text)} ({where})"


def _label(row: RequirementRow) -> str:
    return row.kind.replace("_", "-")


def compute_metrics(job: JobPosting, rows: list[RequirementRow], resume: TailoredResume,
                    critique: Critique, pdf_text: str, page_fill: float | None = None) -> Metrics:
    items = resume.items()
    musts = [r for r in rows if r.kind == "must_have"]
    found, missing = keyword_hits(job.keywords, pdf_text)
    prose = ". ".join(i.text.rstrip(".") for i in items) + "."
    return Metrics(
        coverage_at_req=_share(rows),
        must_have_coverage=_share(musts),
        truth_score=truth_score(critique),
        impact_score=impact_score(items),
        readability_flesch=round(textstat.flesch_reading_ease(prose), 2) if items else 0.0,
        readability_grade=round(textstat.flesch_kincaid_grade(prose), 2) if items else 0.0,
        ats_keyword_hit_rate=round(len(found) / len(job.keywords), 4) if job.keywords else None,
        keywords_found=found, keywords_missing=missing, page_fill=page_fill)


def _share(rows: list[RequirementRow]) -> float | None:
    """None for no rows: a posting with no requirements is not a 100% match."""
    return round(sum(r.status == "covered" for r in rows) / len(rows), 4) if rows else None


def build_report(*, job: JobPosting, corpus: Corpus, plan: Plan, draft: TailoredResume,
                 shipped: TailoredResume, trimmed: list[TailoredItem], pdf_text: str,
                 page_fill: float | None, removed_symbols: list[str], critiques: list[Critique],
                 gate_drops: list[RepairRecord], repairs: list[RepairRecord], repair_rounds: int,
                 timings: dict[str, float], generation: GenerationStats, model: ModelFingerprint,
                 input_warnings: list[str], input_fairness: list[FairnessFlag], today: dt.date,
                 pages: int) -> Report:
    """The run's report. `draft` is the last draft, `shipped` what is on the page, `trimmed`
    the items the page budget left out, `gate_drops` the items the final truth gate removed."""
    rows = requirement_rows(job, plan, shipped, today)
    failed = {r.item_id for r in gate_drops}
    left_out = left_out_reasons(trimmed, [i for i in draft.items() if i.id in failed])
    trims = [RepairRecord(round=0, item_id=i.id, before=i.text, after="", outcome="trimmed_to_fit",
                          reasons=[f"did not fit in {pages} page(s)"]) for i in trimmed]
    return Report(
        job_title=job.title, company=job.company, job_source=job.source,
        corpus_hash=corpus.content_hash, requirements=rows,
        gaps=gap_notes(rows, plan.gaps, left_out, corpus, years_notes(job, shipped, today),
                       frozenset(sid for item in shipped.items() for sid in item.source_ids)),
        metrics=compute_metrics(job, rows, shipped, critiques[-1], pdf_text, page_fill),
        keyword_sources=job.keyword_sources,
        repairs=duplicate_records(corpus) + repairs + gate_drops + trims,
        claims=claim_records(critiques), repair_rounds=repair_rounds, timings=timings,
        generation=generation, model=model,
        input_warnings=_with_removed(input_warnings, removed_symbols),
        fairness=fairness.merge(fairness.lint_resume(shipped, today), input_fairness),
        generated_at=today.isoformat())


def _with_removed(warnings: list[str], removed: list[str]) -> list[str]:
    """The input warnings plus the exporter's notes on emoji it left out, except those the
    corpus loader already warned about (the same characters from the same file)."""
    said = "".join(warnings)
    return warnings + [note for note in removed if not all(ch in said for ch in pictographs(note))]
