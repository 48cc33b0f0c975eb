"""`tailor score` as a person uses it: many postings x resumes in one call, --json, clear errors."""
import json
import os
import subprocess
import sys
import time

import pytest
from fakes import HashingEmbedder

import tailor.index.embeddings
from tailor.cli import main
from tests.fit.fit_helpers import JOBS, RESUMES, ROOT

AP = JOBS / "09-accounts-payable-specialist.txt"
SWE = JOBS / "17-senior-full-stack-engineer-typescript-svelt-js.txt"
NET = JOBS / "20-net-developer.txt"


@pytest.fixture(autouse=True)
def fake_embedder(monkeypatch):
    monkeypatch.setattr(tailor.index.embeddings, "default_embedder", lambda: HashingEmbedder())


def tailor_score(capsys, tmp_path, *args):
    try:
        main(["score", *map(str, args), "--cache-dir", str(tmp_path / "cache")])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def test_many_postings_times_two_resumes_in_one_call(capsys, tmp_path):
    table = tmp_path / "more.jsonl"
    table.write_text(json.dumps({"title": "Bookkeeper", "text": AP.read_text()[:1500] + "\nExcel skills"}) + "\n"
                     + json.dumps({"id": "net", "description": NET.read_text()}) + "\n")
    code, out, err = tailor_score(capsys, tmp_path, AP, SWE, table, "-r", RESUMES[0], "--resume", RESUMES[-1], "--json")
    assert code == 0, err
    run = json.loads(out)
    assert len(run["pairs"]) == 4 * 2
    assert {p["resume"] for p in run["pairs"]} == {str(RESUMES[0]), str(RESUMES[-1])}
    assert f"{table}#2" in {p["posting"] for p in run["pairs"]}


def test_json_shape(capsys, tmp_path):
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", RESUMES[-1], "--json")
    assert code == 0, err
    run = json.loads(out)
    assert set(run) == {"calibration", "formula", "pairs", "seconds", "fairness", "skipped"}
    assert run["calibration"]["version"]
    pair = run["pairs"][0]
    assert set(pair) >= {"posting", "title", "company", "resume", "fit", "fit_exact", "tfidf", "keyword_share",
                         "requirements", "note"}
    assert 0 <= pair["fit"] <= 100
    req = pair["requirements"][0]
    assert set(req) >= {"id", "kind", "text", "score", "score_exact", "rationale", "evidence_ids", "similarity",
                        "keywords_found", "keywords_missing"}
    assert req["rationale"].startswith(f"{req['score']}/5: ")


def test_one_pair_prints_fit_and_requirement_table(capsys, tmp_path):
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", RESUMES[-1])
    assert code == 0, err
    assert "Fit " in out and "/100" in out and "TF-IDF" in out and "keyword share" in out
    assert "r1" in out and "must-have" in out and "/5" in out
    assert "1 pair(s) scored in" in out and "s in all" in out   # the scoring's time and the whole
    _, as_json, _ = tailor_score(capsys, tmp_path, AP, "-r", RESUMES[-1], "--json")
    words = json.loads(as_json)["pairs"][0]["requirements"][0]["text"].split()[:2]
    assert " ".join(words) in " ".join(out.replace("│", " ").split())  # the requirement's text, not only its id


def test_many_pairs_print_one_table_with_the_baselines(capsys, tmp_path):
    code, out, err = tailor_score(capsys, tmp_path, AP, SWE, "-r", RESUMES[0], "-r", RESUMES[1])
    assert code == 0, err
    assert "tfidf" in out and "keywords" in out and "4 pair(s)" in out


@pytest.mark.parametrize("make, fragment", [
    (lambda tmp: tmp / "missing.txt", "not found"),
    (lambda tmp: (tmp / "empty.txt").write_text("  \n") and tmp / "empty.txt", "empty"),
    (lambda tmp: (tmp / "rows.jsonl").write_text('{"title": "x"}\n') and tmp / "rows.jsonl", "no posting text"),
    (lambda tmp: (tmp / "bin.txt").write_bytes(b"%PDF-1.7 binary") and tmp / "bin.txt", "PDF"),
])
def test_bad_posting_is_one_message_exit_1(capsys, tmp_path, make, fragment):
    code, out, err = tailor_score(capsys, tmp_path, make(tmp_path), "-r", RESUMES[-1])
    assert code == 1 and fragment in err and "Traceback" not in err


