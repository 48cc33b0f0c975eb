"""PII scrubber for training data: planted PII is replaced, ordinary resume text survives."""

import dataclasses
import json
from pathlib import Path

import pytest

from tailor.training.pii import PiiHit, check_rows, find_pii, scrub, scrub_record

RESUMES = sorted((Path(__file__).parent.parent / "testdata" / "resumes").glob("*.json"))
assert len(RESUMES) == 4, RESUMES
MAYA = ["Maya Okonkwo"]


# --- planted PII: exact scrubbed output -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Reach me at maya.okonkwo@example.com or (206) 555-0142.",
     "Reach me at <EMAIL> or <PHONE>."),
    ("Call 415-555-0117, +44 20 7946 0958, 555.010.2000 or +1 415 555 0117 (UK: 020 7946 0958).",
     "Call <PHONE>, <PHONE>, <PHONE> or <PHONE> (UK: <PHONE>)."),
    ("Toll free 1-800-555-0199; cell +1 (415) 555-0117.",
     "Toll free <PHONE>; cell <PHONE>."),
    (("Portfolio: https://mayaokonkwo.example.com/projects, www.example.org, "
      "github.com/mayaokonkwo and linkedin.com/in/maya-okonkwo."),
     "Portfolio: <URL>, <URL>, <URL> and <URL>."),
    ("See my talk (https://talks.example.com/raft?id=7).", "See my talk (<URL>)."),
    ("Notes: https://wiki.example.com/Raft_(algorithm).", "Notes: <URL>."),
    ("Mailing address: 417 Maple Avenue, Apt 6, Seattle, WA 98105 since 2019.",
     "Mailing address: <ADDRESS> since 2019."),
    ("Office at 88 Harrison Street, Unit 1402, San Francisco, CA 94105-1234.",
     "Office at <ADDRESS>."),
    ("Moved from 12 Oak Rd. to 5 Elm Ct in 2021.", "Moved from <ADDRESS> to <ADDRESS> in 2021."),
    ("Based in Austin, TX 78701 and Seattle, Washington 98105.",
     "Based in Austin, TX <ADDRESS> and Seattle, Washington <ADDRESS>."),
    ("Maya Okonkwo built DormSwap; Maya's dashboard was adopted by three teams.",
     "<NAME> built DormSwap; <NAME>'s dashboard was adopted by three teams."),
    ("Name: Jordan Avery Email: jordan.avery@example.com",
     "Name: <NAME> Email: <EMAIL>"),
    ("Reference: Priya Natarajan, Owner, Salt & Cedar Restaurant Group",
     "Reference: <NAME>, Owner, Salt & Cedar Restaurant Group"),
    ("Advised by Dr. Anita Bose, Professor of Computer Science, UT Austin.",
     "Advised by Dr. <NAME>, Professor of Computer Science, UT Austin."),
    ("Worked in Mr. J. Feng's lab; thanks to Ms. Ortiz.",
     "Worked in Mr. <NAME>'s lab; thanks to Ms. <NAME>."),
    ("Contact: Sam Lee | sam@example.com | 206.555.0142",
     "Contact: <NAME> | <EMAIL> | <PHONE>"),
])
def test_planted_pii_is_replaced_exactly(text, expected):
    assert scrub(text, MAYA) == expected


def test_find_pii_reports_kind_text_and_offsets():
    text = "Maya at maya@example.com, (206) 555-0142, github.com/maya-o, 9 Pine St"
    hits = find_pii(text, MAYA)
    assert [(h.kind, h.text) for h in hits] == [
        ("name", "Maya"),
        ("email", "maya@example.com"),
        ("phone", "(206) 555-0142"),
        ("url", "github.com/maya-o"),
        ("address", "9 Pine St"),
    ]
    assert all(text[h.start:h.end] == h.text for h in hits)
    with pytest.raises(dataclasses.FrozenInstanceError):
        hits[0].kind = "email"
    assert hits[0] == PiiHit("name", "Maya", 0, 4)


# --- negatives: ordinary resume text survives untouched -------------------------------------------

