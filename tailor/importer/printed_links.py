"""Link addresses a print stylesheet writes out after the link's text: "Outreach
(https://www.outreach.io/)", "(206) 555-0142 (tel:(206)555-0142)", or "(mailto:jo@example.com)"
on a line of its own under the address. Browsers print pages this way so that a reader of
paper still sees where a link goes (`a[href]::after { content: " (" attr(href) ")" }`).

The address in brackets repeats what the page already shows (the email, the phone) or what
the link under the text holds, and it is set smaller, often cut at the column's edge
("(https://www.linkedin.com/in/janedoe-da") or wrapped onto a line of its own ("akesson)"), also
when it opened after the link's text on the line above ("Maya Okonkwo (https://github.com/jo/x-").
Read as text it glues itself onto employers, phones and profiles. So it is taken out of the
line, and a web address is kept as the line's `link` when the line has none. Runs on the lines
of every format, before the parsers (see the importer steps in docs/ARCHITECTURE.md).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.lines import Line

# "(tel:(206)555-0142)": a phone target may hold brackets of its own; a cut target has no ")".
_TARGET = r"\((?:mailto:|tel:|https?://)(?:[^()\s]|\([^()\s]*\))*"
_INLINE = re.compile(rf"\s+{_TARGET}\)(?=\s|$)")
_ALONE = re.compile(rf"^{_TARGET}\)?$")
_CUT_AT_END = re.compile(rf"\s+{_TARGET}$")  # "Maya Okonkwo (https://github.com/jo/theme-": wrapped after the text
_REST = re.compile(r"^[^\s()]*\)$")  # the wrapped rest of a cut target: "akesson)"
_REST_WITHIN = 3  # ... comes this many lines after it at most (a column beside it between them)


def drop_printed_targets(lines: list[Line]) -> list[Line]:
    """`lines` without the link addresses a print stylesheet wrote after the links' text."""
    out: list[Line] = []
    cut: list[tuple[int, Line]] = []  # target lines cut before their ")": the rest may follow in their column
    for at, line in enumerate(lines):
        text = line.text.strip()
        if _REST.match(text) and (rest_of := [c for _, c in cut if abs(line.x - c.x) < 1.5 and c.page == line.page]):
            if rest_of[0] in out and rest_of[0].link and not rest_of[0].link.endswith(text[:-1]):
                at_out = out.index(rest_of[0])  # the address whole again: its cut start and this rest
                out[at_out] = replace(out[at_out], link=out[at_out].link + text[:-1])
            cut = []
            continue
        cut = [(where, c) for where, c in cut if where >= at - _REST_WITHIN]
        if _ALONE.match(text):
            if out and not out[-1].link and (web := _web(text)):
                out[-1] = replace(out[-1], link=web)
            cut += [] if text.endswith(")") else [(at, line)]
            continue
        if match := _INLINE.search(line.text):
            web = _web(match[0].strip())
            line = replace(line, text=_INLINE.sub("", line.text).strip(), link=line.link or web)
        if (match := _CUT_AT_END.search(line.text)) and line.text[:match.start()].strip():
            line = replace(line, text=line.text[:match.start()].strip(), link=line.link or _web(match[0]))
            cut.append((at, line))  # its rest ("fullmoon)") starts the next line, at the text's left edge
        out.append(line)
    return out


def _web(target: str) -> str:
    """The web address in "(https://...)", "" for a mail or phone target."""
    address = target.strip()[1:].rstrip(")")
    return address if address.lower().startswith(("http://", "https://")) else ""
