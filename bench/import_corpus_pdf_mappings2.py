"""How the import corpus's PDF-package layouts of round 24 (bench/data/import_layout_split.json,
rotation_2026_12_08) get their input; bench/import_corpus_pdf_packages2.py runs the packages. As in
bench/import_corpus_pdf_mappings.py: one function per package from a JSON Resume source to the input its
documentation asks for, written from each package's documented contract before anything was rendered;
what a package has no place for is not given to it."""
from __future__ import annotations

import html

from import_corpus_packages import courses, degree, month, place, points, span, spoken


def _paragraph(texts: list[str]) -> str:
    """Points run together as one paragraph (a package with one description field an entry)."""
    return " ".join(" ".join(t.split()) for t in texts if t)


def cvgen_input(resume: dict) -> dict:
    """cvgen's YAML for `resume` (its README's example and its pydantic CV model: name, blurb,
    personalia with phone, address, nationality and email, experience, education, skills, projects and
    activities, every one of them required). A job's title is "Position @ Company" as in its README; an
    entry's points run together as its one description; the blurb goes into the page as HTML, so the
    summary is escaped; nationality, which JSON Resume lacks, is empty; volunteering goes to activities;
    awards, certificates, publications, languages, interests and profiles have no place."""
    b = resume.get("basics") or {}
    loc = b.get("location") if isinstance(b.get("location"), dict) else {}
    address = ", ".join(p for p in ((loc or {}).get("address"), place(b.get("location"))) if p)
    return {
        "name": b.get("name") or "",
        "blurb": html.escape(b.get("summary") or ""),
        "personalia": {"phone": b.get("phone") or "", "address": address, "nationality": "",
                       "email": b.get("email") or ""},
        "experience": [{"title": " @ ".join(p for p in (x.get("position"), x.get("name")) if p), "industry": "",
                        "dates": span(x), "description": _paragraph(points(x)) or None}
                       for x in resume.get("work") or []],
        "education": [{"diploma": degree(x, " in "), "institution": x.get("institution") or "", "dates": span(x),
                       "description": _paragraph([courses(x), f"GPA: {x['score']}" if x.get("score") else ""])}
                      for x in resume.get("education") or []],
        "skills": [{"category": s.get("name") or "Skills", "keywords": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "projects": [{"title": x.get("name") or "", "description": _paragraph(points(x, "description")),
                      "link": x.get("url") or None} for x in resume.get("projects") or []],
        "activities": [{"title": x.get("position") or "", "organization": x.get("organization") or "",
                        "dates": span(x), "description": _paragraph(points(x))}
                       for x in resume.get("volunteer") or []],
    }


def cv_parser_input(resume: dict) -> dict:
    """cv-parser's YAML for `resume` (its repository's example/my_cv.yml, which `cv_parser generate`
    copies, and its PDF renderer's reads): personal_info (first and last name, title, headline, address,
    phone, email, webpage; no picture), core_formation (education), complementary_formation
    (certificates: title, date, institution), professional_experience (each job's projects, which hold
    its points: the summary and each highlight as a project's description, with no title), languages,
    skills, hobbies (interests) and references (names). Volunteering, awards, publications and JSON
    Resume's projects have no place."""
    b = resume.get("basics") or {}
    first, _, last = (b.get("name") or "").strip().partition(" ")
    loc = b.get("location") if isinstance(b.get("location"), dict) else {}
    data: dict = {"cv_file_version": 1, "personal_info": {
        "first_name": first, "last_name": last, "title": b.get("label") or "", "headline": b.get("summary") or "",
        "address": ", ".join(p for p in ((loc or {}).get("address"), place(b.get("location"))) if p),
        "phone": b.get("phone") or "", "email": b.get("email") or "", "webpage": b.get("url") or ""}}
    sections = {
        "core_formation": [{"course": {k: v for k, v in (("title", degree(x, ", ")), ("date", span(x)),
                                                         ("institution", x.get("institution")),
                                                         ("location", place(x.get("location")))) if v}}
                           for x in resume.get("education") or []],
        "complementary_formation": [{"course": {k: v for k, v in (("title", c.get("name")),
                                                                  ("date", spoken(month(c.get("date")))),
                                                                  ("institution", c.get("issuer"))) if v}}
                                    for c in resume.get("certificates") or []],
        "professional_experience": [{"work": {k: v for k, v in (
            ("date", span(x)), ("job_title", x.get("position") or ""), ("place", x.get("name") or ""),
            ("website", x.get("url")),
            ("projects", [{"project": {"title": "", "description": p}} for p in points(x)])) if v is not None}}
            for x in resume.get("work") or []],
        "languages": [{"name": x["language"], "level": x.get("fluency") or ""}
                      for x in resume.get("languages") or [] if x.get("language")],
        "skills": [{"name": s.get("name") or "Skills", "list": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "hobbies": [{"name": x["name"], "description": ", ".join(x.get("keywords") or [])}
                    for x in resume.get("interests") or [] if x.get("name")],
        "references": [{"name": r["name"]} for r in resume.get("references") or [] if r.get("name")],
    }
    data.update({k: v for k, v in sections.items() if v})
    return data


def cvforge_input(resume: dict) -> dict:
    """cvforge's cv.yaml for `resume` (its README's field table and the example.yaml `cvforge init`
    writes): name, role and email (required, non-empty: the role is the label, else the first job's
    position), phone, location, website, linkedin, github, summary, skills (Category, Items), experience
    (company, role, date, location, description: the summary first), projects (name, date, url, role,
    description), education (school, degree, date, location, gpa, description: courses),
    certifications, awards, languages (name, level) and interests, in its example's order; its default
    language and font. Volunteering, publications and references have no place."""
    b = resume.get("basics") or {}
    net = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    work = resume.get("work") or []
    role = b.get("label") or next((x["position"] for x in work if x.get("position")), "")
    data = {k: v for k, v in (
        ("name", b.get("name") or ""), ("role", role), ("email", b.get("email") or ""), ("phone", b.get("phone")),
        ("location", place(b.get("location"))), ("website", b.get("url")), ("linkedin", net.get("linkedin")),
        ("github", net.get("github")), ("summary", b.get("summary"))) if v or k in ("name", "role", "email")}

    def entry(pairs) -> dict:
        return {k: v for k, v in pairs if v}

    sections = {
        "skills": [{"Category": s.get("name") or "Skills", "Items": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "experience": [entry((("company", x.get("name") or ""), ("role", x.get("position") or ""), ("date", span(x)),
                              ("location", place(x.get("location"))), ("description", points(x)))) for x in work],
        "projects": [entry((("name", x.get("name") or ""), ("date", span(x)), ("url", x.get("url")),
                            ("role", ", ".join(x.get("roles") or [])), ("description", points(x, "description"))))
                     for x in resume.get("projects") or []],
        "education": [entry((("school", x.get("institution") or ""), ("degree", degree(x, " in ")), ("date", span(x)),
                             ("location", place(x.get("location"))), ("gpa", x.get("score")),
                             ("description", [courses(x)] if x.get("courses") else [])))
                      for x in resume.get("education") or []],
        "certifications": [entry((("name", c.get("name") or ""), ("issuer", c.get("issuer")),
                                  ("date", spoken(month(c.get("date")))))) for c in resume.get("certificates") or []],
        "awards": [entry((("name", a.get("title") or ""), ("issuer", a.get("awarder")),
                          ("date", spoken(month(a.get("date")))))) for a in resume.get("awards") or []],
        "languages": [entry((("name", x["language"]), ("level", x.get("fluency"))))
                      for x in resume.get("languages") or [] if x.get("language")],
        "interests": [x["name"] for x in resume.get("interests") or [] if x.get("name")],
    }
    data.update({k: v for k, v in sections.items() if v})
    return data


def cv_cli_input(resume: dict) -> dict:
    """cv-cli's profile YAML for `resume` (its sdist's profiles/example.yaml: name, phone, email, linkedin
    and github as bare addresses, `sections` naming what is printed in order, and objective, education,
    experience, projects and skills blocks, each a title and items). The summary is its objective; a
    job's items are its points (the summary first); a project's stack is its keywords; a section is
    listed only when the source has entries for it. Its template escapes LaTeX itself. Volunteering,
    awards, certificates, publications, languages, interests and references have no block."""
    b = resume.get("basics") or {}
    net = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    bare = {k: (v or "").split("://", 1)[-1].rstrip("/") for k, v in net.items()}
    data = {k: v for k, v in (("name", b.get("name") or ""), ("phone", b.get("phone") or ""), ("email", b.get("email")),
                              ("linkedin", bare.get("linkedin")), ("github", bare.get("github")))
            if v or k in ("name", "phone")}
    blocks = {
        "objective": {"title": "Objective", "text": b["summary"]} if b.get("summary") else None,
        "education": [{"school": x.get("institution") or "", "location": place(x.get("location")),
                       "degree": degree(x, " in "), "date": span(x, " -- ")} for x in resume.get("education") or []],
        "experience": [{"title": x.get("position") or "", "dates": span(x, " -- "), "company": x.get("name") or "",
                        "location": place(x.get("location")), "items": points(x)} for x in resume.get("work") or []],
        "projects": [{"title": x.get("name") or "", "stack": ", ".join(x.get("keywords") or []),
                      "dates": span(x, " -- "), "items": points(x, "description")}
                     for x in resume.get("projects") or []],
        "skills": [{"title": s.get("name") or "Skills", "items": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
    }
    titles = {"education": "Education", "experience": "Experience", "projects": "Projects",
              "skills": "Technical Skills"}
    data["sections"] = [k for k, v in blocks.items() if v]
    for key, value in blocks.items():
        if value:
            data[key] = value if key == "objective" else {"title": titles[key], "items": value}
    return data
