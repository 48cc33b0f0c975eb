"""Scoring end to end with the deterministic hashing embedder: shapes, rationales, citations."""
import re

import pytest
from fakes import HashingEmbedder

from tailor.corpus.loader import load_corpus
from tailor.fit.blind import blind_view
from tailor.fit.inputs import Posting, read_postings
from tailor.fit.keywords import KeywordIndex
from tailor.schemas.models import JobPosting, Requirement
from tailor.text.keyword_variants import found_in
from tailor.text.terms import mentions
from tests.fit.fit_helpers import JOBS, RESUMES, make_search, score

POSTINGS = [JOBS / "09-accounts-payable-specialist.txt", JOBS / "17-senior-full-stack-engineer-typescript-svelt-js.txt",
            JOBS / "20-net-developer.txt"]
RATIONALE = re.compile(r'^[0-5]/5: (no evidence.*|\S+ ".+" \(similarity \d\.\d\d(; .+)?\))$')


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    postings = read_postings(POSTINGS)
    resumes = [blind_view(load_corpus(p), source=str(p)) for p in RESUMES]
    return score(postings, resumes, make_search(tmp_path_factory.mktemp("fit"), HashingEmbedder()))


def corpus_ids(path):
    corpus = load_corpus(path)
    ids = set(corpus.evidence()) | {e.id for e in corpus.experiences} | {"skills"}
    ids |= {f"education[{i}]" for i in range(len(corpus.education))}
    ids |= {f"skills[{i}]" for i in range(len(corpus.skills))}
    return ids | {f"certificates[{i}]" for i in range(len(corpus.certificates))}


def test_every_posting_times_every_resume(run):
    assert len(run.pairs) == len(POSTINGS) * len(RESUMES)
    assert [(p.posting, p.resume) for p in run.pairs[:2]] == [(str(POSTINGS[0]), str(RESUMES[0])),
                                                              (str(POSTINGS[0]), str(RESUMES[1]))]
    for pair in run.pairs:
        assert 0 <= pair.fit <= 100 and 0 <= pair.tfidf <= 1 and 0 <= pair.keyword_share <= 1
        assert all(0 <= r.lexical <= 1 for r in pair.requirements)
        assert all(0 <= v <= 1 for v in pair.signals.values())
        assert pair.requirements and all(0 <= r.score <= 5 for r in pair.requirements)


def test_rationales_have_the_format_and_cite_only_corpus_ids(run):
    ids = {str(p): corpus_ids(p) for p in RESUMES}
    for pair in run.pairs:
        for req in pair.requirements:
            assert RATIONALE.match(req.rationale), req.rationale
            assert req.rationale.startswith(f"{req.score}/5: ")
            assert set(req.evidence_ids) <= ids[pair.resume], req.evidence_ids
            cited = re.findall(r"\b(?:[wvps]\d+\.\d+-[0-9a-f]{6}|[wvp]\d+|\w+\[\d+\]|skills)\b",
                               re.sub(r'"[^"]*"', "", req.rationale))
            assert set(cited) <= ids[pair.resume], req.rationale
            if req.rationale.endswith("no evidence") or ": no evidence" in req.rationale:
                assert req.evidence_ids == [] and req.score == 0


def test_no_evidence_when_there_is_none(tmp_path):
    job = JobPosting(title="Diver", requirements=[
        Requirement(id="r1", text="Commercial saturation diving certificate", kind="must_have",
                    keywords=["saturation diving"])])
    empty = blind_view(load_corpus(RESUMES[-1])).__class__(source="empty", units=())
    run = score([Posting("diver.txt", job, job.requirements[0].text)], [empty],
                make_search(tmp_path, HashingEmbedder()))
    req = run.pairs[0].requirements[0]
    assert (req.score, req.rationale, req.evidence_ids) == (0, "0/5: no evidence", [])
    assert run.pairs[0].fit == 0


