"""Every gap in the report has a note saying why; shares of nothing are not 100%."""
import datetime as dt

from builders import small_corpus, small_job

from tailor.agents.report import NOT_PICKED, TRIMMED, compute_metrics, gap_notes, left_out_reasons, requirement_rows
from tailor.schemas import (
    Basics,
    Certificate,
    Critique,
    Education,
    EvidenceMatch,
    GapNote,
    JobPosting,
    Plan,
    Requirement,
    RequirementMatch,
    TailoredItem,
    TailoredResume,
    TailoredRole,
)

TODAY = dt.date(2026, 12, 1)


def _resume(*items):
    return TailoredResume(basics=Basics(name="Ada"), roles=[
        TailoredRole(experience_id="w0", organization="Ledgerly", bullets=list(items))])


def test_a_requirement_whose_bullet_was_trimmed_gets_a_note_naming_it():
    shipped = TailoredItem(id="b-w1.0-t", text="Wrote Python services", source_ids=["w1.0-t"])
    trimmed = TailoredItem(id="b-w0.3-t", text="Designed a PostgreSQL schema", source_ids=["w0.3-t"])
    plan = Plan(requirement_map=[
        RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.7)]),
        RequirementMatch(requirement_id="r2", matches=[EvidenceMatch(evidence_id="w0.3-t", score=0.6),
                                                       EvidenceMatch(evidence_id="w0.1-t", score=0.4)]),
        RequirementMatch(requirement_id="r3", matches=[EvidenceMatch(evidence_id="w0.0-t", score=0.5)]),
        RequirementMatch(requirement_id="r4")],
        gaps=[GapNote(requirement_id="r4", note="No evidence in the corpus for this must-have: pilot")])
    rows = requirement_rows(small_job(), plan, _resume(shipped), TODAY)
    notes = gap_notes(rows, plan.gaps, left_out_reasons([trimmed], []))
    by_id = {n.requirement_id: n.note for n in notes}
    assert list(by_id) == [r.requirement_id for r in rows if r.status == "gap"] == ["r2", "r3", "r4"]
    assert f"w0.3-t: {TRIMMED}" in by_id["r2"] and f"w0.1-t: {NOT_PICKED}" in by_id["r2"]
    assert by_id["r2"].endswith(small_job().requirements[1].text)
    assert f"w0.0-t: {NOT_PICKED}" in by_id["r3"]
    assert by_id["r4"] == plan.gaps[0].note


def test_no_requirements_no_must_haves_or_no_keywords_measure_nothing():
    resume = _resume(TailoredItem(id="b-1", text="Wrote Python services", source_ids=["w1.0-t"]))
    empty = JobPosting(title="Engineer")
    m = compute_metrics(empty, [], resume, Critique(round=0), "Wrote Python services")
    assert m.coverage_at_req is None and m.must_have_coverage is None
    assert m.ats_keyword_hit_rate is None

    duties = JobPosting(title="Engineer", keywords=["Python"], requirements=[
        Requirement(id="r1", text="Write Python services", kind="responsibility")])
    plan = Plan(requirement_map=[RequirementMatch(requirement_id="r1", matches=[
        EvidenceMatch(evidence_id="w1.0-t", score=0.7)])])
    rows = requirement_rows(duties, plan, resume, TODAY)
    m = compute_metrics(duties, rows, resume, Critique(round=0), "Wrote Python services")
    assert m.coverage_at_req == 1.0 and m.must_have_coverage is None
    assert m.ats_keyword_hit_rate == 1.0


def test_a_gap_note_quotes_the_left_out_bullet_and_its_role_not_an_id():
    plan = Plan(requirement_map=[RequirementMatch(requirement_id="r2", matches=[
        EvidenceMatch(evidence_id="w0.3-t", score=0.6)])])
    trimmed = TailoredItem(id="b-w0.3-t", text="Designed a PostgreSQL schema", source_ids=["w0.3-t"])
    rows = requirement_rows(small_job(), plan, _resume(), TODAY)
    note = {n.requirement_id: n.note for n in gap_notes(rows, [], left_out_reasons([trimmed], []),
                                                         small_corpus())}["r2"]
    assert '"Designed a PostgreSQL schema for double-entry ledgers" (Senior Backend Engineer, Ledgerly): ' \
           f"{TRIMMED}" in note
    assert "w0.3-t" not in note


def test_a_degree_or_certificate_on_the_page_covers_the_requirement_that_asks_for_it():
    job = JobPosting(title="Computer Scientist", requirements=[
        Requirement(id="r1", text="Bachelor's degree in computer science, mathematics or statistics",
                    kind="must_have", keywords=["Bachelor's degree", "computer science"]),
        Requirement(id="r2", text="Bachelor's degree in Nursing", kind="must_have",
                    keywords=["Bachelor's degree", "Nursing"]),
        Requirement(id="r3", text="AWS certification preferred", kind="nice_to_have", keywords=["AWS"])])
    resume = _resume()
    resume.education = [Education(institution="UIUC", area="Computer Science", study_type="B.S.")]
    resume.certificates = [Certificate(name="AWS Certified Developer - Associate")]
    rows = {r.requirement_id: r for r in requirement_rows(job, Plan(), resume, TODAY)}
    assert (rows["r1"].status, rows["r1"].covered_by) == ("covered", ["education"])
    assert rows["r2"].status == "gap"
    assert (rows["r3"].status, rows["r3"].covered_by) == ("covered", ["certificates"])


