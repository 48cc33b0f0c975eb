"""How the import corpus's PDF-package layouts get their input (bench/import_corpus_pdf_packages.py runs the
packages): one function per package from a JSON Resume source to the input its documentation asks for,
written from each package's documented contract before anything was rendered. None reads JSON Resume, and
each has places for less than JSON Resume holds: what a package has no place for is not given to it, and
the oracle (``bench/import_corpus.py --shown``) records what each page printed."""
from __future__ import annotations

import re

import yaml
from import_corpus_packages import courses, degree, month, place, points, span, spoken


def _dates(item: dict) -> str | None:
    return span(item, " – ") or None


def _item(title: str | None, org: str | None = None, location: str | None = None, dates: str | None = None,
          href: str | None = None, bullets: list[str] | None = None) -> dict:
    out = {"title": title or "", "org": org, "location": location or None, "dates": dates, "href": href,
           "bullets": [b for b in bullets or [] if b]}
    return {k: v for k, v in out.items() if v not in (None, [])}


def _section(name: str, kind: str, data: dict) -> list[dict]:
    items = data.get("items")
    return [{"name": name, "kind": kind, "data": data}] if (items if items is not None else data.get("body")) else []


def cv_claw_input(resume: dict) -> dict:
    """cv-claw's resume JSON for `resume`: every JSON Resume section that one of its four section kinds
    can hold, in JSON Resume's order."""
    b = resume.get("basics") or {}
    links = [{"label": b["url"].split("://", 1)[-1].rstrip("/"), "href": b["url"]}] if b.get("url") else []
    links += [{"label": p["url"].split("://", 1)[-1].rstrip("/"), "href": p["url"]}
              for p in b.get("profiles") or [] if p.get("url")]
    contact = {k: v for k, v in (("location", place(b.get("location"))), ("email", b.get("email")),
                                 ("phone", b.get("phone"))) if v}
    sections = [
        *_section("Summary", "prose", {"body": b.get("summary") or ""}),
        *_section("Experience", "timeline", {"items": [
            _item(x.get("position"), x.get("name"), place(x.get("location")), _dates(x), x.get("url"), points(x))
            for x in resume.get("work") or []]}),
        *_section("Volunteer", "timeline", {"items": [
            _item(x.get("position"), x.get("organization"), None, _dates(x), x.get("url"), points(x))
            for x in resume.get("volunteer") or []]}),
        *_section("Education", "timeline", {"items": [
            _item(degree(x, ", "), x.get("institution"), None, _dates(x), x.get("url"),
                  [x.get("score") or "", courses(x)])
            for x in resume.get("education") or []]}),
        *_section("Projects", "timeline", {"items": [
            _item(x.get("name"), x.get("entity"), None, _dates(x), x.get("url"), points(x, "description"))
            for x in resume.get("projects") or []]}),
        *_section("Skills", "keyvalue", {"items": [
            {"label": f"{s.get('name') or 'Skills'}:", "value": ", ".join(s.get("keywords") or [])}
            for s in resume.get("skills") or [] if s.get("keywords")]}),
        *_section("Certifications", "list", {"items": [
            {"text": " — ".join(p for p in (c.get("name"), c.get("issuer"), spoken(month(c.get("date")))) if p),
             **({"href": c["url"]} if c.get("url") else {})} for c in resume.get("certificates") or []]}),
        *_section("Awards", "list", {"items": [
            {"text": " — ".join(p for p in (a.get("title"), a.get("awarder"), spoken(month(a.get("date")))) if p)}
            for a in resume.get("awards") or []]}),
        *_section("Publications", "list", {"items": [
            {"text": " — ".join(p for p in (x.get("name"), x.get("publisher"), spoken(month(x.get("releaseDate"))))
                                if p), **({"href": x["url"]} if x.get("url") else {})}
            for x in resume.get("publications") or []]}),
        *_section("Languages", "keyvalue", {"items": [
            {"label": f"{x['language']}:", "value": x.get("fluency") or ""}
            for x in resume.get("languages") or [] if x.get("language")]}),
        *_section("Interests", "list", {"items": [
            {"text": ": ".join(p for p in (x.get("name"), ", ".join(x.get("keywords") or [])) if p)}
            for x in resume.get("interests") or [] if x.get("name")]}),
    ]
    return {"template": "classic", "header": {"name": b.get("name") or "", **({"contact": contact} if contact else {}),
                                             "links": links}, "sections": sections}


