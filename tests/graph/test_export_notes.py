"""What a run leaves out reaches report.json with a reason: a duplicate bullet, a requirement
whose evidence did not make the page, a posting with no requirements."""
import copy
import json
from pathlib import Path

from fakes import HashingEmbedder

from tailor.graph.context import RunContext, RunSettings
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.extractive import ExtractiveModel
from tailor.run.pipeline import run_tailor

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


def run(tmp_path, job, corpus):
    embedder = HashingEmbedder()
    ctx = RunContext(settings=RunSettings(pages=1, similarity_threshold=0.1), embedder=embedder,
                     index=EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder), model=ExtractiveModel())
    return run_tailor(job, corpus, tmp_path / "out", ctx)


def test_a_duplicate_ships_once_and_every_gap_has_a_note(tmp_path, monkeypatch):
    import tailor.agents.planner as planner
    monkeypatch.setattr(planner, "BULLETS_PER_PAGE", 4)  # a page with little room
    monkeypatch.setattr(planner, "RESERVE_PER_PAGE", 0)
    data = json.loads(CORPUS.read_text())
    bullets = data["experiences"][0]["bullets"]
    again = copy.deepcopy(bullets[0])
    again["text"] = again["text"].rstrip(".").upper() + "!"
    bullets.append(again)
    corpus = tmp_path / "me.json"
    corpus.write_text(json.dumps(data))
    result = run(tmp_path, JOB, corpus)
    report = result.report

    duplicates = [r for r in report.repairs if r.outcome == "duplicate"]
    assert len(duplicates) == 1 and duplicates[0].before == again["text"]
    shipped = json.loads((result.out_dir / "tailored.json").read_text())
    assert again["text"] not in [b["text"] for role in shipped["roles"] for b in role["bullets"]]

    gaps = [r for r in report.requirements if r.status == "gap"]
    assert [g.requirement_id for g in report.gaps] == [r.requirement_id for r in gaps]
    with_evidence = {r.requirement_id for r in gaps if r.evidence_ids}
    assert with_evidence  # the case this test is about: evidence exists, the plan had no room
    assert all("exists but is not on the page" in g.note for g in report.gaps
               if g.requirement_id in with_evidence)


def test_a_posting_with_no_requirements_scores_nothing_and_says_why(tmp_path):
    job = tmp_path / "one.txt"
    job.write_text("Engineer\n")
    report = run(tmp_path, job, CORPUS).report
    assert report.requirements == [] and report.gaps == []
    m = report.metrics
    assert (m.coverage_at_req, m.must_have_coverage, m.ats_keyword_hit_rate) == (None, None, None)
    assert report.input_warnings[0].startswith("job posting: no requirements found")
    saved = json.loads((tmp_path / "out" / "report.json").read_text())
    assert saved["metrics"]["coverage_at_req"] is None


def test_the_shipped_example_keeps_every_covered_must_have_and_fills_its_page(tmp_path):
    from tailor.agents.report import TRIMMED
    example_job = ROOT / "examples/senior-full-stack-engineer.txt"
    report = run(tmp_path, example_job, CORPUS).report
    must_haves = {r.requirement_id for r in report.requirements if r.kind == "must_have"}
    trimmed_musts = [g.note for g in report.gaps if g.requirement_id in must_haves and TRIMMED in g.note]
    assert trimmed_musts == []
    assert any(r.outcome == "trimmed_to_fit" for r in report.repairs)  # the page was full
    assert report.metrics.page_fill >= 0.85
