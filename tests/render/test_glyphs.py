"""Exporter: emoji are stripped and recorded, undrawable scripts fail with one clear message,
right-to-left text passes the self-check, and a role with no heading gets a placeholder."""
from __future__ import annotations

import pytest

from tailor.agents.exporter import fit_to_pages
from tailor.corpus.jsonresume import UNTITLED_ROLE
from tailor.render.check import missing_in_pdf, undrawable
from tailor.render.html import clean_text, render_html
from tailor.render.pdf import pdf_text, render_pdf
from tailor.schemas.models import Basics, TailoredItem, TailoredResume, TailoredRole

CJK_BULLET = "TypeScriptとGCPでマイクロサービスを構築した。"


def _item(item_id: str, text: str) -> TailoredItem:
    return TailoredItem(id=item_id, text=text, source_ids=[f"ev-{item_id}"])


def _resume(name: str, bullets: list[str], *, roles: list[TailoredRole] = ()) -> TailoredResume:
    return TailoredResume(
        basics=Basics(name=name, email="jane@example.com", phone="+1 555 0100"),
        summary=_item("sum", "Engineer with seven years of TypeScript."),
        roles=[TailoredRole(experience_id="w0", organization="Acme", title="Engineer",
                            bullets=[_item(f"b{i}", t) for i, t in enumerate(bullets)]), *roles],
    )


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Doe 🚀", "Jane Doe"),
    ("Cut costs 30 % 💰.", "Cut costs 30 %."),
    ("🚀 Shipped it", "Shipped it"),
    ("ship🚀it", "ship it"),
    ("Family: 👩‍👩‍👧 and ❤️ for it", "Family: and for it"),
    ("Keycap 1️⃣ stays a digit", "Keycap 1 stays a digit"),
    ("GCP ☁️", "GCP"),
    ("≈ 2 000 users → 30 °C, R&D™", "≈ 2 000 users → 30 °C, R&D™"),  # text symbols stay
])
def test_exporter_clean_text_strips_pictographs(text, expected):
    assert clean_text(text) == expected


def test_exporter_emoji_are_removed_recorded_and_the_pdf_passes():
    resume = _resume("Jane Doe 🚀", ["Built TypeScript services on Cloud Run 🚀.", "Wrote APIs."])
    rendered = fit_to_pages(resume, 1)
    text = pdf_text(rendered.pdf)
    assert missing_in_pdf(rendered.resume, text) == []
    assert "🚀" not in text and "🚀" not in rendered.html
    for expected in ("Jane Doe", "jane@example.com", "+1 555 0100", "Summary", "Experience",
                     "Built TypeScript services on Cloud Run.", "Wrote APIs."):
        assert expected in text
    assert len(rendered.removed) == 2
    assert rendered.removed[0].startswith("name: removed 🚀")
    assert rendered.removed[1].startswith("bullet b0 (Acme): removed 🚀")


def test_exporter_cjk_bullet_renders_or_fails_naming_the_characters():
    resume = _resume("Jane Doe", [CJK_BULLET, "Wrote APIs."])
    text = pdf_text(render_pdf(render_html(resume)))
    missing = missing_in_pdf(resume, text)
    if not undrawable("と"):  # a CJK font is installed: the PDF is clean, nothing else changes
        assert missing == []
        assert "マイクロサービス" in text
        return
    # Only DejaVu: one message naming the characters, the field and the fix, instead of the
    # headings, email and bullets that the broken font took with it.
    assert len(missing) == 1
    message = missing[0]
    assert "'と' (U+3068)" in message and "bullet b0 (Acme)" in message
    assert "fonts-noto-cjk" in message
    assert "heading" not in message and "jane@example.com" not in message


def test_exporter_undrawable_names_only_characters_without_a_glyph():
    assert undrawable(["a", "é", "≈", "ق"]) == []  # DejaVu draws Latin, symbols and Arabic
    if undrawable(["と"]):
        assert undrawable(["a", "と", "é", "構"]) == ["と", "構"]


def test_exporter_right_to_left_text_passes_the_self_check():
    """pdfminer reads Arabic and Hebrew back in visual order; the text is still all there."""
    resume = _resume("Zoë Ørsted", ["قدت فريقًا من 5 مهندسين لبناء واجهات REST API على Pub/Sub.",
                                    "כתבתי שירותים ב-Python עבור 120 לקוחות."])
    text = pdf_text(render_pdf(render_html(resume)))
    assert missing_in_pdf(resume, text) == []
    gone = resume.model_copy(update={"roles": [resume.roles[0].model_copy(
        update={"bullets": [_item("x", "قدت فريقًا من مختلفة")]})]})
    assert missing_in_pdf(gone, text) == ["bullet x (Acme) 'قدت فريقًا من مختلفة' not found"]


def test_exporter_role_without_organization_or_title_gets_its_own_heading():
    untitled = TailoredRole(experience_id="w1", organization="", title="", start_date="2016-01",
                            end_date="2019-12", bullets=[_item("u0", "Designed BigQuery schemas.")])
    resume = _resume("Jane Doe", ["Wrote APIs."], roles=[untitled])
    html = render_html(resume)
    assert f"<strong>{UNTITLED_ROLE}</strong>" in html
    lines = [line.strip() for line in pdf_text(render_pdf(html)).splitlines() if line.strip()]
    heading = lines.index(UNTITLED_ROLE)
    assert lines.index("• Wrote APIs.") < heading < lines.index("• Designed BigQuery schemas.")
