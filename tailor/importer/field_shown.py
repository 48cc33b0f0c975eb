"""Which compared fields a layout Tailor did not make actually printed (docs/ARCHITECTURE.md,
"Resume import": how import accuracy is measured).

A PDF cannot give back what it never showed, so a field of a third-party layout only counts if
the page shows it. Two ways to know:

* exactly, from `tests/testdata/import_corpus/shown.json` (`printed`): `bench/import_corpus.py
  --shown` rendered each source with a unique marker word in every counted text value and a
  unique marker year in every counted date (still a date the layout parses), and wrote down
  whose marker reached the text layer. Nothing is guessed, so a value the layout left out is not
  counted because its words happen to be elsewhere on the page (a certificate's year printed
  only as a job's year), and a value it printed upper-cased or reformatted is;
* as a guess, where there is no such answer: the value's words (a date's year) searched in the
  page's text.

Whichever way, a date counts only if the page itself shows its year, and is compared at the
precision the page shows it (month or year alone).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from typing import Any

from tailor.importer.field_compare import ROLE_KEYS, FieldReport, FieldResult

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_PATH = re.compile(r"\.(startDate|endDate|date)$")
# The dates the marked render gave a marker year (compare()'s YYYY-MM or YYYY); others, an open
# end ("Present") above all, kept their text and are looked for on the page.
_MARKED_DATE = re.compile(r"^\d{4}(-\d{2})?$")
_ENTRY_FIELD = re.compile(r"^(work|volunteer|projects|education|certificates)\[(\d+)\]\.(\w+)$")
# The fields that name an entry of each section; its other fields are shown only with one of them
# (a project's role, "Contributor", is too plain a word to say that the project is on the page).
_ANCHOR_KEYS = {**ROLE_KEYS, "projects": ("name",),
                "education": ("institution", "area", "studyType"), "certificates": ("name",)}
# Not marked in the oracle's render (a layout reads them as an email address or a phone number,
# and the name is the document's title), so they are always found by their text.
_BY_TEXT = {"basics.name", "basics.email", "basics.phone"}


def squash(value: str) -> str:
    """Letters and digits only, lower case, ligatures and accents kept as written: what is left
    of a value whichever way a layout spaces, punctuates or capitalises it."""
    return "".join(c for c in unicodedata.normalize("NFKC", value).lower() if c.isalnum())


_SHORT = 3  # squashed values this short are found as whole words only


def value_shown(expected: str, page: str, squashed: str) -> bool:
    """Is `expected` in the page's text? Squashed, any spacing or punctuation matches; but a
    short value squashed is a letter or two that any word holds ("C++" -> "c", "R", "Go"), so it
    must stand as a word of its own, symbols and all."""
    value = squash(expected)
    if len(value) > _SHORT:
        return value in squashed
    written = " ".join(unicodedata.normalize("NFKC", expected).lower().split())
    return bool(written) and re.search(rf"(?<!\w){re.escape(written)}(?!\w)", page) is not None


def _date_shown(expected: str, page: str) -> str | None:
    """How precisely `page` shows the date `expected` (`YYYY-MM`, `YYYY` or `Present`): "month",
    "year" or None. Layouts write months many ways ("Mar 2020", "March 2020", "03/2020")."""
    if expected == "Present":
        return "month" if re.search(r"\b(present|current|now|today)\b", page) else None
    year, _, mon = expected.partition("-")
    if year not in page:
        return None
    if not mon:
        return "year"
    m = int(mon)
    forms = (rf"\b{_MONTHS[m - 1]}\w*\.?\s*,?\s*('?{year[2:]}|{year})\b",      # "Mar '20", "March, 2020"
             rf"\b0?{m}\s*[/.-]\s*{year}\b", rf"\b{year}\s*[-/.]\s*0?{m}\b")
    return "month" if any(re.search(f, page) for f in forms) else "year"


def _entry_anchors(fields: list[FieldResult]) -> dict[str, list[FieldResult]]:
    """Entry path (`certificates[2]`) -> the fields that name it and that the source holds."""
    anchors: dict[str, list[FieldResult]] = {}
    for f in fields:
        match = _ENTRY_FIELD.match(f.path)
        if match and f.expected is not None and match.group(3) in _ANCHOR_KEYS[match.group(1)]:
            anchors.setdefault(f"{match.group(1)}[{match.group(2)}]", []).append(f)
    return anchors


def shown_on_page(report: FieldReport, page_text: str, printed: set[str] | None = None) -> FieldReport:
    """Only what a layout prints counts: a field of a third-party layout that the page does not
    show is moved to `not_rendered`, and a date it prints as a year alone is compared at year
    precision. An importer cannot read back what the page never showed, and need not guess a
    month the page left out; something it invents still counts against it.

    `printed`, when known (`printed_paths`), is the set of field paths whose marker the layout
    printed: a text field counts iff its path is in it, a date iff its path is in it and
    `page_text` shows it too (the page the importer reads is the last word: a marked render that
    printed a date the committed file lost, cut off at the page's edge, does not count it), at
    the precision the page shows it. Without it, a field counts if its value is found in
    `page_text`. Name, email, phone and open end dates ("Present") are always looked for in the
    text.

    An entry is shown only if something that names it is (its employer, title, school, degree
    or certificate name): a layout that leaves out a section still prints its years and issuers
    elsewhere ("2024" in a job, "Tableau" as a skill), and those would count as lost otherwise."""
    page = " ".join(unicodedata.normalize("NFKC", page_text).lower().split())
    squashed = squash(page_text)

    def text_shown(f: FieldResult) -> bool:
        if printed is None or f.path in _BY_TEXT:
            return value_shown(f.expected or "", page, squashed)
        return f.path in printed

    kept: list[FieldResult] = []
    hidden: Counter = Counter(report.not_rendered)
    unnamed = {entry for entry, names in _entry_anchors(report.fields).items()
               if not any(text_shown(f) if printed is not None else squash(f.expected or "") in squashed
                          for f in names)}
    for f in report.fields:
        if f.expected is None:
            kept.append(f)
            continue
        if _DATE_PATH.search(f.path):
            precision = _date_shown(f.expected, page)
            if printed is not None and _MARKED_DATE.match(f.expected) and f.path not in printed:
                precision = None
            if precision == "year":
                f = FieldResult(f.group, f.path, f.expected[:4], f.got[:4] if f.got else None)
        else:
            precision = "text" if text_shown(f) else None
        if precision is None or f.path.split(".")[0] in unnamed:
            hidden[re.sub(r"\[[^\]]*\]", "[]", f.path) + " (not on the page)"] += 1
        else:
            kept.append(f)
    return FieldReport(kept, dict(sorted(hidden.items())))


# --------------------------------------------------------------------------- the oracle's file

def source_digest(source: Any) -> str:
    """A short fingerprint of a source resume: an oracle answer made from another version of the
    source (entries added, values changed) would name the wrong fields, so it is not used."""
    blob = json.dumps(source, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def printed_paths(shown: dict | None, layout: str, stem: str, source: dict) -> set[str] | None:
    """The field paths `layout` printed for the source file `stem`, from the oracle's file
    (`shown.json`, made by `bench/import_corpus.py --shown`); None when it has no answer (not
    made, the marked render failed, or the source changed since), so the caller guesses."""
    if not shown:
        return None
    paths = shown.get("layouts", {}).get(layout, {}).get(stem)
    if paths is None or shown.get("sources", {}).get(stem) != source_digest(source):
        return None
    return set(paths)
