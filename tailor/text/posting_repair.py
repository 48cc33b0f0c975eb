"""Repairing the raw text of a pasted posting before anything reads it.

Real postings (see tests/testdata/jobs/) are pasted from web pages that lost their markup: HTML
entities survive ("Bachelor&#39;s"), and bullet lists become run-together text ("...Google
PubSub.Take charge of...", "in a timely mannerMeet or exceed...", "ResponsibilitiesOwn interview
scheduling"). Every later rule reads the posting line by line, so the lost line breaks are put
back first. A repair only ever inserts a newline, never deletes a character, so every requirement
stays a verbatim quote of the posting.
"""
from __future__ import annotations

import html
import re
import unicodedata

from tailor.text.keyword_variants import ordinary_word
from tailor.text.posting_layout import heading_kind
from tailor.text.posting_vocabulary import DUTY_VERBS, FUNCTION_WORDS, ITEM_STARTERS

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


# What is left of "&name;" after unescaping is no entity but an escaper's damage to "C&I" or
# "R&D" ("C&I; series", "R&D; project"): the ";" would end a clause that never ended.
_BROKEN_ENTITY = re.compile(r"&([A-Z][A-Za-z]{0,5});")


def clean_raw_text(text: str) -> str:
    """Unescape HTML entities (`Bachelor&#39;s`), unify line ends and spaces, drop control chars,
    and repair abbreviations an escaper took for entities ("C&I;" -> "C&I").

    Letters, quotes and dashes are left as posted: requirement texts are quoted from the posting.
    """
    text = _BROKEN_ENTITY.sub(r"&\1", html.unescape(text)).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace("\u00a0", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


_PERIOD_JOIN = re.compile(r"(?<=[a-z0-9%)\]’'”])([.!?]{1,3})(?=[A-Z][a-z])|(?<=[a-z])([!?])(?=[A-Z])")
_PAREN_JOIN = re.compile(r"(?<=[a-z.]\))(?=[A-Z][a-z])|(?<=[a-z]{2}\))(?=[A-Z])")
_CAPS_PERIOD_JOIN = re.compile(r"(?<=[A-Z]{2})\.(?=[A-Z][a-z]{2,})|(?<=[a-z]{2})\.(?=(?:A|An) [a-z])")
_CAPS_JOIN = re.compile(r"(?<=[A-Z]{4})(?=[A-Z][a-z]{2,})")
_COLON_JOIN = re.compile(r"(?<=[A-Za-z)]):(?=[A-Z0-9\"“(•-])")
_DIGIT_JOIN = re.compile(r"(?<=\d)(?=[A-Z][a-z]{2,})")
_YEARS_JOIN = re.compile(r"(?<=[a-z]{3})(?=\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:years?|yrs)\b)")
_ARTICLE_JOIN = re.compile(r"(?<=[a-z]{3})(?=(?:A|An) [a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+)")
_LETTERS_BEFORE = re.compile(r"[A-Za-z’']+$")
_WORD_AFTER = re.compile(r"[A-Z][a-z]+")
_HYPHEN_JOIN = re.compile(r"(?<=[a-z]{3})-(?=[A-Z][a-z]{3,})")
_MULTI_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_WORD_SUFFIXES = ("s", "ion", "ment", "ity", "ing", "ed", "ance", "ence", "ure", "ship", "ies")

# Well-known CamelCase product names: never split them as if two items had been glued together.
CAMEL_WORDS = frozenset(w.lower() for w in """
JavaScript TypeScript CoffeeScript QuickBooks PowerPoint SharePoint PowerShell PowerApps PowerBI
LinkedIn GitHub GitLab BitBucket PubSub BigQuery BigTable SmartPlant SmartSheet SolidWorks
PeopleSoft SuccessFactors ServiceNow SalesForce PhotoShop InDesign DreamWeaver WhatsApp YouTube
FaceBook BlackBerry ClickHouse ElasticSearch LogStash SendGrid WordPress WooCommerce TensorFlow
PyTorch NumPy SciPy DevOps DataDog PagerDuty CloudFormation CloudWatch SageMaker CircleCI TeamCity
TestRail JetBrains IntelliJ MailChimp HubSpot NetSuite FreshBooks QuickBase SketchUp AutoDesk
DocuSign ZipRecruiter GreenHouse SmartRecruiters PeachTree SolarWinds CrowdStrike ClickUp
FastAPI GraphQL OpenShift OpenStack RabbitMQ WebSphere WebLogic RedHat SnowFlake SQLAlchemy
XMLHttpRequest PDFBox
""".split())
_NOT_ITEM_ENDS = frozenset("outside inside within across between including like than via per".split())


def _camel_split_ok(text: str, pos: int) -> bool:
    """Is the lower->Upper change at `pos` a lost line break rather than a product name?

    "mannerMeet", "Svelte.jsGoogle" (lower-case word before): yes. "StandardsEnsure",
    "SkillsAbility" (long word with a common word ending, or an item-opening word after): yes.
    "JavaScript", "QuickBooks", "LinkedIn" (known names, short halves): no.
    """
    before = _LETTERS_BEFORE.search(text, 0, pos)
    after = _WORD_AFTER.match(text, pos)
    if not before or not after:
        return False
    left, right = before.group(), after.group()
    if (left + right).lower() in CAMEL_WORDS:
        return False
    if left.lower() in FUNCTION_WORDS or left.lower() in _NOT_ITEM_ENDS:
        return False                                 # "outsideIpsen": a typo, not two items
    if left[0].islower():
        return len(left) >= 2
    if re.fullmatch(r"[A-Z]{2,}s", left):                       # "EAsMaintain", "PTAsManage"
        return True
    if len(left) < 4 or len(right) < 3:
        return False
    starts_item = right in ITEM_STARTERS or right.lower() in DUTY_VERBS or bool(heading_kind(right))
    return starts_item or left.lower().endswith(_WORD_SUFFIXES)


def _camel_word_at(text: str, pos: int) -> bool:
    word = re.match(r"[A-Za-z]*", text[max(0, pos - 12):pos][::-1]).group()[::-1] + \
        re.match(r"[A-Za-z]*", text[pos:]).group()
    return word.lower() in CAMEL_WORDS


def _word_before(text: str, pos: int) -> bool:
    """Is what runs into a glued "A"/"An" an English word ("skillsA strong ...")? A name that ends
    in a capital A ("VistA documentation") is no lost sentence break."""
    return ordinary_word(re.search(r"[A-Za-z]+$", text[max(0, pos - 30):pos]).group().lower())


def repair_joins(text: str) -> str:
    """Restore line breaks lost when a posting's lists were flattened into one paragraph.

    Each repair inserts a newline (never deletes a character), so every requirement stays a
    verbatim piece of the posting: "Google PubSub.Take charge" -> "Google PubSub.\\nTake charge".
    """
    text = _MULTI_SPACE.sub("\n", text)
    text = _PERIOD_JOIN.sub(lambda m: (m.group(1) or m.group(2)) + "\n", text)
    text = _PAREN_JOIN.sub("\n", text)
    text = _CAPS_PERIOD_JOIN.sub(".\n", text)
    text = _CAPS_JOIN.sub(lambda m: "" if _camel_word_at(text, m.start()) else "\n", text)
    text = _COLON_JOIN.sub(":\n", text)
    text = _DIGIT_JOIN.sub("\n", text)
    text = _YEARS_JOIN.sub("\n", text)
    text = _ARTICLE_JOIN.sub(lambda m: "\n" if _word_before(text, m.start()) else "", text)
    text = _HYPHEN_JOIN.sub("\n-", text)
    out, last = [], 0
    for match in _CAMEL.finditer(text):
        if _camel_split_ok(text, match.start()):
            out.append(text[last:match.start()])
            last = match.start()
    out.append(text[last:])
    return "\n".join(out)
