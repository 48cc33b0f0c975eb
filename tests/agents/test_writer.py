from builders import small_corpus, small_job
from fakes import ScriptedModel

from tailor.agents.writer import draft_resume, repair_resume, source_text
from tailor.llm.extractive import ExtractiveModel
from tailor.llm.prompts import clean_line
from tailor.schemas import Critique, EvidenceBullet, ItemVerdict, Plan, PlannedRole


def _plan() -> Plan:
    return Plan(roles=[PlannedRole(experience_id="w0", bullet_ids=["w0.0-t", "w0.1-t"])],
                skills=["Python", "Terraform"], summary_evidence_ids=["s0.0-t"])


def test_extractive_draft_is_the_corpus_verbatim_with_citations():
    resume = draft_resume(_plan(), small_corpus(), small_job(), model=ExtractiveModel())
    bullets = resume.roles[0].bullets
    assert [b.text for b in bullets] == ["Built Terraform pipelines that provisioned 40 GCP projects",
                                         "Cut payment API p99 latency 35% by moving hot reads to Redis"]
    assert [b.source_ids for b in bullets] == [["w0.0-t"], ["w0.1-t"]]
    assert all(b.origin == "source" for b in bullets)
    assert resume.roles[0].organization == "Ledgerly" and resume.roles[0].start_date == "2021-03"
    assert resume.summary.source_ids == ["s0.0-t"]


def test_model_draft_batches_all_fields_in_one_call_and_cleans_lines():
    model = ScriptedModel(["Summary: Backend engineer with 8 years of Python services.",
                           "- Built Terraform pipelines for 40 GCP projects\nextra line",
                           '"Cut p99 latency 35% with Redis"'])
    resume = draft_resume(_plan(), small_corpus(), small_job(), model)
    assert model.stats.calls == 1 and model.stats.prompts == 3
    assert resume.summary.text == "Backend engineer with 8 years of Python services."
    assert [b.text for b in resume.roles[0].bullets] == ["Built Terraform pipelines for 40 GCP projects",
                                                         "Cut p99 latency 35% with Redis"]
    assert all(b.origin == "model" for b in resume.roles[0].bullets)
    prompt = model.seen[1][-1]["content"]
    assert "Built Terraform pipelines that provisioned 40 GCP projects" in prompt


def _failing(item_id: str, kind: str = "bullet") -> Critique:
    return Critique(round=0, verdicts=[ItemVerdict(item_id=item_id, kind=kind, passed=False,
                                                   reasons=["'AWS Lambda' not in evidence"],
                                                   fix_instruction="Remove 'AWS Lambda'.")])


def test_repair_rewrites_only_failing_items_with_the_fix_instruction():
    model = ScriptedModel(["x", "Built AWS Lambda pipelines", "Cut latency 35% with Redis"])
    resume = draft_resume(_plan(), small_corpus(), small_job(), model)
    model = ScriptedModel(["Built Terraform pipelines for 40 GCP projects"])
    fixed, records = repair_resume(resume, _failing("b-w0.0-t"), small_corpus(), small_job(), model,
                                   round_no=1, fallback=False)
    assert len(model.seen) == 1 and "Remove 'AWS Lambda'." in model.seen[0][-1]["content"]
    assert fixed.roles[0].bullets[0].text == "Built Terraform pipelines for 40 GCP projects"
    assert fixed.roles[0].bullets[0].origin == "repaired"
    assert fixed.roles[0].bullets[1].text == "Cut latency 35% with Redis"
    assert records[0].outcome == "retry" and records[0].before == "Built AWS Lambda pipelines"


def test_fallback_puts_the_persons_own_words_back_and_drops_bad_skills():
    model = ScriptedModel(["x", "Built AWS Lambda pipelines", "y"])
    resume = draft_resume(_plan(), small_corpus(), small_job(), model)
    verdict = _failing("b-w0.0-t")
    verdict.verdicts.append(ItemVerdict(item_id="Terraform", kind="skill", passed=False))
    fixed, records = repair_resume(resume, verdict, small_corpus(), small_job(), model,
                                   round_no=3, fallback=True)
    bullet = fixed.roles[0].bullets[0]
    assert bullet.text == "Built Terraform pipelines that provisioned 40 GCP projects"
    assert bullet.origin == "source"
    assert [s.name for s in fixed.skills] == ["Python"]
    assert {r.outcome for r in records} == {"replaced_by_source", "dropped"}


