"""What a file is by its first bytes, whatever its name says.

Why: people rename files. A PNG saved as "resume.pdf" otherwise reaches pdfminer, whose "No /Root
object" error names no cause, and a Word or Rich Text document given as a posting would be decoded
as text (an RTF posting's title read as "\\pard\\b BUILDING SYSTEMS ...").
Readers check these signatures first so their message can say what the file really is.
"""
from __future__ import annotations

SIGNATURES = {
    b"%PDF": "a PDF", b"PK\x03\x04": "a Word/zip document", b"\xd0\xcf\x11\xe0": "a Word document",
    b"\x89PNG": "an image", b"\xff\xd8\xff": "an image", b"GIF8": "an image",
    b"{\\rtf": "a Rich Text document",   # WordPad's and TextEdit's format: text inside control words
}


def file_kind(head: bytes) -> str | None:
    """"a PDF", "an image", ... for the first bytes of a file, or None for anything else (text)."""
    return next((what for signature, what in SIGNATURES.items() if head.startswith(signature)), None)
