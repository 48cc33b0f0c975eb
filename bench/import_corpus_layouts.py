"""Real-world layouts of the import corpus written the way people write them by hand (issue 15):
LaTeX's moderncv class and a hand-made Word resume with tab stops instead of tables.

Used by ``bench/import_corpus.py`` (``--layouts latex-moderncv-classic,latex-moderncv-banking,
docx-word-tabs,docx-word-tabs-pdf``); it has no command line of its own. Added as dev layouts on
2026-12-06 (``bench/data/import_layout_split.json``, ``extra_dev_2026_12_06_s8``).

latex-moderncv-classic / latex-moderncv-banking (``moderncv_source``, ``build_moderncv``)
    TeX Live's moderncv class (``kpsewhich moderncv.cls``; v2.3.1 here), ``\\moderncvcolor{blue}``,
    compiled twice with **xelatex** and fontspec's default Latin Modern (pdflatex cannot set the
    Vietnamese source name: TeX Live here has no T5 encoding). moderncv's default icons need
    ``fontawesome5`` and ``academicons``, which this TeX Live lacks, so the style is loaded with
    its documented ``nosymbols`` option: moderncv's letter icons (``M``, ``E``, ``W``, ``in``,
    ``gh``) and its marvosym bullet. One source function, two styles: classic (name left, contact
    right, dates in the left column) and banking (centred header, dates on the right).
    Dates: classic writes ``Jan 2019 -- Mar 2022`` / ``-- Present``; banking writes
    ``03/2019 -- 05/2022`` / ``-- present``; a date without a month is the year alone.
    Prerequisites: ``apt-get install -y texlive-xetex texlive-latex-extra lmodern`` (moderncv is
    in texlive-latex-extra).

docx-word-tabs (``word_tabs_document``, ``build_word_tabs``)
    python-docx, no tables: name in the Title style, contact on one line joined by `` | ``,
    section headings as Heading 1 with a bottom border, each entry a bold "Position, Employer"
    then a right-aligned tab stop with "Jan 2019 – Present" on the same line, an italic location
    line, "List Bullet" highlights; skills as "Group: kw, kw" paragraphs. For the sources in
    ``HEADER_CONTACT`` the contact line is in the Word page header instead of the body.

docx-word-tabs-pdf
    the docx-word-tabs files converted by LibreOffice headless (``build_docx_pdf`` of
    import_corpus.py), like docx-table-pdf. Needs libreoffice-writer-nogui and Carlito.
"""

from __future__ import annotations

import re
from pathlib import Path

from import_corpus import bare_url, compile_xelatex, employer, letter_document, loc_text, tex

MODERNCV_STYLES = {"latex-moderncv-classic": "classic", "latex-moderncv-banking": "banking"}
WORD_TABS = ["docx-word-tabs", "docx-word-tabs-pdf"]
NEW_LAYOUTS = [*MODERNCV_STYLES, *WORD_TABS]

# Sources whose Word resume has its contact line in the page header: half of the ten, drawn with
# sorted(random.Random(20261206).sample(sorted(<the ten source stems>), 5)) on 2026-12-06.
HEADER_CONTACT = {
    "chef-jose-nunez-garcia",
    "complete-resume",
    "new-grad",
    "retail-priya-raghunathan",
    "warehouse-marcus-oneill",
}

_GPA = re.compile(r"^[\d.]+(/[\d.]+)?$")  # a bare grade ("3.8", "3.81/4.0") is written "GPA 3.8"
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# moderncv's \social types that take a bare account name (moderncv.cls v2.3.1)
_SOCIAL = {"linkedin", "xing", "twitter", "github", "gitlab", "stackoverflow", "bitbucket", "orcid", "researchgate"}


def _date(value: str | None, style: str, present: str) -> str:
    if not value:
        return present
    parts = value.split("-")
    if len(parts) < 2:
        return parts[0]
    if style == "banking":
        return f"{parts[1]}/{parts[0]}"
    return f"{_MON[int(parts[1]) - 1]} {parts[0]}"