def test_clean_line_strips_markers_labels_and_quotes():
    assert clean_line('\n\n* "Led a team of 4"\nmore') == "Led a team of 4"
    assert clean_line("Bullet:   Shipped  v2") == "Shipped v2"
    assert clean_line("") == ""
    assert clean_line("Synthesized:\nBuilt 12 dashboards in PHP") == "Built 12 dashboards in PHP"


def test_a_bare_skill_or_label_is_not_sent_to_the_model():
    corpus = small_corpus()
    short = corpus.experiences[0].bullets[0].model_copy(update={"text": "Terraform, GCP"})
    corpus.experiences[0].bullets[0] = short
    model = ScriptedModel(["Backend engineer with 8 years of Python services.",
                           "Cut p99 latency 35% with Redis"])
    resume = draft_resume(_plan(), corpus, small_job(), model)
    assert model.stats.prompts == 2  # the summary and the one sentence; not "Terraform, GCP"
    assert all("Terraform, GCP" not in chat[-1]["content"] for chat in model.seen)
    first, second = resume.roles[0].bullets
    assert (first.text, first.origin) == ("Terraform, GCP", "source")
    assert (second.text, second.origin) == ("Cut p99 latency 35% with Redis", "model")


def _first_person_corpus():
    corpus = small_corpus()
    corpus.summary_evidence = [
        EvidenceBullet(id="s0.0-t", text="I have run payment APIs on GCP for 4 years."),
        EvidenceBullet(id="s0.1-t", text="We rebuilt the ledger in 2022."),
        EvidenceBullet(id="s0.2-t", text="Backend engineer with 8 years of Python services.")]
    return corpus


def test_extractive_summary_is_in_resume_voice_headline_first_citing_what_it_uses():
    plan = _plan().model_copy(update={"summary_evidence_ids": ["s0.0-t", "s0.1-t", "s0.2-t"]})
    summary = draft_resume(plan, _first_person_corpus(), small_job(), model=ExtractiveModel()).summary
    assert summary.text == ("Backend engineer with 8 years of Python services. "
                            "Ran payment APIs on GCP for 4 years.")
    assert summary.source_ids == ["s0.2-t", "s0.0-t"]  # the "we" sentence is not cited
    assert summary.origin == "source"
    assert source_text(summary, _first_person_corpus()) == summary.text


def test_no_summary_sentence_in_resume_voice_means_no_summary():
    plan = _plan().model_copy(update={"summary_evidence_ids": ["s0.1-t"]})
    assert draft_resume(plan, _first_person_corpus(), small_job(), model=ExtractiveModel()).summary is None


def test_a_failing_model_summary_falls_back_to_resume_voice_and_the_facts_are_too():
    plan = _plan().model_copy(update={"summary_evidence_ids": ["s0.0-t"]})
    model = ScriptedModel(["I have run payment APIs on GCP for 4 years.", "x", "y"])
    resume = draft_resume(plan, _first_person_corpus(), small_job(), model)
    facts = model.seen[0][-1]["content"]
    assert "- Ran payment APIs on GCP for 4 years." in facts and "I have" not in facts
    assert resume.summary.origin == "model"  # the raw sentence is not the person's own words
    fixed, records = repair_resume(resume, _failing("summary", "summary"), _first_person_corpus(),
                                   small_job(), model, round_no=3, fallback=True)
    assert (fixed.summary.text, fixed.summary.origin) == ("Ran payment APIs on GCP for 4 years.",
                                                          "source")
    assert records[0].outcome == "replaced_by_source"


def test_a_summary_with_no_own_words_in_resume_voice_is_dropped_not_kept():
    resume = draft_resume(_plan(), small_corpus(), small_job(), model=ExtractiveModel())
    resume = resume.model_copy(update={"summary": resume.summary.model_copy(update={
        "text": "I rebuilt the ledger with my team.", "source_ids": ["s0.1-t"], "origin": "model"})})
    fixed, records = repair_resume(resume, _failing("summary", "summary"), _first_person_corpus(),
                                   small_job(), None, round_no=1, fallback=True)
    assert fixed.summary is None
    assert [(r.item_id, r.outcome) for r in records] == [("summary", "dropped")]
