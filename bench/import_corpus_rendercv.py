"""RenderCV layouts of the import corpus (issue 15, round 20: bench/data/import_layout_split.json,
rotation_2026_12_07e).

RenderCV (PyPI ``rendercv`` 2.3, MIT) is a widely used CV generator: a YAML file goes through one
of its five built-in Typst themes (classic, engineeringclassic, engineeringresumes, moderncv,
sb2nov) into a PDF. Its pages are typeset by Typst, a typesetter no other corpus layout uses, and
two of its themes are the Overleaf tech-resume family. This module writes RenderCV's input from a
JSON Resume by ONE mapping shared by all themes (the rotation's rule: it may be fixed only on what
a dev theme shows) and renders it with RenderCV's own command line, each theme with its default
design.

RenderCV needs its own environment (it pins pydantic, typer, typst and its fonts)::

    python3 -m venv /tmp/rendercv
    /tmp/rendercv/bin/pip install 'rendercv[full]==2.3' click   # rendercv 2.3's CLI needs click
    # its themes import the Typst package @preview/fontawesome:0.5.0, which Typst downloads from
    # packages.typst.org; offline, put it in Typst's package cache from its MIT repository:
    git clone -q https://github.com/duskmoon314/typst-fontawesome /tmp/typst-fontawesome
    mkdir -p ~/.cache/typst/packages/preview/fontawesome/0.5.0
    git -C /tmp/typst-fontawesome archive v0.5.0 | tar -x -C ~/.cache/typst/packages/preview/fontawesome/0.5.0
    RENDERCV=/tmp/rendercv/bin/rendercv python bench/import_corpus.py --layouts rendercv-classic
    RENDERCV=/tmp/rendercv/bin/rendercv python bench/import_corpus.py --layouts rendercv-classic --shown

What the page cannot give back: RenderCV prints a phone number in its national form, without the
country code ("+41 44 668 18 00" -> "044 668 18 00"), and refuses one that is not a valid number.
So the ground truth of these layouts is a copy of each source with the phone as RenderCV prints it
(or none), written to ``<out>/sources/rendercv/<stem>.rendercv.json``; its own stem keeps the
oracle's answers (shown.json, keyed by stem) apart from the original source's. Nothing else of the
source changes.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

THEMES = ("classic", "engineeringclassic", "engineeringresumes", "moderncv", "sb2nov")
LAYOUTS = {f"rendercv-{theme}": theme for theme in THEMES}
SUFFIX = ".rendercv"  # the stem suffix of a derived source and of the files rendered from it

# RenderCV's social networks (its SocialNetworkName); a profile on any other network is left out,
# as a RenderCV user could not enter it.
NETWORKS = {n.lower(): n for n in ("LinkedIn", "GitHub", "GitLab", "IMDB", "Instagram", "ORCID", "Mastodon",
                                   "StackOverflow", "ResearchGate", "YouTube", "Google Scholar", "Telegram",
                                   "Leetcode", "X")}


class MissingRenderCV(RuntimeError):
    """RenderCV's command line is not installed where RENDERCV (or PATH) says."""


def rendercv_exe() -> str:
    exe = os.environ.get("RENDERCV") or shutil.which("rendercv")
    if not exe or not Path(exe).exists():
        raise MissingRenderCV("RenderCV is missing: python3 -m venv /tmp/rendercv && /tmp/rendercv/bin/pip install "
                              "'rendercv[full]==2.3' click, then RENDERCV=/tmp/rendercv/bin/rendercv")
    return exe


def _python() -> str:
    """The Python of RenderCV's environment (it has phonenumbers, which Tailor's venv has not)."""
    return str(Path(rendercv_exe()).with_name("python"))


def printed_phone(phone: str | None, country: str | None) -> str | None:
    """`phone` as RenderCV prints it with its default design (national format), or None where
    RenderCV would refuse it (not a valid number for the source's country)."""
    if not phone:
        return None
    script = ("import sys, phonenumbers as p\n"
              "n = p.parse(sys.argv[1], sys.argv[2] or None)\n"
              "print(p.format_number(n, p.PhoneNumberFormat.E164) if p.is_valid_number(n) else '')\n"
              "print(p.format_number(n, p.PhoneNumberFormat.NATIONAL) if p.is_valid_number(n) else '')")
    try:
        out = subprocess.run([_python(), "-c", script, phone, country or ""], capture_output=True, text=True,
                             timeout=60, check=True).stdout.splitlines()
    except subprocess.CalledProcessError:  # phonenumbers cannot parse it at all
        return None
    return out[1] if len(out) == 2 and out[1] else None


