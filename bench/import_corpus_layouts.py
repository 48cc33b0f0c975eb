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

europass-pdf, gdocs-serif-pdf, gdocs-swiss-pdf (``HTML_LAYOUTS``, ``html_for``)
    emulations, written here from public descriptions, of a Europass CV (``europass_html``) and
    of Google Docs' "Serif" and "Swiss" resume templates (``gdocs_html``), printed to PDF by
    headless Chromium (``print_html`` of import_corpus.py) like linkedin-pdf. Dev layouts of
    2026-12-06 (``extra_dev_2026_12_06_s8b``). Needs Chromium only.
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


# ----------------------------------------------------------------------------- HTML emulations (s8b)
# europass-pdf, gdocs-serif-pdf, gdocs-swiss-pdf: dev layouts of 2026-12-06
# (bench/data/import_layout_split.json, extra_dev_2026_12_06_s8b). Each is a function from a JSON
# Resume to HTML (CSS inline), printed to PDF by headless Chromium through import_corpus.print_html,
# as linkedin_html is. They are emulations written here from public descriptions (cited in each
# docstring), not the tools' own output; no real person's resume was copied.

HTML_LAYOUTS = ["europass-pdf", "gdocs-serif-pdf", "gdocs-swiss-pdf"]
# JSON Resume fluency words -> a CEFR level for every cell of Europass's grid (first match wins);
# "native"/"mother" languages go to "Mother tongue(s)" instead; no match: the grid row is left out
_CEFR = [("fluent", "C1"), ("full professional", "C1"), ("professional", "B2"), ("intermediate", "B1"),
         ("conversational", "B1"), ("limited", "A2"), ("elementary", "A2"), ("basic", "A1"), ("beginner", "A1")]


def _e(s) -> str:
    from html import escape

    return escape(str(s or ""))


def _country(code) -> str:
    from import_corpus import LINKEDIN_COUNTRIES

    return LINKEDIN_COUNTRIES.get(str(code or "").upper(), str(code or ""))


def _eu_date(value, present: str = "Current") -> str:
    """Europass's numeric dates: DD/MM/YYYY, MM/YYYY, or the year alone; no date: "Current"."""
    if not value:
        return present
    parts = str(value).split("-")
    return "/".join(reversed(parts[:3]))


def _eu_span(item: dict) -> str:
    start, end = item.get("startDate"), item.get("endDate")
    if not start and not end:
        return ""
    if not start:
        return _eu_date(end)
    return f"{_eu_date(start)} – {_eu_date(end)}"


