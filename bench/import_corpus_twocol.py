"""Two-column layouts of the import corpus (issue 15): a Word resume laid out as Word's "modern"
templates are (one borderless two-column table, a shaded narrow sidebar) and a LaTeX resume in the
style of the popular Overleaf two-column templates (Deedy, AltaCV).

Used by ``bench/import_corpus.py`` (``--layouts docx-word-sidebar,docx-word-sidebar-pdf,
latex-twocol``, then the same with ``--shown``); it has no command line of its own. Dev layouts of
2026-12-06 (``bench/data/import_layout_split.json``, ``extra_dev_2026_12_06_s10``), written here
by hand from the brief's description of those templates (no template's source was copied).

docx-word-sidebar (``sidebar_document``, ``build_sidebar``)
    python-docx, US Letter, Calibri. The name (26 pt bold) and the label sit in full-width
    paragraphs above one borderless 1x2 table that fills the page width: the narrow left cell
    (a third, shaded light blue-grey) holds CONTACT (location, phone, email, web addresses, one
    per paragraph), SKILLS (each group's name in bold, then one keyword per paragraph), LANGUAGES
    ("English (Fluent)"), EDUCATION (degree in bold, institution, a smaller date line, GPA and
    coursework lines) and INTERESTS; the right cell holds PROFILE (the summary), EXPERIENCE
    (position in bold, an "Employer, Location" line, the dates in a smaller grey line, the summary,
    List Bullet highlights), PROJECTS, VOLUNTEER, CERTIFICATIONS and AWARDS. Section headings are
    upper-case, bold, dark blue. The one table row may break across pages (Word's default).
    Needs python-docx (Tailor's venv).

docx-word-sidebar-pdf
    the docx-word-sidebar files converted by LibreOffice headless (``build_docx_pdf`` of
    import_corpus.py), like docx-table-pdf. Needs libreoffice-writer-nogui and Carlito.

latex-twocol (``twocol_source``, ``build_twocol``)
    a LaTeX source in the style of Deedy / AltaCV: ``paracol`` with ``\\columnratio{0.33}``,
    Latin Modern Sans through fontspec, compiled twice with **xelatex** (the sources' names
    Zoë Łukasiewicz, José Ñúñez-García and Nguyễn Thị Hương). A full-width header (the name large
    and bold, the label in coloured small caps, one contact line "phone | email |
    location"); the narrow left column holds LINKS (web address, profiles), EDUCATION, SKILLS
    (a bold group name, then its keywords joined by bullets), LANGUAGES (language left, fluency
    pushed right on the same line) and CERTIFICATIONS; the wide right column holds SUMMARY,
    EXPERIENCE (Deedy's "Employer | Position" then the dates and location in a smaller grey line
    under it, then bullets), PROJECTS, VOLUNTEERING, AWARDS and PUBLICATIONS. Section headings are
    coloured small caps with a rule. Prerequisites: ``apt-get install -y texlive-xetex
    texlive-latex-extra lmodern`` (``kpsewhich paracol.sty``: paracol is in texlive-latex-extra).
"""

from __future__ import annotations

import re
from pathlib import Path

from import_corpus import bare_url, compile_xelatex, date_range, employer, fmt_date, letter_document, loc_text, tex

SIDEBAR = ["docx-word-sidebar", "docx-word-sidebar-pdf"]
TWOCOL = ["latex-twocol"]
S10_LAYOUTS = [*SIDEBAR, *TWOCOL]

_GPA = re.compile(r"^[\d.]+(/[\d.]+)?$")  # a bare grade ("3.8") is written "GPA: 3.8"


def _lang(lg: dict) -> str:
    return f"{lg.get('language')} ({lg['fluency']})" if lg.get("fluency") else str(lg.get("language") or "")


def _degree(e: dict) -> str:
    return " in ".join(x for x in [e.get("studyType"), e.get("area")] if x)


# ----------------------------------------------------------------------------- Word, sidebar table


