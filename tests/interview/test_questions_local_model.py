"""The real bundled SmolLM2 (+ shipped adapter) wording questions: one small batched call."""
import pytest

from tailor.interview.generate import build_questions


@pytest.mark.slow
def test_real_local_model_questions_cite_sources_and_end_with_a_question_mark(
        local_session, corpus, job, requirement_map):
    model = local_session.model           # load_model("local", cache_dir=<tmp>/models), shared
    before = model.stats.model_copy()
    result = build_questions(corpus, job, requirement_map, model, "both", 4)
    assert model.stats.calls == before.calls + 1 and model.stats.prompts == before.prompts + 4
    assert len(result.questions) == 4 and result.model.startswith("local:")
    evidence = corpus.evidence()
    requirements = {r.id: r.text for r in job.requirements}
    for q in result.questions:
        assert q.text.endswith("?"), q
        known = evidence[q.source.id].text if q.source.kind == "bullet" else requirements[q.source.id]
        assert known == q.source.text
        assert (q.origin == "model") == (not q.rejected), q
