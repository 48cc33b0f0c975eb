import datetime as dt
import json
from pathlib import Path

from builders import small_job

from tailor.agents.report import compute_metrics, requirement_rows
from tailor.schemas import (
    Basics,
    Critique,
    EvidenceMatch,
    ItemVerdict,
    Plan,
    RequirementMatch,
    TailoredItem,
    TailoredResume,
    TailoredRole,
)
from tailor.text.keywords import keyword_hits

TODAY = dt.date(2026, 12, 1)


def _resume():
    bullets = [TailoredItem(id="b-1", text="Designed a PostgreSQL schema for 3 ledgers", source_ids=["w0.3-t"]),
               TailoredItem(id="b-2", text="Wrote Python services", source_ids=["w1.0-t"])]
    return TailoredResume(basics=Basics(name="Ada"), roles=[
        TailoredRole(experience_id="w0", organization="Ledgerly", bullets=bullets)])


def _plan():
    return Plan(requirement_map=[
        RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.7)]),
        RequirementMatch(requirement_id="r2", matches=[EvidenceMatch(evidence_id="w0.3-t", score=0.6)]),
        RequirementMatch(requirement_id="r3", matches=[EvidenceMatch(evidence_id="w9.9-x", score=0.5)]),
        RequirementMatch(requirement_id="r4")])


def test_a_requirement_is_covered_only_by_evidence_that_shipped():
    rows = {r.requirement_id: r for r in requirement_rows(small_job(), _plan(), _resume(), TODAY)}
    assert rows["r1"].status == "covered" and rows["r1"].covered_by == ["b-2"]
    assert rows["r2"].covered_by == ["b-1"]
    assert rows["r3"].status == "gap"  # retrieved, but that bullet is not on the page
    assert rows["r4"].status == "gap" and rows["r4"].evidence_ids == []


def test_keyword_hits_are_whole_words_on_normalised_text():
    found, missing = keyword_hits(["Python", "Go", "CI/CD"], "Python\u00adic? No: Python and CI/CD.")
    assert found == ["Python", "CI/CD"] and missing == ["Go"]


def test_keyword_hits_count_a_keyword_s_variants_but_not_its_look_alikes():
    page = "Skills: TypeScript, Svelte, Google Cloud, Cloud Run, k8s. Let's go. Mostly C#."
    found, missing = keyword_hits(["Svelte.js", "GCP", "Google Cloud Run", "Kubernetes", "Go", "C", "Java"], page)
    assert found == ["Svelte.js", "GCP", "Google Cloud Run", "Kubernetes"] and missing == ["Go", "C", "Java"]


def test_the_shipped_example_finds_the_variants_on_its_page(tmp_path):
    """The example posting asks for Svelte.js, GCP and Google Cloud Run; the page says Svelte,
    Google Cloud and Cloud Run (issue 14): none of them is reported missing."""
    from fakes import HashingEmbedder

    from tailor.graph.context import RunContext, RunSettings
    from tailor.index.evidence import EvidenceIndex
    from tailor.index.store import open_chroma
    from tailor.llm.extractive import ExtractiveModel
    from tailor.run.pipeline import run_tailor

    root = Path(__file__).resolve().parents[2]
    embedder = HashingEmbedder()
    ctx = RunContext(settings=RunSettings(pages=1, similarity_threshold=0.1), embedder=embedder,
                     index=EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder), model=ExtractiveModel())
    result = run_tailor(root / "examples/senior-full-stack-engineer.txt",
                        root / "tailor/corpus/examples/experiences.json", tmp_path / "out", ctx)
    metrics = json.loads((result.out_dir / "report.json").read_text())["metrics"]
    assert {"Svelte.js", "GCP", "Google Cloud Run"} <= set(metrics["keywords_found"])
    assert not {"Svelte.js", "GCP", "Google Cloud Run"} & set(metrics["keywords_missing"])


def test_metrics_from_rows_critique_and_pdf_text():
    job, resume = small_job(), _resume()
    rows = requirement_rows(job, _plan(), resume, TODAY)
    verdicts = Critique(round=0, verdicts=[
        ItemVerdict(item_id="b-1", kind="bullet", passed=True, checks={"terms": True}),
        ItemVerdict(item_id="b-2", kind="bullet", passed=False, checks={"terms": False})])
    m = compute_metrics(job, rows, resume, verdicts, "Python PostgreSQL")
    assert m.coverage_at_req == 0.5 and m.must_have_coverage == round(2 / 3, 4)
    assert m.truth_score == 0.5 and m.impact_score == 0.5
    assert m.ats_keyword_hit_rate == round(2 / 3, 4) and m.keywords_missing == ["Terraform"]
