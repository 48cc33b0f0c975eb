"""`tailor batch` end to end with the real extractive writer: every posting recorded once,
reruns do nothing new, a SIGKILL mid-run loses and duplicates nothing, two batches can share
one ledger, and the Ray engine gives the same resumes as the local one."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes import ChatServer

from tailor.batch.runner import EXPECTED_FILES

ROOT = Path(__file__).resolve().parents[2]
JOBS = sorted((ROOT / "tests/testdata/jobs").glob("*.txt"))
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


def batch_command(jobs, tmp_path, *extra):
    return [sys.executable, "-m", "tailor.cli", "batch", str(jobs), "--resume", str(CORPUS),
            "--model", "extractive", "--out", str(tmp_path / "out"),
            "--ledger", str(tmp_path / "ledger.sqlite"), *map(str, extra)]


def env(tmp_path):
    return {**os.environ, "TAILOR_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1",
            "COLUMNS": "200"}


def run_batch(jobs, tmp_path, *extra):
    return subprocess.run(batch_command(jobs, tmp_path, *extra), env=env(tmp_path),
                          capture_output=True, text=True, timeout=1200)


def copy_jobs(tmp_path, n=None, name="jobs"):
    folder = tmp_path / name
    folder.mkdir()
    for job in JOBS[:n]:
        shutil.copy(job, folder / job.name)
    return folder


def rows(tmp_path):
    with sqlite3.connect(tmp_path / "ledger.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM applications ORDER BY id")]


def rows_so_far(tmp_path):
    """The rows while the batch runs: the ledger file exists a moment before its tables do."""
    try:
        return rows(tmp_path)
    except sqlite3.OperationalError:
        return []


def history(tmp_path):
    with sqlite3.connect(tmp_path / "ledger.sqlite") as conn:
        return conn.execute("SELECT application_id, status FROM status_history").fetchall()


def published(tmp_path):
    out = tmp_path / "out"
    return sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) \
        if out.is_dir() else []


def wait_for_rows(driver, tmp_path, count):
    """Until the running batch `driver` has recorded `count` rows (it must not end before)."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if (tmp_path / "ledger.sqlite").exists() and len(rows_so_far(tmp_path)) >= count:
            return
        assert driver.poll() is None, "the batch ended before it could be stopped"
        time.sleep(0.05)


def assert_complete(folder):
    for name in (*EXPECTED_FILES, "trace.sqlite", "batch.json"):
        assert (folder / name).is_file(), f"{folder.name} lacks {name}"


