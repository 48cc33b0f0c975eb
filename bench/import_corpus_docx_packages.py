"""Word layouts of the import corpus made by other people's packages (issue 15, rounds 21 and 22:
bench/data/import_layout_split.json, rotation_2026_12_07f_fill and rotation_2026_12_07g).

People bring .docx files as often as PDFs, and the corpus's other Word layouts were written here. These
PyPI packages write a resume as a .docx from input of their own, offline, with a layout of their own
(python-docx underneath):

* ``resumecraft`` 0.6.0 (MIT, mdfarhankc/resumecraft), default style: layout ``resumecraft-docx``;
* ``json-resume`` 1.1.4 (MIT, Eric-Zhou-0302/JSON-Resume; module ``resume_generator``), paper size
  Letter: layout ``jsonresumedocx-docx``;
* ``ats-resume`` 2.0.1 (MIT, paulo-amaral/ats-resume-optimizer), default template ``classic``:
  layout ``ats-resume-docx``;
* ``honest-cv`` 0.3.3 (MIT, JesusCabreraReveles/honest-cv), a profile folder of four YAML files with
  one variant: layout ``honest-cv-docx``;
* ``ats-resume-generator`` 1.1.0 (MIT, SanjaySundarMurthy/ats-resume-generator): layout
  ``ats-resume-generator-docx``;
* ``resume-tailor-mcp`` 0.1.1 (MIT, NmaaAlhawary/MCP-Resume-Tailor), its export tool (it imports
  ``mcp.server.fastmcp``, so it needs ``mcp<2``): layout ``resume-tailor-mcp-docx``.

None reads JSON Resume, so this module writes each package's input from a JSON Resume source, one
mapping per package, written from the package's documented JSON contract (the rotation's rule: fixed
only on the package's own validation errors, never on what a page shows). What a package has no field
for is not printed; the oracle (``bench/import_corpus.py --shown``) records what each page printed, so
the ground truth stays the source.

Each package needs its own environment::

    python3 -m venv /tmp/resumecraft && /tmp/resumecraft/bin/pip install resumecraft==0.6.0
    python3 -m venv /tmp/json-resume && /tmp/json-resume/bin/pip install json-resume==1.1.4
    python3 -m venv /tmp/ats-resume && /tmp/ats-resume/bin/pip install ats-resume==2.0.1
    python3 -m venv /tmp/honest-cv && /tmp/honest-cv/bin/pip install honest-cv==0.3.3
    (and likewise ats-resume-generator==1.1.0; resume-tailor-mcp==0.1.1 "mcp<2")
    RESUMECRAFT_PYTHON=/tmp/resumecraft/bin/python JSON_RESUME_PYTHON=/tmp/json-resume/bin/python \\
    ATS_RESUME_PYTHON=/tmp/ats-resume/bin/python HONEST_CV_PYTHON=/tmp/honest-cv/bin/python \\
    ATS_RESUME_GENERATOR_PYTHON=... RESUME_TAILOR_MCP_PYTHON=... \\
        python bench/import_corpus.py --layouts resumecraft-docx,jsonresumedocx-docx,ats-resume-docx,...
"""
from __future__ import annotations

import json
from pathlib import Path

from import_corpus_packages import (
    courses,
    degree,
    from_env,
    month,
    package_version,
    place,
    points,
    run_for,
    span,
    spoken,
    start_end,
)

LAYOUTS = {"resumecraft-docx": "resumecraft", "jsonresumedocx-docx": "json-resume", "ats-resume-docx": "ats-resume",
           "honest-cv-docx": "honest-cv", "ats-resume-generator-docx": "ats-resume-generator",
           "resume-tailor-mcp-docx": "resume-tailor-mcp"}
_ENV = {"resumecraft": "RESUMECRAFT_PYTHON", "json-resume": "JSON_RESUME_PYTHON", "ats-resume": "ATS_RESUME_PYTHON",
        "honest-cv": "HONEST_CV_PYTHON", "ats-resume-generator": "ATS_RESUME_GENERATOR_PYTHON",
        "resume-tailor-mcp": "RESUME_TAILOR_MCP_PYTHON"}
_VERSION = {"resumecraft": "0.6.0", "json-resume": "1.1.4", "ats-resume": "2.0.1", "honest-cv": "0.3.3",
            "ats-resume-generator": "1.1.0", "resume-tailor-mcp": "0.1.1"}