def e164(phone: str, country: str | None) -> str:
    script = "import sys, phonenumbers as p; print(p.format_number(p.parse(sys.argv[1], sys.argv[2] or None), 0))"
    return subprocess.run([_python(), "-c", script, phone, country or ""], capture_output=True, text=True,
                          timeout=60, check=True).stdout.strip()


def derived_source(resume: dict) -> dict:
    """The ground truth of a RenderCV page: `resume` with the phone as RenderCV prints it."""
    copy = json.loads(json.dumps(resume))
    basics = copy.setdefault("basics", {})
    country = (basics.get("location") or {}).get("countryCode") if isinstance(basics.get("location"), dict) else None
    shown = printed_phone(basics.get("phone"), country)
    if shown:
        basics["phone"] = shown
    else:
        basics.pop("phone", None)
    return copy


def write_derived_sources(sources: list[Path], out: Path) -> list[Path]:
    """One derived source per source, under <out>/sources/rendercv/ (rewritten only if changed)."""
    folder = out / "sources" / "rendercv"
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for src in sources:
        stem = src.name[: -len(".resume.json")] if src.name.endswith(".resume.json") else src.stem
        target = folder / f"{stem}{SUFFIX}.json"
        text = json.dumps(derived_source(json.loads(src.read_text("utf-8"))), indent=2, ensure_ascii=False) + "\n"
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, encoding="utf-8")
        made.append(target)
    return made


_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md(text) -> str:
    """Plain text for RenderCV's Markdown fields: its specials escaped, so "C# *and* [x]" prints as
    written, and " - " escaped too: RenderCV reads it in a highlight as a nested bullet (and some
    themes then print its "!!LINEBREAK!!" placeholder)."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text or "").split())).replace(" - ", r" \- ")


def _linked(text: str, url: str | None) -> str:
    return f"[{md(text)}]({url})" if url else md(text)


def _place(loc) -> str | None:
    if isinstance(loc, str):
        return md(loc) or None
    if not isinstance(loc, dict):
        return None
    return md(", ".join(p for p in (loc.get("city"), loc.get("region") or loc.get("countryCode")) if p)) or None


def _dates(item: dict, start: str = "startDate", end: str = "endDate") -> dict:
    """RenderCV's start_date/end_date ("present" for an open end), or `date` for a lone date."""
    s, e = (item.get(start) or "").strip(), (item.get(end) or "").strip()
    if s:
        return {"start_date": s, "end_date": e or "present"}
    return {"date": e} if e else {}


def _kept(**fields) -> dict:
    """The fields that have a value (RenderCV refuses some empty ones, and prints others as gaps)."""
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


def _entry(item: dict, **fields) -> dict:
    return {**_kept(**fields), **_dates(item)}


def _profiles(basics: dict) -> list[dict]:
    out = []
    for p in basics.get("profiles") or []:
        network = NETWORKS.get(str(p.get("network") or "").strip().lower())
        url = p.get("url") or ""
        user = (p.get("username") or url.rstrip("/").rsplit("/", 1)[-1]).strip()
        if not network or not user:
            continue
        if network == "Mastodon" and not re.fullmatch(r"@[^@\s]+@[^@\s]+", user):  # RenderCV asks @user@host
            host = re.sub(r"^https?://", "", url).split("/")[0]
            if not host:
                continue
            user = f"@{user.lstrip('@')}@{host}"
        out.append({"network": network, "username": user})
    return out


