"""Exporter: HTML/PDF rendering, the PDF self-check, the URL fetcher and atomic output."""
from __future__ import annotations

import http.server
import os
import re
import threading
import zlib
from pathlib import Path

import pytest

from tailor.agents.exporter import drop_order, fit_to_pages
from tailor.errors import FetchRefused
from tailor.render.check import missing_in_pdf
from tailor.render.html import TEMPLATES_DIR, format_date, format_date_range, render_html
from tailor.render.pdf import TemplateOnlyFetcher, pdf_fonts, pdf_text, render_pdf
from tailor.schemas.models import (
    Basics,
    Certificate,
    Education,
    Language,
    Profile,
    TailoredItem,
    TailoredResume,
    TailoredRole,
    TailoredSkill,
)
from tailor.text.normalise import fold, normalise, without_accents

GOLDEN = Path(__file__).parent.parent / "testdata" / "exporter" / "resume.golden.html"
EVIL_IMG = '<img src="file:///etc/passwd">'


def _item(item_id: str, text: str) -> TailoredItem:
    return TailoredItem(id=item_id, text=text, source_ids=[f"ev-{item_id}"])


@pytest.fixture(scope="module")
def exporter_resume() -> TailoredResume:
    return TailoredResume(
        basics=Basics(
            name="Ada Q. Lovelace",
            label="Senior Data Engineer",
            email="ada@example.org",
            phone="+1 (555) 010-2345",
            url=f"https://ada.example.org/{EVIL_IMG}",
            location="Boston, MA",
            summary="Corpus summary that is NOT tailored and must not be shown.",
            profiles=[Profile(network="GitHub", username="adaql", url="https://github.com/adaql")],
        ),
        summary=_item("sum", "Data engineer with 8 years building reliable pipelines & "
                             "office workflow automation; fluent in Python, SQL and Spark."),
        skills=[TailoredSkill(name="Python"), TailoredSkill(name="SQL"),
                TailoredSkill(name="Apache Spark"), TailoredSkill(name="R&D <tooling>")],
        roles=[
            TailoredRole(
                experience_id="acme", organization="Acme Analytics & Co.",
                title="Senior Data Engineer",
                location="Boston, MA", start_date="2020-02-01", end_date="",
                bullets=[
                    _item("b1", "Cut nightly ETL runtime from 6 hours to 50 minutes by rewriting "
                                "the Spark jobs and partitioning the warehouse tables by day."),
                    _item("b2", "Built an office workflow tool used by 120 analysts; replaced "
                                "fifteen flaky spreadsheets with one audited, efficient pipeline."),
                    _item("b3", "Escaped <script>alert('x')</script> & kept the output safe "
                                f"{EVIL_IMG} in every report."),
                    _item("b4", "Led a state-of-the-art data-quality programme “Clean Data” "
                                "— 40% fewer incidents in\u00ad twelve months."),
                ],
            ),
            TailoredRole(
                experience_id="globex", organization="Globex", title="Data Engineer",
                location="Remote", start_date="2016-09", end_date="2020-01",
                bullets=[
                    _item("b5", "Migrated 30 TB of logs to a columnar store, saving $18k a month."),
                    _item("b6", "Mentored four junior engineers on testing and code review."),
                ],
            ),
            TailoredRole(
                experience_id="oss", kind="project", organization="pipekit",
                url="https://github.com/adaql/pipekit", start_date="2019", end_date="2021",
                bullets=[_item("b7", "Open-source Python library for declarative data pipelines.")],
            ),
        ],
        education=[Education(institution="Massachusetts Institute of Technology",
                             area="Computer Science", study_type="Bachelor of Science",
                             start_date="2012", end_date="2016-06")],
        certificates=[Certificate(name="AWS Certified Data Engineer", issuer="Amazon Web Services",
                                  date="2023-05-10")],
        languages=[Language(language="Spanish", fluency="Conversational"), Language(language="Welsh")],
    )


@pytest.fixture(scope="module")
def exporter_html(exporter_resume) -> str:
    return render_html(exporter_resume)