@pytest.mark.parametrize("text", [
    "Led a 3-person team at Confluent from 2019-2021, cutting cloud spend 40% ($14,000 a month).",
    "Migrated 600 GB of PostgreSQL data to Google Cloud; p99 latency fell from 3.5 s to 900 ms.",
    "Upgraded services to Python 3.11 and Terraform 1.6.2; released v1.0.0 on 2024-08-01.",
    "Employed 2016 - 2018 and 2019–2021; GPA 3.81/4.0; 99.9% uptime; 10M+ users; 50,000 sign-ups",
    "Built with Node.js/Express, Socket.io/Redis, ASP.NET/C#, Next.js and CI/CD on GitHub Actions.",
    "Worked at Amazon.com, Dropbox, Rackspace, Salt & Cedar Restaurant Group and Café Lumen.",
    "CSE 451 - Operating Systems; served 120 000 requests/s across 3 regions in 2023.",
    "Synced 40 Google Drive folders with 12 Kubernetes clusters.",
    "Lead Engineer, Magic Pocket (Dropbox's exabyte-scale storage); Led, Designed, Shipped.",
    "Project name: Data Pipeline. References: Available upon request.",
    "Timestamp 2025-04-20T14:30:00, build 20240801, order #1234567.",
])
def test_ordinary_resume_text_is_untouched(text):
    assert find_pii(text) == []
    assert scrub(text, MAYA) == text


def test_capitalised_words_and_employers_survive_unless_known_names():
    text = "Confluent, Google Cloud, PostgreSQL, Led, Terraform"
    assert scrub(text) == text
    assert scrub(text, ["Terraform Confluent"]) == "<NAME>, Google Cloud, PostgreSQL, Led, <NAME>"


# --- known names ----------------------------------------------------------------------------------

def test_known_names_full_parts_case_and_possessive():
    text = "MAYA OKONKWO (maya) led it; okonkwo's notes; Mayanka and Okonkwoville are other words."
    assert scrub(text, MAYA) == (
        "<NAME> (<NAME>) led it; <NAME>'s notes; Mayanka and Okonkwoville are other words.")


def test_known_names_ignore_honorifics_and_short_parts():
    names = ["Dr. Lena Vasquez", "Bo Li-Hartmann"]
    text = "Dr. Lena Vasquez and Lena met Bo Li-Hartmann (Hartmann) and Dr. Vasquez in Li Bo."
    assert scrub(text, names) == (
        "Dr. <NAME> and <NAME> met <NAME> (<NAME>) and Dr. <NAME> in Li Bo.")


def test_known_names_accept_any_iterable_once():
    assert scrub("Maya and Okonkwo", (n for n in MAYA)) == "<NAME> and <NAME>"


# --- records and rows -----------------------------------------------------------------------------

RECORD = {
    "prompt": "Tailor Maya Okonkwo's resume (maya.okonkwo@example.com) for Outreach.",
    "meta": {"id": 7, "score": 0.5, "ok": True, "none": None,
             "contact": ["(206) 555-0142", {"site": "https://mayaokonkwo.example.com"}]},
    "chosen": "Built a dashboard at Outreach in React and TypeScript, adopted by 3 teams.",
    "references": [{"name": "Priya Natarajan, Owner, Salt & Cedar", "reference": "Maya shipped."}],
}


def test_scrub_record_is_a_deep_scrubbed_copy():
    original = json.loads(json.dumps(RECORD))
    out = scrub_record(RECORD, MAYA)
    assert RECORD == original
    assert out == {
        "prompt": "Tailor <NAME>'s resume (<EMAIL>) for Outreach.",
        "meta": {"id": 7, "score": 0.5, "ok": True, "none": None,
                 "contact": ["<PHONE>", {"site": "<URL>"}]},
        "chosen": "Built a dashboard at Outreach in React and TypeScript, adopted by 3 teams.",
        "references": [{"name": "<NAME>, Owner, Salt & Cedar", "reference": "<NAME> shipped."}],
    }
    out["meta"]["contact"].append("x")
    assert len(RECORD["meta"]["contact"]) == 2