_RENDER = {
    "resumecraft": ("import json, sys\nfrom resumecraft import ResumeCraft\n"
                    "ResumeCraft.from_dict(json.load(open(sys.argv[1], encoding='utf-8'))).to_docx(sys.argv[2])"),
    "json-resume": ("import sys\nfrom resume_generator import render_json_file_to_docx\n"
                    "render_json_file_to_docx(sys.argv[1], sys.argv[2])"),
    "ats-resume": ("import sys\nfrom ats_resume.doc import load_json\nfrom ats_resume.render import render\n"
                   "render(load_json(sys.argv[1]), sys.argv[2])"),
    # its documented input is a profile folder of four YAML files (JSON is YAML), built as its CLI does
    "honest-cv": ("import json, shutil, sys, tempfile\nfrom pathlib import Path\n"
                  "from honest_cv.build import build_cv\nfrom honest_cv.model import load\n"
                  "parts = json.load(open(sys.argv[1], encoding='utf-8'))\nfolder = Path(tempfile.mkdtemp())\n"
                  "for name, data in parts.items():\n"
                  "    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding='utf-8')\n"
                  "built = build_cv(load(folder), 'main', 'en', folder / 'out', formats=('docx',))\n"
                  "shutil.copy(built[0].path, sys.argv[2])"),
    "ats-resume-generator": ("import sys\nfrom ats_resume_generator.generators.docx_gen import generate_docx\n"
                             "from ats_resume_generator.parser import parse_resume_file\n"
                             "generate_docx(parse_resume_file(sys.argv[1]), sys.argv[2])"),
    # its export_resume tool, which writes next to its store (RESUME_STORE_PATH) under a name it is given
    "resume-tailor-mcp": ("import json, os, shutil, sys, tempfile\n"
                          "os.environ['RESUME_STORE_PATH'] = os.path.join(tempfile.mkdtemp(), 'master.json')\n"
                          "from server import export_resume\n"
                          "out = export_resume(json.load(open(sys.argv[1], encoding='utf-8')), 'docx', 'resume')\n"
                          "shutil.copy(out['path'], sys.argv[2])"),
}


_ALSO = {"resume-tailor-mcp": ' "mcp<2"'}  # what a package needs beyond its own declared requirements


def python_for(package: str) -> str:
    return from_env(_ENV[package], f"{package} is missing: python3 -m venv /tmp/{package} && "
                    f"/tmp/{package}/bin/pip install {package}=={_VERSION[package]}{_ALSO.get(package, '')}")


def resumecraft_input(resume: dict) -> dict:
    """resumecraft's JSON for `resume`: its documented fields; volunteering and interests, which it has
    no section for, are left out."""
    b = resume.get("basics") or {}
    links = [{"label": p.get("network") or "Profile", "url": p["url"]} for p in b.get("profiles") or [] if p.get("url")]
    if b.get("url"):
        links.insert(0, {"label": "Website", "url": b["url"]})
    work = [{"company": x.get("name") or "", "location": place(x.get("location")), "title": x.get("position") or "",
             "duration": span(x), "bullets": points(x)}
            for x in resume.get("work") or []]
    projects = [{"name": x.get("name") or "", "subtitle": f"| {x['entity']}" if x.get("entity") else "",
                 "tech_stack": ", ".join(x.get("keywords") or []) or None,
                 **({"link": {"label": "Link", "url": x["url"]}} if x.get("url") else {}),
                 "bullets": points(x, "description")}
                for x in resume.get("projects") or []]
    return {
        "name": b.get("name") or "",
        "contact": {"location": place(b.get("location")), "email": b.get("email") or "",
                    "phone": b.get("phone") or "", "links": links},
        "summary": b.get("summary") or "",
        "experience": work,
        "projects": projects,
        "skills": [{"category": s.get("name") or "", "items": ", ".join(s.get("keywords") or [])}
                   for s in resume.get("skills") or []],
        "education": [{"institution": x.get("institution") or "", "degree": degree(x, " in "), "duration": span(x)}
                      for x in resume.get("education") or []],
        "certifications": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                            "date": spoken(month(c.get("date")))} for c in resume.get("certificates") or []],
        "awards": [{"title": a.get("title") or "", "issuer": a.get("awarder") or "",
                    "date": spoken(month(a.get("date"))),
                    **({"description": a["summary"]} if a.get("summary") else {})} for a in resume.get("awards") or []],
        "languages": "  |  ".join(f"{x['language']} - {x['fluency']}" if x.get("fluency") else x["language"]
                                  for x in resume.get("languages") or [] if x.get("language")),
    }