@pytest.fixture(scope="module")
def exporter_fetcher() -> TemplateOnlyFetcher:
    return TemplateOnlyFetcher()


@pytest.fixture(scope="module")
def exporter_pdf(exporter_html, exporter_fetcher) -> bytes:
    return render_pdf(exporter_html, fetcher=exporter_fetcher)


@pytest.fixture(scope="module")
def exporter_text(exporter_pdf) -> str:
    return pdf_text(exporter_pdf)


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2020-02-01", False, "Feb 2020"),
    ("2020-02", False, "Feb 2020"),
    ("2020-12-31", True, "Dec 2020"),
    ("2020", False, "2020"),
    ("", True, "Present"),
    ("", False, ""),
    ("  present ", False, "Present"),
    ("2020-13", False, "2020-13"),
    ("Summer 2019", False, "Summer 2019"),
])
def test_exporter_format_date(value, end, expected):
    assert format_date(value, end=end) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2020-02-01", "", "Feb 2020 – Present"),
    ("2016-09", "2020-01", "Sep 2016 – Jan 2020"),
    ("2019", "2021", "2019 – 2021"),
    ("", "2016-06", "Jun 2016"),
    ("", "", ""),
    ("2021-03", "2021-03-30", "Mar 2021"),
])
def test_exporter_format_date_range(start, end, expected):
    assert format_date_range(start, end) == expected


# --------------------------------------------------------------------------- HTML

def test_exporter_html_is_autoescaped(exporter_html):
    body = exporter_html.split("<body>", 1)[1]
    assert "<script" not in exporter_html.lower()
    assert "<img" not in exporter_html.lower()
    assert "&lt;script&gt;" in body
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in body
    assert "Acme Analytics &amp; Co." in body
    assert "R&amp;D &lt;tooling&gt;" in body


def test_exporter_html_structure(exporter_html):
    headings = ["Summary", "Experience", "Projects", "Skills", "Education", "Certifications", "Languages"]
    positions = [exporter_html.index(f"<h2>{h}</h2>") for h in headings]
    assert positions == sorted(positions)
    assert "<h2>Volunteer</h2>" not in exporter_html
    assert "<table" not in exporter_html
    assert "\u00ad" not in exporter_html
    assert "NOT tailored" not in exporter_html
    assert "<strong>Senior Data Engineer</strong> — Acme Analytics &amp; Co." in exporter_html
    assert "Feb 2020 – Present" in exporter_html
    assert "Sep 2016 – Jan 2020" in exporter_html
    assert exporter_html.count("<li>") == 7
    assert "<p>Spanish (Conversational), Welsh</p>" in exporter_html


