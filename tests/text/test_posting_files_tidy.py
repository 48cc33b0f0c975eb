"""A posting saved again with other line ends or more blank lines is the same posting
(posting_files `tidy`, `PostingTask.sha256`); synthetic files only."""
import hashlib

from tailor.text.posting_files import PostingTask, collect

TEXT = b"Payroll Clerk\n\nRequirements:\n- 1 year of payroll experience\n"


def test_a_posting_saved_again_with_blank_lines_and_crlf_is_one_posting_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT)
    (tmp_path / "b.txt").write_bytes(b"\r\n" + TEXT.replace(b"\n", b"  \r\n") + b"\r\n\r\n")
    (tmp_path / "c.txt").write_bytes(TEXT.replace(b"\n\n", b"\n\n\n\n"))
    postings, _, notes = collect([tmp_path])
    assert [p.name for p in postings] == ["a"]
    assert notes == [f"left out {tmp_path / n}: same text as {tmp_path / 'a.txt'} (apart from line ends, "
                     f"spaces and blank lines)" for n in ("b.txt", "c.txt")]


def test_a_tidy_file_keeps_its_bytes_hash_as_its_identity_and_words_still_count():
    assert PostingTask("a.txt", "a", ".txt", TEXT).sha256 == hashlib.sha256(TEXT).hexdigest()
    no_newline = TEXT.rstrip(b"\n")
    assert PostingTask("a.txt", "a", ".txt", no_newline).sha256 == hashlib.sha256(no_newline).hexdigest()
    other = TEXT.replace(b"1 year", b"2 years")
    assert PostingTask("b.txt", "b", ".txt", other).sha256 != PostingTask("a.txt", "a", ".txt", TEXT).sha256
