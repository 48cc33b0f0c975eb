"""`tailor score`: how well each resume fits each posting; one pair in detail, many pairs as a
table, or JSON, and a progress bar on stderr while it works."""
from __future__ import annotations

import json
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tailor.cli.options import cache_dir, err
from tailor.fit.models import TOP_K, PairScore, ScoreRun

HELP = (
    "Score how well each resume fits each posting, blind to name, gender, age and photo.\n\n"
    "Each requirement gets 0-5 from the similarity of your best evidence and the skill terms it "
    "names, with a rationale citing evidence ids. 'req mean' (0-100) is their mean weighted by "
    "kind (must-have 1, responsibility 0.7, nice-to-have 0.5). 'fit' (0-100) combines that with "
    "must-have gaps, word overlap, keywords, title and years (tailor/fit/combination.json); it "
    "ranks postings and resumes against each other and has no pass mark: a fit far below the "
    "req mean says the posting asks for things your resume never names.\n\n"
    "The 0-5 mapping is calibrated on a labelled dev split (tailor/fit/calibration.json, "
    "bench/fit_calibrate.py); TF-IDF and keyword-share baselines are shown beside it.")


def score(
    jobs: Annotated[list[Path], typer.Argument(metavar="JOB...",
        help="Posting files, a folder of postings, or a .jsonl/.csv of postings (as `tailor batch`).")],
    resumes: Annotated[list[Path], typer.Option("--resume", "-r",
        help="A corpus (JSON Resume or native experiences.json). Repeatable.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print every score and rationale as JSON.")] = False,
    top_k: Annotated[int, typer.Option(min=1, max=20, help="Evidence chunks kept per requirement.")] = TOP_K,
    cache: Annotated[Optional[Path], typer.Option("--cache-dir",
        help="Evidence index cache (default: $TAILOR_CACHE_DIR or ~/.cache/tailor).")] = None,
) -> None:
    """Fit of resumes to postings: 0-5 per requirement with rationale, 0-100 overall."""
    from tailor.fit.run import score_files

    started = time.perf_counter()
    with progress_bar(err) as on_progress:
        result = score_files(jobs, resumes, cache_dir=cache or cache_dir(), top_k=top_k,
                             on_progress=on_progress)
    print_run(result, Console(), as_json=as_json, wall_seconds=time.perf_counter() - started)


@contextmanager
def progress_bar(console: Console):
    """A rich progress bar (on the given console, stderr in the CLI); yields the scorer's callback."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("loading", total=None)

        def update(what: str, done: int, total: int) -> None:
            bar.update(task, description=what, completed=done, total=total)

        yield update


def print_run(run: ScoreRun, console: Console, as_json: bool = False,
              wall_seconds: float | None = None) -> None:
    """The scores; `wall_seconds` (the whole command, reading files and loading the model too)
    is printed beside the scoring's own time, so the two are never mistaken for each other."""
    if as_json:
        console.file.write(json.dumps(run.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
        return
    if len(run.pairs) == 1:
        print_pair(run.pairs[0], console)
    else:
        print_table(run, console)
    whole = f" ({wall_seconds:.1f}s in all, with reading and loading the model)" if wall_seconds else ""
    console.print(f"{len(run.pairs)} pair(s) scored in {run.seconds:.1f}s{whole}; --json for every "
                  "requirement's score and rationale.", highlight=False)
    if not as_json:
        print_fairness(run, console)
    for note in run.skipped:
        err.print(f"[yellow]note:[/] {escape(note)}", highlight=False)


def print_fairness(run: ScoreRun, console: Console) -> None:
    names = short_names(list(run.fairness))
    for source, flags in run.fairness.items():
        for flag in flags:
            console.print(f"[yellow]fairness:[/] {escape(names[source])} {escape(flag.field)}: "
                          f"\"{escape(flag.text)}\" {flag.advice} "
                          "(the score ignores it; a human reader may not)", highlight=False)


def short_names(sources: list[str]) -> dict[str, str]:
    """Each source by its file name, with as many parent folders as it takes to tell apart two
    files of the same name (a/experiences.json, b/experiences.json); a `#row` suffix is kept."""
    names = {}
    unique = list(dict.fromkeys(sources))
    for source in unique:
        path, _, row = source.partition("#")
        parts = Path(path).parts
        for depth in range(1, len(parts) + 1):
            tail = parts[-depth:]
            if not any(Path(o.partition("#")[0]).parts[-depth:] == tail and o.partition("#")[2] == row
                       for o in unique if o != source):
                break
        names[source] = str(Path(*tail)) + (f"#{row}" if row else "")
    return names


def print_pair(pair: PairScore, console: Console) -> None:
    title = pair.title + (f" at {pair.company}" if pair.company else "")
    table = Table(title=escape(f"{title}  x  {Path(pair.resume.partition('#')[0]).name}"))
    for column in ("id", "kind", "score"):
        table.add_column(column, no_wrap=True)
    table.add_column("requirement", overflow="fold", ratio=1)
    table.add_column("rationale", overflow="fold", ratio=1)
    for r in pair.requirements:
        table.add_row(r.id, r.kind.replace("_", "-"), f"{r.score}/5", escape(r.text),
                      escape(r.rationale.split(": ", 1)[-1]))
    console.print(table)
    drivers = "; ".join(d.text for d in pair.drivers[:3]) or "no evidence"
    console.print(f"Fit {pair.fit}/100 (requirement mean {pair.requirement_mean:.0f}; driven by: "
                  f"{escape(drivers)}) | baselines: TF-IDF {pair.tfidf:.2f}, keyword share "
                  f"{pair.keyword_share:.0%}", highlight=False)
    if pair.note:
        console.print(f"[yellow]note:[/] {escape(pair.note)}", highlight=False)


def print_table(run: ScoreRun, console: Console) -> None:
    table = Table(title="Fit (0-100), best first, with the TF-IDF and keyword-share baselines")
    for column in ("posting", "resume", "fit", "req mean", "tfidf", "keywords", "must-haves met"):
        table.add_column(column, overflow="fold")
    names = short_names([p.posting for p in run.pairs] + [p.resume for p in run.pairs])
    for pair in sorted(run.pairs, key=lambda p: -p.fit):   # a ranking reads best first
        musts = [r for r in pair.requirements if r.kind == "must_have"]
        met = f"{sum(r.score >= 3 for r in musts)}/{len(musts)}" if musts else "-"
        table.add_row(escape(names[pair.posting]), escape(names[pair.resume]), str(pair.fit),
                      f"{pair.requirement_mean:.0f}", f"{pair.tfidf:.2f}",
                      f"{pair.keyword_share:.0%}", met)
    console.print(table)
