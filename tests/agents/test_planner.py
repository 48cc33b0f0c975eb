from builders import small_corpus, small_job

from tailor.agents.planner import plan_resume, rank_skills
from tailor.schemas import EvidenceMatch, RequirementMatch


def _matches():
    return [
        RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.7)]),
        RequirementMatch(requirement_id="r2", matches=[EvidenceMatch(evidence_id="w0.3-t", score=0.6)]),
        RequirementMatch(requirement_id="r3", matches=[EvidenceMatch(evidence_id="w0.0-t", score=0.5)]),
        RequirementMatch(requirement_id="r4", matches=[]),
    ]


def test_each_matched_requirement_gets_its_evidence_and_gaps_are_noted():
    plan = plan_resume(small_corpus(), small_job(), _matches(), pages=1)
    chosen = {b for role in plan.roles for b in role.bullet_ids}
    assert {"w1.0-t", "w0.3-t", "w0.0-t"} <= chosen
    assert [g.requirement_id for g in plan.gaps] == ["r4"]
    assert "pilot licence" in plan.gaps[0].note


def test_roles_keep_corpus_order_and_strongest_bullet_first():
    plan = plan_resume(small_corpus(), small_job(), _matches(), pages=1)
    assert [r.experience_id for r in plan.roles] == ["w0", "w1"]
    assert plan.roles[1].bullet_ids[0] == "w1.0-t"


def test_budget_limits_bullets_per_role(monkeypatch):
    import tailor.agents.planner as planner
    monkeypatch.setattr(planner, "RESERVE_PER_PAGE", 0)
    monkeypatch.setattr(planner, "MAX_BULLETS_PER_ROLE_PER_PAGE", 2)
    plan = plan_resume(small_corpus(), small_job(), _matches(), pages=1)
    assert all(len(r.bullet_ids) <= 2 for r in plan.roles)
    monkeypatch.setattr(planner, "BULLETS_PER_PAGE", 3)
    plan = plan_resume(small_corpus(), small_job(), _matches(), pages=1)
    assert sum(len(r.bullet_ids) for r in plan.roles) == 3


def test_a_reserve_beyond_the_budget_is_offered_for_the_exporter_to_fit(monkeypatch):
    import tailor.agents.planner as planner
    monkeypatch.setattr(planner, "MAX_BULLETS_PER_ROLE_PER_PAGE", 1)
    monkeypatch.setattr(planner, "BULLETS_PER_PAGE", 2)
    monkeypatch.setattr(planner, "RESERVE_PER_PAGE", 2)
    plan = plan_resume(small_corpus(), small_job(), _matches(), pages=1)
    chosen = [b for role in plan.roles for b in role.bullet_ids]
    assert len(chosen) == 4 and plan.bullet_budget == 2  # the budget stays the estimate
    assert {"w1.0-t", "w0.3-t", "w0.0-t"} <= set(chosen)  # the reserve takes relevance first


def test_skills_asked_for_come_first_and_none_are_invented():
    skills = rank_skills(small_corpus(), small_job())
    assert skills[:3] == ["Python", "PostgreSQL", "Terraform"]
    assert set(skills) == {"Python", "PostgreSQL", "Terraform", "Redis"}
