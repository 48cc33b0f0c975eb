"""Collecting a batch's postings: folders, JSONL and CSV files, posting files; duplicates kept
once, unreadable rows kept as problems, a missing path refused, stable folder names."""
import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from tailor.errors import UserInputError
from tailor.text.posting_files import PostingTask, Problem, collect, folder_name

JOBS = Path(__file__).resolve().parents[1] / "testdata/jobs"
MACHINIST = JOBS / "15-machinist.txt"
WAREHOUSE = JOBS / "19-warehouse-clerk.txt"


def test_a_folder_takes_postings_and_skips_readme_and_source_files(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    shutil.copy(MACHINIST, folder)
    shutil.copy(JOBS / "SOURCE.md", folder)
    shutil.copy(JOBS / "sample.job.json", folder)
    (folder / "README.txt").write_text("how these were collected")
    (folder / "role.md").write_text("# Baker\nBake bread.")
    (folder / ".hidden.txt").write_text("an editor's backup")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "JSONRESUME_LICENSE.md").write_text("MIT")
    (folder / "job-schema.json").write_text("{}")
    postings, problems, notes = collect([folder])
    assert [(p.name, p.suffix) for p in postings] == [
        ("15-machinist", ".txt"), ("role", ".md"), ("sample.job", ".json")]
    assert postings[0].data == MACHINIST.read_bytes()
    assert postings[0].source == str(folder / "15-machinist.txt")
    assert problems == []
    assert len(notes) == 5
    by_name = [n for n in notes if "not a posting by its name" in n]
    assert {Path(n.split()[2]).name for n in by_name} == {
        "README.txt", "SOURCE.md", "JSONRESUME_LICENSE.md", "job-schema.json"}
    # a saved .docx of a posting is no posting Tailor reads: listed, never dropped without a word
    assert [n for n in notes if n not in by_name] == [
        f"left out {folder / 'notes.docx'}: .docx is not read as a posting (save its text as .txt or .md)"]


def test_the_same_text_twice_is_one_posting_with_a_note(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    shutil.copy(MACHINIST, folder / "a.txt")
    shutil.copy(MACHINIST, folder / "b.txt")
    postings, _, notes = collect([folder, WAREHOUSE, MACHINIST])
    assert [p.name for p in postings] == ["a", "19-warehouse-clerk"]
    assert len({p.sha256 for p in postings}) == 2
    assert notes == [f"left out {folder / 'b.txt'}: same text as {folder / 'a.txt'}",
                     f"left out {MACHINIST}: same text as {folder / 'a.txt'}"]


def test_jsonl_rows_become_postings_with_header_lines_and_bad_rows_problems(tmp_path):
    table = tmp_path / "postings.jsonl"
    table.write_text("\n".join([
        json.dumps({"title": "Machinist", "company": "Acme", "location": "Ohio",
                    "description": "Run CNC mills."}),
        "",
        "{not json",
        json.dumps({"title": "No text", "company": "Globex"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "job-7", "Text": "Sort parcels."}),
    ]) + "\n", encoding="utf-8")
    postings, problems, notes = collect([table])
    assert [p.data.decode() for p in postings] == [
        "Machinist\nCompany: Acme\nLocation: Ohio\n\nRun CNC mills.", "Sort parcels."]
    assert [(p.source, p.name, p.suffix) for p in postings] == [
        (f"{table}#1", "Machinist", ".txt"), (f"{table}#6", "job-7", ".txt")]
    assert [p.source for p in problems] == [f"{table}#3", f"{table}#4", f"{table}#5"]
    assert "invalid JSON" in problems[0].message
    assert "no posting text" in problems[1].message
    assert "JSON object" in problems[2].message
    assert notes == []


def test_csv_rows_likewise(tmp_path):
    table = tmp_path / "postings.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Title", "Company", "URL", "Description"])
        writer.writerow(["Clerk", "Initech", "https://example.com/1", "File, sort, ship."])
        writer.writerow(["Empty", "Initech", "", "  "])
        writer.writerow(["Cook", "", "", "Cook lunches."])
    postings, problems, _ = collect([table])
    assert [p.data.decode() for p in postings] == [
        "Clerk\nCompany: Initech\nURL: https://example.com/1\n\nFile, sort, ship.",
        "Cook\n\nCook lunches."]
    assert [p.source for p in postings] == [f"{table}#2", f"{table}#4"]
    assert problems == [Problem(f"{table}#3", problems[0].message)]
    assert "no posting text" in problems[0].message


def test_csv_postings_longer_than_the_csv_modules_default_limit(tmp_path):
    table = tmp_path / "long.csv"
    long_text = "Operate the lathe. " * 10_000  # 190,000 characters > csv's 131,072
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["title", "text"], ["Machinist", long_text]])
    postings, problems, _ = collect([table])
    assert problems == [] and postings[0].data.decode().endswith(long_text)


def test_a_csv_that_cannot_be_parsed_is_a_user_error(tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text('title,text\nClerk,"' + "x" * (17 * 1024 * 1024) + '"\n', encoding="utf-8")
    with pytest.raises(UserInputError, match="cannot read the CSV"):
        collect([table])


def test_problems_have_a_stable_identity_per_source():
    assert Problem("a.jsonl#3", "x").sha256 == Problem("a.jsonl#3", "other message").sha256
    assert Problem("a.jsonl#3", "x").sha256 != Problem("a.jsonl#4", "x").sha256


def test_a_missing_path_stops_the_whole_batch(tmp_path):
    with pytest.raises(UserInputError, match="not found") as caught:
        collect([MACHINIST, tmp_path / "typo"])
    assert str(tmp_path / "typo") in caught.value.render()


def test_folder_name_is_stable_and_safe_for_any_file_system():
    task = PostingTask(source="x", name="Sr. Engineer / C++ (Remote) — Zürich: 50% travel?",
                       suffix=".txt", data=b"text")
    first = folder_name(task.name, task.sha256, "f" * 64)
    assert first == folder_name(task.name, task.sha256, "f" * 64)
    assert re.fullmatch(r"[a-z0-9-]+", first)
    assert first == f"sr-engineer-c-remote-z-rich-50-travel-{task.sha256[:8]}-ffffff"
    assert folder_name("..", "0" * 64, "1" * 64) == "posting-00000000-111111"
    assert len(folder_name("x" * 500, "0" * 64, "1" * 64)) <= 60 + 16
    assert folder_name("a", "0" * 64, "1" * 64) != folder_name("a", "0" * 64, "2" * 64)


def test_a_jsonl_row_may_hold_a_raw_line_separator(tmp_path):
    """JSON allows U+2028 unescaped inside a string; str.splitlines would cut the row there."""
    table = tmp_path / "postings.jsonl"
    table.write_text('{"title": "Nurse", "description": "Cares for patients.\u2028Must hold an RN licence."}\r\n'
                     '{"title": "Chef", "description": "Runs the kitchen."}\n', encoding="utf-8", newline="")
    postings, problems, _ = collect([table])
    assert problems == [] and [p.name for p in postings] == ["Nurse", "Chef"]
    assert "Must hold an RN licence." in postings[0].data.decode()