def _span(item: dict, style: str, key: str = "startDate") -> str:
    """moderncv users' date column: "Jan 2019 -- Present" (classic), "03/2019 -- present" (banking)."""
    present = "present" if style == "banking" else "Present"
    start, end = item.get(key), item.get("endDate")
    if key != "startDate" or (not start and not end):
        return _date(item.get(key), style, "") if item.get(key) else ""
    if not start:
        return _date(end, style, present)
    return f"{_date(start, style, present)} -- {_date(end, style, present)}"


def _itemize(items) -> str:
    items = [tex(h) for h in items or [] if str(h).strip()]
    if not items:
        return ""
    return "\n\\begin{itemize}\n" + "\n".join(f"  \\item {h}" for h in items) + "\n\\end{itemize}"


def _description(summary, highlights) -> str:
    text = tex(summary) if summary else ""
    return (text + _itemize(highlights)).strip()


def _name_parts(name: str) -> tuple[str, str]:
    words = name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", name)


def moderncv_source(r: dict, style: str) -> str:
    """A moderncv CV as a typical user writes it (the class's own template, sections filled in)."""
    b = r.get("basics", {})
    first, last = _name_parts(b.get("name", ""))
    out = [
        "% moderncv CV filled from a JSON Resume by bench/import_corpus_layouts.py; compile with xelatex",
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        rf"\moderncvstyle[nosymbols]{{{style}}}  % fontawesome5/academicons are not installed: letter icons",
        r"\moderncvcolor{blue}",
        r"\usepackage{fontspec}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
    ]
    if b.get("label"):
        out.append(rf"\title{{{tex(b['label'])}}}")
    loc = b.get("location") or {}
    if isinstance(loc, dict) and any(loc.get(k) for k in ("address", "city", "region", "countryCode")):
        region = " ".join(y for y in [loc.get("region"), loc.get("postalCode")] if y)
        city = ", ".join(x for x in [loc.get("city"), region] if x)
        lines = [x for x in [loc.get("address"), city, loc.get("countryCode")] if x]
        out.append(r"\address" + "".join(f"{{{tex(x)}}}" for x in lines[:3]))
    elif isinstance(loc, str) and loc:
        out.append(rf"\address{{{tex(loc)}}}")
    if b.get("phone"):
        out.append(rf"\phone[mobile]{{{tex(b['phone'])}}}")
    if b.get("email"):
        out.append(rf"\email{{{tex(b['email'])}}}")
    if b.get("url"):
        out.append(rf"\homepage{{{tex(bare_url(b['url']))}}}")
    for p in b.get("profiles") or []:
        net = (p.get("network") or "").lower()
        user = p.get("username") or bare_url(p.get("url"))
        if net in _SOCIAL and p.get("username"):
            out.append(rf"\social[{net}]{{{tex(user)}}}")
        elif p.get("url"):
            out.append(rf"\social[{re.sub(r'[^a-z]', '', net) or 'web'}][{tex(p['url'])}]{{{tex(user)}}}")
    out += ["", r"\begin{document}", r"\makecvtitle", ""]

    if b.get("summary"):
        out += [r"\section{Summary}", rf"\cvitem{{}}{{{tex(b['summary'])}}}", ""]

    def entries(title: str, items, head) -> None:
        if items:
            out.append(rf"\section{{{title}}}")
            out.extend(head(x) for x in items)
            out.append("")

    entries("Experience", r.get("work"), lambda w: (
        rf"\cventry{{{_span(w, style)}}}{{{tex(w.get('position'))}}}{{{tex(employer(w))}}}"
        rf"{{{tex(loc_text(w.get('location')))}}}{{}}{{{_description(w.get('summary'), w.get('highlights'))}}}"))

    def school(e: dict) -> str:
        degree = " in ".join(x for x in [e.get("studyType"), e.get("area")] if x)
        score = e.get("score") or ""
        grade = rf"\textit{{GPA {tex(score)}}}" if _GPA.match(score) else rf"\textit{{{tex(score)}}}"
        grade = grade if score else ""
        courses = "Courses: " + tex(", ".join(e["courses"])) if e.get("courses") else ""
        return (rf"\cventry{{{_span(e, style)}}}{{{tex(degree or e.get('institution'))}}}"
                rf"{{{tex(e.get('institution') if degree else '')}}}{{{tex(loc_text(e.get('location')))}}}"
                rf"{{{grade}}}{{{courses}}}")

    entries("Education", r.get("education"), school)
    entries("Projects", r.get("projects"), lambda p: (
        rf"\cventry{{{_span(p, style)}}}{{{tex(p.get('name'))}}}{{{tex(', '.join(p.get('roles') or []))}}}"
        rf"{{{tex(bare_url(p.get('url')))}}}{{}}{{{_description(p.get('description'), p.get('highlights'))}}}"))
    entries("Volunteer work", r.get("volunteer"), lambda v: (
        rf"\cventry{{{_span(v, style)}}}{{{tex(v.get('position'))}}}{{{tex(v.get('organization'))}}}"
        rf"{{{tex(loc_text(v.get('location')))}}}{{}}{{{_description(v.get('summary'), v.get('highlights'))}}}"))
    entries("Skills", r.get("skills"), lambda s: (
        rf"\cvitem{{{tex(s.get('name'))}}}{{{tex(', '.join(s.get('keywords') or []))}}}"))
    entries("Languages", r.get("languages"), lambda lg: (
        rf"\cvitemwithcomment{{{tex(lg.get('language'))}}}{{{tex(lg.get('fluency'))}}}{{}}"))
    entries("Certificates", r.get("certificates"), lambda c: (
        rf"\cvitem{{{_span(c, style, 'date')}}}{{\textbf{{{tex(c.get('name'))}}}"
        + (f", {tex(c['issuer'])}" if c.get("issuer") else "") + "}"))
    entries("Awards", r.get("awards"), lambda a: (
        rf"\cventry{{{_span(a, style, 'date')}}}{{{tex(a.get('title'))}}}{{{tex(a.get('awarder'))}}}{{}}{{}}"
        rf"{{{tex(a.get('summary'))}}}"))
    entries("Publications", r.get("publications"), lambda p: (
        rf"\cvitem{{{_span(p, style, 'releaseDate')}}}{{\textit{{{tex(p.get('name'))}}}"
        + (f", {tex(p['publisher'])}" if p.get("publisher") else "") + "}"))
    entries("Interests", r.get("interests"), lambda i: (
        rf"\cvitem{{{tex(i.get('name'))}}}{{{tex(', '.join(i.get('keywords') or []))}}}"))
    out += [r"\end{document}", ""]
    return "\n".join(out)


