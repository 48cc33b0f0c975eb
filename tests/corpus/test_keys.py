"""Misspelled keys are errors naming the key Tailor expected; other unknown keys are warnings.

The sweep misspells every key of the sample corpora in turn (two letters swapped, case changed,
a letter dropped): each must end in an error or a warning naming it, never in a resume that is
silently missing something.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tailor.corpus.keys import check_keys, close_key, shape_of
from tailor.corpus.loader import load_corpus_with_warnings
from tailor.errors import UserInputError

ROOT = Path(__file__).resolve().parents[2]
JSON_RESUMES = sorted((ROOT / "tests/testdata/resumes").glob("*.json"))
NATIVE = [ROOT / "tailor/corpus/examples/experiences.json"]


def key_paths(value, path=()):
    """Every (path to an object, key) of a document, depth first."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield path, key
            yield from key_paths(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from key_paths(item, path + (i,))


def mutations(key: str) -> list[str]:
    """Two neighbouring letters swapped, the case changed, a letter dropped."""
    middle = len(key) // 2
    swapped = next((key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(len(key) - 1)
                    if key[i] != key[i + 1]), key)
    cased = key.swapcase() if key.lower() != key else key.capitalize()
    dropped = key[:middle] + key[middle + 1:]
    return [m for m in dict.fromkeys([swapped, cased, dropped]) if m and m != key]


def renamed(data, path, old, new):
    out = copy.deepcopy(data)
    target = out
    for part in path:
        target = target[part]
    target[new] = target.pop(old)
    return out, target


def sweep_cases(files):
    for file in files:
        data = json.loads(file.read_text())
        seen = set()
        for path, key in key_paths(data):
            pattern = (tuple(p for p in path if not isinstance(p, int)), key)
            if pattern in seen:  # one misspelling per field and section, not per entry
                continue
            seen.add(pattern)
            for wrong in mutations(key):
                yield file, data, path, key, wrong


def load_result(tmp_path: Path, data) -> str:
    """The error text, or the warnings joined, of loading `data`."""
    file = tmp_path / "corpus.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    try:
        return "\n".join(load_corpus_with_warnings(file).warnings)
    except UserInputError as exc:
        return "ERROR " + exc.render()


@pytest.mark.parametrize("files", [JSON_RESUMES, NATIVE], ids=["json-resume", "native"])
def test_every_misspelled_key_is_named(tmp_path, files):
    checked, silent = 0, []
    for file, data, path, key, wrong in sweep_cases(files):
        mutated, parent = renamed(data, path, key, wrong)
        if sum(k == wrong for k in parent) > 1:
            continue
        result = load_result(tmp_path, mutated)
        checked += 1
        if wrong not in result:
            silent.append(f"{file.name}: {'.'.join(map(str, path + (key,)))} -> {wrong}")
    assert checked > 100
    assert not silent, f"{len(silent)} of {checked} misspellings went unnamed: {silent[:10]}"


def test_known_misspellings_are_errors_with_the_suggestion(tmp_path):
    data = json.loads(JSON_RESUMES[0].read_text())
    data["wrok"] = data.pop("work")
    result = load_result(tmp_path, data)
    assert result.startswith("ERROR") and "wrok: did you mean `work`?" in result


@pytest.mark.parametrize(("key", "candidates", "meant"), [
    ("wrok", ["work", "education"], "work"),
    ("startdate", ["startDate", "endDate"], "startDate"),
    ("start_date", ["startDate", "endDate"], "startDate"),
    ("highlihgts", ["highlights"], "highlights"),
    ("Highlights", ["highlights"], "highlights"),
    ("ul", ["url"], "url"),
    ("positon", ["position", "name"], "position"),
    ("hobbies", ["work", "interests"], None),
    ("website", ["url", "name"], None),
    ("x-work", ["work"], None),     # a field of the person's own, marked as such
    ("levels", ["label"], None),
])
def test_close_key(key, candidates, meant):
    assert close_key(key, candidates) == meant


def test_only_absent_known_keys_are_suggested():
    shape = {"work": {"name": None, "url": None}}
    report = check_keys({"work": [{"name": "A", "url": "u", "nmae": "B"}, {"nam": "C"}]}, shape,
                        extras_allowed=True)
    assert report.errors == [("work[1].nam", report.errors[0][1])]
    assert "did you mean `name`" in report.errors[0][1]
    assert report.unknown == {"work[].nmae": 1}


def test_shape_follows_refs_and_unions():
    schema = {"$defs": {"B": {"type": "object", "properties": {"text": {}, "tags": {}}}},
              "properties": {"bullets": {"type": "array", "items": {
                  "anyOf": [{"type": "string"}, {"$ref": "#/$defs/B"}]}}}}
    assert shape_of(schema) == {"bullets": {"text": None, "tags": None}}


def test_unknown_keys_are_warnings_saying_what_happens(tmp_path):
    data = {"basics": {"name": "Sam Lee", "email": "sam@example.com", "x-pronouns": "they"},
            "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-03",
                      "team": "Payments", "highlights": ["Built services."]}],
            "hobbies": ["chess"], "awards": [{"title": "Prize", "jury": "IEEE"}]}
    warnings = load_result(tmp_path, data)
    assert "basics.x-pronouns: not a JSON Resume field; left out of the resume" in warnings
    assert "work[].team: not a JSON Resume field; left out of the resume (1 entry)" in warnings
    assert "awards[].jury: not a JSON Resume field; copied to resume.json as written" in warnings
    assert "hobbies: not a JSON Resume section" in warnings
    assert "not used by Tailor" not in warnings  # each key reported once


def test_native_files_get_the_suggestion_too(tmp_path):
    data = json.loads(NATIVE[0].read_text())
    data["expereinces"] = data.pop("experiences")
    assert "expereinces: did you mean `experiences`?" in load_result(tmp_path, data)
    data = json.loads(NATIVE[0].read_text())
    data["experiences"][0]["titel"] = data["experiences"][0].pop("title")
    result = load_result(tmp_path, data)
    assert "experiences[0].titel: did you mean `title`?" in result
    assert "unknown field" not in result  # one line per key, with the suggestion


def test_a_file_with_no_known_top_level_key_gets_suggestions(tmp_path):
    result = load_result(tmp_path, {"bascis": {"name": "A"}, "wrk": []})
    assert "not a corpus" in result and "did you mean `basics`" in result and "`work`" in result


@pytest.mark.parametrize(("start_key", "end_key", "native"), [
    ("startDate", "endDate", False), ("start_date", "end_date", True)])
def test_one_sided_and_present_dates_are_warnings(tmp_path, start_key, end_key, native):
    role = {"organization" if native else "name": "Acme", "title" if native else "position": "Dev",
            end_key: "2022-03", ("bullets" if native else "highlights"): ["Built services."]}
    current = {**role, start_key: "2023-01", end_key: "Present"}
    degree = {"institution": "Austin CC", ("study_type" if native else "studyType"): "AAS", end_key: "2018-05"}
    data = {"basics": {"name": "Sam Lee", "email": "sam@example.com"},
            ("experiences" if native else "work"): [role, current], "education": [degree]}
    file = tmp_path / "corpus.json"
    file.write_text(json.dumps(data))
    loaded = load_corpus_with_warnings(file)
    warnings = "\n".join(loaded.warnings)
    section = "experiences" if native else "work"
    assert f"{section}[0]: has {end_key} '2022-03' but no {start_key}" in warnings
    assert f"{section}[1].{end_key}: 'Present' read as still going" in warnings
    assert "education[0]" not in warnings          # a graduation date alone is how degrees are shown
    assert loaded.corpus.experiences[1].end_date == ""
