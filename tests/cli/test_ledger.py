"""`tailor ledger`: list with filters, set (and its errors), export CSV/JSON, A/B stats."""
import csv
import io
import json

import pytest

from tailor import cli
from tailor.batch.ledger import Application, Ledger, columns

V1, V2 = "a1" * 32, "b2" * 32
MODEL = {"model_key": "m" * 64, "model_id": "HuggingFaceTB/SmolLM2-135M-Instruct",
         "adapter_sha256": "ad" * 32, "prompt_sha256": "9f" * 32}


@pytest.fixture(autouse=True)
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")


@pytest.fixture
def ledger_path(tmp_path, monkeypatch):
    """Five rows: version 1 has two tailored and one failed, version 2 two tailored; then
    row 1 applied -> interview -> rejected, row 2 applied, row 4 applied -> offer, row 5
    withdrawn without applying."""
    path = tmp_path / "data" / "ledger.sqlite"
    monkeypatch.setenv("TAILOR_LEDGER", str(path))

    def tailored(posting, version, company, cov, truth, kw, summary, skills):
        return Application(posting_hash=posting, resume_version=version, status="tailored",
                           company=company, role=f"Role at {company}", coverage=cov,
                           truth_score=truth, keyword_hit_rate=kw, summary_sha256=summary,
                           skills=skills, out_dir=f"/out/{company.lower()}-{version[:6]}",
                           settings={"pages": 1}, **MODEL)

    with Ledger.open(path, create=True) as ledger:
        ids = [ledger.record(tailored("p1", V1, "Acme Corp", 0.8, 1.0, 0.6, "s1" * 32, "CNC, Welding")),
               ledger.record(tailored("p2", V1, "Globex", 0.6, 0.9, 0.4, "s1" * 32, "CNC, Welding")),
               ledger.record(Application(
                   posting_hash="p3", resume_version=V1, model_key=MODEL["model_key"], status="failed",
                   company="", role="bad-posting", model_id="local",
                   error="worker died: out of memory\nTraceback (most recent call last): ...")),
               ledger.record(tailored("p1", V2, "Acme Corp", 1.0, 1.0, 0.8, "s2" * 32, "CNC")),
               ledger.record(tailored("p2", V2, "Initech [remote]", 0.5, 0.5, 0.5, "s2" * 32, "CNC"))]
        assert ids == [1, 2, 3, 4, 5]
        for row_id, statuses in ((1, ["applied", "interview", "rejected"]), (2, ["applied"]),
                                 (4, ["applied", "offer"]), (5, ["withdrawn"])):
            for status in statuses:
                ledger.set_status(row_id, status)
    return path


def tailor(capsys, *args):
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    try:
        cli.main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(result, *fragments):
    code, out, err = result
    assert code == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


# ---------------------------------------------------------------------- default location


def test_default_ledger_location(monkeypatch, tmp_path):
    monkeypatch.setenv("TAILOR_LEDGER", str(tmp_path / "l.sqlite"))
    assert cli.default_ledger() == tmp_path / "l.sqlite"
    monkeypatch.delenv("TAILOR_LEDGER")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert cli.default_ledger() == tmp_path / "xdg/tailor/ledger.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the XDG spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cli.default_ledger() == tmp_path / "home/.local/share/tailor/ledger.sqlite"


# ---------------------------------------------------------------------- list


def test_list_shows_every_row_with_metrics_and_the_errors_first_line(capsys, ledger_path):
    code, out, err = tailor(capsys, "ledger")
    assert code == 0, err
    lines = {line.split("│")[1].strip(): line for line in out.splitlines()
             if line.count("│") > 5 and line.split("│")[1].strip().isdigit()}
    assert sorted(lines) == ["1", "2", "3", "4", "5"]
    assert "rejected" in lines["1"] and "Acme Corp" in lines["1"] and "80%" in lines["1"]
    assert "100%" in lines["1"] and "60%" in lines["1"] and "SmolLM2-135M-Instruct" in lines["1"]
    assert "HuggingFaceTB" not in out
    assert f"acme corp-{V1[:6]}" in lines["1"] and "/out/acme" not in lines["1"]   # the folder's name,
    assert "folders in /out" in out                                                  # its parent once
    assert "worker died: out of memory" in lines["3"] and "failed" in lines["3"]
    assert "Traceback" not in out
    assert "Initech [remote]" in lines["5"]   # brackets are text, not rich markup