def test_an_item_close_to_a_degree_requirement_covers_it_only_if_it_names_such_a_degree():
    job = JobPosting(title="Logistics Supervisor", requirements=[
        Requirement(id="r1", text="Bachelor's degree in Supply Chain Management", kind="must_have"),
        Requirement(id="r2", text="Bachelor's degree in logistics or equivalent experience", kind="must_have"),
        Requirement(id="r3", text="Associate degree in a related field", kind="must_have")])
    summary = TailoredItem(id="summary", text="Logistics coordinator with an Associate degree in "
                           "Supply Chain Management and 6 years in freight", source_ids=["w0.0-t"])
    close = [EvidenceMatch(evidence_id="w0.0-t", score=0.62)]
    plan = Plan(requirement_map=[RequirementMatch(requirement_id=r, matches=close) for r in ("r1", "r2", "r3")])
    resume = _resume()
    resume.summary = summary
    rows = {r.requirement_id: r for r in requirement_rows(job, plan, resume, TODAY)}
    assert rows["r1"].status == "gap"                                  # an Associate is no bachelor's
    assert rows["r2"].covered_by == rows["r3"].covered_by == ["summary"]  # experience may meet r2


def test_a_gap_the_skills_list_names_says_so_instead_of_no_evidence():
    from tailor.schemas import SkillGroup

    corpus = small_corpus()
    corpus.skills = [SkillGroup(name="Office", keywords=["Excel", "Dentrix"])]
    job = JobPosting(title="Office Manager", requirements=[
        Requirement(id="r1", text="Proficient in Microsoft Excel and Word", kind="must_have"),
        Requirement(id="r2", text="Valid driver's license", kind="must_have")])
    plan = Plan(requirement_map=[RequirementMatch(requirement_id="r1"), RequirementMatch(requirement_id="r2")])
    rows = requirement_rows(job, plan, _resume(), TODAY)
    notes = {n.requirement_id: n.note for n in gap_notes(rows, [], {}, corpus)}
    assert notes["r1"].startswith("Your skills list names Excel, but no bullet shows it in use")
    assert notes["r2"].startswith("No evidence in the corpus")


def test_a_language_requirement_is_met_by_the_languages_section_at_the_fluency_it_asks():
    from tailor.schemas import Language

    job = JobPosting(title="Bookkeeper", requirements=[
        Requirement(id="r1", text="Bilingual English/Spanish preferred", kind="nice_to_have"),
        Requirement(id="r2", text="Portuguese a plus", kind="nice_to_have")])
    close = [EvidenceMatch(evidence_id="w0.3-t", score=0.5)]   # a bullet retrieved but not shipped
    plan = Plan(requirement_map=[RequirementMatch(requirement_id=r, matches=close) for r in ("r1", "r2")])
    fluent = _resume()
    fluent.languages = [Language(language="Spanish", fluency="Native")]
    rows = {r.requirement_id: r for r in requirement_rows(job, plan, fluent, TODAY)}
    assert rows["r1"].covered_by == ["languages"] and rows["r2"].status == "gap"

    corpus = small_corpus()
    corpus.carried_sections = {"languages": [{"language": "Spanish", "fluency": "Conversational"}]}
    speaking = _resume()
    speaking.languages = corpus.languages()
    rows = requirement_rows(job, plan, speaking, TODAY)
    assert [r.status for r in rows] == ["gap", "gap"]
    notes = {n.requirement_id: n.note for n in gap_notes(rows, [], {}, corpus)}
    assert notes["r1"].startswith("Your languages section lists Spanish (Conversational); this asks for a fluent")
    assert "Spanish" not in notes["r2"]


