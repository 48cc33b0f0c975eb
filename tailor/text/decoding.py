"""The text of a file as people save it, whatever editor saved it.

Why: a resume or corpus saved by Windows Notepad as "Unicode" is UTF-16 with a byte-order mark,
PowerShell's `>` writes the same, some tools write UTF-32, and Notepad's "ANSI" or an old Word
"Save as text" writes Windows-1252 with its curly quotes. Each of these is text the person can
read in their editor, so refusing it as "binary" (its UTF-16 zero bytes look binary) or as "not
UTF-8" names no fault they can see. A file with zero bytes and no such pattern, or full of
control characters, is still not text. See docs/ARCHITECTURE.md, "Inputs".

The 8-bit fallback is Windows-1252, not a guessed code page: it is what Windows writes for
Western languages, it is a superset of Latin-1 for printable text, and a fixed choice reads the
same file the same way every time (a detector guesses differently on a short resume).
"""
from __future__ import annotations

import codecs

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
FALLBACK = "cp1252"


def decode_text(raw: bytes) -> str | None:
    """The text in `raw`, or None when it is not text.

    A byte-order mark says the encoding; without one, UTF-16 is recognised by its zero bytes
    (every other byte of mostly-Latin text), then UTF-8 is tried, then Windows-1252.
    """
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None) or _utf16_without_bom(raw)
    if encoding:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            return None
    elif b"\x00" in raw:
        return None
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode(FALLBACK, errors="replace")  # its 5 unassigned bytes become U+FFFD
    return text if _few_controls(text) else None


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the zero bytes fall on one side of each pair and not the
    other, as they do in UTF-16 text in a Latin script; None otherwise."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _few_controls(text: str) -> bool:
    """Text has line breaks and tabs but few other control characters; a binary file decoded
    as text is full of them."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls <= max(2, len(text) // 100)
