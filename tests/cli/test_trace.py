"""`tailor trace RUN_DIR`: the table, --json, --diff, --jsonl, and one clear error for bad input."""
import json
import shutil

import pytest
from fakes import FABRICATED

from tailor import cli

REPAIRED = "b-w0.9-f9935b"  # conftest.scripted_run: fabricated first draft, repaired in round 1


@pytest.fixture
def run_dir(scripted_run):
    return scripted_run[0].out_dir


@pytest.fixture(autouse=True)
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")


def tailor(capsys, *args):
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    try:
        cli.main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_default_is_a_node_table_then_critic_rounds_and_repairs(capsys, run_dir):
    code, out, err = tailor(capsys, "trace", run_dir)
    assert code == 0, err
    lines = out.splitlines()
    nodes = [ln.split("│")[2].strip() for ln in lines if ln.startswith("│")]
    assert nodes == ["ingest", "retrieve", "plan", "write", "critique", "write", "critique",
                     "export"]
    assert "2 failed: summary, b-w0.9-f9935b" in out
    round0, round1 = out.index("Critic, round 0:"), out.index("Critic, round 1:")
    repair = out.index("Repair, round 1:")
    assert round0 < out.index(f"✗ {REPAIRED}: terms:") < repair < round1
    assert f"{REPAIRED} (retry): {FABRICATED} -> Improved" in out


def test_json_is_one_document_for_scripts(capsys, run_dir, scripted_run):
    code, out, err = tailor(capsys, "trace", run_dir, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["run"] == scripted_run[0].thread_id
    assert [s["node"] for s in doc["steps"]][-3:] == ["write", "critique", "export"]
    item = next(i for i in doc["items"] if i["item_id"] == REPAIRED)
    assert item["draft"] == FABRICATED and item["revisions"][0]["outcome"] == "retry"


def test_diff_shows_source_draft_repair_and_final_with_changed_words(capsys, run_dir):
    code, out, err = tailor(capsys, "trace", run_dir, "--diff")
    assert code == 0, err
    block = out[out.index(REPAIRED):]
    block = block[:block.index("─" * 10, block.index("\n"))]
    order = [block.index(f"  {label}") for label in ("source", "draft", "round 1", "repair",
                                                       "final")]
    assert order == sorted(order)
    assert f"{{+{FABRICATED}+}}" in block  # the draft shares no word with the evidence
    assert "final   [-Tuned-] {+Improved+} queries and indexes" in block


def test_jsonl_of_a_batch_folder(capsys, run_dir, tmp_path):
    for name in ("a", "b"):
        shutil.copytree(run_dir, tmp_path / "batch" / name)
    code, out, err = tailor(capsys, "trace", tmp_path / "batch", "--jsonl", tmp_path / "t.jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text().splitlines()]
    assert f"Wrote {len(rows)} rows" in out
    assert sum(r["kind"] == "node" for r in rows) == 16


@pytest.mark.parametrize("make, fragment", [
    (None, "not found"),
    ("dir", "not a Tailor run: there is no trace.sqlite"),
    ("garbage", "not a Tailor trace"),
])
def test_a_folder_that_is_not_a_run_is_one_clear_error(capsys, tmp_path, make, fragment):
    run = tmp_path / "run"
    if make:
        run.mkdir()
    if make == "garbage":
        (run / "trace.sqlite").write_bytes(b"not sqlite at all" * 100)
    for extra in ([], ["--json"], ["--diff"], ["--jsonl", tmp_path / "t.jsonl"]):
        code, out, err = tailor(capsys, "trace", run, *extra)
        assert code == 1 and fragment in err and "Traceback" not in err, (extra, err)
        assert out == ""
    assert not (tmp_path / "t.jsonl").exists()


def test_several_runs_only_with_jsonl(capsys, run_dir):
    code, _, err = tailor(capsys, "trace", run_dir, run_dir)
    assert code == 1 and "--jsonl" in err


def test_help_explains_the_options(capsys):
    code, out, _ = tailor(capsys, "trace", "--help")
    assert code == 0
    for option in ("--json", "--diff", "--jsonl", "trace.sqlite", "pandas"):
        assert option in out
