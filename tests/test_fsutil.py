import os

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
    _run(out, {"a.txt": "first", "old.txt": "x"})
    _run(out, {"a.txt": "second"})
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]
    assert (out / "a.txt").read_text() == "second"
    assert _leftovers(tmp_path) == []


def test_failed_swap_puts_the_previous_folder_back(tmp_path, monkeypatch):
    out = tmp_path / "run"
    _run(out, {"a.txt": "previous"})
    staging = fsutil.staging_dir_for(out)
    (staging / "a.txt").write_text("new")
    real_rename = os.rename

    def rename(src, dst):
        if ".run.tmp-" in str(src):
            raise OSError("rename failed")
        real_rename(src, dst)

    monkeypatch.setattr(fsutil.os, "rename", rename)
    with pytest.raises(OSError, match="rename failed"):
        fsutil.publish(staging, out)
    assert (out / "a.txt").read_text() == "previous"


def test_an_out_path_that_is_a_file_is_a_user_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserInputError, match="not a folder"):
        fsutil.staging_dir_for(tmp_path / "file")