def test_all_shared_postings_once_then_a_rerun_does_nothing(tmp_path):
    jobs = copy_jobs(tmp_path)
    assert len(JOBS) == 25
    first = run_batch(jobs, tmp_path, "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert "25 tailored, 0 failed, 0 skipped" in first.stderr
    recorded = rows(tmp_path)
    assert len(recorded) == 25 and {r["status"] for r in recorded} == {"tailored"}
    assert len({r["posting_hash"] for r in recorded}) == 25
    assert all(r["pdf_sha256"] and r["company"] is not None and r["truth_score"] == 1.0
               for r in recorded)
    folders = published(tmp_path)
    assert len(folders) == 25
    for folder in folders:
        assert_complete(folder)
    app = json.loads((Path(recorded[0]["out_dir"]) / "application.json").read_text())
    assert app["posting"]["hash"] == recorded[0]["posting_hash"]

    again = run_batch(jobs, tmp_path, "--workers", "2")
    assert again.returncode == 0, again.stderr
    assert "0 tailored, 0 failed, 25 skipped" in again.stderr
    assert rows(tmp_path) == recorded  # not a field touched
    assert len(history(tmp_path)) == 25


def test_killed_batch_resumes_without_redoing_or_duplicating(tmp_path):
    jobs = copy_jobs(tmp_path, 8)
    driver = subprocess.Popen(batch_command(jobs, tmp_path), env=env(tmp_path),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_rows(driver, tmp_path, 3)
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    before = {r["id"]: r for r in rows(tmp_path)}
    assert 3 <= len(before) < 8
    for folder in published(tmp_path):  # whatever is visible after the kill is complete
        assert_complete(folder)

    resumed = run_batch(jobs, tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    after = rows(tmp_path)
    assert len(after) == 8 and len({r["posting_hash"] for r in after}) == 8
    for row in after:
        if row["id"] in before:
            assert row == before[row["id"]]  # finished before the kill: not redone
    assert len(history(tmp_path)) == 8  # each posting recorded exactly once
    assert len(published(tmp_path)) == 8
    for folder in published(tmp_path):
        assert_complete(folder)
    leftovers = [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]
    assert leftovers == []
    claims = sqlite3.connect(tmp_path / "ledger.sqlite").execute("SELECT * FROM claims").fetchall()
    assert claims == []


def test_ctrl_c_stops_the_batch_without_a_traceback_and_a_rerun_goes_on(tmp_path):
    jobs = copy_jobs(tmp_path, 6)
    # as a terminal would: a shell that starts jobs in the background without job control hands
    # them SIGINT ignored, and an ignored SIGINT would make this test pass or fail by how it was run
    driver = subprocess.Popen(batch_command(jobs, tmp_path), env=env(tmp_path), start_new_session=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_rows(driver, tmp_path, 1)
    os.killpg(driver.pid, signal.SIGINT)   # a terminal's Ctrl-C reaches the driver and its workers
    _, stderr = driver.communicate(timeout=120)
    assert driver.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert "Interrupted:" in stderr and "Rerun the same command to go on" in stderr
    kept = len(rows(tmp_path))
    assert 1 <= kept < 6
    limited = run_batch(jobs, tmp_path, "--limit", "1")       # then one more, to try it out
    assert limited.returncode == 0, limited.stderr
    assert len(rows(tmp_path)) == kept + 1 and "1 tailored" in limited.stderr
    if kept + 1 < 6:
        assert f"{6 - kept - 1} posting(s) not started (--limit 1)" in limited.stderr
    resumed = run_batch(jobs, tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert len(rows(tmp_path)) == 6 and len(history(tmp_path)) == 6


def test_two_batches_on_one_ledger_share_the_work(tmp_path):
    jobs = copy_jobs(tmp_path, 8)
    procs = [subprocess.Popen(batch_command(jobs, tmp_path), env=env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=1200) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    done = [int(err.split(" tailored,")[0].split()[-1]) for _, err in results]
    assert sum(done) == 8  # no posting tailored by both
    recorded = rows(tmp_path)
    assert len(recorded) == 8 and len(history(tmp_path)) == 8
    with sqlite3.connect(tmp_path / "ledger.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_failures_are_recorded_and_the_batch_goes_on(tmp_path):
    jobs = copy_jobs(tmp_path, 2)
    (jobs / "empty.txt").write_text("  \n")
    (jobs / "binary.txt").write_bytes(b"%PDF-1.7 \x00\x01")
    (jobs / "more.jsonl").write_text(
        json.dumps({"title": "Bookkeeper", "company": "Acme",
                    "description": JOBS[1].read_text()}) + "\n{not json\n"
        + json.dumps({"title": "No text here"}) + "\n")
    first = run_batch(jobs, tmp_path)
    assert first.returncode == 3, first.stderr
    assert "Traceback" not in first.stderr
    by_status = {}
    for row in rows(tmp_path):
        by_status.setdefault(row["status"], []).append(row)
    assert len(by_status["tailored"]) == 3  # two files and the JSONL row (another text: a header)
    sources = sorted(Path(r["posting_source"]).name for r in by_status["failed"])
    assert sources == ["binary.txt", "empty.txt", "more.jsonl#2", "more.jsonl#3"]
    errors = " ".join(r["error"] for r in by_status["failed"])
    assert "empty" in errors and "invalid JSON" in errors and "no posting text" in errors
    empty = next(r for r in by_status["failed"] if r["posting_source"].endswith("empty.txt"))
    assert empty["error"].startswith(empty["posting_source"])  # the user's file, not a worker's copy
    assert "tailor-worker-" not in errors
    said = [line for line in first.stderr.splitlines() if "empty.txt" in line and "failed:" in line]
    assert said and all(line.count("empty.txt") == 1 for line in said)   # the file named once
    assert "-> paste the posting's text into the file" in first.stderr  # and what to do

    again = run_batch(jobs, tmp_path)
    assert again.returncode == 3
    assert len(rows(tmp_path)) == len(by_status["tailored"]) + len(by_status["failed"])


def test_a_published_but_unrecorded_folder_is_adopted_not_redone(tmp_path):
    jobs = copy_jobs(tmp_path, 3)
    assert run_batch(jobs, tmp_path).returncode == 0
    pdfs = {f.name: (f / "resume.pdf").stat().st_mtime_ns for f in published(tmp_path)}
    (tmp_path / "ledger.sqlite").unlink()  # as if the driver died between publish and record
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp_path / 'ledger.sqlite'}{suffix}").unlink(missing_ok=True)
    again = run_batch(jobs, tmp_path)
    assert again.returncode == 0, again.stderr
    assert "3 skipped (3 found already made in the output folder" in again.stderr
    assert "found already made" not in run_batch(jobs, tmp_path).stderr   # in the ledger: not adopted
    assert len(rows(tmp_path)) == 3
    assert {f.name: (f / "resume.pdf").stat().st_mtime_ns for f in published(tmp_path)} == pdfs


def test_a_bad_corpus_stops_before_any_work(tmp_path):
    jobs = copy_jobs(tmp_path, 2)
    bad = tmp_path / "me.json"
    bad.write_text("{")
    result = subprocess.run([*batch_command(jobs, tmp_path)[:6], str(bad), "--model", "extractive",
                             "--ledger", str(tmp_path / "ledger.sqlite")],
                            env=env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "me.json" in result.stderr
    assert not (tmp_path / "ledger.sqlite").exists()


def test_an_out_path_that_is_a_file_stops_before_any_work(tmp_path):
    jobs = copy_jobs(tmp_path, 2)
    (tmp_path / "out").write_text("not a folder")
    result = run_batch(jobs, tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "exists and is not a folder" in result.stderr
    assert not (tmp_path / "ledger.sqlite").exists()


def comparable(folder):
    report = json.loads((folder / "report.json").read_text())
    for volatile in ("timings", "generation", "generated_at"):
        report.pop(volatile)
    return {"report": report, "tailored": (folder / "tailored.json").read_text(),
            "resume": (folder / "resume.json").read_text(),
            "application": (folder / "application.json").read_text()}


@pytest.mark.timeout(1200)
def test_ray_engine_gives_the_local_engines_results(tmp_path):
    pytest.importorskip("ray")
    jobs = copy_jobs(tmp_path, 4)
    local_dir, ray_dir = tmp_path / "local", tmp_path / "ray"
    local_dir.mkdir()
    ray_dir.mkdir()
    local = run_batch(jobs, local_dir, "--workers", "2")
    assert local.returncode == 0, local.stderr
    ray = run_batch(jobs, ray_dir, "--workers", "2", "--engine", "ray")
    assert ray.returncode == 0, ray.stderr
    assert "4 tailored" in ray.stderr
    local_rows, ray_rows = rows(local_dir), rows(ray_dir)
    assert len(ray_rows) == 4
    key = ("posting_hash", "resume_version", "model_key", "company", "role", "coverage",
           "truth_score", "keyword_hit_rate", "skills", "summary_sha256", "status")
    assert sorted(tuple(r[k] for k in key) for r in ray_rows) == \
        sorted(tuple(r[k] for k in key) for r in local_rows)
    for local_folder, ray_folder in zip(published(local_dir), published(ray_dir)):
        assert local_folder.name == ray_folder.name
        assert comparable(local_folder) == comparable(ray_folder)


def evidence_verbatim(body: dict) -> str:
    """A writer prompt answered with its evidence verbatim, so every item verifies."""
    prompt = body["messages"][-1]["content"]
    return next((line[len("Evidence: "):] for line in prompt.splitlines()
                 if line.startswith("Evidence: ")), "")


def test_workers_share_one_openai_compatible_model_server(tmp_path):
    """The vLLM set-up: every worker talks to the one server instead of loading a model."""
    jobs = copy_jobs(tmp_path, 4)
    with ChatServer(evidence_verbatim) as server:
        command = [*batch_command(jobs, tmp_path, "--workers", "2", "--base-url", server.base_url)]
        command[command.index("extractive")] = "openai:shared-writer"
        result = subprocess.run(command, env=env(tmp_path), capture_output=True, text=True,
                                timeout=1200)
    assert result.returncode == 0, result.stderr
    recorded = rows(tmp_path)
    assert len(recorded) == 4 and {r["status"] for r in recorded} == {"tailored"}
    assert {r["model_id"] for r in recorded} == {f"shared-writer @ {server.base_url}"}
    assert len(server.requests) >= 4


def test_the_progress_bar_gives_no_rate_from_one_quick_failure():
    import io

    from rich.console import Console

    from tailor.cli.batch import BatchProgress

    progress = BatchProgress(Console(file=io.StringIO()))
    with progress:
        progress("start", "", {"total": 10})
        progress("running", "jobs/a.txt", {})
        progress("failed", "jobs/a.txt", {"error": "jobs/a.txt: the job posting is empty"})
        assert progress._rate() == {"rate": "", "eta": ""}      # not "2,067,102/h" after 2 ms
        progress.first_work -= 60                                # a minute of work later
        rate = progress._rate()
        assert rate["rate"] == "60/h" and rate["eta"] == "ETA 9.0 min"


def test_the_progress_line_fits_an_80_column_terminal():
    import io

    from rich.console import Console

    from tailor.cli.batch import BatchProgress

    screen = io.StringIO()
    progress = BatchProgress(Console(file=screen, width=80, force_terminal=True, color_system=None))
    with progress:
        progress("start", "", {"total": 4})
        progress("running", "jobs/craigslist_maint_electrician.txt", {})
        progress.first_work -= 60
        progress("done", "jobs/craigslist_maint_electrician.txt", {})
    last = [line for line in screen.getvalue().splitlines() if "done" in line][-1]
    assert "1 done 0 failed 0 skipped" in last and "ETA 3.0 min" in last and "…" not in last[-3:]
    assert len(last.rstrip()) <= 80