def sidebar_document(resume: dict):
    """A Word resume in the shape of Word's "modern" two-column templates (module docstring)."""
    import datetime as _dt

    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = letter_document(0.6, 0.6, 10)
    b = resume.get("basics", {})
    sec = doc.sections[0]
    navy = RGBColor(0x1F, 0x3A, 0x5F)
    grey = RGBColor(0x59, 0x59, 0x59)

    p = doc.add_paragraph()
    r_ = p.add_run(b.get("name", ""))
    r_.bold, r_.font.size, r_.font.color.rgb = True, Pt(26), navy
    p.paragraph_format.space_after = Pt(0)
    if b.get("label"):
        p = doc.add_paragraph()
        r_ = p.add_run(b["label"])
        r_.font.size, r_.font.color.rgb = Pt(13), grey
    p.paragraph_format.space_after = Pt(10)

    width = sec.page_width - sec.left_margin - sec.right_margin
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)
    left, right = table.rows[0].cells
    widths = (int(width * 0.33), width - int(width * 0.33))
    for col, w in zip(table.columns, widths):
        col.width = w
    for cell, w in zip((left, right), widths):
        cell.width = w
        tc_pr = cell._tc.get_or_add_tcPr()
        mar = OxmlElement("w:tcMar")
        for edge in ("left", "right"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:w"), "144")  # 0.1 in
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tc_pr.append(mar)
    shd = OxmlElement("w:shd")
    for k, v in {"w:val": "clear", "w:color": "auto", "w:fill": "E4EAF1"}.items():
        shd.set(qn(k), v)
    left._tc.get_or_add_tcPr().append(shd)

    fresh = {id(left), id(right)}  # cells whose own first (empty) paragraph is not used yet

    def para(cell, text: str = "", bold: bool = False, size: float | None = None, color=None, style=None):
        if id(cell) in fresh:
            fresh.discard(id(cell))
            p = cell.paragraphs[0]
            if style:
                p.style = doc.styles[style]
        else:
            p = cell.add_paragraph(style=style)
        p.paragraph_format.space_after = Pt(1)
        if text:
            run = p.add_run(text)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        return p

    def heading(cell, text: str) -> None:
        p = para(cell, text.upper(), bold=True, size=12, color=navy)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)

    def small(cell, text: str) -> None:
        if text:
            para(cell, text, size=9, color=grey)

    def bullets(cell, items) -> None:
        for it in items or []:
            para(cell, str(it), style="List Bullet")

    # left: contact, skills, languages, education, interests
    contact = [x for x in [loc_text(b.get("location")), b.get("phone"), b.get("email"), bare_url(b.get("url"))] if x]
    contact += [bare_url(pr.get("url")) for pr in b.get("profiles") or [] if pr.get("url")]
    heading(left, "Contact")
    for x in contact:
        para(left, x)
    if resume.get("skills"):
        heading(left, "Skills")
        for s in resume["skills"]:
            if s.get("name"):
                para(left, s["name"], bold=True).paragraph_format.space_before = Pt(4)
            for kw in s.get("keywords") or []:
                para(left, kw)
    if resume.get("languages"):
        heading(left, "Languages")
        for lg in resume["languages"]:
            para(left, _lang(lg))
    if resume.get("education"):
        heading(left, "Education")
        for e in resume["education"]:
            para(left, _degree(e), bold=True).paragraph_format.space_before = Pt(4)
            para(left, e.get("institution", ""))
            small(left, date_range(e))
            if e.get("score"):
                para(left, f"GPA: {e['score']}" if _GPA.match(e["score"]) else e["score"])
            if e.get("courses"):
                para(left, "Coursework: " + ", ".join(e["courses"]))
    if resume.get("interests"):
        heading(left, "Interests")
        for it in resume["interests"]:
            para(left, it.get("name", ""))

    # right: profile, experience, projects, volunteer, certifications, awards
    def entry(title: str, place: str, dates: str, summary, highlights) -> None:
        para(right, title, bold=True, size=11).paragraph_format.space_before = Pt(6)
        if place:
            para(right, place)
        small(right, dates)
        if summary:
            para(right, str(summary))
        bullets(right, highlights)

    if b.get("summary"):
        heading(right, "Profile")
        para(right, b["summary"])
    if resume.get("work"):
        heading(right, "Experience")
        for w in resume["work"]:
            place = ", ".join(x for x in [employer(w), loc_text(w.get("location"))] if x)
            entry(w.get("position", ""), place, date_range(w), w.get("summary"), w.get("highlights"))
    if resume.get("projects"):
        heading(right, "Projects")
        for pr in resume["projects"]:
            entry(pr.get("name", ""), ", ".join(pr.get("roles") or []), date_range(pr), pr.get("description"),
                  pr.get("highlights"))
    if resume.get("volunteer"):
        heading(right, "Volunteer")
        for v in resume["volunteer"]:
            entry(v.get("position", ""), v.get("organization", ""), date_range(v), v.get("summary"),
                  v.get("highlights"))
    if resume.get("certificates"):
        heading(right, "Certifications")
        for c in resume["certificates"]:
            entry(c.get("name", ""), c.get("issuer", ""), fmt_date(c.get("date"), present=""), None, None)
    if resume.get("awards"):
        heading(right, "Awards")
        for a in resume["awards"]:
            entry(a.get("title", ""), a.get("awarder", ""), fmt_date(a.get("date"), present=""), a.get("summary"), None)
    # fixed core properties so that regenerating gives stable metadata
    doc.core_properties.author = doc.core_properties.last_modified_by = b.get("name", "")
    doc.core_properties.title = f"{b.get('name', '')} – Resume"
    doc.core_properties.created = doc.core_properties.modified = _dt.datetime(2026, 1, 1)
    return doc


