"""A corpus that says the same thing twice puts it on the page once (the first copy)."""
from builders import small_corpus, small_job

from tailor.agents.planner import duplicate_evidence, plan_resume, same_text_key
from tailor.schemas import EvidenceBullet, EvidenceMatch, RequirementMatch


def _corpus_with_copies():
    corpus = small_corpus()
    first = corpus.experiences[0].bullets[0]  # "Built Terraform pipelines that provisioned 40 GCP projects"
    corpus.experiences[0].bullets += [
        EvidenceBullet(id="w0.4-t", text=first.text),
        EvidenceBullet(id="w0.5-t", text="  built terraform pipelines that provisioned 40 GCP projects!"),
    ]
    corpus.experiences[1].bullets.append(EvidenceBullet(id="w1.3-t", text=first.text + "."))
    corpus.summary_evidence.append(EvidenceBullet(id="s0.2-t", text="Backend engineer with 8 years "
                                                  "of Python services!"))
    return corpus


def test_texts_equal_up_to_case_space_and_punctuation_are_duplicates_of_the_first():
    assert duplicate_evidence(_corpus_with_copies()) == {
        "s0.2-t": "s0.0-t", "w0.4-t": "w0.0-t", "w0.5-t": "w0.0-t", "w1.3-t": "w0.0-t"}


def test_a_point_inside_a_number_is_part_of_the_claim():
    assert same_text_key("Cut costs 5.5%.") != same_text_key("Cut costs 55%")
    assert same_text_key("Built it on  Node.js!") == same_text_key("built it on node js")


def test_each_text_is_selected_at_most_once_and_its_requirement_stays_covered():
    matches = [  # r3 is matched by copies only: it must still get the first copy
        RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.7)]),
        RequirementMatch(requirement_id="r3", matches=[EvidenceMatch(evidence_id="w0.5-t", score=0.6),
                                                       EvidenceMatch(evidence_id="w1.3-t", score=0.5)]),
    ]
    plan = plan_resume(_corpus_with_copies(), small_job(), matches, pages=2)
    chosen = [b for role in plan.roles for b in role.bullet_ids]
    assert "w0.0-t" in chosen
    assert not {"w0.4-t", "w0.5-t", "w1.3-t"} & set(chosen)
    assert "s0.2-t" not in plan.summary_evidence_ids
    r3 = next(rm for rm in plan.requirement_map if rm.requirement_id == "r3")
    assert [(m.evidence_id, m.score) for m in r3.matches] == [("w0.0-t", 0.6)]


def test_a_one_or_two_word_bullet_is_never_printed_and_the_report_says_why():
    from tailor.agents.planner import duplicate_records, fragment_evidence

    corpus = small_corpus()
    corpus.experiences[0].bullets += [EvidenceBullet(id="w0.6-t", text="Excel"),
                                      EvidenceBullet(id="w0.7-t", text="freight claims"),
                                      EvidenceBullet(id="w0.8-t", text="Saved $40K")]  # a number: a claim
    assert fragment_evidence(corpus) == ["w0.6-t", "w0.7-t"]
    matches = [RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w0.6-t", score=0.9)])]
    plan = plan_resume(corpus, small_job(), matches, pages=2)
    chosen = {b for role in plan.roles for b in role.bullet_ids}
    assert not {"w0.6-t", "w0.7-t"} & chosen and "w0.8-t" in chosen
    records = {r.item_id: r for r in duplicate_records(corpus)}
    assert records["w0.6-t"].outcome == "fragment" and records["w0.6-t"].before == "Excel"
