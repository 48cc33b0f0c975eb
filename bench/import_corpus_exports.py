"""Exported-PDF layouts of the import corpus (issue 15, session 11): a second LinkedIn profile PDF
and two more Google Docs resume templates downloaded as PDF.

Used by ``bench/import_corpus.py`` (``--layouts linkedin-profile-pdf,gdocs-spearmint-pdf,
gdocs-modernwriter-pdf``, then the same with ``--shown``); it has no command line of its own.
Dev layouts of 2026-12-06 (``bench/data/import_layout_split.json``, ``extra_dev_2026_12_06_s11``).
Each is HTML+CSS written here and printed by headless Chromium (``print_html`` of
import_corpus.py; Skia writes the text layer, as in LinkedIn's and Google Docs' own exports).
Needs Debian's Chromium only (``apt-get install -y chromium``); the web fonts the real exports
embed (Lato, Source Code Pro) are not installed, so Debian's fallbacks print (DejaVu Sans,
Liberation Sans, DejaVu Sans Mono): the spacing differs from a real export, the text does not.

linkedin-profile-pdf (``linkedin_profile_html``)
    A second emulation of LinkedIn's "More > Save to PDF" profile export, written by another hand
    than linkedin-pdf (import_corpus.py, linkedin_html) from the same public descriptions (listed
    in linkedin_html's docstring) and this session's brief; where they say nothing, other choices
    were made on purpose, so that importer rules fitted to linkedin-pdf's look are tested:
    the grey left band is repeated on every page (the sidebar's text is on page 1 only);
    Contact lists the email, then the phone "(Mobile)", then "www.linkedin.com/in/... (LinkedIn)",
    then websites with LinkedIn's kinds (Personal, Portfolio for code hosts, Other); Top Skills are
    the first keyword of each of the first three skill groups; the left column also lists
    Publications (LinkedIn's export has that section; their names only); the main column has the
    name, headline and location, Summary, Experience (employer line, company total if several
    roles, then per role the title, "Month YYYY - Present (N years M months)", the location and
    the description with "•" lines), Education ("Degree, Field · (YYYY - YYYY)"), and
    "Page N of M" at the foot of every page.

gdocs-spearmint-pdf, gdocs-modernwriter-pdf (``gdocs_export_html``)
    Google Docs' "Spearmint" and "Modern Writer" resume templates as they print, written from the
    gallery's well-known look (no field-by-field public description was found; details are
    choices): both single column, the templates' "Company, Location — Job Title" entry line.
    Spearmint: a thick spearmint-green rule across the top, the name in a large bold sans, the
    label in green, the contact items on one line joined by " · ", green upper-case headings with
    a thin rule, the dates right-aligned on the entry line ("Month YYYY – Present"). Modern
    Writer: monospace type throughout, the contact block (one item a line) above the name,
    headings in pink upper case, the dates in a small upper-case line under the entry line
    ("MONTH YYYY - PRESENT"). Both: skills as "Group: kw, kw" bullets, degrees as "Type in Area"
    with "GPA: x" and "Relevant coursework: a, b" bullets, certificates and awards as entries
    ("Name — Issuer" with the date), languages as "Language (fluency)" joined by commas.
"""

from __future__ import annotations

from html import escape

from import_corpus import (
    LINKEDIN_COUNTRIES,
    MONTHS_FULL,
    _li_dates,
    _li_fluency,
    _li_month,
    _li_site,
    _li_span,
    bare_url,
    employer,
    employer_groups,
    loc_text,
)

S11_LAYOUTS = ["linkedin-profile-pdf", "gdocs-spearmint-pdf", "gdocs-modernwriter-pdf"]


def _e(s) -> str:
    return escape(str(s or ""))


