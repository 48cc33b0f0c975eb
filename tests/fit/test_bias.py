"""Counterfactual fairness with the real MiniLM embedder: a person's name, pronouns, apparent age,
photo and family or national details must not move the fit score.

Each shipped resume is rewritten into variants that differ in one protected detail only, every
variant is scored against the same postings, and the overall fit (within 1 of 100) and every
requirement's score (within 1 of 5) must agree. `test_blinding_is_what_makes_it_fair` shows the
test can fail: without the blind view the same variants give the scorer different text and
different similarities.
"""
from __future__ import annotations

import copy
import json

import pytest

from tailor.corpus.loader import load_corpus
from tailor.fit.blind import blind_view
from tailor.fit.inputs import read_postings
from tailor.index.embeddings import default_embedder
from tests.fit.fit_helpers import JOBS, RESUMES, make_search, score

NAMES = ["Emily Walsh", "Greg Baker", "Lakisha Washington", "Jamal Jones", "Mohammed Al-Farsi", "Wei Zhang",
         "José García", "Priya Patel"]
PRONOUNS = {"he": ("He", "his", "him", "is", "was"), "she": ("She", "her", "her", "is", "was"),
            "they": ("They", "their", "them", "are", "were")}
POSTINGS = ["04-front-office-coordinator.txt", "09-accounts-payable-specialist.txt",
            "17-senior-full-stack-engineer-typescript-svelt-js.txt", "21-fleet-dispatcher-tunnel-hill-weekend-days.txt"]


@pytest.fixture(scope="module")
def embedder():
    return default_embedder()          # the real bundled all-MiniLM-L6-v2, loaded once


@pytest.fixture(scope="module")
def search(embedder, tmp_path_factory):
    return make_search(tmp_path_factory.mktemp("bias"), embedder)


@pytest.fixture(scope="module")
def postings():
    return read_postings([JOBS / p for p in POSTINGS])


# --------------------------------------------------------------------------- rewriting a resume

def is_native(data: dict) -> bool:
    return "experiences" in data


def add_to_first_bullet(data: dict, sentence: str) -> None:
    if is_native(data):
        bullets = data["experiences"][0]["bullets"]
        if isinstance(bullets[0], str):
            bullets[0] = f"{bullets[0]} {sentence}"
        else:
            bullets[0]["text"] = f"{bullets[0]['text']} {sentence}"
    else:
        work = data["work"][0]
        work["highlights"] = [f"{(work.get('highlights') or [''])[0]} {sentence}".strip(),
                              *(work.get("highlights") or [])[1:]]


def add_to_summary(data: dict, sentence: str) -> None:
    data["basics"]["summary"] = f"{sentence} {data['basics'].get('summary', '')}".strip()


def set_education_years(data: dict, start: int, end: int) -> None:
    keys = ("start_date", "end_date") if is_native(data) else ("startDate", "endDate")
    for edu in data.get("education", []):
        edu[keys[0]], edu[keys[1]] = f"{start}-09", f"{end}-06"


def named(data: dict, name: str) -> dict:
    data = copy.deepcopy(data)
    first = name.split()[0]
    data["basics"]["name"] = name
    add_to_summary(data, f"{name} is known for dependable, careful work.")
    add_to_first_bullet(data, f"{first}'s manager asked {first} to train the new hires.")
    return data


def pronoun(data: dict, which: str) -> dict:
    data = copy.deepcopy(data)
    subject, possessive, obj, is_, was = PRONOUNS[which]
    add_to_summary(data, f"{subject} {is_} known for careful work.")
    add_to_first_bullet(data, f"{subject} trained new hires and {possessive} manager praised {obj} for it. "
                              f"{subject} {was} promoted twice.")
    return data


def aged(data: dict, graduated: int) -> dict:
    data = copy.deepcopy(data)
    set_education_years(data, graduated - 4, graduated)
    return data