def test_a_narrow_terminal_gets_a_table_it_can_read(capsys, ledger_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = tailor(capsys, "ledger")
    assert code == 0, err
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "model" not in out and "truth" not in out and "date" not in out   # left out below 110 columns
    assert all(line.rstrip().endswith(("│", "┃", "┓", "┫", "┩", "┛", "┘", "┐", "┤")) or "│" not in line
               for line in out.splitlines() if line.strip())   # the table fits: no right edge cut off
    assert "company" in out and "status" in out and "folder" in out   # headers whole, not "comp any"
    assert len(out.splitlines()) < 60                          # five rows, not hundreds of lines


def test_the_default_writer_is_named_not_none():
    from tailor.cli.ledger_rows import short_model

    assert short_model("none") == "extractive" and short_model("") == ""
    assert short_model("HuggingFaceTB/SmolLM2-135M-Instruct") == "SmolLM2-135M-Instruct"


def test_list_filters(capsys, ledger_path):
    def ids(*args):
        code, out, err = tailor(capsys, "ledger", "--json", *args)
        assert code == 0, err
        return [row["id"] for row in json.loads(out)]

    assert ids() == [1, 2, 3, 4, 5]
    assert ids("--status", "applied") == [2]
    assert ids("--company", "ACME") == [1, 4]
    assert ids("--version", "b2b2") == [4, 5]
    assert ids("--since", "2000-01-01") == [1, 2, 3, 4, 5]
    assert ids("--since", "2999-01-01") == []
    assert ids("--status", "rejected", "--company", "acme", "--ledger", ledger_path) == [1]
    code, out, _ = tailor(capsys, "ledger", "--status", "offer", "--company", "globex")
    assert code == 0 and "No applications matching the filters" in out


def test_list_json_has_every_column(capsys, ledger_path):
    code, out, _ = tailor(capsys, "ledger", "--json")
    rows = json.loads(out)
    assert sorted(rows[0]) == sorted(columns())
    assert rows[0]["settings"] == {"pages": 1} and rows[2]["coverage"] is None


@pytest.mark.parametrize("args, fragments", [
    (["--status", "hired"], ["--status", "unknown status 'hired'", "tailored, applied"]),
    (["--since", "yesterday"], ["--since", "YYYY-MM-DD"]),
    (["--since", "2025-02-30"], ["--since", "not a date"]),
    (["--since", "20250101"], ["--since"]),
])
def test_bad_filters_are_one_message(capsys, ledger_path, args, fragments):
    assert_user_error(tailor(capsys, "ledger", *args), *fragments)


def test_list_options_before_a_command_are_refused_not_ignored(capsys, ledger_path, tmp_path):
    assert_user_error(tailor(capsys, "ledger", "--ledger", tmp_path / "other.sqlite", "stats"),
                      "--ledger given before `stats`", "tailor ledger stats --ledger")


def test_reading_a_missing_or_foreign_ledger_creates_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TAILOR_LEDGER", str(tmp_path / "none.sqlite"))
    for args in (["ledger"], ["ledger", "stats"], ["ledger", "export", "--csv"],
                 ["ledger", "set", "1", "--status", "applied"]):
        assert_user_error(tailor(capsys, *args), "none.sqlite", "no ledger here")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "notes.txt").write_text("not a database, just some text\n" * 50)
    assert_user_error(tailor(capsys, "ledger", "--ledger", tmp_path / "notes.txt"),
                      "notes.txt", "not a Tailor ledger")


# ---------------------------------------------------------------------- set


def test_set_records_a_result_and_keeps_the_history(capsys, ledger_path):
    code, out, err = tailor(capsys, "ledger", "set", "2", "--status", "interview",
                            "--note", "call on Monday")
    assert code == 0, err
    assert "interview" in out and "Globex" in out
    assert "history: tailored" in out and "applied" in out and "call on Monday" in out
    with Ledger.open(ledger_path) as ledger:
        assert ledger.by_id(2).status == "interview"
        assert ledger.by_id(2).notes == "call on Monday"
        assert [h["status"] for h in ledger.history(2)] == ["tailored", "applied", "interview"]


@pytest.mark.parametrize("args, fragments", [
    (["99", "--status", "applied"], ["no application with id 99"]),
    (["2", "--status", "hired"], ["--status", "unknown status 'hired'", "withdrawn"]),
    (["2", "--status", "failed"], ["--status", "tailor batch"]),
    (["3", "--status", "applied"], ["application 3 failed", "tailor batch"]),
])
def test_set_refuses_unknown_ids_and_statuses(capsys, ledger_path, args, fragments):
    assert_user_error(tailor(capsys, "ledger", "set", *args), *fragments)
    with Ledger.open(ledger_path) as ledger:
        assert [r.status for r in ledger.rows()] == ["rejected", "applied", "failed", "offer", "withdrawn"]


def test_set_needs_a_status_and_a_numeric_id(capsys, ledger_path):
    code, _, err = tailor(capsys, "ledger", "set", "2")
    assert code == 2 and "--status" in err
    code, _, err = tailor(capsys, "ledger", "set", "two", "--status", "applied")
    assert code == 2 and "Traceback" not in err


# ---------------------------------------------------------------------- export