def cv_input(resume: dict, theme: str) -> dict:
    """RenderCV's input for `resume` (a derived source: its phone is already RenderCV's) in
    `theme`, with the theme's default design. Sections in the usual JSON Resume order."""
    b = resume.get("basics") or {}
    country = b.get("location", {}).get("countryCode") if isinstance(b.get("location"), dict) else None
    cv: dict = {"name": b.get("name") or ""}
    for key, value in (("location", _place(b.get("location"))), ("email", b.get("email")),
                       ("phone", e164(b["phone"], country) if b.get("phone") else None), ("website", b.get("url")),
                       ("social_networks", _profiles(b))):
        if value:
            cv[key] = value
    sections: dict[str, list] = {"Summary": [md(b["summary"])] if b.get("summary") else []}
    for title, key, org in (("Experience", "work", "name"), ("Volunteer", "volunteer", "organization")):
        sections[title] = [{"position": "", **_entry(x, company=_linked(x.get(org) or "", x.get("url")),
                                                     position=md(x.get("position")), location=_place(x.get("location")),
                                                     summary=md(x.get("summary")),
                                                     highlights=[md(h) for h in x.get("highlights") or []])}
                           for x in resume.get(key) or []]
    sections["Education"] = [{"area": "", **_entry(x, institution=_linked(x.get("institution") or "", x.get("url")),
                                                   area=md(x.get("area")), degree=md(x.get("studyType")),
                                                   grade=md(x.get("score")), location=_place(x.get("location")),
                                                   highlights=[md(c) for c in x.get("courses") or []])}
                             for x in resume.get("education") or []]
    sections["Projects"] = [_entry(x, name=_linked(x.get("name") or "", x.get("url")), summary=md(x.get("description")),
                                   highlights=[md(h) for h in x.get("highlights") or []])
                            for x in resume.get("projects") or []]
    sections["Skills"] = [{"label": md(s.get("name")), "details": md(", ".join(s.get("keywords") or []))}
                          for s in resume.get("skills") or [] if s.get("name")]
    sections["Certificates"] = [_kept(name=_linked(c.get("name") or "", c.get("url")), date=c.get("date"),
                                      summary=md(c.get("issuer")))
                                for c in resume.get("certificates") or [] if c.get("name")]
    sections["Awards"] = [_kept(name=md(a.get("title")), date=a.get("date"), summary=md(a.get("awarder")),
                                highlights=[md(a["summary"])] if a.get("summary") else [])
                          for a in resume.get("awards") or [] if a.get("title")]
    sections["Publications"] = [_kept(title=md(p.get("name")), authors=[md(b.get("name"))],
                                      journal=md(p.get("publisher")), date=p.get("releaseDate"), url=p.get("url"))
                                for p in resume.get("publications") or [] if p.get("name")]
    sections["Languages"] = [{"label": md(x.get("language")), "details": md(x.get("fluency"))}
                             for x in resume.get("languages") or [] if x.get("language")]
    sections["Interests"] = [{"label": md(x.get("name")), "details": md(", ".join(x.get("keywords") or []))}
                             for x in resume.get("interests") or [] if x.get("name")]
    sections["References"] = [md(f"{r.get('reference') or ''} ({r['name']})" if r.get("name") else r.get("reference"))
                              for r in resume.get("references") or [] if r.get("reference")]
    cv["sections"] = {title: entries for title, entries in sections.items() if entries}
    return {"cv": cv, "design": {"theme": theme}}


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """Render `resume` (a derived source) through `layout` into `target` with RenderCV's CLI."""
    work.mkdir(parents=True, exist_ok=True)
    yaml_path = work / f"{target.stem}.yaml"  # JSON is YAML: RenderCV reads it as it is
    yaml_path.write_text(json.dumps(cv_input(resume, LAYOUTS[layout]), indent=1, ensure_ascii=False), "utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([rendercv_exe(), "render", str(yaml_path), "--pdf-path", str(target.resolve()),
                           "--output-folder-name", str((work / "out").resolve()), "--dont-generate-markdown",
                           "--dont-generate-html", "--dont-generate-png"],
                          capture_output=True, text=True, timeout=300, cwd=work)
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"rendercv failed ({proc.returncode}): {(proc.stdout + proc.stderr)[-600:]}")


def version() -> str:
    out = subprocess.run([_python(), "-c", "import importlib.metadata as m; print(m.version('rendercv'), "
                          "m.version('typst'), m.version('rendercv-fonts'))"],
                         capture_output=True, text=True, timeout=60, check=True).stdout.split()
    return f"rendercv {out[0]}, typst (PyPI) {out[1]}, rendercv-fonts {out[2]}"


def manifest_entry(layout: str, tools: dict) -> dict:
    return dict(
        kind="typst-pdf",
        generator=f"RenderCV's built-in '{LAYOUTS[layout]}' theme with its default design, from a RenderCV YAML "
        "written by bench/import_corpus_rendercv.py (cv_input, one mapping for every theme), rendered by "
        "`rendercv render` (Typst); ground truth: the source with the phone as RenderCV prints it "
        "(sources/rendercv/, see derived_source)",
        package="rendercv", license="MIT", tools={"rendercv": tools["rendercv"]},
    )
