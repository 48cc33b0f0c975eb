"""Guessing the hiring company from the text of a posting that has no "Company:" line.

The company's name goes on the resume and into the report, and it is kept out of the keywords,
so a wrong guess does more harm than none: only phrasings that name the employer unambiguously
are used, and anything that looks like a pronoun, an article or the job title is rejected.
"""
from __future__ import annotations

import re

_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*)"              # "U.S.", "Xpress", "Daniels"
_NAME = (r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:&|of|and|" + _NAME_WORD + r")){0,5})"
         r"(?:\s*\([A-Z]{2,6}\))?")
_COMPANY_PATTERNS = [
    re.compile(r"^\s*" + _NAME + r",?\s+(?:is|are)\s+(?:an?\s+)?(?:proud\s+to\s+be\s+an?\s+)?"
               r"equal\s+(?:employment\s+)?opportunity", re.M | re.I),
    re.compile(r"[.!]\s+" + _NAME + r",?\s+(?i:(?:is|are)\s+(?:an?\s+)?(?:(?:proud|pleased)\s+to\s+be\s+an?\s+)?"
               r"equal\s+(?:employment|opportunity)\b)", re.M),
    re.compile(r"(?:^|[.!]\s+)" + _NAME + r"\s+(?:is|are)\s+(?:currently\s+)?"
               r"(?:looking|seeking|hiring|recruiting|searching)\b", re.M),
    re.compile(r"(?:^|[.!]\s+)" + _NAME + r"\s+(?:seeks|has an opening)\b", re.M),
    re.compile(r"(?:^|[.!]\s+)At\s+" + _NAME + r",?\s+we\b", re.M),
    re.compile(r"(?:^|[.!]\s+)Join\s+" + _NAME + r"(?:[.!,]|\s+(?:and|as|in|to|today)\b)", re.M),
    re.compile(r"(?:^|[.!]\s+)Join\s+the\s+" + _NAME + r"\s+(?:team|family)\b", re.M),
    re.compile(r"^\s*Why\s+(?:[Ww]ork\s+(?:at|for)\s+|[Jj]oin\s+)?" + _NAME + r"\s*\?", re.M),
]
_NOT_A_NAME = re.compile(
    r"^(the|our|we|this|that|a|an|my|your|their|us|it|company|client|employer|candidate|you|"
    r"position|role|team|job|who|what|why|how|should|is|are|i|join|work)\b", re.I)


def guess_company(text: str, title: str = "") -> str:
    """The hiring company when the posting names it unambiguously; "" when unsure.

    Looks, in order of reliability, at "<Name> is (pleased to be) an equal opportunity employer",
    "<Name> is looking/seeking/hiring", "At <Name>, we", "Join <Name>", "Join the <Name> team" and
    "Why <Name>?". A candidate that
    starts with a pronoun or article ("Our top firm", "The Company") or repeats the job title is
    rejected: an empty company is better than a wrong one on a resume.
    """
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    for pattern in _COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name").strip(" .,")
            name = re.sub(r",\s*(?:Inc|LLC|Ltd)\.?$", "", name).strip(" ,")
            words = re.findall(r"[A-Za-z]+", name)
            if not words or _NOT_A_NAME.match(name) or len(name) > 60:
                continue
            if {w.lower() for w in words} <= title_words:
                continue
            return name
    return ""


def organisation(meta: dict[str, str]) -> str:
    """The employer a federal or agency posting names in its header ("Organization: U.S. Air
    Force - Agency Wide (Department of the Air Force)" -> "U.S. Air Force"): the name before the
    sub-unit after " - " and the parent body in brackets, which are not what a person writes."""
    value = meta.get("organization") or meta.get("organisation") or meta.get("agency") or ""
    return re.split(r"\s+[-–]\s+|\s*\(", value, maxsplit=1)[0].strip(" ,")