def test_exporter_html_matches_golden(exporter_html):
    if os.environ.get("TAILOR_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(exporter_html, encoding="utf-8")
    assert GOLDEN.exists(), "golden missing: run with TAILOR_UPDATE_GOLDEN=1 once and commit it"
    assert exporter_html == GOLDEN.read_text(encoding="utf-8"), (
        "rendered HTML changed; if intended, refresh with TAILOR_UPDATE_GOLDEN=1")


# --------------------------------------------------------------------------- PDF

def test_exporter_pdf_contains_everything(exporter_resume, exporter_pdf, exporter_text,
                                          exporter_fetcher):
    assert exporter_pdf.startswith(b"%PDF")
    assert exporter_fetcher.refused == [] and exporter_fetcher.fetched == []  # CSS is inline
    assert missing_in_pdf(exporter_resume, exporter_text) == []
    for heading in ("Summary", "Experience", "Projects", "Skills", "Education", "Certifications", "Languages"):
        assert heading in exporter_text.splitlines()
    assert "Spanish (Conversational), Welsh" in exporter_text
    assert "\u2022" in exporter_text  # the bullet glyph is real text
    assert "Feb 2020 – Present" in exporter_text


def test_exporter_pdf_embeds_fonts(exporter_pdf):
    fonts = pdf_fonts(exporter_pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVu" in name or "Liberation" in name for name in fonts)
    # The same check on the raw bytes: WeasyPrint puts font descriptors in compressed object
    # streams, so inflate every stream before looking for the /FontFile key.
    inflated = [zlib.decompress(m.group(1)) for m in _STREAM.finditer(exporter_pdf)
                if _inflatable(m.group(1))]
    assert any(b"/FontFile" in chunk for chunk in [exporter_pdf, *inflated])


_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _inflatable(data: bytes) -> bool:
    try:
        zlib.decompress(data)
    except zlib.error:
        return False
    return True


def test_exporter_pdf_has_no_ligatures_or_soft_hyphens(exporter_text):
    for glyph in ("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\u00ad"):
        assert glyph not in exporter_text
    flat = " ".join(exporter_text.split())
    for word in ("office", "workflow", "fifteen", "efficient", "flaky"):
        assert word in flat


def test_exporter_missing_in_pdf_reports_absent_bullet(exporter_resume, exporter_text):
    absent = exporter_resume.model_copy(deep=True)
    absent.roles[1].bullets.append(
        _item("zz", "Designed a quantum ledger for interplanetary payroll."))
    missing = missing_in_pdf(absent, exporter_text)
    assert len(missing) == 1
    assert "bullet zz" in missing[0] and "quantum ledger" in missing[0]


def test_exporter_missing_in_pdf_reports_heading_and_contact(exporter_resume):
    text = "Ada Q. Lovelace\nSummary\nSomething else"
    missing = missing_in_pdf(exporter_resume, text)
    assert "heading 'Experience' is not on a line of its own" in missing
    assert any(m.startswith("email 'ada@example.org'") for m in missing)
    assert any(m.startswith("phone") for m in missing)
    assert not any(m.startswith("name") for m in missing)


def test_exporter_missing_in_pdf_tolerates_wraps_and_artefacts():
    resume = TailoredResume(
        basics=Basics(name="Bo Chen"),
        roles=[TailoredRole(experience_id="x", organization="X", bullets=[
            _item("w", "Automated the office workflow with state-of-the-art “smart” tools "
                       "— fast."),
        ])],
    )
    text = ("Bo Chen\nExperience\n• Automated the o\ufb03ce work-\nﬂow with state-of-\nthe-art "
            "\u201csmart\u201d  tools \u2013 fast.\n")
    assert missing_in_pdf(resume, text) == []
    assert normalise("a\u00adb \ufb01 \u2014 \u2019") == "ab fi - '"


def test_fold_drops_accents_case_and_extra_spaces_for_lookup_keys():
    assert [fold(n) for n in ("Kraków", "  São  Paulo ", "Łódź", "Zürich", "Winston-Salem", "Gießen")] == \
        ["krakow", "sao paulo", "łodz", "zurich", "winston-salem", "giessen"]
    assert without_accents("Expérience März") == "Experience Marz"   # case and spaces kept


# --------------------------------------------------------------------------- URL fetcher

def test_exporter_fetcher_refuses_network_and_outside_files():
    fetcher = TemplateOnlyFetcher()
    urls = ["http://127.0.0.1:9/x.css", "https://example.com/a.png", "file:///etc/passwd",
            "ftp://example.com/x", "data:text/css,body{}", "file://otherhost/share/x.css",
            TEMPLATES_DIR.as_uri() + "/../errors.py", TEMPLATES_DIR.as_uri() + "/%2e%2e/errors.py",
            "resume.css"]
    for url in urls:
        with pytest.raises(FetchRefused):
            fetcher.fetch(url)
    assert len(fetcher.refused) == len(urls)
    assert [r.url for r in fetcher.refused][:3] == [
        "http://127.0.0.1:9/x.css", "https://example.com/a.png", "file:///etc/passwd"]
    assert fetcher.fetched == []


def test_exporter_fetcher_allows_template_css():
    fetcher = TemplateOnlyFetcher()
    response = fetcher.fetch((TEMPLATES_DIR / "resume.css").as_uri())
    assert response.content_type == "text/css"
    assert b"font-variant-ligatures" in response.read()
    assert fetcher.refused == []

    linked = render_pdf('<link rel="stylesheet" href="resume.css"><p>Hello</p>', fetcher=fetcher)
    assert linked.startswith(b"%PDF")
    assert (TEMPLATES_DIR / "resume.css").as_uri() in fetcher.fetched


def test_exporter_fetcher_refuses_symlink_escape(tmp_path):
    root = tmp_path / "templates"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link.css").symlink_to(tmp_path / "secret.txt")
    (root / "ok.css").write_text("p {}")
    fetcher = TemplateOnlyFetcher(root)
    with pytest.raises(FetchRefused):
        fetcher.fetch((root / "link.css").as_uri())
    assert fetcher.fetch((root / "ok.css").as_uri()).read() == b"p {}"


@pytest.fixture
def exporter_http_server():
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server naming
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_exporter_render_pdf_fetches_nothing_outside(exporter_http_server):
    base, hits = exporter_http_server
    html = (f'<html><head><link rel="stylesheet" href="{base}/x.css">'
            '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head><body>'
            f'<p>Hi</p><img src="file:///etc/passwd"><img src="{base}/pixel.png">'
            f'<div style="background: url({base}/bg.png)">x</div></body></html>')
    fetcher = TemplateOnlyFetcher()
    pdf = render_pdf(html, fetcher=fetcher)
    assert pdf.startswith(b"%PDF")
    assert hits == []
    assert fetcher.fetched == []
    refused = {r.url for r in fetcher.refused}
    assert {f"{base}/x.css", "http://127.0.0.1:9/x.css", "file:///etc/passwd",
            f"{base}/pixel.png"} <= refused
    assert b"root:" not in pdf


# --------------------------------------------------------------------------- page budget

def _long_resume(roles: int = 4, bullets: int = 10) -> TailoredResume:
    text = ("Coordinated {n} weekly shipments across three regional warehouses while keeping "
            "inventory counts accurate and documented for the audit team")
    return TailoredResume(basics=Basics(name="Sam Lee", email="sam@example.com", phone="555-0100"),
                          roles=[TailoredRole(experience_id=f"w{r}", organization=f"Org {r}",
                                              title="Clerk", start_date=f"{2020 - r}-01",
                                              bullets=[TailoredItem(id=f"b{r}.{b}", text=text.format(n=b + 1),
                                                                    source_ids=[f"w{r}.{b}"])
                                                       for b in range(bullets)])
                                 for r in range(roles)])


def test_exporter_fit_to_pages_trims_to_the_budget_and_says_what():
    import io as _io

    from pdfminer.pdfpage import PDFPage
    resume = _long_resume()
    fitted = fit_to_pages(resume, pages=1)
    assert len(list(PDFPage.get_pages(_io.BytesIO(fitted.pdf)))) == 1
    kept = [b.id for r in fitted.resume.roles for b in r.bullets]
    assert fitted.dropped and len(kept) + len(fitted.dropped) == 40
    assert missing_in_pdf(fitted.resume, pdf_text(fitted.pdf)) == []
    # every job but the oldest keeps its first bullet: no hole in the work history
    assert {"b0.0", "b1.0", "b2.0"} <= set(kept)
    roomy = fit_to_pages(_long_resume(roles=1, bullets=3), pages=1)
    assert roomy.dropped == []


def test_exporter_drop_order_protects_sole_cover_and_visible_jobs():
    resume = _long_resume(roles=3, bullets=2)
    resume.roles[0].bullets[1].requirement_ids.append("r1")  # the only cover of r1
    order = [b.id for b in drop_order(resume)]
    assert len(order) == 5  # never the last bullet
    assert order.index("b0.1") > order.index("b2.0")  # sole cover outlives the oldest job's bullet
    assert order[-1] == "b1.0" and "b0.0" not in order  # first bullets of non-oldest jobs go last


def test_exporter_drop_order_keeps_the_last_evidence_of_a_must_have_longest():
    resume = _long_resume(roles=3, bullets=3)
    for bullet in (resume.roles[2].bullets[2], resume.roles[1].bullets[2]):
        bullet.requirement_ids.append("m1")  # two covers of one must-have
    order = [b.id for b in drop_order(resume, must_haves=frozenset({"m1"}))]
    assert "b1.2" not in order  # the last cover of a must-have outlives everything
    assert order.index("b2.2") < order.index("b1.0")  # while b1.2 covers it, b2.2 is not protected
    plain = [b.id for b in drop_order(resume)]
    assert plain.index("b1.2") < plain.index("b1.0")  # without the must-have it is just a bullet


def test_exporter_fit_to_pages_keeps_must_have_evidence_and_measures_the_fill():
    resume = _long_resume()
    resume.roles[3].bullets[9].requirement_ids.append("m1")  # oldest job, last bullet
    fitted = fit_to_pages(resume, pages=1, must_haves=frozenset({"m1"}))
    assert "b3.9" in {b.id for r in fitted.resume.roles for b in r.bullets}
    assert 0.85 <= fitted.fill <= 1.0  # trimmed one bullet at a time: the page stays full
    sparse = fit_to_pages(_long_resume(roles=1, bullets=2), pages=1)
    assert 0 < sparse.fill < 0.5


# --------------------------------------------------------------------------- sidebar template

SIDEBAR_GOLDEN = GOLDEN.with_name("sidebar.golden.html")


@pytest.fixture(scope="module")
def sidebar_html(exporter_resume) -> str:
    return render_html(exporter_resume, template="sidebar")


@pytest.fixture(scope="module")
def sidebar_text(sidebar_html) -> str:
    return pdf_text(render_pdf(sidebar_html))


def test_exporter_sidebar_html_matches_golden(sidebar_html):
    if os.environ.get("TAILOR_UPDATE_GOLDEN") == "1":
        SIDEBAR_GOLDEN.write_text(sidebar_html, encoding="utf-8")
    assert SIDEBAR_GOLDEN.exists(), "golden missing: run with TAILOR_UPDATE_GOLDEN=1 once and commit it"
    assert sidebar_html == SIDEBAR_GOLDEN.read_text(encoding="utf-8"), (
        "rendered HTML changed; if intended, refresh with TAILOR_UPDATE_GOLDEN=1")


def test_exporter_sidebar_is_a_different_look_with_the_same_content(exporter_html, sidebar_html):
    assert sidebar_html != exporter_html and "DejaVu Serif" in sidebar_html
    assert "<table" not in sidebar_html and "&lt;script&gt;" in sidebar_html and "<script" not in sidebar_html
    headings = ["Summary", "Experience", "Projects", "Skills", "Education", "Certifications", "Languages"]
    positions = [sidebar_html.index(f"<h2>{h}</h2>") for h in headings]
    assert positions == sorted(positions)
    assert sidebar_html.count("<li>") == exporter_html.count("<li>") == 7


def test_exporter_sidebar_pdf_passes_the_self_check(exporter_resume, sidebar_text):
    assert missing_in_pdf(exporter_resume, sidebar_text) == []
    lines = sidebar_text.splitlines()
    # Headings come out in document order, each before the content it heads.
    assert [h for h in lines if h in ("Summary", "Experience", "Projects", "Skills", "Education",
                                      "Certifications")] == ["Summary", "Experience", "Projects", "Skills",
                                                             "Education", "Certifications"]
    assert lines.index("Experience") < min(i for i, line in enumerate(lines) if "Acme Analytics" in line)
    assert "\u2022" in sidebar_text and "Feb 2020 – Present" in sidebar_text


def test_exporter_unknown_template_names_the_choices(exporter_resume):
    with pytest.raises(ValueError, match="classic, sidebar"):
        render_html(exporter_resume, template="fancy")
    with pytest.raises(ValueError, match="fancy"):
        fit_to_pages(exporter_resume, pages=1, template="fancy")
