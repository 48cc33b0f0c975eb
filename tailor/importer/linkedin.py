"""LinkedIn's "Download your data" archive (the zip, or its unzipped folder) -> JSON Resume.

Why a reader of its own: the archive is not a resume layout to be read line by line but a set of
CSV tables with fixed columns (Profile, Positions, Education, Skills, ...), so none of the layout
machinery (extract -> sections -> entries) applies; each column maps to a JSON Resume field.
Column names follow the export as public parsers of it read them (Reactive Resume's LinkedIn
schema, and tests of other importers): "Company Name,Title,Description,Location,Started On,
Finished On" and so on. Headers are matched without regard to case, spacing or underscores, and a
preamble before the header (Connections.csv starts with "Notes:") is skipped.

A position's description becomes evidence bullets, one per line or sentence. Values with no
JSON Resume field (a school's notes, a licence number) are listed as unparsed, like any import.
A broken archive or CSV file is a UserInputError naming the file; a file Tailor does not read,
or an optional one that is missing, is a warning, never a failure.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from tailor.corpus.evidence import split_sentences
from tailor.corpus.jsonresume import location_object, validate_json_resume
from tailor.errors import UserInputError
from tailor.importer.dates import to_iso
from tailor.importer.lines import clean
from tailor.importer.result import ImportResult, Unparsed

_HINT = ("if you edited the file, save it again as UTF-8 CSV with every row's values in quotes; else "
         "download the archive again from LinkedIn (Settings > Data privacy > Get a copy of your data) "
         "and pass the .zip as it came, or its unzipped folder")
# file (normalised name) -> the columns that identify its header row
_FILES = {
    "profile": ("first name", "last name", "headline"),
    "positions": ("company name", "title", "started on"),
    "education": ("school name", "degree name", "start date"),
    "skills": ("name",),
    "certifications": ("name", "authority", "license number"),
    "languages": ("name", "proficiency"),
    "projects": ("title", "description", "url"),
    "honors": ("title", "issued on"),
    "volunteering": ("company name", "role", "cause"),
    "email addresses": ("email address", "primary"),
    "phonenumbers": ("number", "type"),
}
_ALIASES = {"phone numbers": "phonenumbers", "volunteer experiences": "volunteering",
            "honors and awards": "honors", "volunteer experience": "volunteering"}
_OPTIONAL = ("positions", "education", "skills")  # missing: worth a warning (the others often are)
_ORDER = ("basics", "work", "volunteer", "education", "awards", "certificates", "skills", "languages",
          "projects")
_URL = re.compile(r"(?:https?://|www\.)[^\s,\]\[\"]+", re.I)
_BULLET = re.compile(r"^\s*(?:[•▪·◦‣●○■□➢➤►▸✓✔]|[-*–+](?=\s)|\d{1,2}[.)](?=\s))\s*")

Row = dict[str, str]


def is_linkedin_export(path: Path) -> bool:
    """A .zip, or a folder holding CSV files (Profile.csv, at the top or one folder down)."""
    path = Path(path)
    if path.suffix.lower() == ".zip":
        return True
    return path.is_dir() and any(p.suffix.lower() == ".csv" for p in _folder_files(path))


def import_linkedin(path: Path) -> tuple[ImportResult, list[str]]:
    """The export's JSON Resume (validated), and the warnings about files it did not read."""
    path = Path(path)
    files = _read_files(path)
    if "profile" not in files:  # before any CSV is parsed: the archive itself is the problem
        raise UserInputError("no Profile.csv in the archive: this is not LinkedIn's data export, or "
                             "the export left out the profile", file=str(path), hint=_HINT)
    warnings: list[str] = []
    tables: dict[str, list[Row]] = {}
    ignored = []
    for name, (shown, data) in sorted(files.items()):
        key = _ALIASES.get(name, name)
        if key not in _FILES:
            ignored.append(shown)
            continue
        tables[key] = _parse_csv(data, f"{path}:{shown}" if path.is_file() else shown, key, warnings)
    warnings += [f"no {name.title()}.csv in the archive: no {name} imported"
                 for name in _OPTIONAL if name not in tables]
    if ignored:
        more = f" and {len(ignored) - 8} more" if len(ignored) > 8 else ""
        warnings.append(f"{len(ignored)} file(s) hold no resume data and were not read: "
                        + ", ".join(Path(name).name for name in ignored[:8]) + more)
    resume, unparsed = _resume(tables)
    validate_json_resume(resume, str(path))
    return ImportResult(resume=resume, unparsed=unparsed), warnings