def _entry(title: str | None, position: str | None = None, location: str | None = None, item: dict | None = None,
           bullets: list[str] | None = None, start: str = "startDate", end: str = "endDate") -> dict:
    """One json-resume entry; it refuses empty bullet lists and an end without a start is a lone date."""
    item = item or {}
    out: dict = {"title": title or None, "position": position or None, "location": location or None}
    s, e = month(item.get(start)), month(item.get(end))
    if s:
        out.update(start_date=s, end_date=e or "Present")
    elif e:
        out["end_date"] = e
    kept = [x for x in bullets or [] if x and x.strip()]
    if kept:
        out["bullets"] = kept
    return {k: v for k, v in out.items() if v is not None}


def json_resume_input(resume: dict) -> dict:
    """json-resume's JSON for `resume` (paper size Letter): sections of entries with a title, a position,
    a place, dates and bullets, which is all its contract has; a summary and list sections are an entry's
    bullets."""
    b = resume.get("basics") or {}
    contacts = [{"label": b["email"], "href": f"mailto:{b['email']}"}] if b.get("email") else []
    if b.get("phone"):
        contacts.append({"label": b["phone"], "href": None})
    if place(b.get("location")):
        contacts.append({"label": place(b.get("location")), "href": None})
    for url in [b.get("url"), *[p.get("url") for p in b.get("profiles") or []]]:
        if url:
            contacts.append({"label": url.split("://", 1)[-1].rstrip("/"), "href": url})
    sections = [
        ("Summary", [_entry(None, bullets=[b["summary"]])] if b.get("summary") else []),
        ("Experience", [_entry(x.get("name"), x.get("position"), place(x.get("location")), x, points(x))
                        for x in resume.get("work") or []]),
        ("Volunteering", [_entry(x.get("organization"), x.get("position"), None, x, points(x))
                          for x in resume.get("volunteer") or []]),
        ("Education", [_entry(x.get("institution"), degree(x, ", "), None, x, [x.get("score") or "", courses(x)])
                       for x in resume.get("education") or []]),
        ("Projects", [_entry(x.get("name"), x.get("entity"), None, x, points(x, "description"))
                      for x in resume.get("projects") or []]),
        ("Skills", [_entry(s.get("name"), bullets=[", ".join(s.get("keywords") or [])])
                    for s in resume.get("skills") or []]),
        ("Certifications", [_entry(c.get("name"), c.get("issuer"), item=c, end="date")
                            for c in resume.get("certificates") or []]),
        ("Awards", [_entry(a.get("title"), a.get("awarder"), item=a, end="date", bullets=[a.get("summary") or ""])
                    for a in resume.get("awards") or []]),
        ("Languages", [_entry(None, bullets=[f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
                                             for x in resume.get("languages") or [] if x.get("language")])]
         if resume.get("languages") else []),
    ]
    return {"paper_size": "Letter", "basics": {"name": b.get("name") or "", "contacts": contacts},
            "sections": [{"title": t, "entries": [e for e in entries if e]} for t, entries in sections
                         if any(e for e in entries)]}


def ats_resume_input(resume: dict) -> dict:
    """ats-resume's JSON for `resume` (its bundled example's fields; default template "classic", Letter):
    volunteering, languages and interests, which it has no section for, are left out."""
    b = resume.get("basics") or {}
    profiles = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    basics = {"name": b.get("name") or "", "headline": b.get("label") or "", "email": b.get("email") or "",
              "phone": b.get("phone") or "", "location": place(b.get("location")),
              "linkedin": profiles.get("linkedin") or "", "github": profiles.get("github") or "",
              "website": b.get("url") or ""}

    return {
        "lang": "en",
        "basics": {k: v for k, v in basics.items() if v},
        "summary": b.get("summary") or "",
        "experience": [{"title": x.get("position") or "", "company": x.get("name") or "",
                        "location": place(x.get("location")), **start_end(x), "bullets": points(x)}
                       for x in resume.get("work") or []],
        "projects": [{"name": x.get("name") or "", **({"link": x["url"]} if x.get("url") else {}),
                      "description": x.get("description") or "", "bullets": list(x.get("highlights") or [])}
                     for x in resume.get("projects") or []],
        "skills": [{"category": s.get("name") or "", "items": list(s.get("keywords") or [])}
                   for s in resume.get("skills") or []],
        "education": [{"degree": x.get("studyType") or "", "field": x.get("area") or "",
                       "institution": x.get("institution") or "", **start_end(x),
                       "details": [d for d in (x.get("score") or "", courses(x)) if d]}
                      for x in resume.get("education") or []],
        "certifications": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                            "year": (c.get("date") or "")[:4]} for c in resume.get("certificates") or []],
        "publications": [{"name": p.get("name") or "", "venue": p.get("publisher") or "",
                          "year": (p.get("releaseDate") or "")[:4]} for p in resume.get("publications") or []],
        "awards": [{"name": a.get("title") or "", "issuer": a.get("awarder") or "", "year": (a.get("date") or "")[:4]}
                   for a in resume.get("awards") or []],
    }


