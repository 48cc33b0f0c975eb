"""Round trip of a whole JSON Resume: render it with a Tailor template, so an importer can read
the PDF back and `tailor.importer.field_compare.compare` can say, field by field, what survived.

Tailoring renders a *selection* of the person's evidence; measuring an importer needs the
opposite: every field the templates can show, so that anything the importer loses is visible.
`full_resume` builds that TailoredResume from the same Corpus mapping tailoring uses
(`corpus_from_json_resume`), so the round trip tests the real export path, not a copy of it.
Every item is the person's own words (`origin="source"`) citing its own evidence id.
"""
from __future__ import annotations

from tailor.corpus.jsonresume import corpus_from_json_resume
from tailor.render.html import render_html
from tailor.render.pdf import render_pdf
from tailor.schemas.models import Corpus, Experience, TailoredItem, TailoredResume, TailoredRole, TailoredSkill


def _source_item(item_id: str, text: str, source_ids: list[str]) -> TailoredItem:
    return TailoredItem(id=item_id, text=text, source_ids=source_ids, origin="source")


def _role(exp: Experience) -> TailoredRole:
    """A corpus experience with all its bullets. Its `summary` (work summary, project
    description) has no place in TailoredRole, so, as in a tailored resume, it is not shown."""
    return TailoredRole(
        experience_id=exp.id, kind=exp.kind, organization=exp.organization, title=exp.title,
        location=exp.location, start_date=exp.start_date, end_date=exp.end_date, url=exp.url,
        bullets=[_source_item(b.id, b.text, [b.id]) for b in exp.bullets])


def _skills(corpus: Corpus) -> list[TailoredSkill]:
    """Every keyword of every group, once, in order: the templates show one flat line, so the
    group names and levels are not part of the rendered resume."""
    seen: set[str] = set()
    skills = []
    for group in corpus.skills:
        for keyword in group.keywords:
            name = " ".join(keyword.split())
            if name and name not in seen:
                seen.add(name)
                skills.append(TailoredSkill(name=name))
    return skills


def full_resume(data: dict) -> TailoredResume:
    """All of `data` that a template can show, as a TailoredResume (raises ValidationFailed
    for a JSON Resume that does not validate, like `tailor run` would)."""
    return full_resume_of(corpus_from_json_resume(data, "<json resume>"))


def full_resume_of(corpus: Corpus) -> TailoredResume:
    """Everything in `corpus`, verbatim: the summary is the person's whole `basics.summary` (its
    sentences are the evidence ids); roles keep every bullet, each citing itself; skills are all
    keywords; education, certificates and languages are copied."""
    sentences = corpus.summary_evidence
    summary = (_source_item("summary", " ".join(s.text for s in sentences), [s.id for s in sentences])
               if sentences else None)
    return TailoredResume(
        basics=corpus.basics, summary=summary, skills=_skills(corpus),
        roles=[_role(exp) for exp in corpus.experiences],
        education=corpus.education, certificates=corpus.certificates, languages=corpus.languages())


def render_resume_html(data: dict, template: str = "classic") -> str:
    return render_html(full_resume(data), template)


def render_resume_pdf(data: dict, template: str = "classic") -> bytes:
    """The PDF of the whole resume, unpaginated by budget (no bullets trimmed: all must be
    there for the importer to find)."""
    return render_pdf(render_resume_html(data, template))


# The comparison lives in its own module (it needs no renderer); re-exported so the round trip
# reads `from tailor.importer.roundtrip import full_resume, render_resume_pdf, compare`.
from tailor.importer.field_compare import FieldReport, FieldResult, compare  # noqa: E402

__all__ = ["FieldReport", "FieldResult", "compare", "full_resume", "full_resume_of", "render_resume_html",
           "render_resume_pdf"]
