"""Small, realistic documents built in code for unit tests of the planner, writer and graph."""
from __future__ import annotations

from tailor.schemas import Basics, Corpus, EvidenceBullet, Experience, JobPosting, Requirement, SkillGroup


def small_corpus() -> Corpus:
    def bullets(prefix: str, texts: list[str]) -> list[EvidenceBullet]:
        return [EvidenceBullet(id=f"{prefix}.{j}-t", text=t) for j, t in enumerate(texts)]

    return Corpus(
        basics=Basics(name="Ada Quinn", label="Backend Engineer", email="ada@example.com",
                      phone="(555) 010-2000", location="Denver, CO"),
        summary_evidence=[EvidenceBullet(id="s0.0-t", text="Backend engineer with 8 years of Python services."),
                          EvidenceBullet(id="s0.1-t", text="Keeps payment systems reliable and auditable.")],
        experiences=[
            Experience(id="w0", organization="Ledgerly", title="Senior Backend Engineer",
                       location="Denver, CO", start_date="2021-03", end_date="", bullets=bullets("w0", [
                           "Built Terraform pipelines that provisioned 40 GCP projects",
                           "Cut payment API p99 latency 35% by moving hot reads to Redis",
                           "Mentored 4 engineers through code review and pairing",
                           "Designed a PostgreSQL schema for double-entry ledgers",
                       ])),
            Experience(id="w1", organization="Parcelio", title="Software Engineer",
                       location="Austin, TX", start_date="2017-06", end_date="2021-02", bullets=bullets("w1", [
                           "Wrote Python services that routed 2 million parcels a month",
                           "Renewals rose 15% after I redesigned customer onboarding emails",
                           "Ran weekly incident reviews for the logistics platform",
                       ])),
        ],
        skills=[SkillGroup(name="Backend", keywords=["Python", "PostgreSQL", "Terraform", "Redis"])],
        content_hash="abc123",
    )


def small_job() -> JobPosting:
    return JobPosting(
        title="Senior Python Engineer", company="Finch",
        requirements=[
            Requirement(id="r1", text="5+ years building Python backend services", kind="must_have",
                        keywords=["Python"]),
            Requirement(id="r2", text="Experience with PostgreSQL data modelling", kind="must_have",
                        keywords=["PostgreSQL"]),
            Requirement(id="r3", text="Terraform pipelines for cloud infrastructure", kind="nice_to_have",
                        keywords=["Terraform"]),
            Requirement(id="r4", text="Hold an active commercial pilot licence", kind="must_have",
                        keywords=["pilot licence"]),
        ],
        keywords=["Python", "PostgreSQL", "Terraform"],
    )
