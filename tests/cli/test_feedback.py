"""`tailor feedback RUN_DIR`: options, the interactive loop, exit codes and messages."""
import io
import os
import subprocess
import sys

import pytest
from fakes import FABRICATED

from tailor import cli
from tailor.cli import feedback as feedback_cmd
from tailor.training import feedback as fb

REPAIRED = "b-w0.9-f9935b"


@pytest.fixture
def run_dir(scripted_run):
    return scripted_run[0].out_dir


@pytest.fixture
def ids(run_dir):
    run = fb.load_run(run_dir)
    return {"model": [i.id for i in run.resume.items() if i.origin == "model"],
            "own": [i.id for i in run.resume.items()
                    if i.origin == "source" and run.first_draft(i) is None]}


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.setattr(feedback_cmd, "_is_terminal", lambda: False)


def tailor(capsys, *args):
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    try:
        cli.main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def default_store(tmp_path):
    return tmp_path / "cache" / "feedback.sqlite"


def test_verdicts_from_options_go_to_the_default_store(capsys, tmp_path, run_dir, ids):
    args = ["feedback", run_dir, "--reject", ids["model"][0], "--accept", ids["model"][1],
            "--prefer", f"{REPAIRED}=before"]
    code, out, err = tailor(capsys, *args)
    assert code == 0, err
    assert f"Stored 3 preference(s) in {default_store(tmp_path)}" in out
    assert "tailor train dpo" in out
    records = fb.read_records(default_store(tmp_path))
    assert [(r.item_id, r.verdict) for r in records] == [
        (ids["model"][1], "accept"), (ids["model"][0], "reject"), (REPAIRED, "prefer")]
    assert records[2].chosen == FABRICATED
    code, out, _ = tailor(capsys, *args)
    assert code == 0 and "Stored 0 preference(s)" in out and "(3 already there)" in out


def test_store_option_and_list(capsys, tmp_path, run_dir, ids):
    store = tmp_path / "mine.sqlite"
    code, out, err = tailor(capsys, "feedback", run_dir, "--store", store,
                            "--reject", ids["model"][0], "--list")
    assert code == 0, err
    assert f"Stored 1 preference(s) in {store}" in out
    assert ids["model"][0] in out and "reject" in out and "1 preference(s) for this run" in out
    assert not default_store(tmp_path).exists()
    code, out, _ = tailor(capsys, "feedback", run_dir, "--list")  # empty default store
    assert code == 0 and "0 preference(s) for this run" in out
    assert not default_store(tmp_path).exists()


@pytest.mark.parametrize("args, fragments", [
    (["--accept", "b-nope"], ["no item 'b-nope'", "valid ids:", REPAIRED, "summary"]),
    (["--prefer", "summary"], ["expected ITEM_ID=before or ITEM_ID=after"]),
    (["--prefer", "summary=first"], ["expected ITEM_ID=before or ITEM_ID=after"]),
    (["--accept", "summary"], ["your own words verbatim", "--prefer"]),
    (["--prefer", "OWN=after"], ["was not repaired"]),
    (["--accept", "MODEL", "--reject", "MODEL"], ["more than one verdict"]),
])
def test_bad_verdicts_are_one_message_and_store_nothing(capsys, tmp_path, run_dir, ids, args,
                                                        fragments):
    args = [a.replace("OWN", ids["own"][0]).replace("MODEL", ids["model"][0]) for a in args]
    code, out, err = tailor(capsys, "feedback", run_dir, "--reject", ids["model"][1], *args)
    assert code == 1
    assert "Traceback" not in err and "error:" in err
    for fragment in fragments:
        assert fragment in err, err
    assert not default_store(tmp_path).exists()


def test_a_folder_that_is_not_a_run(capsys, tmp_path):
    code, _, err = tailor(capsys, "feedback", tmp_path, "--accept", "summary")
    assert code == 1 and "not a Tailor run" in err and "--out RUN_DIR" in err
    code, _, err = tailor(capsys, "feedback", tmp_path / "missing")
    assert code == 1 and "not found" in err


def test_without_a_terminal_it_shows_what_it_would_ask(capsys, tmp_path, run_dir, ids):
    n = len(fb.load_run(run_dir).reviewable())
    code, out, err = tailor(capsys, "feedback", run_dir)
    assert code == 0, err
    assert f"{n} item(s) to review; not a terminal, so nothing was asked or recorded" in out
    assert f"--accept {ids['model'][0]}" in out and f"--prefer {REPAIRED}=before" in out
    assert FABRICATED in out and "the critic sent it back" in out
    assert ids["own"][0] not in out
    assert not default_store(tmp_path).exists()


def test_the_interactive_loop_records_the_answers(capsys, monkeypatch, tmp_path, run_dir, ids):
    monkeypatch.setattr(feedback_cmd, "_is_terminal", lambda: True)
    # summary: skip; repaired item: "x" is not a choice, then b(efore); then accept, reject, quit
    monkeypatch.setattr(sys, "stdin", io.StringIO("s\nx\nb\na\nr\nq\n"))
    n = len(fb.load_run(run_dir).reviewable())
    assert n >= 6  # five answers, then quit before the last
    code, out, err = tailor(capsys, "feedback", run_dir)
    assert code == 0, err
    assert f"[1/{n}] summary" in out and f"[5/{n}]" in out and f"[6/{n}]" not in out
    assert "Please select one of the available options" in out
    assert "Stored 3 preference(s)" in out
    records = fb.read_records(default_store(tmp_path))
    assert [(r.item_id, r.verdict) for r in records] == [
        (REPAIRED, "prefer"), (ids["model"][0], "accept"), (ids["model"][1], "reject")]
    assert records[0].chosen == FABRICATED


def test_end_of_input_keeps_the_answers_given(capsys, monkeypatch, tmp_path, run_dir, ids):
    monkeypatch.setattr(feedback_cmd, "_is_terminal", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\nf\n"))  # enter = skip, then after
    code, out, err = tailor(capsys, "feedback", run_dir)
    assert code == 0, err
    assert "Stored 1 preference(s)" in out
    assert [(r.item_id, r.chosen.startswith("Improved")) for r in
            fb.read_records(default_store(tmp_path))] == [(REPAIRED, True)]


def test_help_explains_the_store_and_dpo_and_a_real_process_shows_no_traceback(tmp_path, run_dir):
    env = {**os.environ, "TAILOR_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "200"}
    helped = subprocess.run([sys.executable, "-m", "tailor.cli", "feedback", "--help"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert helped.returncode == 0
    for fragment in ("feedback.sqlite", "tailor train dpo", "--accept", "--prefer", "--store"):
        assert fragment in helped.stdout
    bad = subprocess.run([sys.executable, "-m", "tailor.cli", "feedback", run_dir, "--reject",
                          "b-nope"], env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "valid ids" in bad.stderr and "Traceback" not in bad.stderr
