import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).parent))

TESTDATA = Path(__file__).parent / "testdata"


@pytest.fixture
def testdata() -> Path:
    return TESTDATA


@pytest.fixture
def hashing_embedder():
    from fakes import HashingEmbedder
    return HashingEmbedder()


@pytest.fixture(scope="session")
def local_session(tmp_path_factory):
    """The real bundled SmolLM2 writer, converted once per test session into a temp cache."""
    from tailor.llm.spec import ModelSpec
    from tailor.run.session import open_session
    return open_session(model=ModelSpec.parse("local"), cache_dir=tmp_path_factory.mktemp("tailor-cache"))


@pytest.fixture(scope="session")
def scripted_run(tmp_path_factory):
    """A finished run (scripted model, hashing embedder: about 3 s) with an item of every kind
    `tailor feedback` tells apart. Returns (RunResult, the model); treat the folder as read-only.

    - `b-w0.9-f9935b`: first draft fabricated (FABRICATED), repaired to "Improved ..." ("repaired")
    - bullets whose evidence opens with "Built": rewritten to "Created ..." ("model")
    - the summary: its draft says "I" and fails; ends as the person's own words ("source"),
      their summary sentences in resume voice
    - every other bullet: answered with its own evidence ("source")
    """
    import re

    from fakes import FABRICATED, HashingEmbedder, ScriptedModel

    from tailor.graph.context import RunContext, RunSettings
    from tailor.index.evidence import EvidenceIndex
    from tailor.index.store import open_chroma
    from tailor.run.pipeline import run_tailor

    root = Path(__file__).resolve().parents[1]
    job = root / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
    corpus = root / "tailor/corpus/examples/experiences.json"
    drafted = {"fabricated": False}

    def reply(chat):
        ask = chat[-1]["content"]
        if "Facts:" in ask:  # the summary: "I am a <label>." then its facts
            label, *facts = [line[2:] for line in ask.splitlines() if line.startswith("- ")]
            return f"I am a {label}. " + " ".join(facts)[:400]
        evidence = re.search(r"^Evidence: (.*)$", ask, re.M).group(1)
        if "Do not write:" in ask:
            return "Improved " + evidence.split(" ", 1)[1]
        if not drafted["fabricated"]:
            drafted["fabricated"] = True
            return FABRICATED
        return re.sub(r"^Built\b", "Created", evidence)

    tmp = tmp_path_factory.mktemp("scripted-run")
    embedder, model = HashingEmbedder(), ScriptedModel(reply)
    ctx = RunContext(settings=RunSettings(pages=2, similarity_threshold=0.1), embedder=embedder,
                     index=EvidenceIndex(open_chroma(tmp / "chroma"), embedder), model=model)
    return run_tailor(job, corpus, tmp / "run", ctx), model

