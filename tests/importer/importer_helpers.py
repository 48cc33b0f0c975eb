"""Inputs of the importer tests: a messy hand-typed resume, and the conservation check (every
word of the input ends in a field or in `unparsed`). Not in conftest.py: test modules import
these by name, and every test folder has a conftest module."""
import re

from tailor.importer.sections import inline_sections

MESSY_TXT = """\
ALEX  CHEN
Backend Developer
alex.chen@example.org  |  +1 (312) 555-0199  |  Chicago, IL
github.com/alexchen   linkedin.com/in/alex-chen

Summary:
Backend developer with six years of Python and Go, mostly payments.
I like boring, well-tested systems.

WORK EXPERIENCE
Senior Backend Engineer at Paywise                 Jan 2021 - Present
Chicago, IL
- Rebuilt the ledger service in Go, cutting p99 latency from
  800 ms to 120 ms
- Led the PCI audit for three data-
  base clusters
* Mentored 4 engineers

Stripe-ish Startup - Backend Engineer
03/2018 to 12/2020
Worked on the billing team.
• Wrote the invoicing API used by 2,000 merchants

EDUCATION
B.S. Computer Science, University of Illinois Urbana-Champaign, 2017
GPA: 3.6/4.0
Relevant Coursework: Databases, Distributed Systems

Technical Skills
Languages: Python, Go, SQL
Tools: Docker; Kubernetes; Terraform

Languages
English (native), Mandarin (fluent)

HOBBIES AND MORE
Marathon running
Film photography

Certifications
AWS Certified Developer - Associate | Amazon Web Services | 2022
"""

_LABEL_WORDS = {"score", "gpa", "courses", "coursework", "relevant", "present", "current", "to", "at",
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "in",
                "https", "http", "www",
                # dates are kept as ISO: full month names, seasons and open ends are not in the output
                "january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december", "spring", "summer", "fall", "autumn", "winter", "now", "ongoing", "today"}


def tokens(text: str) -> set[str]:
    return {t.casefold() for t in re.findall(r"[A-Za-z0-9]+", text)}


def output_tokens(result) -> set[str]:
    found: set[str] = set()

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(tokens(value))
    walk(result.resume)
    for item in result.unparsed:
        found.update(tokens(item.text))
    return found


def lost_words(lines, result, headings) -> list[tuple[str, set[str]]]:
    """Lines some of whose words are neither in a field nor in `unparsed` (headings excepted)."""
    have = output_tokens(result) | _LABEL_WORDS
    lost = []
    for line in lines:
        if line.text in headings:
            continue
        missing = tokens(line.text) - have
        # an inline section's label ("Awards: ...") is a heading, like a heading on its own line
        missing -= {t for section in inline_sections(line) for t in tokens(section.heading)}
        # ISO dates keep the year and a month number, not the month's name
        missing = {t for t in missing if not re.fullmatch(r"(19|20)\d\d|0?\d|1[0-2]", t)}
        if missing:
            lost.append((line.text, missing))
    return lost