# --------------------------------------------------------------------------- files

def _folder_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*")) + sorted(folder.glob("*/*")) if p.is_file()]


def _norm(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").replace("_", " ").lower().split())


def _wanted(stem: str) -> bool:
    return _ALIASES.get(_norm(stem), _norm(stem)) in _FILES


def _read_files(path: Path) -> dict[str, tuple[str, bytes]]:
    """normalised file stem -> (its name in the archive, its bytes: only read for the files Tailor
    maps, so messages.csv and the like cost nothing); the first of a name wins."""
    out: dict[str, tuple[str, bytes]] = {}
    if path.is_dir():
        for file in _folder_files(path):
            if file.suffix.lower() == ".csv":
                try:
                    out.setdefault(_norm(file.stem), (str(file), file.read_bytes() if _wanted(file.stem) else b""))
                except OSError as exc:
                    raise UserInputError(f"cannot read the file: {exc.strerror or exc}", file=str(file)) from None
        return out
    if not path.is_file():
        raise UserInputError("file not found", file=str(path), hint="check the path")
    if not zipfile.is_zipfile(path):
        raise UserInputError("not a zip archive (LinkedIn's data export is a .zip of CSV files)",
                             file=str(path), hint=_HINT)
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                inner = Path(info.filename)
                if not info.is_dir() and inner.suffix.lower() == ".csv":
                    if _norm(inner.stem) not in out:
                        out[_norm(inner.stem)] = (info.filename, archive.read(info) if _wanted(inner.stem) else b"")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, ValueError) as exc:
        raise UserInputError(f"cannot read the zip archive: {exc}", file=str(path), hint=_HINT) from None
    return out


def _parse_csv(data: bytes, where: str, key: str, warnings: list[str]) -> list[Row]:
    """Rows as {normalised column: value}; the header is the first row naming a known column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserInputError(f"not valid UTF-8 text (byte {exc.start})", file=where, hint=_HINT) from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise UserInputError(f"not a readable CSV file ({exc})", file=where, hint=_HINT) from None
    known = set(_FILES[key])
    start = next((i for i, row in enumerate(rows) if known & {_norm(c) for c in row}), None)
    if start is None:
        if key == "profile":
            raise UserInputError("no header row with First Name / Last Name", file=where, hint=_HINT)
        if any(any(c.strip() for c in row) for row in rows):
            warnings.append(f"{where}: none of the expected columns ({', '.join(_FILES[key])}); not read")
        return []
    header = [_norm(c) for c in rows[start]]
    out = []
    for number, row in enumerate(rows[start + 1:], start + 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]) or len(row) < len(header):
            # too few values is as broken as too many: every value after the gap would land in the
            # wrong column ("Oops" as the company, "Only two" as the title), so it is never guessed
            raise UserInputError(f"row {number} has {len(row)} values but the header has {len(header)} "
                                 "columns (a broken row)", file=where, hint=_HINT)
        out.append({name: value.strip() for name, value in zip(header, row)})
    return out


# --------------------------------------------------------------------------- mapping

def _get(row: Row, *names: str) -> str:
    return next((row[n] for n in names if row.get(n)), "")


def _dates(item: dict, row: Row, start: tuple[str, ...], end: tuple[str, ...], where: str,
           unparsed: list[Unparsed], index: int) -> None:
    for field, names in (("startDate", start), ("endDate", end)):
        raw = _get(row, *names)
        iso = to_iso(raw) if raw else ""
        if iso:
            item[field] = iso
        elif raw and not re.fullmatch(r"(?i)present|current|now", raw):
            unparsed.append(Unparsed(where, raw, f"{field}: not a date Tailor knows", index))


def bullets(text: str) -> list[str]:
    """A description -> evidence bullets: one per line, a line of several sentences split."""
    out = []
    for line in text.replace("\r", "\n").split("\n"):
        line = clean(_BULLET.sub("", line, count=1))
        if line:
            out += split_sentences(line)
    return out


def _compact(item: dict) -> dict:
    return {k: v for k, v in item.items() if v not in ("", [], {}, None)}


def _resume(tables: dict[str, list[Row]]) -> tuple[dict, list[Unparsed]]:
    unparsed: list[Unparsed] = []
    resume = {"basics": _basics(tables), "work": [], "volunteer": [], "education": [], "awards": [],
              "certificates": [], "languages": [], "projects": []}
    for i, row in enumerate(tables.get("positions", [])):
        item = {"name": _get(row, "company name", "company"), "position": _get(row, "title"),
                "location": _get(row, "location")}
        _dates(item, row, ("started on", "start date"), ("finished on", "end date"), "work", unparsed, i)
        item["highlights"] = bullets(_get(row, "description"))
        resume["work"].append(_compact(item))
    for i, row in enumerate(tables.get("volunteering", [])):
        item = {"organization": _get(row, "company name", "organization"), "position": _get(row, "role")}
        _dates(item, row, ("started on", "start date"), ("finished on", "end date"), "volunteer", unparsed, i)
        item["highlights"] = bullets(_get(row, "description"))
        if cause := _get(row, "cause"):
            unparsed.append(Unparsed("volunteer", cause, "Cause: no JSON Resume field", i))
        resume["volunteer"].append(_compact(item))
    for i, row in enumerate(tables.get("education", [])):
        item = {"institution": _get(row, "school name", "school"), "studyType": _get(row, "degree name"),
                "area": _get(row, "field of study")}
        _dates(item, row, ("start date", "started on"), ("end date", "finished on"), "education", unparsed, i)
        for column in ("notes", "activities"):
            if value := _get(row, column):
                unparsed.append(Unparsed("education", value, f"{column.title()}: no JSON Resume field", i))
        resume["education"].append(_compact(item))
    for row in tables.get("honors", []):
        resume["awards"].append(_compact({"title": _get(row, "title"), "date": to_iso(_get(row, "issued on")),
                                          "summary": _get(row, "description")}))
    for i, row in enumerate(tables.get("certifications", [])):
        item = {"name": _get(row, "name"), "issuer": _get(row, "authority"),
                "date": to_iso(_get(row, "started on")), "url": _url(_get(row, "url"))}
        if number := _get(row, "license number"):
            unparsed.append(Unparsed("certificates", number, "License Number: no JSON Resume field", i))
        resume["certificates"].append(_compact(item))
    skills = [name for row in tables.get("skills", []) if (name := _get(row, "name"))]
    resume["skills"] = [{"name": "Skills", "keywords": skills}] if skills else []
    resume["languages"] = [_compact({"language": _get(row, "name"), "fluency": _get(row, "proficiency")})
                           for row in tables.get("languages", []) if _get(row, "name")]
    for i, row in enumerate(tables.get("projects", [])):
        item = {"name": _get(row, "title"), "url": _url(_get(row, "url"))}
        _dates(item, row, ("started on", "start date"), ("finished on", "end date"), "projects", unparsed, i)
        item["highlights"] = bullets(_get(row, "description"))
        resume["projects"].append(_compact(item))
    return {key: resume[key] for key in _ORDER if resume.get(key)}, unparsed


def _url(text: str) -> str:
    match = _URL.search(text)
    if not match:
        return ""
    url = match[0].rstrip(".);")
    return url if url.lower().startswith("http") else f"https://{url}"


def _basics(tables: dict[str, list[Row]]) -> dict:
    profile = (tables.get("profile") or [{}])[0]
    name = " ".join(p for p in (_get(profile, "first name"), _get(profile, "last name")) if p)
    emails = tables.get("email addresses", [])
    primary = next((r for r in emails if _get(r, "primary").lower() == "yes"), emails[0] if emails else {})
    phones = [_get(r, "number") for r in tables.get("phonenumbers", []) if _get(r, "number")]
    location = location_object(_get(profile, "geo location"))
    location |= _compact({"address": _get(profile, "address"), "postalCode": _get(profile, "zip code")})
    urls = [_url(m) for m in _URL.findall(_get(profile, "websites"))]
    profiles = [{"network": _network(u), "url": u} for u in urls[1:]]
    profiles += [{"network": "Twitter", "username": h.lstrip("@"), "url": f"https://twitter.com/{h.lstrip('@')}"}
                 for h in re.split(r"[\s,\[\]]+", _get(profile, "twitter handles")) if h.strip("@")]
    return _compact({"name": name, "label": _get(profile, "headline"), "email": _get(primary, "email address"),
                     "phone": phones[0] if phones else "", "url": urls[0] if urls else "",
                     "summary": _get(profile, "summary").strip(), "location": location, "profiles": profiles})


def _network(url: str) -> str:
    host = re.sub(r"^https?://(www\.)?", "", url, flags=re.I).split("/")[0].lower()
    known = {"github.com": "GitHub", "gitlab.com": "GitLab", "linkedin.com": "LinkedIn", "x.com": "X",
             "twitter.com": "Twitter", "medium.com": "Medium", "stackoverflow.com": "Stack Overflow"}
    return known.get(host, host)