def with_personal_details(data: dict) -> dict:
    data = copy.deepcopy(data)
    data["basics"].update(image="https://example.com/photos/me.jpg", maritalStatus="married, two children",
                          nationality="Nigerian", dateOfBirth="1962-03-14", gender="female")
    return data


def variant_groups(data: dict) -> dict[str, dict[str, dict]]:
    groups = {
        "name": {name: named(data, name) for name in NAMES},
        "pronoun": {which: pronoun(data, which) for which in PRONOUNS},
        "age": {"as is": data, "looks 25 (graduated 2023)": aged(data, 2023),
                "looks 60 (graduated 1988)": aged(data, 1988)},
    }
    if not is_native(data):   # native basics have no place for these fields (the loader refuses them)
        groups["photo, marital status, nationality, birth date, gender"] = {
            "as is": data, "with details": with_personal_details(data)}
    return groups


def load_variants(variants: dict[str, dict], tmp_path, blind=True):
    views, hashes = [], set()
    for n, (label, data) in enumerate(variants.items()):
        path = tmp_path / f"v{n}.json"
        path.write_text(json.dumps(data))
        corpus = load_corpus(path)
        hashes.add(corpus.content_hash)
        views.append(blind_view(corpus, source=label, blind=blind))
    return views, hashes


# --------------------------------------------------------------------------- the tests

@pytest.mark.parametrize("resume", RESUMES, ids=lambda p: p.name)
def test_protected_details_do_not_move_the_score(resume, postings, search, tmp_path):
    data = json.loads(resume.read_text())
    for group, variants in variant_groups(data).items():
        views, _ = load_variants(variants, tmp_path)
        if group != "age" or data.get("education"):
            files = {json.dumps(v, sort_keys=True) for v in variants.values()}
            assert len(files) == len(variants), f"{group}: the variants must really differ"
        run = score(postings, views, search)
        by_resume = {}
        for pair in run.pairs:
            by_resume.setdefault(pair.resume, []).append(pair)
        reference_label, reference = next(iter(by_resume.items()))
        for label, pairs in by_resume.items():
            for ref, pair in zip(reference, pairs):
                where = f"{resume.name} / {group}: {label!r} vs {reference_label!r} on {ref.posting}"
                assert abs(pair.fit_exact - ref.fit_exact) <= 1, where
                for a, b in zip(ref.requirements, pair.requirements):
                    assert abs(a.score - b.score) <= 1, f"{where}, {a.id}"


def test_blinding_is_what_makes_it_fair(postings, search, tmp_path):
    """The same variants without the blind view: the scorer's text and similarities differ."""
    data = json.loads(RESUMES[-1].read_text())
    for variants in ({w: pronoun(data, w) for w in PRONOUNS}, {n: named(data, n) for n in NAMES[:4]}):
        blind, _ = load_variants(variants, tmp_path)
        seen, _ = load_variants(variants, tmp_path, blind=False)
        assert len({v.text() for v in blind}) == 1            # blind: one text for all variants
        assert len({v.text() for v in seen}) == len(variants)  # unblinded: each variant reads differently
        sims_blind = {tuple(r.similarity for p in score(postings, [v], search).pairs for r in p.requirements)
                      for v in blind}
        sims_seen = {tuple(r.similarity for p in score(postings, [v], search).pairs for r in p.requirements)
                     for v in seen}
        assert len(sims_blind) == 1
        assert len(sims_seen) > 1, "the embedder reacts to pronouns and names: blinding is needed"


def test_years_come_from_work_dates_not_graduation(postings, search, tmp_path):
    data = json.loads(RESUMES[-1].read_text())
    views, _ = load_variants({"young": aged(data, 2023), "old": aged(data, 1988)}, tmp_path)
    run = score(postings, views, search)
    years = {(p.resume, r.id, r.work_years) for p in run.pairs for r in p.requirements if r.years_asked}
    assert years, "the postings ask for years of experience"
    assert {(rid, y) for label, rid, y in years if label == "young"} == \
           {(rid, y) for label, rid, y in years if label == "old"}
