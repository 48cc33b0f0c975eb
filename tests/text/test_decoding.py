"""`decode_text`: what editors save is read as text, and binary files still are not."""
from __future__ import annotations

import codecs

import pytest

from tailor.text.decoding import decode_text

TEXT = "Jane Doe\r\nEngineer — “smart” quotes, café\r\n"


@pytest.mark.parametrize("raw", [
    TEXT.encode("utf-16"),                                # Notepad "Unicode": BOM + UTF-16-LE
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),       # "Unicode big endian"
    TEXT.encode("utf-32"),                                # BOM + UTF-32 (its BOM starts like UTF-16's)
    codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    TEXT.encode("utf-8-sig"),                             # Notepad "UTF-8 with BOM"
    TEXT.encode("utf-8"),
    TEXT.encode("cp1252"),                                # Notepad "ANSI", Word "Save as text"
    TEXT.encode("utf-16-le"),                             # UTF-16 written without a BOM
    TEXT.encode("utf-16-be"),
], ids=["utf16", "utf16be", "utf32", "utf32be", "utf8bom", "utf8", "cp1252", "utf16le-nobom", "utf16be-nobom"])
def test_text_in_every_common_encoding_is_read(raw):
    assert decode_text(raw) == TEXT


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),  # an image
    bytes(range(256)) * 4,                                        # arbitrary bytes
    codecs.BOM_UTF16_LE + b"\x00\xd8A\x00",                         # a BOM, then no UTF-16
    b"\x01\x02\x03\x04\x05\x06 word \x07\x08\x0e\x0f\x10\x11\x12",  # control characters, no zeros
])
def test_binary_is_not_text(raw):
    assert decode_text(raw) is None


def test_unassigned_windows_1252_bytes_do_not_stop_the_reading():
    assert decode_text(b"caf\xe9 \x81") == "café \ufffd"
