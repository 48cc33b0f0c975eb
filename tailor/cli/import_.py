"""`tailor import RESUME`: an existing resume (PDF, DOCX, ODT, TXT, Markdown) into a JSON Resume,
with warnings where a field looks guessed and every line that found no field listed on stderr.
(`import_` because `import` is a keyword.)"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.markup import escape

from tailor.cli.options import BaseUrlOption, cache_dir, err
from tailor.errors import UserInputError
from tailor.llm.spec import ModelSpec

if TYPE_CHECKING:
    from tailor.importer.result import ImportResult, Unparsed

HELP = (
    "Turn an existing resume (PDF with a text layer, DOCX, ODT, TXT or Markdown), or LinkedIn's data "
    "export (Basic_LinkedInDataExport_*.zip or its unzipped folder), into a JSON Resume.\n\n"
    "Use the result with --resume. Rules only by default; --model only sorts leftover lines into "
    "fields and never writes text. Every line that found no field is listed (stderr): edit the "
    "JSON to place it. Warnings (yellow) name fields that look guessed: check them. --out "
    "defaults to RESUME with the suffix .json, next to it.")


def import_resume_cmd(
    resume: Annotated[Path, typer.Argument(
        metavar="RESUME", help="Resume file: .pdf, .docx, .odt, .txt or .md; or LinkedIn's data export (.zip or its "
             "folder).")],
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="JSON Resume to write (default: RESUME's name with .json, beside it).")] = None,
    model: Annotated[str, typer.Option(
        help="none (rules only; also 'extractive') | local | local:/path | openai:MODEL_NAME: classifies "
             "leftover lines.")] = "none",
    base_url: BaseUrlOption = None,
    # a flag takes no value: no metavar, so --help does not show it as taking a <bool>
    force: Annotated[bool, typer.Option("--force", metavar="", help="Overwrite --out if it exists.")] = False,
) -> None:
    """Import RESUME into a JSON Resume."""
    from tailor.importer import import_resume
    from tailor.importer.extract import check_readable
    from tailor.importer.linkedin import import_linkedin, is_linkedin_export
    from tailor.importer.output import check_out, default_out, write_json_atomic
    from tailor.importer.review import review, unparsed_shown
    if not is_linkedin_export(resume):
        check_readable(resume)  # a wrong input is named before where the output would go
    target = out or default_out(resume)
    check_out(target, resume, force=force)  # before any parsing or model loading
    use_model = model.strip().lower() not in ("none", "extractive")
    if use_model:  # a bad spec fails now, not after parsing
        spec = ModelSpec.parse(model, base_url=base_url, api_key=os.environ.get("OPENAI_API_KEY"))
    elif base_url:
        raise UserInputError("--base-url needs --model openai:NAME", field="--base-url")
    if is_linkedin_export(resume):  # LinkedIn's data export (.zip or its folder): CSV columns, no model
        result, read_warnings = import_linkedin(resume)
        # the export's own warnings (files not read) first, then what its fields look like
        result.warnings = [*read_warnings, *(str(f) for f in review(result.resume, result.unparsed))]
    else:
        result = import_resume(resume)
        if use_model and _to_place(result):  # the model only sorts leftovers: load it only for them
            result = import_resume(resume, model=spec.load(cache_dir=cache_dir() / "models"))
    write_json_atomic(target, result.resume, force=force)
    typer.echo(f"Wrote {target} ({counted(result.counts())})")
    for warning in result.warnings:
        err.print(f"  [yellow]warning {escape(warning)}[/]", highlight=False)
    for item in _to_place(result):
        where, why = unparsed_shown(item, result.resume)  # the entry named, as warnings name it
        where, text, why = (escape(v) for v in (f"[{where}]", item.text, why))
        err.print(f"  [yellow]unparsed[/] {where} {text}  [dim]({why})[/]", highlight=False)
    for line in _furniture(result):
        err.print(f"  [dim]{escape(line)}[/]", highlight=False)
    if result.warnings or _to_place(result):
        err.print(_closing(result, target))


# What each count of the "Wrote" line counts, one and many: "6 basics fields, 2 jobs, 2 schools".
_UNITS = {"basics": ("basics field", "basics fields"), "work": ("job", "jobs"),
          "volunteer": ("volunteer role", "volunteer roles"), "education": ("school", "schools"),
          "awards": ("award", "awards"), "certificates": ("certificate", "certificates"),
          "publications": ("publication", "publications"), "skills": ("skill group", "skill groups"),
          "languages": ("language", "languages"), "interests": ("interest", "interests"),
          "references": ("reference", "references"), "projects": ("project", "projects")}


def counted(counts: dict[str, int]) -> str:
    """The counts of what was imported, each with what it counts ("6 basics fields, 2 jobs, 1
    school"): "basics 6, work 2" leaves a user guessing that basics counts filled fields."""
    return ", ".join(f"{n} {_UNITS.get(key, (key, key))[n != 1]}" for key, n in counts.items())


def _to_place(result: ImportResult) -> list[Unparsed]:
    """The unparsed lines a person can place: all but page furniture (a browser's print header,
    page numbers, a running header's repeats, a block printed twice), which is not resume content."""
    from tailor.importer.page_furniture import FURNITURE_SECTIONS
    return [item for item in result.unparsed if item.section not in FURNITURE_SECTIONS]


_SHOWN = 3  # furniture lines quoted per reason; the rest are counted
_QUOTE = 60  # characters of a furniture line quoted


def _furniture(result: ImportResult) -> list[str]:
    """One line per kind of page furniture left out: how many lines, why, and the first few, so
    what was left out is on record without asking the person to place it."""
    from tailor.importer.page_furniture import FURNITURE_SECTIONS
    by_reason: dict[str, list[str]] = {}
    for item in result.unparsed:
        if item.section in FURNITURE_SECTIONS:
            by_reason.setdefault(item.reason, []).append(item.text)
    return [f"left out {len(texts)} line(s), not resume content, {reason}: "
            + " | ".join(t if len(t) <= _QUOTE else t[:_QUOTE - 3] + "..." for t in texts[:_SHOWN])
            + (f" | ... ({len(texts) - _SHOWN} more)" if len(texts) > _SHOWN else "")
            for reason, texts in by_reason.items()]


def _closing(result: ImportResult, target: Path) -> str:
    """One sentence on what is left to do: the fields to check, then the lines to place (page
    furniture aside: nothing to place)."""
    parts = []
    if result.warnings:
        parts.append(f"{len(result.warnings)} warning(s): check what they name in {target}")
    if to_place := _to_place(result):
        parts.append(f"{len(to_place)} line(s) found no field: each is listed above with the section or entry "
                     f"it sat in; copy what you keep into that place in {target}")
    return "; ".join(parts) + "."
