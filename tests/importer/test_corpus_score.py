"""tailor/importer/corpus_score.py: a layout that prints an entry's summary as its first point may be
read either way; each reading scores what the page shows, nothing more."""
from tailor.importer.corpus_score import corpus_report, lead_as_point

SOURCE = {"basics": {"name": "Ana Díaz"},
          "work": [{"name": "Acme", "position": "Engineer", "summary": "Ran the payments team.",
                    "highlights": ["Cut costs by 10%", "Shipped the ledger"]}]}
PAGE = "Ana Díaz\nAcme Engineer\n• Ran the payments team.\n• Cut costs by 10%\n• Shipped the ledger\n"
PRINTED = {"basics.name", "work[0].name", "work[0].position", "work[0].highlights[0]", "work[0].highlights[1]"}
LEAD = {"work": "summary"}


def _imported(points, summary=None):
    job = {"name": "Acme", "position": "Engineer", "highlights": points, **({"summary": summary} if summary else {})}
    return {"basics": {"name": "Ana Díaz"}, "work": [job]}


def test_lead_read_as_the_first_point_is_right():
    got = _imported(["Ran the payments team.", "Cut costs by 10%", "Shipped the ledger"])
    report = corpus_report(SOURCE, got, PAGE, PRINTED, LEAD)
    assert report.wrong() == []
    assert sum(f.path.startswith("work[0].highlights") for f in report.fields) == 3
    # counted against the source alone, every point of the job was wrong
    assert len(corpus_report(SOURCE, got, PAGE, PRINTED).wrong()) == 3


def test_lead_read_as_the_description_is_right_too():
    got = _imported(["Cut costs by 10%", "Shipped the ledger"], summary="Ran the payments team.")
    assert corpus_report(SOURCE, got, PAGE, PRINTED, LEAD).wrong() == []


def test_a_lost_point_still_counts_against_the_importer():
    got = _imported(["Ran the payments team.", "Cut costs by 10%"])
    wrong = corpus_report(SOURCE, got, PAGE, PRINTED, LEAD).wrong()
    assert [f.path for f in wrong] == ["work[0].highlights[2]"]


def test_printed_points_move_on_and_the_lead_counts_only_where_the_page_shows_it():
    got = _imported(["Ran the payments team.", "Cut costs by 10%"])
    truth, printed = lead_as_point(SOURCE, got, LEAD, {"work[0].highlights[1]"}, PAGE)
    assert truth["work"][0]["highlights"][0] == "Ran the payments team." and "summary" not in truth["work"][0]
    assert printed == {"work[0].highlights[2]", "work[0].highlights[0]"}
    _, printed = lead_as_point(SOURCE, got, LEAD, {"work[0].highlights[1]"}, "Acme Engineer")
    assert printed == {"work[0].highlights[2]"}
    assert SOURCE["work"][0]["summary"] == "Ran the payments team."  # the source is not changed
