"""What the cap on requirements leaves out, and a posting with none, reach the report."""
import json
import re

from tailor.text.posting import read_posting, read_posting_with_warnings
from tailor.text.posting_requirements import MAX_REQUIREMENTS

VERBS = ("Plan", "Audit", "Schedule", "Inspect", "Report on", "Budget")
NOUNS = ("forklift fleet", "pallet stock", "dock crews", "night shifts", "returns desk",
         "carrier invoices", "safety drills")
CERTIFICATES = ("OSHA", "CDL", "HAZMAT", "TWIC")


def _posting(tmp_path, duties: int):
    """Distinct duties (near-copies would be merged as a repeated block) and 4 must-haves."""
    lines = ["Ops Lead", "", "Responsibilities:"]
    lines += [f"{verb} the {noun} for our Memphis operations" for verb in VERBS for noun in NOUNS][:duties]
    lines += ["Requirements:"] + [f"Must have {n} certification" for n in CERTIFICATES]
    path = tmp_path / "job.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_requirements_beyond_the_cap_are_counted_in_a_warning(tmp_path):
    path = _posting(tmp_path, duties=len(VERBS) * len(NOUNS))
    job, warnings = read_posting_with_warnings(path)
    assert len(job.requirements) == MAX_REQUIREMENTS
    assert sum(r.kind == "must_have" for r in job.requirements) == 4  # must-haves are kept first
    found = re.fullmatch(rf"job posting: it lists (\d+) requirements; only the {MAX_REQUIREMENTS} "
                         r"that matter most \(must-haves first\) are scored "
                         r"\((\d+) responsibilities left out\)", warnings[0])
    assert len(warnings) == 1 and found, warnings
    listed, left_out = map(int, found.groups())
    assert listed > MAX_REQUIREMENTS and listed - left_out == MAX_REQUIREMENTS
    assert read_posting(path) == job


def test_a_posting_under_the_cap_has_no_warning(tmp_path):
    assert read_posting_with_warnings(_posting(tmp_path, duties=4))[1] == []


def test_a_posting_with_no_requirements_says_so(tmp_path):
    text = tmp_path / "one.txt"
    text.write_text("Engineer\n")
    job, warnings = read_posting_with_warnings(text)
    assert job.requirements == [] and len(warnings) == 1
    assert warnings[0].startswith("job posting: no requirements found")
    bare = tmp_path / "job.json"
    bare.write_text(json.dumps({"title": "Engineer"}))
    assert read_posting_with_warnings(bare)[1] == warnings