def build_sidebar(src: Path, resume: dict, out_docx: Path) -> None:
    sidebar_document(resume).save(str(out_docx))


# ----------------------------------------------------------------------------- LaTeX, two columns

TWOCOL_PREAMBLE = r"""%% Two-column resume in the style of the Deedy / AltaCV Overleaf templates (paracol, narrow
%% left column), filled from a JSON Resume by bench/import_corpus_twocol.py. Compile with xelatex.
\documentclass[10pt,letterpaper]{article}
\usepackage[margin=0.5in,top=0.45in,bottom=0.5in]{geometry}
\usepackage{fontspec}
\setmainfont{Latin Modern Sans}
\usepackage{xcolor}
\definecolor{accent}{HTML}{1F5F8B}
\definecolor{date}{HTML}{666666}
\usepackage{paracol}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\columnsep}{0.25in}
\raggedright
\titleformat{\section}{\color{accent}\large\scshape\bfseries\raggedright}{}{0em}{}[{\color{accent}\titlerule}]
\titlespacing*{\section}{0pt}{8pt}{4pt}
\setlist[itemize]{leftmargin=1.1em, topsep=1pt, itemsep=0pt, parsep=0pt}
\newcommand{\runsubsection}[1]{{\color{accent}\bfseries\large #1}}
\newcommand{\descript}[1]{{\itshape #1}}
\newcommand{\location}[1]{\par{\footnotesize\color{date} #1}\par}
"""


def _hbar(*parts: str) -> str:
    return " | ".join(p for p in parts if p)