def cv_creator_ats_input(resume: dict) -> dict:
    """cv-creator-ats's CVData fields for `resume`: it refuses more than five points a job, so a job gets
    its first five (summary first); volunteering, awards and interests, which it has no section for, and
    skill group names (its skills are one list) are left out."""
    b = resume.get("basics") or {}
    profiles = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    return {
        "contact": {"name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone") or "",
                    "city": place(b.get("location")), "linkedin": profiles.get("linkedin"), "portfolio": b.get("url")},
        "summary": b.get("summary") or None,
        "experience": [{"company": x.get("name") or "", "title": x.get("position") or "",
                        "start_date": spoken(month(x.get("startDate"))),
                        "end_date": spoken(month(x.get("endDate"))) or "Present", "bullets": points(x)[:5]}
                       for x in resume.get("work") or []],
        "skills": list(dict.fromkeys(k for s in resume.get("skills") or [] for k in s.get("keywords") or [] if k)),
        "education": [{"institution": x.get("institution") or "", "degree": x.get("studyType") or "",
                       "field": x.get("area") or "", "end_date": spoken(month(x.get("endDate"))),
                       "gpa": x.get("score")} for x in resume.get("education") or []],
        "certifications": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                            "date": spoken(month(c.get("date")))} for c in resume.get("certificates") or []],
        "projects": [{"name": x.get("name") or "", "description": x.get("description") or "", "url": x.get("url"),
                      "technologies": list(x.get("keywords") or [])} for x in resume.get("projects") or []],
        "languages": [{"language": x["language"], "level": x.get("fluency") or ""}
                      for x in resume.get("languages") or [] if x.get("language")],
    }


def _bullets(texts: list[str]) -> list[dict]:
    """cv-renderer's bullets: its general profile keeps a bullet only when it carries a tag, and its
    examples' tags.yaml names "always" the tag of what every profile shows."""
    return [{"text": t, "tags": ["always"]} for t in texts if t]


def _bare(url: str | None) -> str:
    return (url or "").split("://", 1)[-1].rstrip("/")


