"""The blind view: what the scorer may see of a person, and what it must never see."""
import json
from pathlib import Path

import pytest

from tailor.corpus.loader import load_corpus
from tailor.fit.blind import blind_view, name_tokens, neutralise_pronouns, remove_name

ROOT = Path(__file__).resolve().parents[2]
SENIOR = ROOT / "tests/testdata/resumes/senior-engineer.resume.json"


@pytest.mark.parametrize("text, expected", [
    ("He led the team.", "They led the team."),
    ("She led her team and he thanked her.", "They led their team and they thanked them."),
    ("She is the owner; he was promoted; she has shipped.",
     "They are the owner; they were promoted; they have shipped."),
    ("HE SAID", "THEY SAID"),
    ("The idea was his. The win was hers.", "The idea was theirs. The win was theirs."),
    ("He taught himself Go; she taught herself R.", "They taught themselves Go; they taught themselves R."),
    ("Gave her the award for his work", "Gave them the award for their work"),
    ("Shell scripts, the chemical helium and Hershey", "Shell scripts, the chemical helium and Hershey"),
])
def test_pronouns_are_neutralised_case_preserving(text, expected):
    assert neutralise_pronouns(text) == expected


def test_he_she_they_versions_of_a_sentence_become_one():
    versions = ["{P} trained new hires and {q} manager praised {o} for it. {P} {was} promoted twice."
                .format(P=p, q=q, o=o, was=w) for p, q, o, w in
                (("He", "his", "him", "was"), ("She", "her", "her", "was"), ("They", "their", "them", "were"))]
    assert len({neutralise_pronouns(v) for v in versions}) == 1


@pytest.mark.parametrize("name", ["Emily Walsh", "Jamal Jones", "Mohammed Al-Farsi", "José García", "Wei Zhang"])
def test_own_name_is_removed_from_text(name):
    first = name.split()[0]
    text = f"{name} rebuilt the billing flow; {first}'s design cut costs. {name.upper()} ON CALL."
    cleaned = remove_name(text, name_tokens(name))
    for token in name_tokens(name):
        assert token not in cleaned
    assert "rebuilt the billing flow" in cleaned and "design cut costs" in cleaned


def test_a_name_that_is_a_word_stays_when_used_as_a_word():
    assert remove_name("Planted a rose garden with Rose", name_tokens("Rose Baker")) == "Planted a rose garden with"


def test_blind_view_has_no_basics_dates_or_carried_sections(tmp_path):
    data = json.loads(SENIOR.read_text())
    data["basics"].update(image="https://example.com/photo.jpg", maritalStatus="married",
                          nationality="Brazilian", dateOfBirth="1961-02-01", gender="female")
    data["languages"] = [{"language": "Portuguese", "fluency": "Native speaker"}]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data))
    corpus = load_corpus(path)
    view = blind_view(corpus)
    text = view.text()
    basics = data["basics"]
    for value in (basics["name"], basics["email"], basics.get("phone", "@@"), "photo.jpg", "married",
                  "Brazilian", "1961", "female", "Portuguese"):
        assert value not in text
    for edu in data.get("education", []):
        for key in ("startDate", "endDate"):
            if edu.get(key):
                assert edu[key][:4] not in " ".join(u.text for u in view.units if u.cite_id.startswith("education"))
        if edu.get("institution"):
            assert edu["institution"] not in text
    roles = {u.cite_id: u.text for u in view.units if u.cite_id in {e.id for e in corpus.experiences}}
    for exp in corpus.experiences:                 # a role is its title and description, not its employer
        assert roles[exp.id].startswith(exp.title.rstrip("."))
    assert all(s is not None for s in view.work_spans)  # work dates are kept, apart from the text


def test_unblinded_view_keeps_what_blinding_removes():
    corpus = load_corpus(SENIOR)
    raw = corpus.model_copy(update={"summary_evidence": [
        corpus.summary_evidence[0].model_copy(update={"text": f"{corpus.basics.name} said she ships."})]})
    assert "she" in blind_view(raw, blind=False).text()
    assert corpus.basics.name.split()[0] in blind_view(raw, blind=False).text()
    blind = blind_view(raw).text()
    assert "she" not in blind.split() and corpus.basics.name.split()[0] not in blind


def test_own_employers_and_schools_are_cut_from_bullets_unless_they_are_skills():
    corpus = load_corpus(SENIOR)
    exp = corpus.experiences[0]
    school = corpus.education[0].institution
    bullets = [exp.bullets[0].model_copy(update={"text": f"Mentored interns from {school} at {exp.organization}"}),
               exp.bullets[1].model_copy(update={"text": "Moved the build to Kubernetes and Terraform"})]
    project = exp.model_copy(update={"id": "p9", "kind": "project", "organization": "Kubernetes", "bullets": []})
    changed = corpus.model_copy(update={"experiences": [exp.model_copy(update={"bullets": bullets}), project]})
    text = blind_view(changed).text()
    assert school not in text and exp.organization not in text
    assert "Mentored interns from at" in text
    assert "Moved the build to Kubernetes and Terraform" in text  # a skill of theirs, not an employer
    assert school in blind_view(changed, blind=False).text()