def test_a_bad_posting_among_others_is_left_out_with_a_note_and_the_table_is_ranked(capsys, tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    for job in (AP, SWE):
        (folder / job.name).write_bytes(job.read_bytes())
    (folder / "07_empty.txt").write_text("  \n")
    code, out, err = tailor_score(capsys, tmp_path, folder, "-r", RESUMES[-1])
    assert code == 0, err
    assert "2 pair(s) scored" in out
    assert "not scored:" in err and "07_empty.txt" in err and "empty" in err and "paste" in err
    _, as_json, _ = tailor_score(capsys, tmp_path, folder, "-r", RESUMES[-1], "--json")
    run = json.loads(as_json)
    assert any("07_empty.txt" in note for note in run["skipped"])
    best = max(run["pairs"], key=lambda p: p["fit"])["posting"].rsplit("/", 1)[-1][:3]   # "09-" or "17-"
    other = ({AP.name[:3], SWE.name[:3]} - {best}).pop()
    table = out.replace("│", " ")
    assert table.index(f" {best}") < table.index(f" {other}")        # the table reads best first
    assert best == SWE.name[:3]       # an engineer's resume: the second file ranks first


def test_bad_resume_is_one_message_exit_1(capsys, tmp_path):
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", tmp_path / "nobody.json")
    assert code == 1 and "nobody.json" in err and "not found" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{oops")
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", broken)
    assert code == 1 and "invalid JSON" in err


def test_help_explains_score_and_calibration(capsys, tmp_path):
    code, out, _ = tailor_score(capsys, tmp_path, "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "0-5" in text and "0-100" in text and "calibrated" in text


def test_real_model_subprocess_folder_times_two_resumes(tmp_path):
    """The installed command, the real embedder, a folder of postings: one process, one model load."""
    folder = tmp_path / "jobs"
    folder.mkdir()
    for job in (AP, SWE, NET):
        (folder / job.name).write_bytes(job.read_bytes())
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TAILOR_CACHE_DIR": str(tmp_path / "cache")}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tailor.cli", "score", str(folder), "-r", str(RESUMES[0]),
                             "-r", str(RESUMES[-1]), "--json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    run = json.loads(result.stdout)
    assert len(run["pairs"]) == 6
    assert time.perf_counter() - started < 600


def test_bias_inviting_fields_are_reported_not_scored(capsys, tmp_path):
    data = json.loads(RESUMES[0].read_text())
    data["basics"].update(image="https://example.com/me.jpg", maritalStatus="married")
    me = tmp_path / "me.json"
    me.write_text(json.dumps(data))
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", me, "-r", RESUMES[0], "--json")
    assert code == 0, err
    run = json.loads(out)
    assert {f["field"] for f in run["fairness"][str(me)]} >= {"basics.image", "basics.maritalStatus"}
    by_resume = {p["resume"]: p["fit_exact"] for p in run["pairs"]}
    assert by_resume[str(me)] == by_resume[str(RESUMES[0])]
    code, out, err = tailor_score(capsys, tmp_path, AP, "-r", me)
    assert "fairness:" in out and "basics.image" in out


def test_brackets_in_postings_are_printed_as_text(capsys, tmp_path):
    """Rich markup in a posting ("[/b]", "[remote]") must neither crash nor vanish."""
    table = tmp_path / "p.jsonl"
    table.write_text(json.dumps({"title": "Clerk [/b] [remote]", "text": AP.read_text()[:1500]}) + "\n")
    code, out, err = tailor_score(capsys, tmp_path, table, "-r", RESUMES[-1])
    assert code == 0, err
    assert "[/b] [remote]" in " ".join(out.split())


def test_files_of_a_folder_that_are_not_postings_are_named_on_stderr(capsys, tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "ap.txt").write_text(AP.read_text())
    (folder / "saved-posting.pdf").write_bytes(b"%PDF-1.7")
    code, out, err = tailor_score(capsys, tmp_path, folder, "-r", RESUMES[-1])
    assert code == 0, err
    assert f"note: left out {folder / 'saved-posting.pdf'}: .pdf is not read as a posting" in err
