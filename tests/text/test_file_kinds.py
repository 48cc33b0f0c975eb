"""A file is named by its first bytes, not by its name."""
from tailor.text.file_kinds import file_kind


def test_known_signatures_and_text():
    assert file_kind(b"%PDF-1.7\n") == "a PDF"
    assert file_kind(b"\x89PNG\r\n\x1a\n") == "an image"
    assert file_kind(b"PK\x03\x04\x14\x00") == "a Word/zip document"
    assert file_kind(b"\xd0\xcf\x11\xe0\xa1\xb1") == "a Word document"
    assert file_kind(b"{\\rtf1\\ansi") == "a Rich Text document"
    assert file_kind(b"Senior Engineer at Acme") is None
    assert file_kind(b"") is None
