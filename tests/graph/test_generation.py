"""Each run reports only the tokens it generated, though a Session's model counts them all."""
from pathlib import Path

from fakes import HashingEmbedder, ScriptedModel

from tailor.graph.context import RunSettings
from tailor.graph.state import add_generation
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.run.session import Session

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


def test_two_runs_of_one_session_each_report_their_own_generation(tmp_path):
    embedder = HashingEmbedder()
    model = ScriptedModel(lambda chat: "Led a team of 40 engineers at Initech on Kubernetes")
    session = Session(RunSettings(pages=2, similarity_threshold=0.1), embedder,
                      EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder), model)
    first = session.tailor_files(JOB, CORPUS, tmp_path / "one").report.generation
    second = session.tailor_files(JOB, CORPUS, tmp_path / "two").report.generation
    assert first.calls == 2 and first.new_tokens > 0  # a draft and one (rejected) repair round
    assert second == first  # the same posting and replies: not the model's running total
    assert model.stats.calls == first.calls + second.calls
    assert model.stats.new_tokens == first.new_tokens + second.new_tokens


def test_generation_adds_up_over_write_rounds():
    total = add_generation({"calls": 1, "new_tokens": 40, "seconds": 0.5},
                           {"calls": 1, "new_tokens": 7, "seconds": 0.25})
    assert total == {"calls": 2, "new_tokens": 47, "seconds": 0.75}
    assert add_generation(None, {"calls": 1}) == {"calls": 1}