def test_check_rows_names_row_field_kind_and_text():
    rows = [
        {"prompt": "Rewrite this bullet.", "chosen": "Cut latency 40% at Confluent."},
        {"prompt": "Rewrite this bullet.", "chosen": "Ping a@example.com or 415-555-0117."},
        {"messages": [{"role": "user", "content": "I am Maya, see github.com/mayaokonkwo"}]},
    ]
    assert check_rows(rows, MAYA) == [
        "row 2, field chosen: email 'a@example.com'",
        "row 2, field chosen: phone '415-555-0117'",
        "row 3, field messages[0].content: name 'Maya'",
        "row 3, field messages[0].content: url 'github.com/mayaokonkwo'",
    ]
    assert check_rows([scrub_record(r, MAYA) for r in rows], MAYA) == []
    assert check_rows(["not a dict"]) == ["row 1: not an object"]


def test_check_rows_is_empty_after_scrub_record():
    assert check_rows([RECORD], MAYA)
    assert check_rows([scrub_record(RECORD, MAYA)], MAYA) == []


def test_placeholders_are_not_pii_and_scrubbing_is_idempotent():
    text = ("Name: Jordan Avery, 417 Maple Avenue, Seattle, WA 98105, +44 20 7946 0958, "
            "jordan@example.com, www.example.com/jordan. Maya's notes.")
    once = scrub(text, MAYA)
    assert scrub(once, MAYA + ["Name", "Email"]) == once.replace("Name: ", "<NAME>: ")
    assert scrub(once, MAYA) == once
    assert find_pii("<NAME> <EMAIL> <PHONE> <URL> <ADDRESS>", ["Name", "Url"]) == []
    record_once = scrub_record(RECORD, MAYA)
    assert scrub_record(record_once, MAYA) == record_once


# --- the shipped sample resumes -------------------------------------------------------------------

def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@pytest.mark.parametrize("path", RESUMES, ids=lambda p: p.name)
def test_shipped_resumes_lose_contact_details_and_keep_employers(path):
    resume = json.loads(path.read_text())
    basics = resume["basics"]
    scrubbed = scrub_record(resume, [basics["name"]])
    text = json.dumps(scrubbed, ensure_ascii=False)

    contact = [basics["email"], basics["phone"], basics["url"], basics["location"]["address"],
               *(p["url"] for p in basics.get("profiles", []))]
    for value in contact:
        assert value not in text
    assert scrubbed["basics"]["email"] == "<EMAIL>"
    assert scrubbed["basics"]["phone"] == "<PHONE>"
    assert scrubbed["basics"]["url"] == "<URL>"
    assert scrubbed["basics"]["location"]["address"] == "<ADDRESS>"
    assert all(p["url"] == "<URL>" for p in scrubbed["basics"].get("profiles", []))
    assert check_rows([scrubbed], [basics["name"]]) == []

    before, after = list(_strings(resume)), list(_strings(scrubbed))
    for job_before, job_after in zip(resume["work"], scrubbed["work"]):
        employer = job_before["name"]
        assert job_after["name"] == employer
        # Wherever the employer is mentioned (summaries, highlights, references...), it survives.
        mentions = [(b, a) for b, a in zip(before, after) if employer in b]
        assert mentions
        for b, a in mentions:
            assert a.count(employer) == b.count(employer), (b, a)
        # The resumes' work summaries/highlights hold no PII of their own: untouched.
        for field in ("summary", "highlights"):
            assert job_after.get(field) == job_before.get(field)


def test_shipped_resumes_reference_names_are_scrubbed():
    path = next(p for p in RESUMES if p.name == "senior-engineer.resume.json")
    resume = json.loads(path.read_text())
    refs = scrub_record(resume, [resume["basics"]["name"]])["references"]
    assert refs[0]["name"] == "<NAME>, Engineering Director at Confluent"
    assert refs[1]["name"] == "Dr. <NAME>, Professor of Computer Science, UT Austin"
    assert refs[0]["reference"].startswith("<NAME> is the engineer other staff engineers go to.")