def test_requirement_mean_is_recomputable_from_the_table(run):
    weight = {"must_have": 1.0, "responsibility": 0.7, "nice_to_have": 0.5}
    for pair in run.pairs:
        total = sum(weight[r.kind] for r in pair.requirements)
        assert pair.requirement_mean == pytest.approx(
            100 * sum(weight[r.kind] * r.score for r in pair.requirements) / (5 * total), abs=0.01)


def test_overall_fit_is_recomputable_from_its_signals_and_names_its_drivers(run):
    from tailor.fit.combination import load_combination
    from tailor.fit.signals import PairSignals

    model = load_combination()
    for pair in run.pairs:
        if not any(r.evidence_ids for r in pair.requirements):
            assert (pair.fit, pair.drivers, pair.note) == (0, [], "no evidence for any requirement: fit 0")
            continue
        assert pair.fit_exact == pytest.approx(model.fit(PairSignals(**pair.signals)), abs=0.05)
        assert abs(pair.fit - pair.fit_exact) <= 0.5 + 1e-9        # fit_exact is itself rounded to 0.01
        assert [d.signal for d in pair.drivers] == [n for n, w in sorted(
            model.weights.items(), key=lambda nw: (-abs(nw[1] * (pair.signals[nw[0]] - model.typical[nw[0]])), nw[0]))
            if w], "every weighed signal is a driver, largest effect first"
        assert all(d.text.endswith(f"({d.effect:+.2f})") for d in pair.drivers)


def test_keyword_index_agrees_with_terms_mentions():
    """The keyword as `mentions` finds it, or one of its other names (`keyword_variants`)."""
    view = blind_view(load_corpus(RESUMES[-1]))
    index = KeywordIndex(view)

    def names(text, keyword):
        return mentions(text, keyword) or found_in(text, keyword, variants_only=True)

    for keyword in ["TypeScript", "typescript", "Node.js", "Go", "go", "Terraform", "React", "Java", "AWS",
                    "design docs", "Pub/Sub", "postgres"]:
        expected = [u.cite_id for u in view.units if names(u.text, keyword)]
        if any(names(s, keyword) for s in view.skills):
            expected.append("skills")
        assert index.where(keyword) == expected, keyword
    assert index.where("W-9") == []


def test_keyword_index_finds_a_keyword_s_other_names():
    view = blind_view(load_corpus(RESUMES[-1]))
    index = KeywordIndex(view)
    assert index.where("postgres") == index.where("PostgreSQL") != []
    assert "skills" in index.where("Golang") and "skills" in index.where("Go")
    assert index.where("golang") == index.where("Golang") == index.where("Go")
    assert index.where("go") == []                     # as `mentions`: a short keyword only as written


def test_rationale_variants():
    from tailor.fit.features import Evidence, RequirementFeatures
    from tailor.fit.rationale import rationale

    best = (Evidence("w0.3-abcdef", "Led the migration of the booking API to Cloud Run", 0.62),)
    f = RequirementFeatures(top=best, keywords=("Python", "AWS"), found={"Python": ["w0.3-abcdef"], "AWS": ["skills"]})
    assert rationale(4, f, True) == ('4/5: w0.3-abcdef "Led the migration of the booking API to ..." '
                                     "(similarity 0.62; keywords Python, AWS in skills)")
    missing = RequirementFeatures(top=best, keywords=("Kafka",))
    assert rationale(2, missing, True).endswith("(similarity 0.62; no keyword of Kafka)")
    years = RequirementFeatures(top=best, keywords=(), years_asked=3, work_years=4.5)
    assert rationale(3, years, True).endswith("(similarity 0.62; 4.5 years of work by dates (asks 3))")
    undated = RequirementFeatures(top=(), keywords=(), years_asked=3, work_years=0.0, work_dates_known=False)
    assert rationale(0, undated, False) == "0/5: no evidence; no readable work dates (asks 3)"