def test_export_csv_to_stdout_parses_back(capsys, ledger_path):
    code, out, err = tailor(capsys, "ledger", "export", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == columns()
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert json.loads(rows[0]["settings"]) == {"pages": 1}
    assert rows[0]["coverage"] == "0.8" and rows[2]["coverage"] == ""
    assert rows[2]["error"].startswith("worker died") and "\n" in rows[2]["error"]
    assert rows[4]["company"] == "Initech [remote]"


def test_export_json_to_a_file_with_filters(capsys, ledger_path, tmp_path):
    out_file = tmp_path / "exports" / "v2.json"
    out_file.parent.mkdir()
    out_file.write_text("old")
    code, out, err = tailor(capsys, "ledger", "export", "--json", "--out", out_file,
                            "--version", "b2")
    assert code == 0, err
    assert out == "" and "Wrote 2 rows" in err
    rows = json.loads(out_file.read_text())
    assert [r["id"] for r in rows] == [4, 5]
    assert sorted(rows[0]) == sorted(columns())
    assert [p.name for p in out_file.parent.iterdir()] == ["v2.json"]  # no temp file left


@pytest.mark.parametrize("args, fragments", [
    ([], ["--csv/--json", "exactly one"]),
    (["--csv", "--json"], ["exactly one"]),
    (["--csv", "--status", "lost"], ["unknown status 'lost'"]),
])
def test_export_errors(capsys, ledger_path, args, fragments):
    assert_user_error(tailor(capsys, "ledger", "export", *args), *fragments)


def test_export_to_a_folder_is_refused(capsys, ledger_path, tmp_path):
    assert_user_error(tailor(capsys, "ledger", "export", "--csv", "--out", tmp_path),
                      "is a folder")


# ---------------------------------------------------------------------- stats


def test_stats_by_version_json(capsys, ledger_path):
    code, out, err = tailor(capsys, "ledger", "stats", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["by"] == "version"
    v1, v2 = data["groups"]
    assert v1 == {
        "group": {"resume_version": V1}, "applications": 2, "failed": 1, "applied": 2,
        "interviewed": 1, "offers": 0, "rejected": 1, "responded": 1, "applied_rate": 1.0,
        "interview_rate": 0.5, "offer_rate": 0.0, "rejection_rate": 0.5, "response_rate": 0.5,
        "mean_coverage": pytest.approx(0.7), "mean_truth": pytest.approx(0.95),
        "mean_keyword_hit": pytest.approx(0.5)}
    assert v2 == {
        "group": {"resume_version": V2}, "applications": 2, "failed": 0, "applied": 1,
        "interviewed": 1, "offers": 1, "rejected": 0, "responded": 1, "applied_rate": 0.5,
        "interview_rate": 1.0, "offer_rate": 1.0, "rejection_rate": 0.0, "response_rate": 1.0,
        "mean_coverage": pytest.approx(0.75), "mean_truth": pytest.approx(0.75),
        "mean_keyword_hit": pytest.approx(0.65)}


def test_stats_table(capsys, ledger_path):
    code, out, err = tailor(capsys, "ledger", "stats")
    assert code == 0, err
    row_v1 = next(line for line in out.splitlines() if V1[:12] in line)
    cells = [c.strip() for c in row_v1.split("│")[1:-1]]
    assert cells == [V1[:12], "2", "1", "2 (100%)", "1 (50%)", "0 (0%)", "1 (50%)", "1 (50%)",
                     "70%", "95%", "50%"]
    row_v2 = next(line for line in out.splitlines() if V2[:12] in line)
    assert [c.strip() for c in row_v2.split("│")[1:-1]][1:8] == [
        "2", "0", "1 (50%)", "1 (100%)", "1 (100%)", "0 (0%)", "1 (100%)"]


def test_stats_by_model_summary_and_skills(capsys, ledger_path):
    def groups(by):
        code, out, err = tailor(capsys, "ledger", "stats", "--by", by, "--json")
        assert code == 0, err
        return [(g["group"], g["applications"], g["failed"]) for g in json.loads(out)["groups"]]

    fingerprint = {k: MODEL[k] for k in ("model_id", "adapter_sha256", "prompt_sha256")}
    assert groups("model") == [(fingerprint, 4, 1)]   # the failed row joins its model's group
    assert groups("summary") == [({"summary_sha256": "s1" * 32}, 2, 0),
                                 ({"summary_sha256": ""}, 0, 1),
                                 ({"summary_sha256": "s2" * 32}, 2, 0)]
    assert groups("skills") == [({"skills": "CNC, Welding"}, 2, 0), ({"skills": ""}, 0, 1),
                                ({"skills": "CNC"}, 2, 0)]
    code, out, _ = tailor(capsys, "ledger", "stats", "--by", "model")
    assert "SmolLM2-135M-Instruct adapter adadadad prompt 9f9f9f9f" in out
    code, out, _ = tailor(capsys, "ledger", "stats", "--by", "skills")
    assert "CNC, Welding" in out and "(none)" in out


def test_stats_errors_and_help(capsys, ledger_path):
    assert_user_error(tailor(capsys, "ledger", "stats", "--by", "colour"), "--by", "version, summary")
    code, out, _ = tailor(capsys, "ledger", "stats", "--help")
    assert code == 0 and "reached" in out and "responded" in out