def honest_cv_input(resume: dict) -> dict:
    """honest-cv's profile folder for `resume` (profile, bullets, skills and variants files; one variant
    "main" that shows every role's points and every skill group; each skill at level P, "production"):
    projects, volunteering, awards and interests, which it has no section for, are left out."""
    b = resume.get("basics") or {}
    roles, bullets = [], []
    for i, x in enumerate(resume.get("work") or []):
        start, end = spoken(month(x.get("startDate"))), spoken(month(x.get("endDate")))
        roles.append({"id": f"r{i}", "title": x.get("position") or "", "company": x.get("name") or "",
                      **({"location": place(x.get("location"))} if place(x.get("location")) else {}),
                      "start": start or end, "end": (end or None) if start else None,
                      **({"context": x["summary"]} if x.get("summary") else {})})
        bullets += [{"id": f"r{i}b{j}", "role": f"r{i}", "text": h} for j, h in enumerate(x.get("highlights") or [])]
    groups, inventory = [], {}
    for group in resume.get("skills") or []:
        names = list(dict.fromkeys(k for k in group.get("keywords") or [] if k))
        inventory.update({n.casefold(): n for n in names if n.casefold() not in inventory})
        if names:
            groups.append({"label": group.get("name") or "Skills", "skills": names})
    links = [u for u in [b.get("url"), *[p.get("url") for p in b.get("profiles") or []]] if u]
    languages = ", ".join(f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
                          for x in resume.get("languages") or [] if x.get("language"))
    profile = {
        "contact": {"name": b.get("name") or "", **{k: b[k] for k in ("email", "phone") if b.get(k)},
                    **({"location": place(b.get("location"))} if place(b.get("location")) else {}), "links": links},
        "roles": roles,
        "education": [{"institution": x.get("institution") or "", "degree": degree(x, ", "),
                       **{k: spoken(month(x.get(f"{k}Date"))) for k in ("start", "end") if x.get(f"{k}Date")}}
                      for x in resume.get("education") or []],
        "certifications": [" · ".join(p for p in (c.get("name"), c.get("issuer"), (c.get("date") or "")[:4]) if p)
                           for c in resume.get("certificates") or []],
        "publications": [{"id": f"p{i}", "title": p.get("name") or "",
                          **{k: v for k, v in (("venue", p.get("publisher")), ("url", p.get("url")),
                                               ("year", (p.get("releaseDate") or "")[:4])) if v}}
                         for i, p in enumerate(resume.get("publications") or [])],
        **({"languages": languages} if languages else {}),
    }
    variant = {"title": b.get("label") or "", "summary": b.get("summary") or "",
               "roles": {r["id"]: [x["id"] for x in bullets if x["role"] == r["id"]] for r in roles}, "skills": groups}
    return {"profile.yaml": profile, "bullets.yaml": {"bullets": bullets},
            "skills.yaml": {"skills": [{"name": n, "level": "P"} for n in inventory.values()]},
            "variants.yaml": {"variants": {"main": variant}}}


def ats_resume_generator_input(resume: dict) -> dict:
    """ats-resume-generator's YAML/JSON for `resume` (its ResumeData fields, read by its parse_resume_dict):
    volunteering, awards and interests, which it has no section for, are left out."""
    b = resume.get("basics") or {}
    profiles = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    contact = {"name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone") or "",
               "location": place(b.get("location")), "linkedin": profiles.get("linkedin") or "",
               "github": profiles.get("github") or "", "website": b.get("url") or ""}
    return {
        "contact": {k: v for k, v in contact.items() if v},
        "summary": b.get("summary") or "",
        "target_role": b.get("label") or "",
        "experience": [{"company": x.get("name") or "", "title": x.get("position") or "",
                        "location": place(x.get("location")), "start_date": spoken(month(x.get("startDate"))),
                        "end_date": spoken(month(x.get("endDate"))) or "Present", "bullets": points(x)}
                       for x in resume.get("work") or []],
        "education": [{"institution": x.get("institution") or "", "degree": x.get("studyType") or "",
                       "field_of_study": x.get("area") or "", "graduation_date": spoken(month(x.get("endDate"))),
                       "gpa": x.get("score") or "", "honors": list(x.get("courses") or [])}
                      for x in resume.get("education") or []],
        "skills": [{"category": s.get("name") or "Other", "skills": list(s.get("keywords") or [])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "certifications": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                            "date": spoken(month(c.get("date"))), "url": c.get("url") or ""}
                           for c in resume.get("certificates") or []],
        "projects": [{"name": x.get("name") or "", "description": x.get("description") or "", "url": x.get("url") or "",
                      "technologies": list(x.get("keywords") or []), "highlights": list(x.get("highlights") or [])}
                     for x in resume.get("projects") or []],
        "languages": [f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
                      for x in resume.get("languages") or [] if x.get("language")],
    }


