"""`tailor run --template` reaches the export node, and its choices match the exporter's."""
import typing
from pathlib import Path

from fakes import HashingEmbedder
from typer.testing import CliRunner

from tailor import cli
from tailor.cli import options
from tailor.graph.context import RunContext, RunSettings
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.extractive import ExtractiveModel
from tailor.render.html import TEMPLATES
from tailor.run.pipeline import run_tailor

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


def test_template_choices_match_the_exporter():
    choice = typing.get_args(options.TemplateOption)[0]
    assert typing.get_args(choice) == TEMPLATES


class _Stop(Exception):
    pass


def test_template_option_reaches_the_session(monkeypatch):
    seen = {}

    def fake_open_session(**kwargs):
        seen.update(kwargs)
        raise _Stop

    monkeypatch.setattr("tailor.run.session.open_session", fake_open_session)
    runner = CliRunner()
    result = runner.invoke(cli.app, ["run", str(JOB), "--resume", str(CORPUS), "--template", "sidebar"])
    assert isinstance(result.exception, _Stop) and seen["template"] == "sidebar"
    runner.invoke(cli.app, ["run", str(JOB), "--resume", str(CORPUS)])
    assert seen["template"] == "classic"
    refused = runner.invoke(cli.app, ["run", str(JOB), "--resume", str(CORPUS), "--template", "fancy"])
    assert refused.exit_code == 2


def test_export_node_renders_the_chosen_template(tmp_path):
    embedder = HashingEmbedder()
    ctx = RunContext(settings=RunSettings(pages=2, template="sidebar", similarity_threshold=0.1),
                     embedder=embedder, index=EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder),
                     model=ExtractiveModel())
    result = run_tailor(JOB, CORPUS, tmp_path / "out", ctx)
    html = (result.out_dir / "resume.html").read_text("utf-8")
    assert '<div class="content">' in html and "DejaVu Serif" in html
    assert (result.out_dir / "resume.pdf").read_bytes().startswith(b"%PDF")


def test_the_spinner_counts_the_lines_the_writer_has_written(monkeypatch):
    """A local model writes a page for minutes: the run's spinner says how many lines are done."""
    import contextlib

    shown = []

    class Status:
        def update(self, text):
            shown.append(text)

    class Session:
        model = ExtractiveModel()

        def tailor(self, given, out, on_node=None):
            self.model.on_progress(4, 9)  # as a model reports a finished batch
            raise _Stop

    monkeypatch.setattr("tailor.run.session.open_session", lambda **kwargs: Session())
    monkeypatch.setattr("tailor.cli.run.working", lambda message: contextlib.nullcontext(Status()))
    result = CliRunner().invoke(cli.app, ["run", str(JOB), "--resume", str(CORPUS)])
    assert isinstance(result.exception, _Stop)
    assert shown and shown[-1].startswith("planning the page... 4 of 9 lines (started at ")
