"""Every shared posting x every shared resume, through the real pipeline (real MiniLM, Chroma,
WeasyPrint, pdfminer): schema-valid resume.json, a PDF containing every bullet, TruthScore 1.0,
no shipped item that claims more than the evidence it cites (the claim check), and a summary in
resume voice (no first person)."""
import json
from pathlib import Path

import pytest

from tailor.agents.report import TRIMMED, left_out_relevant
from tailor.corpus.jsonresume import validate_json_resume
from tailor.corpus.loader import load_corpus
from tailor.llm.spec import ModelSpec
from tailor.render.check import missing_in_pdf
from tailor.render.pdf import pdf_text
from tailor.run.session import open_session
from tailor.schemas import TailoredResume
from tailor.text.claims import claim_changes, describe, raised
from tailor.text.terms import first_person_words

TESTDATA = Path(__file__).parent / "testdata"
JOBS = sorted((TESTDATA / "jobs").glob("[0-9][0-9]-*.txt"))
RESUMES = sorted((TESTDATA / "resumes").glob("*.json"))
LOCAL_PAIRS = [(JOBS[i], RESUMES[i % len(RESUMES)]) for i in (1, 7, 14, 16, 21)]


@pytest.fixture(scope="module")
def extractive(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return open_session(model=ModelSpec.parse("extractive"), cache_dir=cache)


def check_run(result, corpus_path: Path) -> None:
    out = result.out_dir
    validate_json_resume(json.loads((out / "resume.json").read_text()), "resume.json")
    resume = TailoredResume(**json.loads((out / "tailored.json").read_text()))
    assert resume.roles, "no experience on the page"
    assert missing_in_pdf(resume, pdf_text((out / "resume.pdf").read_bytes())) == []
    assert result.report.metrics.truth_score == 1.0
    evidence_ids = {r["experience_id"] for r in json.loads((out / "tailored.json").read_text())["roles"]}
    assert evidence_ids
    evidence = load_corpus(corpus_path).evidence()
    inflated = [(item.text, [describe(c) for c in raised(claim_changes(
        item.text, [evidence[s].text for s in item.source_ids]))]) for item in resume.items()]
    assert [(text, why) for text, why in inflated if why] == []
    summary = resume.summary.text if resume.summary else ""
    assert first_person_words(summary) == [], summary


def check_page_plan(result, corpus_path: Path) -> None:
    """One page, filled before it is declared full; no covered must-have loses its evidence."""
    report = result.report
    resume = TailoredResume(**json.loads((result.out_dir / "tailored.json").read_text()))
    unused = left_out_relevant(report.requirements, resume, load_corpus(corpus_path))
    assert report.metrics.page_fill >= 0.85 or not unused, (report.metrics.page_fill, unused)
    must_haves = {r.requirement_id for r in report.requirements if r.kind == "must_have"}
    assert [g.note for g in report.gaps if g.requirement_id in must_haves and TRIMMED in g.note] == []


def test_shared_data_is_all_here():
    assert len(JOBS) == 25 and len(RESUMES) == 4


@pytest.mark.parametrize("resume", RESUMES, ids=lambda p: p.stem)
@pytest.mark.parametrize("job", JOBS, ids=lambda p: p.stem[:24])
def test_extractive_on_every_pair(extractive, tmp_path, job, resume):
    result = extractive.tailor_files(job, resume, tmp_path / "out")
    check_run(result, resume)
    check_page_plan(result, resume)
    # every shared resume has a summary sentence that can be put in resume voice
    assert json.loads((result.out_dir / "tailored.json").read_text())["summary"]


@pytest.mark.slow
@pytest.mark.parametrize("job, resume", LOCAL_PAIRS, ids=lambda p: p.stem[:24])
def test_local_model_on_five_pairs(local_session, tmp_path, job, resume):
    result = local_session.tailor_files(job, resume, tmp_path / "out")
    check_run(result, resume)
    assert result.report.model.backend == "local"
    assert result.report.generation.new_tokens > 0