def _page(title: str, css: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


# ----------------------------------------------------------------------------- LinkedIn, second hand

LI2_CSS = """
@page { size: letter; margin: 0.45in 0.5in 0.6in 0;
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
    font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #999; } }
html, body { margin: 0; padding: 0; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.45;
  color: #1d1d1d; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
a { color: inherit; text-decoration: none; }
.band { position: fixed; top: 0; bottom: 0; left: 0; width: 2.35in; background: #f3f2ef; z-index: -1; }
.side { position: absolute; top: 0; left: 0; width: 2.35in; box-sizing: border-box; padding: 0.1in 0.18in 0 0.3in;
  overflow-wrap: anywhere; }
.side h3 { font-size: 12pt; font-weight: bold; margin: 0 0 0.05in; color: #262626; }
.side section { margin-bottom: 0.24in; }
.side p { margin: 0 0 0.04in; font-size: 9.5pt; }
.side .kind { color: #666; }
main { margin-left: 2.7in; }
h1 { font-size: 24pt; font-weight: normal; line-height: 1.15; margin: 0.05in 0 0.03in; color: #000; }
.headline { font-size: 11pt; margin: 0; }
.place { font-size: 10.5pt; color: #8a8a8a; margin: 0.02in 0 0; }
h2 { font-size: 15pt; font-weight: normal; margin: 0.26in 0 0.1in; color: #000; break-after: avoid; }
.summary { white-space: pre-line; margin: 0; }
.org { margin: 0 0 0.18in; }
.company { font-size: 11pt; font-weight: bold; margin: 0; break-after: avoid; }
.total, .when, .where { color: #737373; margin: 0; break-after: avoid; }
.role { margin: 0.03in 0 0.12in; }
.title { font-size: 10.5pt; margin: 0; break-after: avoid; }
.desc { white-space: pre-line; margin: 0.05in 0 0; }
.school { margin: 0 0 0.14in; } .school .company { font-weight: bold; }
.degree { color: #404040; margin: 0; }
"""

_CODE_HOSTS = ("github", "gitlab", "bitbucket", "behance", "dribbble")


def _li2_kind(p: dict) -> str:
    """LinkedIn's website kinds: a code host or portfolio site is "Portfolio", others "Other"."""
    low = f"{p.get('network', '')} {p.get('url', '')}".lower()
    return "Portfolio" if any(h in low for h in _CODE_HOSTS) else "Other"


def linkedin_profile_html(r: dict) -> str:
    """The HTML of the second LinkedIn profile-PDF emulation (see the module docstring)."""
    b = r.get("basics") or {}

    def site(url: str, kind: str) -> str:
        return f'<p><a href="{_e(url)}">{_e(_li_site(url))}</a> <span class="kind">({kind})</span></p>'

    profiles = [p for p in b.get("profiles") or [] if isinstance(p, dict) and p.get("url")]
    linked = [p for p in profiles if "linkedin" in f"{p.get('network', '')} {p.get('url', '')}".lower()]
    contact = [f'<p><a href="mailto:{_e(b["email"])}">{_e(b["email"])}</a></p>'] if b.get("email") else []
    contact += [f'<p>{_e(b["phone"])} <span class="kind">(Mobile)</span></p>'] if b.get("phone") else []
    contact += [site(p["url"], "LinkedIn") for p in linked]
    contact += [site(b["url"], "Personal")] if b.get("url") else []
    contact += [site(p["url"], _li2_kind(p)) for p in profiles if p not in linked]
    side = ["<section><h3>Contact</h3>" + "".join(contact) + "</section>"] if contact else []
    top = [(s.get("keywords") or [s.get("name")])[0] for s in r.get("skills") or []]
    top = [k for k in top if k][:3]
    langs = []
    for lg in r.get("languages") or []:
        if lg.get("language"):
            level = _li_fluency(lg.get("fluency"))
            kind = f' <span class="kind">({level})</span>' if level else ""
            langs.append(f"<p>{_e(lg['language'])}{kind}</p>")
    lists = [("Top Skills", [f"<p>{_e(k)}</p>" for k in top]), ("Languages", langs),
             ("Certifications", [f"<p>{_e(c['name'])}</p>" for c in r.get("certificates") or [] if c.get("name")]),
             ("Honors-Awards", [f"<p>{_e(a['title'])}</p>" for a in r.get("awards") or [] if a.get("title")]),
             ("Publications", [f"<p>{_e(p['name'])}</p>" for p in r.get("publications") or [] if p.get("name")])]
    side += [f"<section><h3>{head}</h3>{''.join(items)}</section>" for head, items in lists if items]

    main = [f"<h1>{_e(b.get('name'))}</h1>"]
    main += [f'<p class="headline">{_e(b["label"])}</p>'] if b.get("label") else []
    loc = b.get("location")
    if isinstance(loc, dict):
        country = str(loc.get("countryCode") or loc.get("country") or "")
        where = ", ".join(str(x) for x in (loc.get("city"), loc.get("region"),
                                            LINKEDIN_COUNTRIES.get(country.upper(), country)) if x)
    else:
        where = str(loc or "")
    main += [f'<p class="place">{_e(where)}</p>'] if where else []
    if b.get("summary"):
        main.append(f'<h2>Summary</h2><p class="summary">{_e(b["summary"].strip())}</p>')
    groups = employer_groups(r.get("work") or [])
    if groups:
        main.append("<h2>Experience</h2>")
    for jobs in groups:
        block = [f'<p class="company">{_e(employer(jobs[0]))}</p>']
        starts = [j["startDate"] for j in jobs if j.get("startDate")]
        if len(jobs) > 1 and starts:
            ends = [j.get("endDate") for j in jobs]
            total = _li_span(min(starts), None if any(not x for x in ends) else max(ends))
            block += [f'<p class="total">{_e(total)}</p>'] if total else []
        for job in jobs:
            role = [f'<p class="title">{_e(job["position"])}</p>'] if job.get("position") else []
            role += [f'<p class="when">{_e(_li_dates(job))}</p>'] if _li_dates(job) else []
            role += [f'<p class="where">{_e(loc_text(job["location"]))}</p>'] if job.get("location") else []
            text = [str(job["summary"]).strip()] if job.get("summary") else []
            text += ["\n".join(f"• {h}" for h in job.get("highlights") or [] if h)] if job.get("highlights") else []
            role += [f'<p class="desc">{_e(chr(10).join(text))}</p>'] if text else []
            block.append('<div class="role">' + "".join(role) + "</div>")
        main.append('<div class="org">' + "".join(block) + "</div>")
    schools = []
    for ed in r.get("education") or []:
        degree = ", ".join(str(x) for x in (ed.get("studyType"), ed.get("area")) if x)
        years = [str(_li_month(ed.get(k))[0]) for k in ("startDate", "endDate") if _li_month(ed.get(k))]
        line = " · ".join(x for x in (degree, f"({' - '.join(years)})" if years else "") if x)
        schools.append(f'<div class="school"><p class="company">{_e(ed.get("institution"))}</p>'
                       + (f'<p class="degree">{_e(line)}</p>' if line else "") + "</div>")
    if schools:
        main.append("<h2>Education</h2>" + "".join(schools))
    body = (f'<div class="band"></div><aside class="side">{"".join(side)}</aside>\n'
            f'<main>{"".join(main)}</main>')
    return _page(f"{b.get('name', '')} | LinkedIn", LI2_CSS, body)


# ----------------------------------------------------------------------------- Google Docs templates

SPEARMINT_CSS = """
@page { size: letter; margin: 0.55in 0.7in 0.55in 0.7in; }
body { font-family: "Lato", "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.45;
  color: #3d3d3d; margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
a { color: inherit; text-decoration: none; }
.rule { height: 0.09in; background: #16a085; margin: 0 0 0.22in; }
h1 { font-size: 25pt; font-weight: bold; color: #1b1b1b; margin: 0; line-height: 1.1; }
.label { font-size: 11.5pt; color: #16a085; margin: 0.04in 0 0.06in; }
.contact { font-size: 9pt; margin: 0 0 0.12in; }
h2 { font-size: 10.5pt; font-weight: bold; letter-spacing: 0.1em; color: #16a085; margin: 0.2in 0 0.08in;
  padding-bottom: 0.03in; border-bottom: 1px solid #cfe9e3; break-after: avoid; }
.ent { display: grid; grid-template-columns: 1fr auto; column-gap: 0.15in; margin: 0 0 0.12in; }
.ent > * { grid-column: 1 / 3; margin: 0; }
.ent > .hd { grid-column: 1; grid-row: 1; color: #1b1b1b; font-size: 10pt; }
.ent > .dt { grid-column: 2; grid-row: 1; font-size: 8.5pt; color: #6b6b6b; white-space: nowrap; align-self: baseline; }
ul { margin: 0.03in 0 0; padding-left: 0.2in; } li { margin: 0.01in 0; }
p { margin: 0 0 0.03in; }
"""

MODERNWRITER_CSS = """
@page { size: letter; margin: 0.6in 0.75in 0.6in 0.75in; }
body { font-family: "Source Code Pro", "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt;
  line-height: 1.5; color: #3a3a3a; margin: 0; }
a { color: inherit; text-decoration: none; }
.contact p { margin: 0; font-size: 8pt; }
h1 { font-size: 24pt; font-weight: bold; color: #000; margin: 0.14in 0 0; line-height: 1.15; }
.label { font-size: 10pt; color: #000; margin: 0.03in 0 0.1in; }
h2 { font-size: 10pt; font-weight: bold; color: #ef5b7c; letter-spacing: 0.04em; margin: 0.2in 0 0.07in;
  break-after: avoid; }
.ent { margin: 0 0 0.13in; } .ent p { margin: 0; } .hd { color: #000; font-size: 9pt; }
.dt { font-size: 7.5pt; color: #777; margin: 0.02in 0 0.03in !important; }
ul { margin: 0.03in 0 0; padding-left: 0.22in; } li { margin: 0.01in 0; }
p { margin: 0 0 0.03in; }
"""

_MONTHS_UP = [m.upper() for m in MONTHS_FULL]


def _gx_date(value, upper: bool) -> str:
    """A date as the templates type it: "March 2021" ("MARCH 2021" in Modern Writer), the year
    alone when there is no month, "Present" for no date."""
    if not value:
        return "PRESENT" if upper else "Present"
    parts = str(value).split("-")
    if len(parts) < 2:
        return parts[0]
    return f"{(_MONTHS_UP if upper else MONTHS_FULL)[int(parts[1]) - 1]} {parts[0]}"


def _gx_span(item: dict, upper: bool) -> str:
    start, end = item.get("startDate"), item.get("endDate")
    if not start and not end:
        return ""
    sep = " - " if upper else " – "
    return _gx_date(end, upper) if not start else f"{_gx_date(start, upper)}{sep}{_gx_date(end, upper)}"


def _ul(items) -> str:
    items = [h for h in items or [] if h]
    return "<ul>" + "".join(f"<li>{_e(h)}</li>" for h in items) + "</ul>" if items else ""


def _gx_sections(r: dict, upper: bool) -> list[tuple[str, str]]:
    """(heading, HTML) per section, in the templates' order, each entry a bold "Company, Location —
    Job Title" line with its date line, then the summary and bullets."""
    def ent(org: str, where: str, title: str, when: str, text: str = "", items=None) -> str:
        head = f"<b>{_e(org)}</b>" + (f", {_e(where)}" if where else "") + (f" — <i>{_e(title)}</i>" if title else "")
        return (f'<div class="ent"><p class="hd">{head}</p>' + (f'<p class="dt">{_e(when)}</p>' if when else "")
                + (f"<p>{_e(text)}</p>" if text else "") + _ul(items) + "</div>")

    b = r.get("basics") or {}
    out = [("Summary", f"<p>{_e(b['summary'].strip())}</p>")] if b.get("summary") else []
    work = [ent(employer(j), loc_text(j.get("location")), j.get("position") or "", _gx_span(j, upper),
                j.get("summary") or "", j.get("highlights")) for j in r.get("work") or []]
    out += [("Experience", "".join(work))] if work else []
    edu = []
    for ed in r.get("education") or []:
        degree = " in ".join(x for x in (ed.get("studyType"), ed.get("area")) if x)
        notes = [f"GPA: {ed['score']}"] if ed.get("score") else []
        notes += [f"Relevant coursework: {', '.join(ed['courses'])}"] if ed.get("courses") else []
        edu.append(ent(ed.get("institution") or "", "", degree, _gx_span(ed, upper), "", notes))
    out += [("Education", "".join(edu))] if edu else []
    proj = [ent(p.get("name") or "", bare_url(p.get("url")), "", _gx_span(p, upper), p.get("description") or "",
                p.get("highlights")) for p in r.get("projects") or []]
    out += [("Projects", "".join(proj))] if proj else []
    vol = [ent(v.get("organization") or "", loc_text(v.get("location")), v.get("position") or "", _gx_span(v, upper),
               v.get("summary") or "", v.get("highlights")) for v in r.get("volunteer") or []]
    out += [("Volunteering", "".join(vol))] if vol else []
    skills = [f"{s.get('name')}: {', '.join(s['keywords'])}" if s.get("keywords") else s.get("name")
              for s in r.get("skills") or []]
    out += [("Skills", _ul(skills))] if skills else []
    certs = [ent(c.get("name") or "", "", c.get("issuer") or "", _gx_date(c["date"], upper) if c.get("date") else "")
             for c in r.get("certificates") or []]
    out += [("Certifications", "".join(certs))] if certs else []
    awards = [ent(a.get("title") or "", "", a.get("awarder") or "", _gx_date(a["date"], upper) if a.get("date") else "",
                  a.get("summary") or "") for a in r.get("awards") or []]
    out += [("Awards", "".join(awards))] if awards else []
    langs = [f"{lg['language']} ({lg['fluency']})" if lg.get("fluency") else lg["language"]
             for lg in r.get("languages") or [] if lg.get("language")]
    out += [("Languages", f"<p>{_e(', '.join(langs))}</p>")] if langs else []
    return out


def _gx_contact(b: dict) -> list[str]:
    loc = b.get("location") if isinstance(b.get("location"), dict) else {}
    region = " ".join(y for y in (loc.get("region"), loc.get("postalCode")) if y)
    city = ", ".join(x for x in (loc.get("city"), region) if x)
    items = [city, b.get("phone"), b.get("email"), bare_url(b.get("url"))]
    items += [bare_url(p.get("url")) or p.get("username") for p in b.get("profiles") or [] if isinstance(p, dict)]
    return [str(x) for x in items if x]


def gdocs_export_html(r: dict, template: str) -> str:
    """The HTML of Google Docs' "spearmint" or "modernwriter" template filled with `r` (see the
    module docstring)."""
    b = r.get("basics") or {}
    upper = template == "modernwriter"
    label = f'<p class="label">{_e(b["label"])}</p>' if b.get("label") else ""
    secs = "".join(f"<h2>{_e(h.upper())}</h2>{html}" for h, html in _gx_sections(r, upper))
    if template == "spearmint":
        contact = f'<p class="contact">{" · ".join(_e(x) for x in _gx_contact(b))}</p>'
        body = f'<div class="rule"></div><h1>{_e(b.get("name"))}</h1>{label}{contact}{secs}'
        return _page(b.get("name") or "Resume", SPEARMINT_CSS, body)
    contact = '<div class="contact">' + "".join(f"<p>{_e(x)}</p>" for x in _gx_contact(b)) + "</div>"
    body = f'{contact}<h1>{_e(b.get("name"))}</h1>{label}{secs}'
    return _page(b.get("name") or "Resume", MODERNWRITER_CSS, body)


def html_for(layout: str, resume: dict) -> str:
    """The HTML of one of S11_LAYOUTS for `resume`."""
    if layout == "linkedin-profile-pdf":
        return linkedin_profile_html(resume)
    template = {"gdocs-spearmint-pdf": "spearmint", "gdocs-modernwriter-pdf": "modernwriter"}[layout]
    return gdocs_export_html(resume, template)


MANIFEST = {
    "linkedin-profile-pdf": "second emulation of LinkedIn's 'Save to PDF' profile export, by another hand than "
    "linkedin-pdf (grey left band on every page; Contact: email, phone (Mobile), www.linkedin.com/in/... (LinkedIn), "
    "websites (Personal/Portfolio/Other); Top Skills, Languages with LinkedIn's levels, Certifications, "
    "Honors-Awards, Publications; main column: name, headline, location, Summary, Experience grouped by employer "
    "with 'Month YYYY - Present (N years M months)', Education 'Degree, Field · (YYYY - YYYY)'; 'Page N of M'), "
    "bench/import_corpus_exports.py (linkedin_profile_html), printed to PDF by headless Chromium",
    "gdocs-spearmint-pdf": "emulation of Google Docs' 'Spearmint' resume template exported to PDF (green top rule; "
    "name, green label, contact items on one line joined by ' · '; green upper-case headings with a rule; "
    "'Company, Location — Job Title' with the dates right-aligned on the same line), "
    "bench/import_corpus_exports.py (gdocs_export_html), printed to PDF by headless Chromium",
    "gdocs-modernwriter-pdf": "emulation of Google Docs' 'Modern Writer' resume template exported to PDF "
    "(monospace type throughout; contact block above the name; pink upper-case headings; "
    "'Company, Location — Job Title' then 'MONTH YYYY - PRESENT' in a small line; skills as 'Group: kw' bullets), "
    "bench/import_corpus_exports.py (gdocs_export_html), printed to PDF by headless Chromium",
}