def cv_renderer_input(resume: dict) -> dict:
    """cv-renderer's base_en.yaml for `resume` (its pydantic CVData): a job needs bullets, so one with no
    highlights has its summary as its bullet (and one with neither is left out); a project's description
    is its first bullet; volunteering, awards, publications and interests have no section."""
    b = resume.get("basics") or {}
    net = {(p.get("network") or "").lower(): _bare(p.get("url")) for p in b.get("profiles") or [] if p.get("url")}

    def job(x: dict) -> dict | None:
        lead, rest = x.get("summary") or "", [h for h in x.get("highlights") or [] if h]
        bullets = rest or ([lead] if lead else [])
        return {"company": x.get("name") or "", "title": {"default": x.get("position") or ""},
                "location": place(x.get("location")), "start": month(x.get("startDate")) or "",
                "end": month(x.get("endDate")) or "present", "tags": ["always"],
                "description": lead if rest else "", "bullets": _bullets(bullets)} if bullets else None

    return {
        "meta": {"name": b.get("name") or "", "title": {"default": b.get("label") or ""},
                 "location": place(b.get("location")), "email": b.get("email") or "", "phone": b.get("phone") or "",
                 "links": {"linkedin": net.get("linkedin", ""), "github": net.get("github", ""),
                           "portfolio": _bare(b.get("url"))}},
        "about": {"default": b.get("summary") or ""},
        "experience": [j for j in map(job, resume.get("work") or []) if j],
        "education": [{"institution": x.get("institution") or "", "degree": degree(x, ", "),
                       "location": place(x.get("location")) or None, "start": month(x.get("startDate")) or "",
                       "end": month(x.get("endDate")) or "present", "tags": ["always"]}
                      for x in resume.get("education") or []],
        "skills": [{"category": s.get("name") or "Skills", "tags": ["always"], "items": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "projects": [{"name": x.get("name") or "", "subtitle": x.get("entity") or "",
                      "start": month(x.get("startDate")), "end": month(x.get("endDate")) or "present",
                      "tags": ["always"], "bullets": _bullets(points(x, "description"))}
                     for x in resume.get("projects") or []],
        "additional": {
            "languages": [f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
                          for x in resume.get("languages") or [] if x.get("language")],
            "certifications": [" — ".join(p for p in (c.get("name"), c.get("issuer"), spoken(month(c.get("date"))))
                                          if p) for c in resume.get("certificates") or []]},
    }


def _username(basics: dict, network: str) -> str:
    """A profile's user name (its `username`, or its url's last part): luxresume links that name."""
    for p in basics.get("profiles") or []:
        if (p.get("network") or "").lower() == network:
            return p.get("username") or (p.get("url") or "").rstrip("/").rsplit("/", 1)[-1]
    return ""


def _yaml_key(name: str) -> str:
    """A skill group's name as a littleyaml key ([A-Za-z_-][A-Za-z0-9_-]*): luxresume prints a key with
    "_" and "-" as spaces, title-cased, so a name's other characters become "_"."""
    key = re.sub(r"[^A-Za-z0-9-]+", "_", name).strip("_") or "Skills"
    return key if re.match(r"[A-Za-z_-]", key) else f"_{key}"


def little_yaml(value, indent: int = 0) -> str:
    """`value` in littleyaml's subset: "key: value" and "- item" lines, two spaces a level, plain values on
    one line (littleyaml keeps quotes as part of a value, so none are written). It cannot read an empty
    value, so an empty field is left out, as the template's own example leaves out what a person lacks."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{little_yaml(item, indent + 2)}")
            elif _one_line(item) and not isinstance(item, (dict, list)):
                lines.append(f"{pad}{key}: {_one_line(item)}")
        return "\n".join(lines)
    return "\n".join(f"{pad}- {little_yaml(item, indent + 2).lstrip()}" if isinstance(item, (dict, list))
                     else f"{pad}- {_one_line(item)}" for item in value)


def _one_line(value) -> str:
    return " ".join(str(value or "").split())


def luxresume_input(resume: dict) -> str:
    """luxresume's YAML for `resume`, the fields its template prints (name, profession, location, email,
    LinkedIn and GitHub user names, summary, skills by group, experience, education); it has no phone, no
    job summary (a job's summary goes in as its first point) and no other section."""
    b = resume.get("basics") or {}
    data = {
        "name": b.get("name") or "", "profession": b.get("label") or "", "location": place(b.get("location")),
        "email": b.get("email") or "", "linkedin": _username(b, "linkedin"), "github": _username(b, "github"),
        "summary": b.get("summary") or "",
        "skills": {_yaml_key(s.get("name") or "Skills"): list(s["keywords"])
                   for s in resume.get("skills") or [] if s.get("keywords")},
        "experience": [{"title": x.get("position") or "", "company": x.get("name") or "",
                        "location": place(x.get("location")), "start": spoken(month(x.get("startDate"))),
                        "end": spoken(month(x.get("endDate"))), "highlights": points(x)}
                       for x in resume.get("work") or []],
        "education": [{"qualification": degree(x, " in "), "institution": x.get("institution") or "",
                       "location": place(x.get("location")), "start": spoken(month(x.get("startDate"))),
                       "end": spoken(month(x.get("endDate")))} for x in resume.get("education") or []],
    }
    return little_yaml(data) + "\n"


def resume_cli_generator_input(resume: dict) -> dict:
    """resume-cli-generator's data, the dict its interactive prompts collect (and save as JSON): contact,
    profile, education, experience (a description and achievements), skill groups as comma-separated text,
    projects and certificates; volunteering, awards, languages and interests have no place."""
    b = resume.get("basics") or {}
    net = {(p.get("network") or "").lower(): p.get("url") or "" for p in b.get("profiles") or []}
    return {
        "name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone") or "",
        "linkedin": net.get("linkedin", ""), "github": net.get("github", ""), "profile": b.get("summary") or "",
        "education": [{"degree": x.get("studyType") or "", "field": x.get("area") or "",
                       "institution": x.get("institution") or "", "cgpa": x.get("score") or "", "percentage": "",
                       "duration": span(x), "location": place(x.get("location"))}
                      for x in resume.get("education") or []],
        "experience": [{"role": x.get("position") or "", "company": x.get("name") or "", "duration": span(x),
                        "location": place(x.get("location")), "description": x.get("summary") or "",
                        "achievements": [h for h in x.get("highlights") or [] if h]}
                       for x in resume.get("work") or []],
        "skills": [{"category": s.get("name") or "Skills", "skills": ", ".join(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "projects": [{"name": x.get("name") or "", "technologies": ", ".join(x.get("keywords") or []),
                      "description": x.get("description") or "",
                      "highlights": [h for h in x.get("highlights") or [] if h]}
                     for x in resume.get("projects") or []],
        "certificates": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                          "date": spoken(month(c.get("date")))} for c in resume.get("certificates") or []],
    }


def yaml_to_resume_input(resume: dict) -> str:
    """yaml-to-resume's YAML (its boilerplate's shape: `resume:` with name, job_title and a `content` list
    of header, summary, skills, experience, education and projects blocks). Skills are one flat list; a
    job's and a project's points are its `description` list, the summary first; education has one `date`
    (the end); the header takes key-value items (printed as the value, or the key for a link)."""
    b = resume.get("basics") or {}
    header = [{k: v} for k, v in (("location", place(b.get("location"))), ("email", b.get("email")),
                                  ("phone", b.get("phone"))) if v]
    header += [{(p.get("network") or "link").lower(): p["url"]} for p in b.get("profiles") or [] if p.get("url")]
    if b.get("url"):
        header.append({"website": b["url"]})
    content = [{"header": header}] if header else []
    if b.get("summary"):
        content.append({"summary": b["summary"]})
    keywords = list(dict.fromkeys(k for s in resume.get("skills") or [] for k in s.get("keywords") or [] if k))
    if keywords:
        content.append({"skills": keywords})
    jobs = [{k: v for k, v in (("company", x.get("name")), ("job_title", x.get("position")),
                               ("date_range", span(x)), ("location", place(x.get("location"))),
                               ("description", points(x))) if v} for x in resume.get("work") or []]
    schools = [{k: v for k, v in (("degree", x.get("studyType")), ("institution", x.get("institution")),
                                  ("date", spoken(month(x.get("endDate")))), ("field_of_study", x.get("area")))
                if v} for x in resume.get("education") or []]
    projects = [{k: v for k, v in (("title", x.get("name")), ("date", span(x)),
                                   ("description", points(x, "description"))) if v}
                for x in resume.get("projects") or []]
    content += [{kind: items} for kind, items in (("experience", jobs), ("education", schools),
                                                   ("projects", projects)) if items]
    data = {"resume": {"name": b.get("name") or "", "job_title": b.get("label") or "", "content": content}}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