def _page(title: str, css: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


def _ul(items) -> str:
    items = [h for h in items or [] if h]
    return "<ul>" + "".join(f"<li>{_e(h)}</li>" for h in items) + "</ul>" if items else ""


EUROPASS_CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-right { content: counter(page) " / " counter(pages);
    font: 8pt Arial, "Liberation Sans", sans-serif; color: #555; } }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.4;
  color: #1c1c1c; margin: 0; }
a { color: inherit; text-decoration: none; }
.brand { color: #0b4ea2; font-weight: bold; font-size: 11pt; margin: 0 0 4mm; }
h1 { font-size: 20pt; font-weight: bold; margin: 0 0 2mm; color: #0b2f64; }
.info p { margin: 0.4mm 0; } .info b { font-weight: bold; }
h2 { font-size: 10.5pt; font-weight: bold; letter-spacing: 0.06em; color: #0b4ea2; border-bottom: 1px solid #0b4ea2;
  margin: 6mm 0 2mm; padding-bottom: 0.6mm; break-after: avoid; }
.entry { display: grid; grid-template-columns: 36mm 1fr; column-gap: 4mm; margin: 0 0 3mm; break-inside: avoid; }
.when { color: #555; font-size: 8.5pt; }
.what { font-weight: bold; text-transform: uppercase; margin: 0; }
.org, .place { margin: 0; } .place { color: #555; }
.row { margin: 0.6mm 0 0; } .row b { font-weight: bold; }
ul { margin: 1mm 0 0; padding-left: 5mm; } li { margin: 0.3mm 0; }
table.cefr { border-collapse: collapse; margin: 1mm 0 2mm; width: 100%; font-size: 8.5pt; }
.cefr th, .cefr td { border: 1px solid #b7c7dd; padding: 0.8mm 1.5mm; text-align: center; }
.cefr th { background: #e8eef7; font-weight: bold; } .cefr td.lang { text-align: left; font-weight: bold; }
.note { font-size: 7.5pt; color: #555; margin: 0; }
"""


def europass_html(r: dict) -> str:
    """The HTML of a Europass CV (the EU's standard CV, as its online editor exports it to PDF).

    Written here from public descriptions (structure only): jimrand/jimrand-plugins
    (plugins/resume-coach/skills/identify/references/types/europass-cv.md: fixed section order,
    Personal Information with nationality and date of birth, Work Experience with dd/mm/yyyy dates,
    position, employer, "city, country", Education and Training with qualification, institution and
    field of study, Languages as mother tongue(s) plus the CEFR self-assessment grid Understanding
    (Listening/Reading), Speaking (Production/Interaction), Writing rated A1-C2, Digital skills);
    gmazzamuto/europasscv (README: the 2013 layout, labelled personal rows, dates in a left column);
    a code-search excerpt of a React-PDF "Europass2PDF" template (A4, upper-case WORK EXPERIENCE /
    EDUCATION AND TRAINING / LANGUAGE SKILLS with a CEFR table / SKILLS / DRIVING LICENCE);
    reactive-resume/app issue #809 (the 2020+ editor exports PDF only). Choices where they say
    nothing: "City, Country" under the employer; "DD/MM/YYYY – Current"; fluency words mapped to one
    CEFR level for the whole row (_CEFR, so fluency is not printed as its words); no date of birth,
    nationality or driving licence (the sources have none and none is invented); profiles as labelled
    rows with the network's name; certificates, awards, projects and volunteering as Europass's
    custom sections (dated left like the rest).
    """
    b = r.get("basics") or {}
    loc = b.get("location") if isinstance(b.get("location"), dict) else {}
    info = []
    address = ", ".join(str(x) for x in (loc.get("address"), loc.get("postalCode"), loc.get("city"),
                                         _country(loc.get("countryCode"))) if x)
    rows = [("Address", address), ("Phone number", b.get("phone")), ("Email address", b.get("email")),
            ("Website", b.get("url"))]
    rows += [(p.get("network") or "Website", p.get("url") or p.get("username"))
             for p in b.get("profiles") or [] if isinstance(p, dict)]
    for label, value in rows:
        if value:
            info.append(f"<p><b>{_e(label)}:</b> {_e(value)}</p>")
    out = ['<p class="brand">europass</p>', f"<h1>{_e(b.get('name'))}</h1>"]
    if b.get("label"):
        out.append(f'<p class="row">{_e(b["label"])}</p>')
    out.append('<div class="info">' + "".join(info) + "</div>")
    if b.get("summary"):
        out.append(f"<h2>ABOUT ME</h2><p>{_e(b['summary'].strip())}</p>")

    def entry(when: str, title: str, lines: list[str], extra: str = "") -> str:
        body = f'<p class="what">{_e(title)}</p>' if title else ""
        body += "".join(f'<p class="{cls}">{_e(text)}</p>' for cls, text in lines if text)
        return f'<div class="entry"><div class="when">{_e(when)}</div><div>{body}{extra}</div></div>'

    def place(value) -> str:
        if isinstance(value, dict):
            return ", ".join(x for x in (value.get("city"), _country(value.get("countryCode"))) if x)
        return str(value or "")

    for head, key, title_key, org_key in [("WORK EXPERIENCE", "work", "position", "name"),
                                          ("VOLUNTEERING", "volunteer", "position", "organization")]:
        items = r.get(key) or []
        if items:
            out.append(f"<h2>{head}</h2>")
        for job in items:
            extra = f'<p class="row">{_e(job["summary"])}</p>' if job.get("summary") else ""
            extra += _ul(job.get("highlights"))
            org = job.get(org_key) or job.get("company") or ""
            out.append(entry(_eu_span(job), job.get(title_key) or "",
                             [("org", org), ("place", place(job.get("location")))], extra))
    if r.get("education"):
        out.append("<h2>EDUCATION AND TRAINING</h2>")
    for ed in r.get("education") or []:
        extra = f'<p class="row"><b>Field(s) of study:</b> {_e(ed["area"])}</p>' if ed.get("area") else ""
        extra += f'<p class="row"><b>Final grade:</b> {_e(ed["score"])}</p>' if ed.get("score") else ""
        if ed.get("courses"):
            extra += f'<p class="row"><b>Courses:</b> {_e(" | ".join(ed["courses"]))}</p>'
        title = ed.get("studyType") or ed.get("area") or ""
        out.append(entry(_eu_span(ed), title, [("org", ed.get("institution"))], extra))
    langs = [lg for lg in r.get("languages") or [] if lg.get("language")]
    if langs:
        low = [(lg, str(lg.get("fluency") or "").lower()) for lg in langs]
        mother = [lg["language"] for lg, f in low if "native" in f or "mother" in f]
        others = [(lg["language"], next((lv for w, lv in _CEFR if w in f), "")) for lg, f in low
                  if not ("native" in f or "mother" in f)]
        out.append("<h2>LANGUAGE SKILLS</h2>")
        if mother:
            out.append(f"<p><b>Mother tongue(s):</b> {_e(' | '.join(mother))}</p>")
        if others:
            out.append("<p><b>Other language(s):</b></p>")
            grid = ('<table class="cefr"><tr><th></th><th colspan="2">UNDERSTANDING</th><th colspan="2">SPEAKING</th>'
                    "<th>WRITING</th></tr><tr><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th>"
                    "<th>Spoken interaction</th><th></th></tr>")
            for name, level in others:
                cells = "".join(f"<td>{_e(level)}</td>" for _ in range(5))
                grid += f'<tr><td class="lang">{_e(name)}</td>{cells}</tr>'
            out.append(grid + "</table>")
            out.append('<p class="note">Levels: A1 and A2: Basic user; B1 and B2: Independent user; '
                       "C1 and C2: Proficient user</p>")
    if r.get("skills"):
        out.append("<h2>DIGITAL SKILLS</h2>")
        for s in r["skills"]:
            kws = " | ".join(s.get("keywords") or [])
            out.append(f"<p><b>{_e(s.get('name'))}</b>" + (f"<br>{_e(kws)}" if kws else "") + "</p>")
    if r.get("certificates"):
        out.append("<h2>CERTIFICATES</h2>")
        for c in r["certificates"]:
            out.append(entry(_eu_date(c.get("date"), ""), c.get("name") or "", [("org", c.get("issuer"))]))
    if r.get("awards"):
        out.append("<h2>HONOURS AND AWARDS</h2>")
        for a in r["awards"]:
            extra = f'<p class="row">{_e(a["summary"])}</p>' if a.get("summary") else ""
            out.append(entry(_eu_date(a.get("date"), ""), a.get("title") or "", [("org", a.get("awarder"))], extra))
    if r.get("projects"):
        out.append("<h2>PROJECTS</h2>")
        for p in r["projects"]:
            extra = f'<p class="row">{_e(p["description"])}</p>' if p.get("description") else ""
            extra += _ul(p.get("highlights"))
            out.append(entry(_eu_span(p), p.get("name") or "", [("place", p.get("url"))], extra))
    return _page(f"Europass CV - {b.get('name', '')}", EUROPASS_CSS, "\n".join(out))


GDOCS_MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
                "OCTOBER", "NOVEMBER", "DECEMBER"]


def _gd_date(value, present: str = "PRESENT") -> str:
    if not value:
        return present
    parts = str(value).split("-")
    return f"{GDOCS_MONTHS[int(parts[1]) - 1]} {parts[0]}" if len(parts) >= 2 else parts[0]


def _gd_span(item: dict) -> str:
    """The templates' "MONTH 20XX - PRESENT" line (upper case, as the templates type it)."""
    start, end = item.get("startDate"), item.get("endDate")
    if not start and not end:
        return ""
    return _gd_date(end) if not start else f"{_gd_date(start)} - {_gd_date(end)}"


def _gd_entries(r: dict) -> dict[str, list[str]]:
    """Each section's HTML blocks in the Google Docs templates' entry shape: a bold "Company,
    Location — Job Title" line (employer and location in bold, the title in italics after an em
    dash), the date line under it, then the bullets."""
    def block(org: str, where: str, title: str, when: str, summary: str = "", highlights=None) -> str:
        head = f"<b>{_e(org)}</b>" + (f", {_e(where)}" if where else "")
        head += f" — <i>{_e(title)}</i>" if title else ""
        text = f'<p class="hd">{head}</p>' + (f'<p class="dt">{_e(when)}</p>' if when else "")
        text += f"<p>{_e(summary)}</p>" if summary else ""
        return f'<div class="ent">{text}{_ul(highlights)}</div>'

    sec: dict[str, list[str]] = {}
    for job in r.get("work") or []:
        sec.setdefault("EXPERIENCE", []).append(block(job.get("name") or job.get("company") or "",
                                                       loc_text(job.get("location")), job.get("position") or "",
                                                       _gd_span(job), job.get("summary") or "", job.get("highlights")))
    for ed in r.get("education") or []:
        degree = ", ".join(x for x in (ed.get("studyType"), ed.get("area")) if x)
        extra = [f"GPA {ed['score']}"] if ed.get("score") else []
        extra += [f"Courses: {', '.join(ed['courses'])}"] if ed.get("courses") else []
        sec.setdefault("EDUCATION", []).append(block(ed.get("institution") or "", "", degree, _gd_span(ed),
                                                     "; ".join(extra)))
    for p in r.get("projects") or []:
        sec.setdefault("PROJECTS", []).append(block(p.get("name") or "", bare_url(p.get("url")), "", _gd_span(p),
                                                     p.get("description") or "", p.get("highlights")))
    for v in r.get("volunteer") or []:
        sec.setdefault("VOLUNTEER", []).append(block(v.get("organization") or "", loc_text(v.get("location")),
                                                      v.get("position") or "", _gd_span(v), v.get("summary") or "",
                                                      v.get("highlights")))
    if r.get("skills"):
        sec["SKILLS"] = [_ul(f"{s.get('name')}: {', '.join(s.get('keywords') or [])}" if s.get("keywords")
                             else s.get("name") for s in r["skills"])]
    for c in r.get("certificates") or []:
        sec.setdefault("CERTIFICATIONS", []).append(
            f"<p><b>{_e(c.get('name'))}</b>" + (f", {_e(c['issuer'])}" if c.get("issuer") else "")
            + (f" ({_e(_gd_date(c['date']))})" if c.get("date") else "") + "</p>")
    for a in r.get("awards") or []:
        sec.setdefault("AWARDS", []).append(
            f"<p><b>{_e(a.get('title'))}</b>" + (f", {_e(a['awarder'])}" if a.get("awarder") else "")
            + (f" ({_e(_gd_date(a['date']))})" if a.get("date") else "") + "</p>"
            + (f"<p>{_e(a['summary'])}</p>" if a.get("summary") else ""))
    if r.get("languages"):
        sec["LANGUAGES"] = ["<p>" + ", ".join(_e(f"{lg['language']} ({lg['fluency']})" if lg.get("fluency")
                                                 else lg.get("language")) for lg in r["languages"]) + "</p>"]
    return sec


def _gd_contact(b: dict) -> list[str]:
    """The templates' short contact block: street, "City, Region Postcode", phone, email, then the
    website and profiles as bare addresses, one a line."""
    loc = b.get("location") if isinstance(b.get("location"), dict) else {}
    region = " ".join(y for y in (loc.get("region"), loc.get("postalCode")) if y)
    city = ", ".join(x for x in (loc.get("city"), region) if x)
    lines = [loc.get("address"), city, b.get("phone"), b.get("email"), bare_url(b.get("url"))]
    lines += [bare_url(p.get("url")) or p.get("username") for p in b.get("profiles") or [] if isinstance(p, dict)]
    return [str(x) for x in lines if x]


GDOCS_SERIF_CSS = """
@page { size: letter; margin: 0.6in 0.6in 0.6in 0.6in; }
body { font-family: "Open Sans", "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.45;
  color: #4d4d4d; margin: 0; }
.top { display: grid; grid-template-columns: 1fr 2.6in; column-gap: 0.3in; margin-bottom: 0.25in; }
h1 { font-family: "Playfair Display", "DejaVu Serif", "Liberation Serif", serif; font-size: 26pt; font-weight: bold;
  color: #000; margin: 0; line-height: 1.15; }
.label { font-size: 10pt; color: #000; margin: 0.04in 0 0; }
.contact p { margin: 0; font-size: 9pt; }
.cols { display: grid; grid-template-columns: 1fr 2.1in; column-gap: 0.3in; }
h2 { font-family: "Playfair Display", "DejaVu Serif", serif; font-size: 10.5pt; font-weight: bold;
  letter-spacing: 0.08em;
  color: #b00016; margin: 0.18in 0 0.07in; break-after: avoid; }
.ent { margin: 0 0 0.12in; } .ent p { margin: 0; } .hd { color: #000; font-size: 10.5pt; }
.dt { font-size: 8pt; color: #666; letter-spacing: 0.04em; margin: 0.02in 0 0.03in !important; }
ul { margin: 0.03in 0 0; padding-left: 0.2in; } li { margin: 0.01in 0; }
"""

GDOCS_SWISS_CSS = """
@page { size: letter; margin: 0.5in 0.6in 0.5in 0.6in; }
body { font-family: "Open Sans", "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.4;
  color: #333; margin: 0; }
h1 { font-family: "Lato", "DejaVu Sans", sans-serif; font-size: 24pt; font-weight: bold; color: #000; margin: 0; }
.label { font-size: 11pt; color: #000; margin: 0.02in 0 0.05in; }
.contact { font-size: 9pt; margin: 0 0 0.2in; } .contact p { margin: 0; }
.sec { display: grid; grid-template-columns: 1.45in 1fr; column-gap: 0.2in; border-top: 1px solid #ddd;
  padding-top: 0.08in; margin-top: 0.1in; }
h2 { font-family: "Lato", "DejaVu Sans", sans-serif; font-size: 10pt; font-weight: bold; color: #ff5e0e; margin: 0;
  letter-spacing: 0.05em; }
.ent { margin: 0 0 0.12in; break-inside: avoid; } .ent p { margin: 0; } .hd { color: #000; font-size: 10pt; }
.dt { font-size: 8pt; color: #666; margin: 0.02in 0 0.03in !important; }
ul { margin: 0.02in 0 0; padding-left: 0.18in; } li { margin: 0.01in 0; } .sec p { margin: 0 0 0.03in; }
"""

# the Serif template's narrow right column holds these; everything else is in the wide left one
_SERIF_SIDE = ("SKILLS", "LANGUAGES", "AWARDS", "CERTIFICATIONS")


def gdocs_html(r: dict, template: str) -> str:
    """The HTML of a Google Docs resume template ("serif" or "swiss") filled in and exported by
    Google Docs' File > Download > PDF.

    Written here from the brief's description of the template gallery (name in a large font, a short
    contact block, section headings in a coloured upper-case font, "Company, Location — Job Title"
    lines with "MONTH 20XX - PRESENT" under them) and from what the gallery's templates are known
    to show; the search tools found no public page describing them field by field (searched
    2026-12-06: only generic Google Docs resume advice, cplmakerlab's "Write a Resume Using Google
    Docs" slides with the usual section list, and unrelated "Swiss style" templates), so details
    are choices: Serif puts the name and label left with the contact block right, then a wide left
    column (Experience, Education, Projects, Volunteer) and a narrow right column (Skills,
    Languages, Awards, Certifications), as its two-column table does; Swiss sets the contact block
    under the name and each section as a row with the heading in the left column (as its layout
    table does). Fonts (Playfair Display, Open Sans, Lato) are not installed offline, so the
    fallbacks print; Google Docs embeds them, which changes spacing, not text.
    """
    b = r.get("basics") or {}
    sec = _gd_entries(r)
    contact = "".join(f"<p>{_e(x)}</p>" for x in _gd_contact(b))
    label = f'<p class="label">{_e(b["label"])}</p>' if b.get("label") else ""
    about = [f"<p>{_e(b['summary'].strip())}</p>"] if b.get("summary") else []
    if template == "serif":
        main_order = ["EXPERIENCE", "EDUCATION", "PROJECTS", "VOLUNTEER"]
        left = "".join(f"<h2>{h}</h2>" + "".join(sec[h]) for h in main_order if h in sec)
        right = "".join(f"<h2>{h}</h2>" + "".join(sec[h]) for h in _SERIF_SIDE if h in sec)
        body = (f'<div class="top"><div><h1>{_e(b.get("name"))}</h1>{label}</div>'
                f'<div class="contact">{contact}</div></div>'
                + ("".join(about)) + f'<div class="cols"><div>{left}</div><div>{right}</div></div>')
        return _page(b.get("name") or "Resume", GDOCS_SERIF_CSS, body)
    order = ["EXPERIENCE", "EDUCATION", "PROJECTS", "VOLUNTEER", "SKILLS", "CERTIFICATIONS", "AWARDS", "LANGUAGES"]
    rows = [("SUMMARY", about)] if about else []
    rows += [(h, sec[h]) for h in order if h in sec]
    body = f'<h1>{_e(b.get("name"))}</h1>{label}<div class="contact">{contact}</div>' + "".join(
        f'<div class="sec"><h2>{h.title()}</h2><div>{"".join(blocks)}</div></div>' for h, blocks in rows)
    return _page(b.get("name") or "Resume", GDOCS_SWISS_CSS, body)


def html_for(layout: str, resume: dict) -> str:
    """The HTML of one of HTML_LAYOUTS for `resume`."""
    if layout == "europass-pdf":
        return europass_html(resume)
    return gdocs_html(resume, {"gdocs-serif-pdf": "serif", "gdocs-swiss-pdf": "swiss"}[layout])


HTML_MANIFEST = {
    "europass-pdf": "emulation of a Europass CV as the EU's editor exports it (A4; labelled personal rows; "
    "ABOUT ME, WORK EXPERIENCE, EDUCATION AND TRAINING with Field(s) of study / Final grade rows, LANGUAGE SKILLS "
    "with mother tongue(s) and a CEFR grid, DIGITAL SKILLS, custom sections; dates DD/MM/YYYY or MM/YYYY – Current "
    "in a left column; 'City, Country' lines), written from public descriptions in bench/import_corpus_layouts.py "
    "(europass_html), printed to PDF by headless Chromium",
    "gdocs-serif-pdf": "emulation of Google Docs' 'Serif' resume template exported to PDF (name and label left, "
    "contact block right; wide left column Experience/Education/Projects, narrow right column Skills/Languages/"
    "Awards; red upper-case headings; 'Company, Location — Job Title' then 'MONTH 20XX - PRESENT'), "
    "bench/import_corpus_layouts.py (gdocs_html), printed to PDF by headless Chromium",
    "gdocs-swiss-pdf": "emulation of Google Docs' 'Swiss' resume template exported to PDF (name, label, contact "
    "lines; each section a row with its orange heading in a left column; 'Company, Location — Job Title' then "
    "'MONTH 20XX - PRESENT'), bench/import_corpus_layouts.py (gdocs_html), printed to PDF by headless Chromium",
}
