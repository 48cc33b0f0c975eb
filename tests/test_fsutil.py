import os
from pathlib import Path

import pytest

from tailor import fsutil
from tailor.errors import UserInputError


def _leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def _run(out, files):
    staging = fsutil.staging_dir_for(out)
    for name, text in files.items():
        (staging / name).write_text(text)
    fsutil.publish(staging, out)


def test_publish_creates_then_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "run"
    _run(out, {"report.json": "first", "a.txt": "x"})
    _run(out, {"report.json": "second", "a.txt": "y"})
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "report.json"]
    assert (out / "report.json").read_text() == "second"
    assert _leftovers(tmp_path) == []


def test_failed_swap_puts_the_previous_folder_back(tmp_path, monkeypatch):
    out = tmp_path / "run"
    _run(out, {"report.json": "previous"})
    staging = fsutil.staging_dir_for(out)
    (staging / "report.json").write_text("new")
    real_rename = os.rename

    def rename(src, dst):
        if ".run.tmp-" in str(src):
            raise OSError("rename failed")
        real_rename(src, dst)

    monkeypatch.setattr(fsutil.os, "rename", rename)
    with pytest.raises(OSError, match="rename failed"):
        fsutil.publish(staging, out)
    assert (out / "report.json").read_text() == "previous"


def test_an_out_path_that_is_a_file_is_a_user_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserInputError, match="not a folder"):
        fsutil.staging_dir_for(tmp_path / "file")


def test_write_text_atomic_writes_as_given_with_the_mode_open_would_give(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "sub" / "out.csv"
        fsutil.write_text_atomic(target, "a,b\r\nç,d\r\n")
        assert target.read_bytes() == "a,b\r\nç,d\r\n".encode("utf-8")  # no newline translation
        assert target.stat().st_mode & 0o777 == 0o644                  # umask's, not mkstemp's 0600
        target.chmod(0o664)
        fsutil.write_text_atomic(target, "new\n")                    # replacing keeps the file's mode
        assert target.read_text("utf-8") == "new\n" and target.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.csv"]  # no temp file left


def test_write_text_atomic_leaves_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(*args):
        raise OSError("disk full")
    monkeypatch.setattr(fsutil.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        fsutil.write_text_atomic(target, "new\n")
    assert target.read_text("utf-8") == "old\n" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_folder_tailor_did_not_write_is_never_replaced(tmp_path):
    """`--out .` must not delete the user's own files with the folder."""
    out = tmp_path / "mine"
    out.mkdir()
    (out / "me.json").write_text("{}")
    (out / ".DS_Store").write_text("")
    with pytest.raises(UserInputError, match=r"did not write \(me\.json\)"):
        fsutil.staging_dir_for(out)
    assert (out / "me.json").read_text() == "{}"
    assert _leftovers(tmp_path) == []


def test_files_added_to_an_earlier_output_are_not_deleted_by_a_rerun(tmp_path):
    out = tmp_path / "run"
    _run(out, {"report.json": "{}", "resume.pdf": "v1"})
    (out / "notes.txt").write_text("called them on Monday")
    (out / ".DS_Store").write_text("")          # file-manager litter is not worth refusing for
    staging = fsutil.staging_dir_for(out)      # an earlier output: accepted up front
    (staging / "report.json").write_text("{}")
    (staging / "resume.pdf").write_text("v2")
    with pytest.raises(UserInputError, match=r"notes\.txt"):
        fsutil.publish(staging, out)
    assert (out / "notes.txt").read_text() == "called them on Monday"
    assert (out / "resume.pdf").read_text() == "v1"


def test_an_empty_folder_is_used(tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    _run(out, {"report.json": "{}"})
    assert (out / "report.json").is_file()


def test_an_out_folder_that_cannot_be_created_is_a_user_error(tmp_path):
    with pytest.raises(UserInputError, match="cannot create the output folder"):
        fsutil.staging_dir_for(Path("/proc/tailor-out"))
