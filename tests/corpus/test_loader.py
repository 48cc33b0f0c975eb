"""Loading corpora from disk: format detection, stable ids, content hash, warnings, errors."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from tailor.corpus.evidence import content_hash, split_sentences
from tailor.corpus.loader import load_corpus, load_corpus_with_warnings
from tailor.errors import UserInputError, ValidationFailed

TESTDATA = Path(__file__).parents[1] / "testdata"
EXAMPLE = Path(__file__).parents[2] / "tailor" / "corpus" / "examples" / "experiences.json"
ID = re.compile(r"^([wvps])(\d+)\.(\d+)-([0-9a-f]{6})$")


def write(tmp_path: Path, data, name: str = "corpus.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def native(**changes) -> dict:
    doc = {
        "basics": {"name": "Ada Example", "summary": "Backend engineer. Likes Go."},
        "experiences": [
            {"organization": "Acme", "title": "Engineer", "start_date": "2020-01",
             "bullets": ["Built the billing API in Go.", {"text": "Cut costs by 30%.", "metrics": ["30%"]}]},
            {"organization": "Side thing", "kind": "project", "bullets": ["Wrote a CLI."]},
            {"organization": "Beta", "start_date": "2018", "end_date": "2019-12", "bullets": ["Ran on-call."]},
        ],
    }
    doc.update(changes)
    return doc


# --------------------------------------------------------------------------- the shipped example

def test_example_corpus_loads_cleanly():
    corpus, warnings = load_corpus_with_warnings(EXAMPLE)
    assert warnings == []
    bullets = [b for e in corpus.experiences for b in e.bullets]
    assert 70 <= len(bullets) <= 90
    kinds = [e.kind for e in corpus.experiences]
    assert kinds.count("work") >= 5 and kinds.count("project") == 2 and kinds.count("volunteer") == 1
    assert corpus.basics.email.endswith("@example.com") and "555" in corpus.basics.phone
    assert len(corpus.summary_evidence) >= 3 and corpus.skills and corpus.education
    for bullet in bullets:  # metrics quote the text exactly, so the verifier can find them
        assert all(metric in bullet.text for metric in bullet.metrics), bullet
    assert sum(1 for b in bullets if b.metrics) >= 40


# --------------------------------------------------------------------------- ids and hash

def test_ids_follow_the_documented_shape(tmp_path):
    corpus = load_corpus(write(tmp_path, native()))
    assert [e.id for e in corpus.experiences] == ["w0", "p0", "w1"]  # counted per kind
    for exp in corpus.experiences:
        for j, bullet in enumerate(exp.bullets):
            prefix, i, pos, digest = ID.match(bullet.id).groups()
            assert f"{prefix}{i}" == exp.id and int(pos) == j
            assert digest == hashlib.sha1(bullet.text.encode()).hexdigest()[:6]
    assert [s.id[:4] for s in corpus.summary_evidence] == ["s0.0", "s0.1"]
    assert set(corpus.evidence()) == {b.id for e in corpus.experiences for b in e.bullets} | {
        s.id for s in corpus.summary_evidence}
    assert corpus.experiences[0].bullets[1].metrics == ["30%"]


@pytest.mark.parametrize("source", ["native", "jsonresume"])
def test_ids_are_stable_and_editing_one_bullet_changes_only_its_id(tmp_path, source):
    if source == "native":
        data = json.loads(EXAMPLE.read_text("utf-8"))
        bullets = data["experiences"][1]["bullets"]
    else:
        data = json.loads((TESTDATA / "resumes" / "complete-resume.json").read_text("utf-8"))
        bullets = data["work"][1]["highlights"]
    first, again = load_corpus(write(tmp_path, data, "a.json")), load_corpus(write(tmp_path, data, "b.json"))
    assert first == again and first.content_hash == again.content_hash

    edited = bullets[2] if isinstance(bullets[2], str) else bullets[2]["text"]
    if isinstance(bullets[2], str):
        bullets[2] = edited + " (edited)"
    else:
        bullets[2]["text"] = edited + " (edited)"
    changed = load_corpus(write(tmp_path, data, "c.json"))
    before, after = list(first.evidence()), list(changed.evidence())
    differing = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(differing) == 1
    old_id, new_id = differing[0]
    assert old_id.split("-")[0] == new_id.split("-")[0]  # same position, new text hash
    assert changed.content_hash != first.content_hash


def test_whitespace_does_not_change_ids(tmp_path):
    doc = native()
    a = load_corpus(write(tmp_path, doc, "a.json"))
    doc["experiences"][0]["bullets"][0] = "  Built the billing\n API in   Go. "
    b = load_corpus(write(tmp_path, doc, "b.json"))
    assert a.experiences[0].bullets[0] == b.experiences[0].bullets[0]


def test_content_hash_is_sha256_of_canonical_json(tmp_path):
    corpus = load_corpus(write(tmp_path, native()))
    data = corpus.model_dump(mode="json")
    del data["content_hash"]
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert corpus.content_hash == hashlib.sha256(canonical.encode()).hexdigest() == content_hash(corpus)


def test_content_hash_ignores_file_formatting(tmp_path):
    doc = native()
    a = write(tmp_path, doc, "a.json")
    b = tmp_path / "b.json"
    b.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    assert load_corpus(a).content_hash == load_corpus(b).content_hash


# --------------------------------------------------------------------------- formats and warnings

def test_json_resume_is_detected(tmp_path):
    path = tmp_path / "resume.json"
    shutil.copy(TESTDATA / "resumes" / "new-grad.resume.json", path)
    corpus = load_corpus(str(path))  # a str path works too
    assert corpus.experiences[0].id == "w0" and corpus.carried_sections


def test_empty_bullets_are_dropped_with_warnings(tmp_path):
    doc = native()
    doc["experiences"][0]["bullets"] = ["", "Kept.", {"text": "   ", "tags": ["x"]}, "Also kept."]
    corpus, warnings = load_corpus_with_warnings(write(tmp_path, doc))
    assert [b.text for b in corpus.experiences[0].bullets] == ["Kept.", "Also kept."]
    assert [b.id.split("-")[0] for b in corpus.experiences[0].bullets] == ["w0.1", "w0.3"]
    assert warnings == ["experiences[0].bullets[0]: empty bullet dropped",
                        "experiences[0].bullets[2]: empty bullet dropped"]


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(native()).encode())
    assert load_corpus(path).basics.name == "Ada Example"


def test_sentences():
    assert split_sentences("Dr. Lena Vasquez leads U.S. teams. She ships!  (Often.) Done") == [
        "Dr. Lena Vasquez leads U.S. teams.", "She ships!", "(Often.)", "Done"]
    assert split_sentences("Built v2.0, e.g. the API. 5+ years.") == ["Built v2.0, e.g. the API.", "5+ years."]


# --------------------------------------------------------------------------- errors

def error_of(path) -> UserInputError:
    with pytest.raises(UserInputError) as err:
        load_corpus(path)
    return err.value


def test_missing_file(tmp_path):
    err = error_of(tmp_path / "nope.json")
    assert "nope.json" in err.render() and "not found" in err.message and err.hint


def test_folder_instead_of_file(tmp_path):
    assert "folder" in error_of(tmp_path).message


def test_an_empty_file_says_so_instead_of_pointing_at_a_missing_comma(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text("  \n", encoding="utf-8")
    err = error_of(path)
    assert err.message == "the file is empty" and "JSON Resume" in err.hint


def test_binary_file(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    err = error_of(path)
    assert "binary" in err.message and err.file == str(path)


@pytest.mark.parametrize("name", ["resume.pdf", "cv.docx", "resume.txt", "cv.md"])
def test_a_resume_document_is_pointed_to_tailor_import(tmp_path, name):
    path = tmp_path / name
    path.write_text("Jane Doe\nEngineer\n")
    err = error_of(path)
    assert "not a JSON corpus" in err.message and f"tailor import {path}" in err.hint


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"])
def test_what_windows_editors_save_is_read(tmp_path, encoding):
    """Notepad's "Unicode" (UTF-16 with a byte-order mark), UTF-32, UTF-8 with a BOM and
    "ANSI" Windows-1252 (curly quotes) are all text the person sees in their editor."""
    doc = native(basics={"name": "José “Pepe” Núñez"})
    path = tmp_path / "corpus.json"
    text = json.dumps(doc, ensure_ascii=False)
    path.write_bytes((b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.encode(encoding))
    assert load_corpus(path).basics.name == "José “Pepe” Núñez"


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "basics": {"name": "A"}\n  "experiences": []\n}', encoding="utf-8")
    err = error_of(path)
    assert "line 3, column 3" in err.message and "broken.json" in str(err) and err.hint


@pytest.mark.parametrize("data,words", [([1, 2], "found an array"), ({"name": "x"}, "not a corpus")])
def test_wrong_shape(tmp_path, data, words):
    assert words in error_of(write(tmp_path, data)).message


def test_invalid_fields_are_all_listed_with_paths(tmp_path):
    doc = native()
    doc["basics"]["emial"] = "typo@example.com"
    doc["experiences"][0]["bullets"][1] = {"text": 30}
    doc["experiences"][1]["start_date"] = "March 2020"
    doc["experiences"][2]["end_date"] = "2017"
    doc["experiences"][0]["bullets"].append(7)
    with pytest.raises(ValidationFailed) as err:
        load_corpus(write(tmp_path, doc))
    problems = dict(err.value.problems)
    assert problems == {
        "basics.emial": "did you mean `email`? `email` is missing here, so Tailor would leave "
                        "this out: rename the key",
        "experiences[0].bullets[1].text": "Input should be a valid string",
        "experiences[1].start_date": "'March 2020' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (or leave it out)",
        "experiences[2]": "end_date 2017 is before start_date 2018",
        "experiences[0].bullets[2]": "expected an object, found a number",
    }
    assert "experiences[0].bullets[1].text" in str(err.value)


def test_missing_required_fields(tmp_path):
    with pytest.raises(ValidationFailed) as err:
        load_corpus(write(tmp_path, {"experiences": [{"title": "x"}]}))
    assert dict(err.value.problems) == {"basics": "required field is missing",
                                        "experiences[0].organization": "required field is missing"}


def test_invalid_json_resume_field_via_loader(tmp_path):
    data = json.loads((TESTDATA / "resumes" / "senior-engineer.resume.json").read_text("utf-8"))
    data["work"][1]["startDate"] = "June 2015"
    with pytest.raises(ValidationFailed) as err:
        load_corpus(write(tmp_path, data))
    assert [p for p, _ in err.value.problems] == ["work[1].startDate"]
    assert "work[1].startDate" in str(err.value)


def test_empty_name_is_an_error(tmp_path):
    with pytest.raises(ValidationFailed) as err:
        load_corpus(write(tmp_path, native(basics={"name": " "})))
    assert err.value.problems[0][0] == "basics.name"


def test_a_corpus_without_any_bullet_is_warned_about(tmp_path):
    path = tmp_path / "thin.json"
    path.write_text(json.dumps({"basics": {"name": "Ada Lovelace"}, "skills": [{"name": "Python"}]}))
    loaded = load_corpus_with_warnings(path)
    assert any("no bullets to choose from" in w for w in loaded.warnings)


@pytest.mark.parametrize("text, hint", [
    ('{"basics": {"name": "Ada"}, "work": [],}', "remove the comma before that point"),
    ('{"basics": {"name": "Ada"} "work": []}', "look for a missing comma"),
])
def test_a_json_error_hint_tells_a_trailing_comma_from_a_missing_one(tmp_path, text, hint):
    path = tmp_path / "me.json"
    path.write_text(text)
    with pytest.raises(UserInputError) as caught:
        load_corpus(path)
    assert hint in str(caught.value) or hint in (caught.value.hint or "")
