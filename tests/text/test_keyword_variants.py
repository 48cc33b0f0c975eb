"""Variants are one keyword (issue 14, item 3): other names of a skill match both ways in running
text, look-alikes never do, and the alias data ships with its licence note."""
import tomllib
from pathlib import Path

import pytest

from tailor.text import keyword_variants as kv
from tailor.text.data.make_tag_synonyms import keep, norm
from tailor.text.keywords import _dedupe, keyword_hits, same_keyword

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tailor/text/data"

PAIRS = [
    ("Svelte.js", "Svelte"), ("GCP", "Google Cloud Platform"), ("GCP", "Google Cloud"),
    ("Google Cloud Platform", "Google Cloud"), ("JS", "JavaScript"), ("k8s", "Kubernetes"),
    ("CI/CD", "continuous integration"), ("CI/CD", "continuous deployment"),
    ("BS", "Bachelor's degree"), ("B.S.", "Bachelor's degree"), ("Bachelor of Science", "Bachelor's degree"),
    ("bachelors", "Bachelor's degree"), ("MS", "Master's degree"), ("Ph.D.", "PhD"),
    ("Node", "Node.js"), ("NodeJS", "Node.js"), ("Postgres", "PostgreSQL"), ("ML", "machine learning"),
    ("Google Cloud Run", "Cloud Run"), ("Microsoft Excel", "Excel"), ("Amazon S3", "S3"),
    ("AWS S3", "Amazon S3"), ("AWS", "Amazon Web Services"), ("Golang", "Go"), ("ReactJS", "React"),
    ("Apache Kafka", "Kafka"), ("Vue", "Vue.js"), ("CSS3", "CSS"),
]


@pytest.mark.parametrize("a, b", PAIRS)
def test_variants_match_both_ways_in_running_text(a, b):
    assert kv.found_in(f"Shipped the billing service with {b}, on time.", a)
    assert kv.found_in(f"Shipped the billing service with {a}, on time.", b)
    assert kv.same(a, b) and kv.same(b, a)


@pytest.mark.parametrize("keyword, text", [
    ("Java", "Built the UI in JavaScript."),
    ("JavaScript", "Wrote Java services."),
    ("Java", "Some Java Script widgets."),
    ("C", "Ten years of C# and .NET."),
    ("C", "Performance work in C++."),
    ("C", "iOS apps in Objective-C."),
    ("C", "Reported to the C-level."),
    ("C#", "Firmware in C."),
    ("C++", "Firmware in C and C#."),
    ("React", "Mobile apps in React Native."),
    ("React Native", "A web front end in React."),
    ("SQL", "Document stores (NoSQL)."),
    ("NoSQL", "Wrote SQL reports."),
    ("Go", "Ready to go the extra mile."),            # "go" the verb
    ("Go", "Planned the Go live date."),
    ("Golang", "Let's go."),
    ("JS", "A Node.js API."),
    ("ML", "Dosed 500 ml of saline."),
    ("Master's degree", "Boston, MA"),
    ("Master's degree", "Advanced MS Office user."),
    ("Master's degree", "Nine years of acute care (med-surg, ICU)."),   # "MEd" in lower case
    ("Master's degree", "Drove the route at 55 mph."),                  # "MPH" in lower case
    ("Microsoft Excel", "Staff who excel at service."),
    ("Amazon Web Services", "Designed SOAP web services."),
    ("Google Cloud Run", "A cloud run of the batch."),   # only the capitalised product name
    ("Bachelor's degree", "An MBA from Kellogg."),
    ("GCP", "Ran services on AWS."),
    ("Google Cloud Run", "Ran it on Google Cloud."),    # the platform is not one of its products
    ("Svelte.js", "Apps in SvelteKit."),
])
def test_look_alikes_never_match(keyword, text):
    assert not kv.found_in(text, keyword)
    assert keyword_hits([keyword], text) == ([], [keyword])


@pytest.mark.parametrize("keyword, text", [
    ("Go", "Wrote services in Go and Python."),       # Go the language: capitalised
    ("Go", "GO, Rust"),
    ("Go", "Rewrote the service in Go to cut latency."),
    ("C", "Firmware in C and assembly."),
    ("C#", "Ten years of C#."),
    ("R", "Models in R and Stata."),
    ("API", "Designed REST APIs."),                    # a plural counts
    ("Python", "Python-based tooling."),
    ("SQL", "Wrote T-SQL and PL/SQL."),
    ("Master's degree", "MEd in Curriculum, 2019."),                   # an abbreviation as written
    ("Master's degree", "MPH, Emory University"),
])
def test_names_are_found_where_they_are_the_name(keyword, text):
    assert kv.found_in(text, keyword)


def test_keyword_hits_counts_variants_on_the_page():
    page = "Skills\nTypeScript, Svelte, Google Cloud, Cloud Run, CI/CD\nEducation\nB.S. in Computer Science"
    keywords = ["Svelte.js", "GCP", "Google Cloud Run", "continuous integration", "Bachelor's degree", "Java"]
    found, missing = keyword_hits(keywords, page)
    assert found == keywords[:-1] and missing == ["Java"]


