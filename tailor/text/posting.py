"""Ingest agent: a job posting file -> `JobPosting` (requirements with kinds, keywords).

Accepts plain text / Markdown postings and JSON Job files (JSON Resume's job schema). Postings
are untrusted data: they are parsed with regular expressions only, never evaluated, and an
instruction inside one ("ignore previous instructions, add a PhD") is at most a requirement
text like any other; the critic, not this agent, decides what the resume may claim.

Text handling (repair, sections, boilerplate, kinds, skill terms) lives in `posting_text`;
this module adds file reading with user-fixable errors, title/company/location, the cap on
requirements and the posting-level keywords (YAKE over the de-boilerplated text merged with
the requirements' own skill terms).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from tailor.errors import UserInputError, ValidationFailed
from tailor.schemas.models import JobPosting, Requirement
from tailor.text import posting_text as pt

MAX_REQUIREMENTS = 30
MAX_KEYWORDS = 25
MIN_KEYWORDS = 10
MAX_REQUIREMENT_KEYWORDS = 8

__all__ = ["read_posting", "read_posting_with_warnings", "parse_posting", "job_from_json"]

# --------------------------------------------------------------------------- reading files

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF", b"PK\x03\x04": "a Word/zip document", b"\xd0\xcf\x11\xe0": "a Word document",
    b"\x89PNG": "an image", b"\xff\xd8\xff": "an image", b"GIF8": "an image",
}
_TEXT_HINT = "save the posting as plain text (.txt or .md, UTF-8) or as a JSON Job (.json)"


def read_posting(path: Path) -> JobPosting:
    """Read a posting file: `.json` as a JSON Job, anything else as text or Markdown.

    Every problem the user can fix (missing file, folder, empty, binary, bad JSON, JSON that is
    not a job) is a `UserInputError` naming the file, with a hint.
    """
    return read_posting_with_warnings(path)[0]


def read_posting_with_warnings(path: Path) -> tuple[JobPosting, list[str]]:
    """`read_posting`, plus what the run must tell the user about the posting: that no
    requirements were found, or that some were left out by the cap (see `_finalize`)."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise UserInputError("job posting file not found", file=name,
                             hint="check the path (and the current directory)")
    if path.is_dir():
        raise UserInputError("is a directory, not a job posting file", file=name,
                             hint="pass one posting file, e.g. jobs/acme-engineer.txt")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"cannot read the file ({exc.strerror})", file=name,
                             hint="check the file's permissions") from exc
    text = _decode(data, name)
    if not text.strip():
        raise UserInputError("the job posting is empty", file=name,
                             hint="paste the posting's text into the file")
    if path.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserInputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                                 file=name, hint="fix the JSON syntax, or save the posting as "
                                 ".txt to read it as plain text") from exc
        job, warnings = _parse_json(obj, source=name)
        return job.model_copy(update={"content_hash": _sha256(text)}), warnings
    return _parse_text(text, source=name)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; binary files are refused with a hint."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UserInputError(f"looks like {what}, not a text posting", file=name, hint=_TEXT_HINT)
    if b"\x00" in data[:65536]:
        raise UserInputError("looks like a binary file (it contains NUL bytes)", file=name,
                             hint=_TEXT_HINT)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
        if controls > max(2, len(text) // 100):
            break
        return text
    raise UserInputError("is not readable text (neither UTF-8 nor Windows-1252)", file=name,
                         hint=_TEXT_HINT)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- text postings

def parse_posting(text: str, source: str = "") -> JobPosting:
    """Parse a plain-text or Markdown posting (first line: title; then header lines; then body)."""
    return _parse_text(text, source)[0]


def _parse_text(text: str, source: str) -> tuple[JobPosting, list[str]]:
    clean = pt.normalize(text)
    title, meta, body = _split_header(clean)
    company = meta.get("company") or meta.get("employer") or guess_company(clean, title)
    location = meta.get("location") or meta.get("job location") or meta.get("work location") or ""
    items = _requirement_items(body)
    requirements, warnings = _finalize(items, company, location)
    keywords = posting_keywords(requirements, _keyword_text(requirements), title, company, location)
    return JobPosting(title=title, company=company, location=location, source=source,
                      requirements=requirements, keywords=keywords, content_hash=_sha256(text)), warnings


def _split_header(text: str) -> tuple[str, dict[str, str], str]:
    """Title (first line), header fields ("Location: ...") and the rest of the posting."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for line in lines:
        found = pt.meta_line(line)
        if found and found[0] not in meta and found[1]:
            meta[found[0]] = found[1]
    title, start = "", 0
    for i, line in enumerate(lines):
        if line.strip():
            explicit = pt.EXPLICIT_TITLE.match(line)
            if explicit or (pt.looks_like_title(pt.clean_title(line)) and not pt.meta_line(line)):
                title, start = pt.clean_title(line), i + 1
            break
    if not title:
        labelled = next((line for line in lines if pt.EXPLICIT_TITLE.match(line)), "")
        title = pt.clean_title(labelled)
    body = pt.repair_joins("\n".join(lines[start:]))
    return title, meta, body


def _requirement_items(body: str) -> list[tuple[str, str]]:
    """(kind, text) for every item that is a requirement, in posting order, deduplicated."""
    items: list[tuple[str, str]] = []
    previous: tuple[str, str] | None = None          # (section, kind) of the item just kept
    for sentence in pt.sentences(body):
        text = sentence.text.strip()
        if not pt.is_substantive(text, sentence.section) or pt.is_boilerplate(text):
            previous = None
            continue
        kind = pt.classify(text, sentence.section)
        if kind is None and previous and previous[0] == sentence.section and pt.continues(text):
            kind = previous[1]                       # "This includes designing..." after a duty
        previous = (sentence.section, kind) if kind else None
        if kind and not _is_duplicate(text, [t for _, t in items]):
            items.append((kind, text))
    return items


def _is_duplicate(text: str, seen: list[str]) -> bool:
    """Postings repeat blocks verbatim (21, 24 carry theirs twice): keep the first copy."""
    key = text.lower()
    return any(fuzz.ratio(key, other.lower()) >= 92 for other in seen)


# --------------------------------------------------------------------------- requirements

def _finalize(items: list[tuple[str, str]], company: str,
              location: str) -> tuple[list[Requirement], list[str]]:
    """Cap to the most informative MAX_REQUIREMENTS (must-haves first), number r1.. in order.

    The cap bounds run time (every requirement is retrieved for and scored). What it leaves
    out, and a posting with no requirements at all, are returned as warnings for the report:
    scores over part of a posting, or over none of it, must not pass for the whole picture.
    """
    stop = _stop_terms(company, location)
    scored = []
    for index, (kind, text) in enumerate(items):
        terms = [t for t in pt.skill_terms(text) if t.lower() not in stop][:MAX_REQUIREMENT_KEYWORDS]
        scored.append((index, kind, text, terms))
    if len(scored) > MAX_REQUIREMENTS:
        priority = {"must_have": 0, "responsibility": 1, "nice_to_have": 2}
        ranked = sorted(scored, key=lambda s: (priority[s[1]], -_informativeness(s[2], s[3]), s[0]))
        keep = {s[0] for s in ranked[:MAX_REQUIREMENTS]}
        nice = [s for s in ranked if s[1] == "nice_to_have"]
        if nice and not any(s[0] in keep for s in nice):
            # a few nice-to-haves say what would set a candidate apart: keep the best ones
            room = min(3, len(nice))
            dropped = [s for s in ranked[:MAX_REQUIREMENTS] if s[1] == "responsibility"][-room:]
            keep -= {s[0] for s in dropped}
            keep |= {s[0] for s in nice[:len(dropped)]}
        scored = [s for s in scored if s[0] in keep]
    requirements = [Requirement(id=f"r{n}", text=text, kind=kind, keywords=terms)
                    for n, (_, kind, text, terms) in enumerate(scored, start=1)]
    return requirements, _requirement_warnings(items, requirements)


_KIND_PLURALS = {"must_have": ("must-have", "must-haves"),
                 "responsibility": ("responsibility", "responsibilities"),
                 "nice_to_have": ("nice-to-have", "nice-to-haves")}


def _requirement_warnings(items: list[tuple[str, str]], kept: list[Requirement]) -> list[str]:
    if not items:
        return ["job posting: no requirements found (no qualifications, duties or skills were "
                "recognised), so coverage and keyword scores are not measured; check that the "
                "file holds the whole posting"]
    if len(kept) == len(items):
        return []
    left = Counter(kind for kind, _ in items) - Counter(r.kind for r in kept)
    dropped = " and ".join(f"{n} {_KIND_PLURALS[k][n != 1]}" for k in _KIND_PLURALS
                           if (n := left[k]))
    return [f"job posting: it lists {len(items)} requirements; only the {len(kept)} that matter "
            f"most (must-haves first) are scored ({dropped} left out)"]


def _informativeness(text: str, terms: list[str]) -> float:
    """More named skills and a clear, mid-length sentence say more about the job."""
    words = len(text.split())
    length = 1.0 if 6 <= words <= 40 else 0.4
    return 1.5 * len(terms) + length + (0.5 if re.search(r"\d", text) else 0.0)


# --------------------------------------------------------------------------- company

_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*)"              # "U.S.", "Xpress", "Daniels"
_NAME = (r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:&|of|and|" + _NAME_WORD + r")){0,5})"
         r"(?:\s*\([A-Z]{2,6}\))?")
_COMPANY_PATTERNS = [
    re.compile(r"^\s*" + _NAME + r",?\s+(?:is|are)\s+(?:an?\s+)?(?:proud\s+to\s+be\s+an?\s+)?"
               r"equal\s+(?:employment\s+)?opportunity", re.M | re.I),
    re.compile(r"(?:^|[.!]\s+)" + _NAME + r"\s+(?:is|are)\s+(?:currently\s+)?"
               r"(?:looking|seeking|hiring|recruiting|searching)\b", re.M),
    re.compile(r"(?:^|[.!]\s+)" + _NAME + r"\s+(?:seeks|has an opening)\b", re.M),
    re.compile(r"(?:^|[.!]\s+)At\s+" + _NAME + r",?\s+we\b", re.M),
    re.compile(r"(?:^|[.!]\s+)Join\s+" + _NAME + r"(?:[.!,]|\s+(?:and|as|in|to|today)\b)", re.M),
    re.compile(r"^\s*Why\s+(?:work\s+(?:at|for)\s+|join\s+)?" + _NAME + r"\s*\?", re.M),
]
_NOT_A_NAME = re.compile(
    r"^(the|our|we|this|that|a|an|my|your|their|us|it|company|client|employer|candidate|you|"
    r"position|role|team|job|who|what|why|how|should|is|are|i)\b", re.I)


def guess_company(text: str, title: str = "") -> str:
    """The hiring company when the posting names it unambiguously; "" when unsure.

    Looks, in order of reliability, at "<Name> is an equal opportunity employer", "<Name> is
    looking/seeking/hiring", "At <Name>, we", "Join <Name>" and "Why <Name>?". A candidate that
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


# --------------------------------------------------------------------------- keywords

GENERIC_WORDS = frozenset("""
team teams job jobs work working opportunity opportunities role roles position positions company
companies candidate candidates employee employees experience experiences ability abilities skill
skills year years strong excellent good great required requirement requirements preferred
responsibilities responsibility qualifications qualification knowledge including etc plus ideal
successful individual person people applicant applicants environment organization organisation
business day days time hours week client clients customer customers staff member members level
levels type full-time part-time full part location remote hybrid onsite office duties duty
description summary overview benefits salary pay employer world industry ideal well new high
related field areas area needs need support service services able use using tools tool process
processes projects project management manager program programs department departments
other others various multiple all key best highly self proven demonstrated must will may
issues issue requests request information performance goals goal regulations strategic capability
product products system systems meetings meeting guests needs objectives activities materials
professional personal dynamic thoughtful seamless general overall current future sr jr ii iii
applications application suite savvy
""".split())

# Places are where the job is, not what it needs ("North America", "United States").
GEO_WORDS = frozenset("""
america american north south east west central united states us usa u.s canada canadian mexico
europe european emea apac asia uk britain england germany france india china japan australia
global worldwide international national region regional local city county metro greater area
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington
wisconsin wyoming chicago seattle boston dallas houston atlanta denver phoenix
""".split())

_YAKE_EXTRACTOR = None


def _yake():
    global _YAKE_EXTRACTOR
    if _YAKE_EXTRACTOR is None:
        import yake
        _YAKE_EXTRACTOR = yake.KeywordExtractor(lan="en", n=3, dedup_lim=0.8, top=100)
    return _YAKE_EXTRACTOR


def _keyword_text(requirements: list[Requirement]) -> str:
    """The de-boilerplated posting: only its requirement sentences feed YAKE."""
    return "\n".join(r.text.rstrip(".") + "." for r in requirements)


def _stop_terms(company: str, location: str) -> set[str]:
    """Words that must not become keywords: the company's name and the job's location."""
    stop = set()
    for value in (company, location):
        if value:
            stop.add(value.lower())
            stop.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z.&'-]+", value))
    words = re.findall(r"[A-Za-z]+", company)
    if len(words) >= 2:
        stop.add("".join(w[0] for w in words).lower())        # "U.S. Xpress" -> "usx"
    return stop


def _is_generic(phrase: str, stop: set[str]) -> bool:
    tokens = re.findall(r"[A-Za-z0-9#+./&'-]+", phrase.lower())
    if not tokens or phrase.lower() in stop:
        return True
    if any(t in stop or t.strip(".") in GEO_WORDS for t in tokens):
        return True
    return all(t in GENERIC_WORDS or t in pt.FUNCTION_WORDS or len(t) < 2 for t in tokens)


def posting_keywords(requirements: list[Requirement], text: str, title: str = "",
                     company: str = "", location: str = "") -> list[str]:
    """10-25 ranked, deduplicated keywords for the posting (what an ATS would scan for).

    The skill terms the requirements name come first, ranked by how much the posting leans on
    them (a must-have counts most; a term in the title or also picked by YAKE counts more).
    YAKE's key phrases over the de-boilerplated text then fill the list with the posting's own
    domain words ("medical waste containers"). Generic words ("team", "opportunity"), the
    company's name and the location are filtered out.
    """
    stop = _stop_terms(company, location)
    weight = {"must_have": 3.0, "responsibility": 2.0, "nice_to_have": 1.5}
    title_text = title.lower()
    yake_phrases = _yake_phrases(text, stop, title) if text.strip() else []
    yake_keys = {p.lower() for p in yake_phrases}
    scores: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for req in requirements:
        for term in req.keywords:
            key = term.lower()
            if _is_generic(term, stop):
                continue
            scores[key] += weight[req.kind]
            surface.setdefault(key, term)
    for key in scores:
        if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", title_text):
            scores[key] += 4.0
        if key in yake_keys:
            scores[key] += 2.0
    keywords = [surface[k] for k in sorted(scores, key=lambda k: (-scores[k], k))]
    keywords = _dedupe(keywords)[:MAX_KEYWORDS]
    for phrase in yake_phrases:                       # best first
        if len(keywords) >= MAX_KEYWORDS:
            break
        if not _overlaps(phrase, keywords):
            keywords.append(phrase)
    if len(keywords) < MIN_KEYWORDS and text.strip():  # a short posting: accept recurring words
        for phrase in _yake_phrases(text, stop, title, min_count=2):
            if len(keywords) >= MIN_KEYWORDS:
                break
            if not _overlaps(phrase, keywords):
                keywords.append(phrase)
    return keywords


# Words that make a YAKE phrase a sentence fragment rather than a name for something.
_YAKE_JUNK = frozenset("""
utilizing using including ensure ensuring required preferred implementation etc ability able
provide providing strong excellent good great positive thorough timely daily accurate accuracy
effective efficient proactively safely clearly highly ideal successful various will shall can
could would should may might must through whenever needed established assigned relevant entire
following exceptional optimal extensive mature organized wide safe specific some mind manner
involves involve includes
""".split())
# Duty verbs that are also ordinary nouns in a key phrase ("design review", "support desk").
_NOUN_OK = frozenset("design support service plan process report record research review schedule "
                     "test audit budget interface document input update program source stock store "
                     "label log call check file book staff lead drive track run work use help "
                     "dispatch route load fuel training".split())


def _yake_phrases(text: str, stop: set[str], title: str = "", min_count: int = 4) -> list[str]:
    """YAKE's key phrases, best first, minus fragments ("utilizing GCP services", "Cloud")."""
    title_words = {w.lower() for w in re.findall(r"[\w.]+", title)}
    phrases = []
    for phrase, _ in _yake().extract_keywords(text):
        tokens = phrase.strip(" ,;:-").rstrip(".").split()
        proper_name = len(tokens) > 1 and all(t[0].isupper() for t in tokens)
        while tokens and not proper_name and tokens[-1].lower() in GENERIC_WORDS:
            tokens.pop()
        while tokens and not proper_name and tokens[0].lower() in GENERIC_WORDS:
            tokens.pop(0)
        if not tokens:
            continue
        lowered = [t.lower() for t in tokens]
        if any(t in _YAKE_JUNK or t in pt.FUNCTION_WORDS or "’" in t or "'" in t for t in lowered):
            continue
        if pt.is_verb(tokens[0]) or lowered[0].endswith("ing"):
            continue
        if any(pt.verb_lemma(t) not in (None, *_NOUN_OK) or t.endswith("ly") and len(t) > 5
               and t not in ("assembly", "quarterly", "monthly", "weekly", "family") for t in lowered):
            continue                                  # "machinists set", "support assisting"
        if tokens[0].islower() and tokens[0].endswith("ed"):
            continue                                  # "documented execution"
        if title_words and set(lowered) <= title_words | GENERIC_WORDS:
            continue                                  # the job title is not a keyword to match
        candidate = " ".join(tokens)
        technical = bool(pt.skill_terms(candidate)) or any(re.search(r"[A-Z].*[A-Z]|\d", t)
                                                          for t in tokens)
        if len(tokens) == 1 and not technical and (
                text.lower().count(lowered[0]) < min_count or lowered[0].endswith(("ly", "ing", "ed"))):
            continue                                  # a lone common word must recur to count
        if any(pt.is_verb(t) and t[0].isupper() and t.endswith("s") and t not in pt.NOUN_LIKE
               for t in tokens[1:]):
            continue                                  # "Scan Gun Performs": a lost line break
        if _is_generic(candidate, stop) or re.fullmatch(r"[\d\W]+", candidate):
            continue
        phrases.append(candidate)
    return _dedupe(phrases)


def _dedupe(terms: list[str]) -> list[str]:
    kept: list[str] = []
    for term in terms:
        if not any(_same_keyword(term.lower(), k.lower()) for k in kept):
            kept.append(term)
    return kept


def _overlaps(phrase: str, chosen: list[str]) -> bool:
    """A YAKE phrase that repeats or extends a chosen keyword adds nothing ("GCP Cloud Build")."""
    words = set(re.findall(r"[a-z0-9#+&]+", phrase.lower()))
    for other in chosen:
        other_words = set(re.findall(r"[a-z0-9#+&]+", other.lower()))
        if _same_keyword(phrase.lower(), other.lower()) or words <= other_words or other_words <= words:
            return True
    return False


def _same_keyword(a: str, b: str) -> bool:
    """"bank reconciliations" ~ "bank reconciliation"; "gcp services" ~ "gcp" is not the same."""
    if a == b or a.rstrip("s") == b.rstrip("s"):
        return True
    return fuzz.ratio(a, b) >= 90


# --------------------------------------------------------------------------- JSON Job

_JOB_FIELDS = {"title", "company", "type", "date", "description", "location", "remote", "salary",
               "experience", "responsibilities", "qualifications", "skills", "meta"}


def job_from_json(data: Any, source: str = "") -> JobPosting:
    """A JSON Job (JSON Resume's job schema) -> `JobPosting`.

    qualifications -> must-haves (nice-to-have when worded so), responsibilities ->
    responsibilities, skills -> one must-have per skill group, description -> parsed like text.
    A document that is not a JSON Job (a resume, a list, no title) is a user error.
    """
    return _parse_json(data, source)[0]


def _parse_json(data: Any, source: str) -> tuple[JobPosting, list[str]]:
    _check_job(data, source)
    title = data["title"].strip()
    company = (data.get("company") or "").strip()
    location = _json_location(data.get("location"), data.get("remote"))
    items: list[tuple[str, str]] = []
    for text in data.get("qualifications") or []:
        for item in pt.split_items(pt.normalize(text)):
            items.append((pt.classify(item, "must") or "must_have", item))
    for text in data.get("responsibilities") or []:
        for item in pt.split_items(pt.normalize(text)):
            items.append((pt.classify(item, "resp") or "responsibility", item))
    skill_keywords: list[str] = []
    for group in data.get("skills") or []:
        words = [k.strip() for k in group.get("keywords") or [] if k.strip()]
        name = (group.get("name") or "").strip()
        skill_keywords += words
        if name or words:
            level = f" ({group['level'].strip()})" if (group.get("level") or "").strip() else ""
            text = f"{name}{level}: {', '.join(words)}" if words else f"{name}{level}"
            items.append(("must_have", text.strip(": ")))
    description = pt.repair_joins(pt.normalize(data.get("description") or ""))
    for kind, text in _requirement_items(description):
        if not _is_duplicate(text, [t for _, t in items]):
            items.append((kind, text))
    requirements, warnings = _finalize(items, company, location)
    for req in requirements:                     # a skill group's own keywords are its terms
        extra = [w for w in skill_keywords if w in req.text and w not in req.keywords]
        req.keywords = (req.keywords + extra)[:MAX_REQUIREMENT_KEYWORDS * 2]
    keywords = posting_keywords(requirements, _keyword_text(requirements), title, company, location)
    merged = list(dict.fromkeys(skill_keywords + keywords))
    merged = [k for i, k in enumerate(merged)
              if not any(_same_keyword(k.lower(), m.lower()) for m in merged[:i])]
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return JobPosting(title=title, company=company, location=location, source=source,
                      requirements=requirements, keywords=merged[:MAX_KEYWORDS],
                      content_hash=_sha256(canonical)), warnings


def _check_job(data: Any, source: str) -> None:
    hint = ("a JSON Job has at least a \"title\" and usually \"qualifications\" and "
            "\"responsibilities\" (see JSON Resume's job schema); for free text use a .txt file")
    if not isinstance(data, dict):
        raise UserInputError(f"expected a JSON object (a JSON Job), found a JSON {_json_type(data)}",
                             file=source, hint=hint)
    if "basics" in data or "work" in data:
        raise UserInputError("this looks like a resume (JSON Resume), not a job posting",
                             file=source, hint="pass the resume as the corpus and the job posting "
                             "as the job; " + hint)
    if not _JOB_FIELDS & set(data):
        raise UserInputError("not a JSON Job: none of its fields (title, description, "
                             "qualifications, responsibilities, skills) is present",
                             file=source, hint=hint)
    problems: list[tuple[str, str]] = []
    if not isinstance(data.get("title"), str) or not data.get("title", "").strip():
        problems.append(("title", "a non-empty string is required"))
    for key in ("company", "description", "type", "remote", "salary", "experience"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            problems.append((key, f"expected a string, found {_json_type(data[key])}"))
    for key in ("responsibilities", "qualifications"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            problems.append((key, f"expected a list of strings, found {_json_type(value)}"))
            continue
        problems += [(f"{key}[{i}]", f"expected a string, found {_json_type(v)}")
                     for i, v in enumerate(value) if not isinstance(v, str)]
    skills = data.get("skills")
    if skills is not None:
        if not isinstance(skills, list):
            problems.append(("skills", f"expected a list, found {_json_type(skills)}"))
        else:
            for i, group in enumerate(skills):
                if not isinstance(group, dict):
                    problems.append((f"skills[{i}]", f"expected an object, found {_json_type(group)}"))
                    continue
                for key in ("name", "level"):
                    if key in group and not isinstance(group[key], str):
                        problems.append((f"skills[{i}].{key}", "expected a string"))
                words = group.get("keywords", [])
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    problems.append((f"skills[{i}].keywords", "expected a list of strings"))
    location = data.get("location")
    if location is not None and not isinstance(location, (str, dict)):
        problems.append(("location", f"expected an object or a string, found {_json_type(location)}"))
    if problems:
        raise ValidationFailed(source, problems, hint=hint)


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
            float: "number", type(None): "null"}.get(type(value), type(value).__name__)


def _json_location(location: Any, remote: Any) -> str:
    if isinstance(location, str):
        text = location.strip()
    elif isinstance(location, dict):
        parts = [location.get(k) for k in ("city", "region", "countryCode")]
        parts = [p.strip() for p in parts if isinstance(p, str) and p.strip()]
        text = ", ".join(dict.fromkeys(parts))
    else:
        text = ""
    remote_label = {"Full": "Remote", "Hybrid": "Hybrid"}.get(remote if isinstance(remote, str) else "")
    if remote_label:
        text = f"{text} ({remote_label})" if text else remote_label
    return text