def test_years_are_met_by_role_titles_and_dates_and_never_by_a_close_bullet_the_dates_fall_short_of():
    from tailor.agents.report import years_notes

    job = JobPosting(title="AP Lead", requirements=[
        Requirement(id="r1", text="2+ years AP or AR experience", kind="must_have"),
        Requirement(id="r2", text="8+ years of accounting experience", kind="must_have"),
        Requirement(id="r3", text="3+ years of accounts payable experience", kind="must_have")])
    bullet = TailoredItem(id="b-w0.0-t", text="Closed the books monthly", source_ids=["w0.0-t"])
    close = [EvidenceMatch(evidence_id="w0.0-t", score=0.6)]
    plan = Plan(requirement_map=[RequirementMatch(requirement_id="r1"),
                                 RequirementMatch(requirement_id="r2", matches=close),
                                 RequirementMatch(requirement_id="r3")])
    resume = TailoredResume(basics=Basics(name="Ada"), roles=[
        TailoredRole(experience_id="w0", organization="Ledgerly", title="Accounts Payable Clerk",
                     start_date="2022-06", end_date="2025-01", bullets=[bullet]),
        TailoredRole(experience_id="w1", organization="Pinecrest", title="Bookkeeper",
                     start_date="2018-01", end_date="2022-05")])
    rows = {r.requirement_id: r for r in requirement_rows(job, plan, resume, TODAY)}
    assert (rows["r1"].status, rows["r1"].covered_by) == ("covered", ["w0"])   # 2.7 years as AP clerk
    assert rows["r2"].status == "gap"             # the bullet came close, but the page shows 7.1 years
    assert rows["r3"].status == "gap"
    notes = {n.requirement_id: n.note for n in gap_notes(list(rows.values()), [], {}, None,
                                                         years_notes(job, resume, TODAY))}
    assert notes["r2"] == ("The work roles on the page cover 7.1 years by their dates; this asks 8: "
                           "8+ years of accounting experience")
    assert notes["r3"].startswith('Your roles as "Accounts Payable Clerk" cover 2.7 years by their dates; '
                                  "this asks 3")


def test_a_gap_note_never_calls_evidence_on_the_page_missing():
    job = JobPosting(title="Engineer", requirements=[
        Requirement(id="r1", text="Bachelor's degree in Computer Science", kind="must_have"),
        Requirement(id="r2", text="Keeps payment systems auditable", kind="nice_to_have"),
        Requirement(id="r3", text="Terminate network cabling (BACnet MS/TP)", kind="responsibility"),
        Requirement(id="r4", text="Redis caching", kind="nice_to_have")])
    shipped = TailoredItem(id="b-w1.0-t", text="Wrote Python services", source_ids=["w1.0-t"])
    plan = Plan(requirement_map=[
        RequirementMatch(requirement_id="r1", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.5)]),
        RequirementMatch(requirement_id="r2", matches=[EvidenceMatch(evidence_id="s0.1-t", score=0.6)]),
        RequirementMatch(requirement_id="r3", matches=[EvidenceMatch(evidence_id="w1.0-t", score=0.4)]),
        RequirementMatch(requirement_id="r4", matches=[EvidenceMatch(evidence_id="w0.1-t", score=0.4)])])
    rows = requirement_rows(job, plan, _resume(shipped), TODAY)
    assert [r.status for r in rows] == ["gap", "gap", "covered", "gap"]     # "MS/TP" asks for no degree
    notes = {n.requirement_id: n.note for n in gap_notes(rows, [], {}, small_corpus(), {},
                                                         frozenset({"w1.0-t"}))}
    assert notes["r1"].startswith("This must-have asks for a degree your education section does not show "
                                  '(on the page, "Wrote Python services')
    assert "a sentence of your summary that the page's summary does not use" in notes["r2"]
    assert NOT_PICKED not in notes["r2"]
    assert notes["r4"].endswith(f"{NOT_PICKED}; your skills list names Redis): Redis caching")


def test_a_close_bullet_meets_a_certification_requirement_only_if_it_names_the_credential():
    job = JobPosting(title="Epic Analyst", requirements=[
        Requirement(id="r1", text="Current Epic Cadence AND Prelude certifications (REQUIRED)",
                    kind="must_have", keywords=["Epic Cadence", "Prelude"]),
        Requirement(id="r2", text="ANCC Informatics Nursing Certification (RN-BC / NI-BC)",
                    kind="nice_to_have", keywords=["ANCC", "Informatics Nursing Certification"]),
        Requirement(id="r3", text="Active RN license", kind="must_have", keywords=["RN"]),
        Requirement(id="r4", text="Epic certification or equivalent experience", kind="must_have",
                    keywords=["Epic"])])
    close = TailoredItem(id="b-w0.0-t", text="Helped train new grads on Epic Cadence scheduling",
                         source_ids=["w0.0-t"])
    named = TailoredItem(id="b-w0.1-t", text="Earned the ANCC informatics nursing certification",
                         source_ids=["w0.1-t"])
    plan = Plan(requirement_map=[RequirementMatch(requirement_id=r, matches=[
        EvidenceMatch(evidence_id="w0.0-t", score=0.6), EvidenceMatch(evidence_id="w0.1-t", score=0.5)])
        for r in ("r1", "r2", "r3", "r4")])
    resume = _resume(close, named)
    resume.roles[0].title = "Charge RN"
    rows = {r.requirement_id: r for r in requirement_rows(job, plan, resume, TODAY)}
    assert rows["r1"].status == "gap"                           # close, but no certification named
    assert rows["r2"].covered_by == ["b-w0.1-t"]
    assert rows["r3"].covered_by == ["w0"]                      # a Charge RN holds an RN licence
    assert "b-w0.0-t" in rows["r4"].covered_by                  # experience may meet r4