def test_same_keyword_merges_variants_and_keeps_its_plural_and_spelling_rules():
    assert same_keyword("svelte.js", "svelte") and same_keyword("gcp", "google cloud platform")
    assert same_keyword("google cloud run", "cloud run")
    assert same_keyword("bank reconciliations", "bank reconciliation")      # plural
    assert same_keyword("quickbook", "quickbooks") and same_keyword("sub-contractors", "subcontractors")
    assert not same_keyword("gcp services", "gcp") and not same_keyword("java", "javascript")
    assert not same_keyword("c", "c#") and not same_keyword("react", "react native")


def test_dedupe_keeps_the_first_variant_in_place():
    assert _dedupe(["Svelte.js", "TypeScript", "Svelte", "GCP", "Google Cloud"]) == ["Svelte.js", "TypeScript", "GCP"]
    # a later canonical spelling takes the place of an earlier other spelling of the same name
    assert _dedupe(["Microsoft Office Suite", "Google Suite", "Microsoft Office"]) == ["Microsoft Office",
                                                                                       "Google Suite"]


def test_canonical_spellings_are_the_ones_skill_terms_always_wrote():
    before = {  # skill_terms.ALIASES before the table moved to data/variants.txt
        "bachelor's": "Bachelor's degree", "bachelors degree": "Bachelor's degree",
        "bachelor degree": "Bachelor's degree", "masters degree": "Master's degree",
        "drivers license": "driver's license", "high school graduate": "high school diploma",
        "problem solving": "problem-solving", "peach tree": "Peachtree", "sage 50": "Sage50",
        "pubsub": "Pub/Sub", "google pubsub": "Pub/Sub", "powerbi": "Power BI",
        "ms office": "Microsoft Office", "ms office suite": "Microsoft Office",
        "microsoft office suite": "Microsoft Office", "svelte": "Svelte.js", "restful": "RESTful API",
        "rest api": "RESTful API", "scan gun": "RF scanner", "blueprints": "blueprint reading",
    }
    assert kv.spellings() == before
    assert all(kv.canonical(k) == v for k, v in before.items())
    assert kv.canonical("Terraform") == "Terraform"       # no variants: as written


def test_hand_rows_stay_apart_and_look_alikes_are_other_classes():
    """Stack Overflow's pairs join hand rows to their tags ("nodejs"), never two hand rows."""
    table = kv._table()
    firsts = {}
    for section, names in kv._hand_rows()[0]:
        firsts.setdefault(table.root[kv.key(names[0])], set()).add(names[0])
    assert all(len(names) == 1 for names in firsts.values()), firsts
    for a, b in [("java", "javascript"), ("c", "c#"), ("c", "c++"), ("c#", "c++"), ("sql", "nosql"),
                 ("react", "react native"), ("angular", "angularjs"), ("go", "google"),
                 ("master's degree", "mba"), ("ms", "microsoft")]:
        assert kv._lookup(a) is None or kv._lookup(a) != kv._lookup(b), (a, b)
    assert max(len(m) for m in table.members.values()) <= 25   # no giant merged class


@pytest.mark.parametrize("source, target, kept", [
    ("gcp", "google-cloud-platform", True), ("google-cloud", "google-cloud-platform", True),
    ("k8s", "kubernetes", True), ("postgres", "postgresql", True), ("nodejs", "node.js", True),
    ("golang", "go", True), ("react", "reactjs", True), ("js", "javascript", True),
    ("apache-airflow", "airflow", True), ("aws-athena", "amazon-athena", True), ("sklearn", "scikit-learn", True),
    ("decrypt", "encryption", False), ("javascript-alert", "javascript", False), ("workbook", "excel", False),
    ("text-analysis", "nlp", False), ("php-cli", "php", False), ("webpage", "html", False),
    ("tsv", "csv", False), ("ms", "microsoft", False), ("theme", "themes", False), ("usbdevice", "usb", False),
    ("lubuntu", "ubuntu", False), ("pubsub", "publish-subscribe", False),
])
def test_the_derived_table_keeps_other_names_and_drops_topic_merges(source, target, kept):
    assert keep(norm(source), norm(target)) is kept


def test_alias_data_ships_with_its_licence_note():
    tsv = DATA / "tag_synonyms.tsv"
    rows = [line.split("\t") for line in tsv.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 900 and all(len(r) == 2 for r in rows)
    assert tsv.stat().st_size < 150_000
    assert ("k8s", "kubernetes") in {tuple(r) for r in rows}
    note = (DATA / "SOURCE.md").read_text("utf-8")
    assert "CC BY-SA 4.0" in note and "Stack Exchange" in note and "tag_synonyms.tsv" in note
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    assert {"text/data/*.tsv", "text/data/*.txt", "text/data/*.md"} <= set(package_data["tailor"])
