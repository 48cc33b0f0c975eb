"""Reading a run's story back from its real LangGraph checkpoints: steps, rounds, tokens, items."""
import json
import shutil
from pathlib import Path

import pytest
from fakes import FABRICATED, HashingEmbedder

from tailor.errors import UserInputError
from tailor.graph.context import RunContext, RunSettings
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.extractive import ExtractiveModel
from tailor.run.pipeline import run_tailor
from tailor.schemas import TailoredResume
from tailor.trace.view import Revision, export_jsonl, read_run

ROOT = Path(__file__).resolve().parents[2]
REPAIRED = "b-w0.9-f9935b"  # conftest.scripted_run: fabricated first draft, repaired in round 1


@pytest.fixture(scope="module")
def traced(scripted_run):
    result, _ = scripted_run
    return result, read_run(result.out_dir)


def test_steps_follow_the_graph_through_one_repair_round(traced):
    result, run = traced
    assert run.run_id == result.thread_id
    assert [s.node for s in run.steps] == ["ingest", "retrieve", "plan", "write", "critique",
                                           "write", "critique", "export"]
    assert [s.step for s in run.steps] == list(range(1, 9))
    assert [s.repair_round for s in run.steps] == [0, 0, 0, 0, 0, 1, 1, 1]
    assert result.report.repair_rounds == 1
    for step, following in zip(run.steps, run.steps[1:]):
        assert step.started < step.ended == following.started  # checkpoint times, in order
    writes = [s.seconds for s in run.steps if s.node == "write"]
    assert sum(writes) == pytest.approx(result.report.timings["write"], abs=1e-3)


def test_reading_leaves_the_run_folder_as_it_was(scripted_run):
    result, _ = scripted_run
    before = {p.name: p.stat().st_mtime_ns for p in result.out_dir.iterdir()}
    read_run(result.out_dir)
    assert {p.name: p.stat().st_mtime_ns for p in result.out_dir.iterdir()} == before


def test_only_write_steps_generate_tokens_and_they_add_up_to_the_report(traced):
    result, run = traced
    tokens = {s.step: s.tokens for s in run.steps if s.tokens is not None}
    assert set(tokens) == {4, 6}  # the two write steps
    assert all(n > 0 for n in tokens.values())
    assert sum(tokens.values()) == result.report.generation.new_tokens > 0


def test_critique_steps_name_the_failing_items_and_why(traced):
    _, run = traced
    first, second = [s for s in run.steps if s.node == "critique"]
    assert set(first.failing) == {"summary", REPAIRED}
    assert any("AWS Lambda" in reason for reason in first.failing[REPAIRED])
    assert first.facts["failed"] == 2 and "2 failed" in first.summary
    assert second.failing == {} and second.facts["failed"] == 0
    repair = run.steps[5]
    assert {r["item_id"]: r["outcome"] for r in repair.repairs} == {
        REPAIRED: "retry", "summary": "replaced_by_source"}


def test_a_repaired_bullet_goes_from_evidence_to_draft_to_repair_to_page(traced):
    _, run = traced
    item = {i.item_id: i for i in run.items}[REPAIRED]
    assert item.sources == ["Tuned queries and indexes on the 600 GB PostgreSQL scheduling "
                            "database, ending 3 recurring lock-contention incidents."]
    assert item.draft == FABRICATED
    assert [(r.round, r.outcome) for r in item.revisions] == [(1, "retry")]
    assert any("AWS Lambda" in reason for reason in item.revisions[0].reasons)
    assert item.final == item.revisions[0].text == "Improved " + item.source.split(" ", 1)[1]
    assert (item.outcome, item.origin) == ("kept", "repaired")
    summary = run.items[0]
    # the fallback is the person's summary in resume voice, not their first-person sentences
    assert summary.item_id == "summary" and summary.origin == "source"
    assert "I have run" in summary.source and "Ran production services" in summary.final
    assert summary.revisions == [Revision(1, summary.final, "replaced_by_source",
                                          ["first_person: 'I'"])]


def test_final_texts_are_the_published_resume(traced):
    result, run = traced
    page = TailoredResume.model_validate_json((result.out_dir / "tailored.json").read_text())
    assert {i.item_id: i.final for i in run.items if i.outcome == "kept"} == {
        i.id: i.text for i in page.items()}


def test_items_left_out_to_fit_the_page_say_so(tmp_path):
    embedder = HashingEmbedder()  # extractive writer, one page: some bullets do not fit
    ctx = RunContext(settings=RunSettings(pages=1, similarity_threshold=0.1), embedder=embedder,
                     index=EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder),
                     model=ExtractiveModel())
    result = run_tailor(ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt",
                        ROOT / "tailor/corpus/examples/experiences.json", tmp_path / "run", ctx)
    run = read_run(result.out_dir)
    trimmed = {r.item_id for r in result.report.repairs if r.outcome == "trimmed_to_fit"}
    assert trimmed
    assert {i.item_id for i in run.items if i.outcome == "trimmed_to_fit"} == trimmed
    assert all(i.final == "" for i in run.items if i.item_id in trimmed)
    assert [s.tokens for s in run.steps if s.node == "write"] == [0]  # no model, no tokens
    assert result.report.generation.new_tokens == 0


def test_jsonl_has_one_flat_row_per_node_and_per_item_of_every_run(traced, tmp_path):
    result, run = traced
    batch = tmp_path / "batch"
    for name in ("a", "b"):
        shutil.copytree(result.out_dir, batch / name)
    (batch / "notes").mkdir()  # not a run: skipped inside a batch folder
    out = tmp_path / "rows" / "trace.jsonl"
    count = export_jsonl([batch], out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert count == len(rows) == 2 * (len(run.steps) + len(run.items))
    assert {r["run_dir"] for r in rows} == {str(batch / "a"), str(batch / "b")}
    nodes = [r for r in rows if r["kind"] == "node" and r["run_dir"] == str(batch / "a")]
    assert [r["node"] for r in nodes] == [s.node for s in run.steps]
    assert nodes[4]["failed_items"] == ["summary", REPAIRED] and nodes[4]["failed"] == 2
    assert nodes[0]["requirements"] > 0 and nodes[3]["tokens"] > 0
    for row in rows:
        assert row["run"] == result.thread_id
        assert not any(isinstance(v, dict) for v in row.values()), row  # flat columns
    repaired = next(r for r in rows if r["kind"] == "item" and r["item_id"] == REPAIRED)
    assert (repaired["draft"], repaired["revisions"], repaired["rewritten"]) == (FABRICATED, 1, True)
    assert [p.name for p in out.parent.iterdir()] == ["trace.jsonl"]  # no temp file left


def test_jsonl_of_a_folder_that_holds_no_run_writes_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserInputError, match="not a Tailor run"):
        export_jsonl([tmp_path / "empty"], tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()