def twocol_source(r: dict) -> str:
    """The .tex of a Deedy / AltaCV-style two-column resume (module docstring)."""
    b = r.get("basics", {})
    out = [TWOCOL_PREAMBLE, r"\begin{document}", ""]
    out.append(rf"{{\fontsize{{26pt}}{{30pt}}\selectfont\bfseries {tex(b.get('name'))}}}\par\smallskip")
    if b.get("label"):
        out.append(rf"{{\large\scshape\color{{accent}} {tex(b['label'])}}}\par\smallskip")
    contact = [tex(b.get("phone"))] if b.get("phone") else []
    if b.get("email"):
        contact.append(rf"\href{{mailto:{b['email']}}}{{{tex(b['email'])}}}")
    if loc_text(b.get("location")):
        contact.append(tex(loc_text(b.get("location"))))
    out += [r"{\small " + r" \textbar{} ".join(contact) + r"}\par", r"\medskip", ""]

    out += [r"\columnratio{0.33}", r"\begin{paracol}{2}", ""]
    links = [u for u in [b.get("url"), *[p.get("url") for p in b.get("profiles") or []]] if u]
    if links:
        out.append(r"\section{Links}")
        out += [rf"\href{{{u}}}{{{tex(bare_url(u))}}}\par" for u in links]
    if r.get("education"):
        out.append(r"\section{Education}")
        for e in r["education"]:
            out.append(rf"\textbf{{{tex(e.get('institution'))}}}\par")
            if _degree(e):
                out.append(rf"{tex(_degree(e))}\par")
            out.append(rf"\location{{{tex(_hbar(date_range(e, sep=' -- '), loc_text(e.get('location'))))}}}")
            if e.get("score"):
                out.append(rf"{tex('GPA: ' + e['score'] if _GPA.match(e['score']) else e['score'])}\par")
            if e.get("courses"):
                out.append(rf"{{\small Coursework: {tex(', '.join(e['courses']))}}}\par")
            out.append(r"\smallskip")
    if r.get("skills"):
        out.append(r"\section{Skills}")
        for s in r["skills"]:
            kws = r" \textbullet{} ".join(tex(k) for k in s.get("keywords") or [])
            out.append(rf"\textbf{{{tex(s.get('name'))}}}\par" + (rf"{{\small {kws}}}\par" if kws else ""))
            out.append(r"\smallskip")
    if r.get("languages"):
        out.append(r"\section{Languages}")
        for lg in r["languages"]:
            out.append(rf"{tex(lg.get('language'))}\hfill{{\small\color{{date}} {tex(lg.get('fluency'))}}}\par")
    if r.get("certificates"):
        out.append(r"\section{Certifications}")
        for c in r["certificates"]:
            out.append(rf"\textbf{{{tex(c.get('name'))}}}\par")
            out.append(rf"\location{{{tex(_hbar(c.get('issuer'), fmt_date(c.get('date'), present='')))}}}")
            out.append(r"\smallskip")

    out += ["", r"\switchcolumn", ""]

    def entry(head: str, sub: str, when: str, where: str, summary, items) -> None:
        out.append(rf"\runsubsection{{{tex(head)}}}" + (rf" \descript{{| {tex(sub)}}}" if sub else ""))
        out.append(rf"\location{{{tex(_hbar(when, where))}}}")
        if summary:
            out.append(rf"{{\small {tex(summary)}}}\par")
        items = [tex(h) for h in items or [] if str(h).strip()]
        if items:
            out.extend([r"\begin{itemize}", *[rf"  \item \small {h}" for h in items], r"\end{itemize}"])
        out.append(r"\medskip")

    if b.get("summary"):
        out += [r"\section{Summary}", rf"{{\small {tex(b['summary'])}}}\par"]
    if r.get("work"):
        out.append(r"\section{Experience}")
        for w in r["work"]:
            entry(employer(w), w.get("position", ""), date_range(w, sep=" -- "), loc_text(w.get("location")),
                  w.get("summary"), w.get("highlights"))
    if r.get("projects"):
        out.append(r"\section{Projects}")
        for p in r["projects"]:
            entry(p.get("name", ""), ", ".join(p.get("roles") or []), date_range(p, sep=" -- "), "",
                  p.get("description"), p.get("highlights"))
    if r.get("volunteer"):
        out.append(r"\section{Volunteering}")
        for v in r["volunteer"]:
            entry(v.get("organization", ""), v.get("position", ""), date_range(v, sep=" -- "), "",
                  v.get("summary"), v.get("highlights"))
    if r.get("awards"):
        out.append(r"\section{Awards}")
        for a in r["awards"]:
            entry(a.get("title", ""), a.get("awarder", ""), fmt_date(a.get("date"), present=""), "",
                  a.get("summary"), None)
    if r.get("publications"):
        out.append(r"\section{Publications}")
        for p in r["publications"]:
            entry(p.get("name", ""), p.get("publisher", ""), fmt_date(p.get("releaseDate"), present=""), "",
                  p.get("summary"), None)
    out += ["", r"\end{paracol}", r"\end{document}", ""]
    return "\n".join(out)


def build_twocol(src: Path, resume: dict, out_pdf: Path, work: Path) -> None:
    """Write the .tex into `work` and compile it twice with xelatex (as a user would)."""
    compile_xelatex(twocol_source(resume), src.name.split(".")[0], out_pdf, work)