def build_moderncv(layout: str, src: Path, resume: dict, out_pdf: Path, work: Path) -> None:
    """Write the .tex into `work` and compile it twice with xelatex (as a user would)."""
    compile_xelatex(moderncv_source(resume, MODERNCV_STYLES[layout]), src.name.split(".")[0], out_pdf, work)


# ----------------------------------------------------------------------------- Word, tab stops


def _wdate(value: str | None, present: str = "Present") -> str:
    if not value:
        return present
    parts = value.split("-")
    return f"{_MON[int(parts[1]) - 1]} {parts[0]}" if len(parts) >= 2 else parts[0]


def _wspan(item: dict) -> str:
    start, end = item.get("startDate"), item.get("endDate")
    if not start and not end:
        return ""
    return _wdate(end) if not start else f"{_wdate(start)} – {_wdate(end)}"


def word_tabs_document(resume: dict, header_contact: bool):
    """A hand-made Word resume (no tables; see the module docstring)."""
    import datetime as _dt

    doc = letter_document(0.9, 0.8, 11)
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    b = resume.get("basics", {})
    sec = doc.sections[0]
    title = doc.styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(24)
    title.font.bold = True
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(13)
    h1.font.color.rgb = RGBColor(0x00, 0x00, 0x00)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(4)
    right_edge = sec.page_width - sec.left_margin - sec.right_margin

    doc.add_paragraph(b.get("name", ""), style="Title")
    if b.get("label"):
        doc.add_paragraph(b["label"]).runs[0].font.size = Pt(13)
    contact = [x for x in [loc_text(b.get("location")), b.get("phone"), b.get("email"), bare_url(b.get("url"))] if x]
    contact += [bare_url(p.get("url")) for p in b.get("profiles") or [] if p.get("url")]
    if header_contact:
        hp = sec.header.paragraphs[0]
        hp.text = " | ".join(contact)
        hp.runs[0].font.size = Pt(9)
    else:
        doc.add_paragraph(" | ".join(contact)).paragraph_format.space_after = Pt(8)

    def heading(text: str) -> None:
        h = doc.add_heading(text, level=1)
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in {"w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "000000"}.items():
            bottom.set(qn(k), v)
        bdr.append(bottom)
        h._p.get_or_add_pPr().append(bdr)

    def entry(title: str, dates: str, place: str = "") -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(right_edge, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(title).bold = True
        if dates:
            p.add_run("\t" + dates)
        if place:
            doc.add_paragraph().add_run(place).italic = True

    def text(value) -> None:
        if value:
            doc.add_paragraph(str(value))

    def bullets(items) -> None:
        for it in items or []:
            doc.add_paragraph(str(it), style="List Bullet").paragraph_format.space_after = Pt(0)

    if b.get("summary"):
        heading("Summary")
        text(b["summary"])
    if resume.get("work"):
        heading("Experience")
        for w in resume["work"]:
            entry(", ".join(x for x in [w.get("position"), employer(w)] if x), _wspan(w), loc_text(w.get("location")))
            text(w.get("summary"))
            bullets(w.get("highlights"))
    if resume.get("education"):
        heading("Education")
        for e in resume["education"]:
            degree = " in ".join(x for x in [e.get("studyType"), e.get("area")] if x)
            entry(", ".join(x for x in [degree, e.get("institution")] if x), _wspan(e), loc_text(e.get("location")))
            if e.get("score"):
                text(f"GPA: {e['score']}" if _GPA.match(e["score"]) else e["score"])
            if e.get("courses"):
                text("Relevant coursework: " + ", ".join(e["courses"]))
    if resume.get("projects"):
        heading("Projects")
        for p in resume["projects"]:
            entry(", ".join(x for x in [p.get("name"), *(p.get("roles") or [])] if x), _wspan(p))
            text(p.get("description"))
            bullets(p.get("highlights"))
    if resume.get("volunteer"):
        heading("Volunteer Experience")
        for v in resume["volunteer"]:
            entry(", ".join(x for x in [v.get("position"), v.get("organization")] if x), _wspan(v),
                  loc_text(v.get("location")))
            text(v.get("summary"))
            bullets(v.get("highlights"))
    if resume.get("skills"):
        heading("Skills")
        for s in resume["skills"]:
            p = doc.add_paragraph()
            p.add_run(f"{s.get('name', '')}: ").bold = True
            p.add_run(", ".join(s.get("keywords") or []))
    if resume.get("certificates"):
        heading("Certifications")
        for c in resume["certificates"]:
            entry(", ".join(x for x in [c.get("name"), c.get("issuer")] if x), _wdate(c.get("date"), present=""))
    if resume.get("awards"):
        heading("Awards")
        for a in resume["awards"]:
            entry(", ".join(x for x in [a.get("title"), a.get("awarder")] if x), _wdate(a.get("date"), present=""))
            text(a.get("summary"))
    if resume.get("languages"):
        heading("Languages")
        for lg in resume["languages"]:
            text(f"{lg.get('language')}: {lg['fluency']}" if lg.get("fluency") else lg.get("language"))
    # fixed core properties so that regenerating gives stable metadata
    doc.core_properties.author = doc.core_properties.last_modified_by = b.get("name", "")
    doc.core_properties.title = f"{b.get('name', '')} – Resume"
    doc.core_properties.created = doc.core_properties.modified = _dt.datetime(2026, 1, 1)
    return doc


def build_word_tabs(src: Path, resume: dict, out_docx: Path, stem: str) -> None:
    word_tabs_document(resume, header_contact=stem in HEADER_CONTACT).save(str(out_docx))
