"""Scoring a draft for a dataset row with the project's own critic (shared by DPO and eval)."""
from __future__ import annotations

from fakes import HashingEmbedder, ScriptedModel

from tailor.index.embeddings import CachingEmbedder
from tailor.llm.extractive import ExtractiveModel
from tailor.training.dataset import cited_text, load_rows
from tailor.training.scoring import allowed_text, generate, score_output

ROWS = load_rows()
BULLET = next(r for r in ROWS if r.kind == "bullet" and r.rejected)
EMBEDDER = CachingEmbedder(HashingEmbedder())


def test_reference_output_passes_and_scores_its_keywords():
    s = score_output(BULLET, BULLET.output, EMBEDDER)
    assert s.truth and s.valid_json and not s.verbatim
    assert s.keyword_hit == 1.0 and s.rubric > 0.5


def test_invented_tool_fails_truth_and_scores_zero():
    s = score_output(BULLET, BULLET.output + " using Salesforce", EMBEDDER)
    assert not s.truth and s.rubric == 0.0 and s.covered == 0


def test_curated_counterexamples_lose_rubric_points():
    """The rubric is 0 whenever a truth check fails, novel content (posting padding) included;
    first person costs clarity."""
    for row in [r for r in ROWS if r.rejected][:60]:
        for bad in row.rejected:
            scored = score_output(row, bad.text, EMBEDDER)
            if bad.reason.startswith("first person"):  # a style fault: clarity drops
                assert scored.rubric < 1.0, bad.reason
            elif not bad.reason.startswith("style:"):
                assert not scored.truth and scored.rubric == 0.0, bad.reason


def test_verbatim_echo_and_dropped_keywords_are_measured():
    echo = score_output(BULLET, cited_text(BULLET), EMBEDDER)
    assert echo.verbatim
    bare = score_output(BULLET, "Handled the work for the team every week", EMBEDDER)
    assert bare.keyword_hit == 0.0


def test_coverage_counts_only_truthful_drafts_close_to_a_requirement():
    requirement = [BULLET.output]  # identical text: cosine 1 with the reference
    assert score_output(BULLET, BULLET.output, EMBEDDER, requirement).covered == 1
    assert score_output(BULLET, BULLET.output, EMBEDDER, requirement).relevant == 1
    assert score_output(BULLET, BULLET.output + " using Salesforce", EMBEDDER,
                        requirement).covered == 0


def test_generate_uses_the_writer_prompt_and_the_evidence_constraint_text():
    model = ScriptedModel(["- Completed the thing\n"])
    assert generate(model, [BULLET]) == ["Completed the thing"]  # cleaned like the writer
    user = model.seen[0][-1]["content"]
    assert user.startswith("Evidence: " + cited_text(BULLET))
    assert BULLET.role.organization in allowed_text(BULLET)
    assert generate(ExtractiveModel(), [BULLET]) == [cited_text(BULLET)]


def test_dropped_numbers_are_measured_as_content_loss():
    row = next(r for r in ROWS if r.id == "book-01-01")  # "... for 6 operating accounts ..."
    assert score_output(row, row.output, EMBEDDER).numbers_kept == 1.0
    dropped = score_output(row, "Completed monthly bank reconciliation in QuickBooks", EMBEDDER)
    assert dropped.numbers_kept == 0.0  # whatever the critic says, the loss is counted