def resume_tailor_mcp_input(resume: dict) -> dict:
    """resume-tailor-mcp's CV JSON for `resume` (the keys its save_master_resume documents): volunteering,
    certificates, awards, languages and interests, which it has no section for, are left out."""
    b = resume.get("basics") or {}
    links = {(p.get("network") or "profile").lower(): p["url"] for p in b.get("profiles") or [] if p.get("url")}
    if b.get("url"):
        links = {"website": b["url"], **links}

    contact = {"name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone") or "",
               "location": place(b.get("location"))}
    return {
        "contact": {**{k: v for k, v in contact.items() if v}, "links": links},
        "summary": b.get("summary") or "",
        "experience": [{"title": x.get("position") or "", "company": x.get("name") or "",
                        "location": place(x.get("location")), **start_end(x), "bullets": points(x)}
                       for x in resume.get("work") or []],
        "projects": [{"name": x.get("name") or "", "description": x.get("description") or "",
                      "tech": list(x.get("keywords") or []), **({"link": x["url"]} if x.get("url") else {})}
                     for x in resume.get("projects") or []],
        "skills": [{"category": s.get("name") or "", "items": list(s.get("keywords") or [])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "education": [{"degree": degree(x, ", "), "school": x.get("institution") or "", **start_end(x),
                       "details": "; ".join(d for d in (x.get("score") or "", courses(x)) if d)}
                      for x in resume.get("education") or []],
    }


_INPUT = {"resumecraft": resumecraft_input, "json-resume": json_resume_input, "ats-resume": ats_resume_input,
          "honest-cv": honest_cv_input, "ats-resume-generator": ats_resume_generator_input,
          "resume-tailor-mcp": resume_tailor_mcp_input}


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """Write `resume` through `layout`'s package into the .docx `target`."""
    package = LAYOUTS[layout]
    work.mkdir(parents=True, exist_ok=True)
    src = work / f"{target.stem}.{package}.json"
    src.write_text(json.dumps(_INPUT[package](resume), indent=1, ensure_ascii=False), "utf-8")
    run_for(target, package, [python_for(package), "-c", _RENDER[package], str(src), str(target.resolve())], work)


def version(layout: str) -> str:
    return package_version(python_for(LAYOUTS[layout]), LAYOUTS[layout])


# the sections whose entries' summary (a project's description) a mapping above hands its package as
# the first point, having no field for it (tailor/importer/corpus_score.py says how it is counted)
POINTS_LEAD = {
    "resumecraft": {"work": "summary", "projects": "description"},
    "json-resume": {"work": "summary", "volunteer": "summary", "projects": "description"},
    "ats-resume": {"work": "summary"}, "ats-resume-generator": {"work": "summary"},
    "resume-tailor-mcp": {"work": "summary", "projects": "description"},
}


def manifest_entry(layout: str, tools: dict) -> dict:
    package = LAYOUTS[layout]
    how = {"resumecraft": "its default style (no style object)", "json-resume": "paper size Letter",
           "ats-resume": "its default template (classic, Letter)",
           "honest-cv": "its only Word layout, one variant showing everything",
           "ats-resume-generator": "its only Word layout (generate_docx)",
           "resume-tailor-mcp": "its export_resume tool's Word layout"}[package]
    return dict(kind="docx", generator=f"PyPI {package}'s own Word layout, {how}, from its JSON written by "
                "bench/import_corpus_docx_packages.py (one mapping per package, from its documented contract)",
                package=package, license="MIT", tools={package: tools[package]},
                **({"points_lead": POINTS_LEAD[package]} if package in POINTS_LEAD else {}))
