"""`caps_titles.py`: an entry title in capitals that a narrow card wrapped is one title again;
and `employer_place.py`: "Employer (Town, Country)" gives the job's place."""
from tailor.importer.build import resume_from_lines
from tailor.importer.caps_titles import wrapped_titles
from tailor.importer.employer_place import employer_cut
from tailor.importer.lines import Line


def _title(text, x, y, gap=False):
    return Line(text, x=x, y=y, size=11, bold=True, heading=True, gap_before=gap, right=x + 7.2 * len(text),
                bottom=y + 11)


def _body(text, x, y, gap=False):
    return Line(text, x=x, y=y, size=10, gap_before=gap, right=x + 5.4 * len(text), bottom=y + 10)


def _page():
    """Certificates as cards two to a row, each card 170pt wide, their titles wrapped."""
    return [
        Line("Tomasz Wieczorek", x=60, y=30, size=20, bold=True, heading=True),
        Line("tomasz.w@example.org | 555 0142 7788", x=60, y=60, size=10, gap_before=True),
        Line("Certificates", x=60, y=100, size=15, bold=True, heading=True, gap_before=True),
        _title("CONFINED SPACE ENTRY", 60, 130, gap=True), _title("SUPERVISOR", 60, 145),
        _body("Harbour Safety Board | 2021-06", 60, 160),
        _title("FIRST AID AT WORK", 240, 130), _title("(LEVEL 3)", 240, 145),
        _body("Red Cross Training | 2022-01", 240, 160),
        Line("Education", x=60, y=220, size=15, bold=True, heading=True, gap_before=True),
        _title("NORTHGATE COLLEGE", 60, 250, gap=True), _title("DIPLOMA IN WELDING", 60, 265),
        _body("2012-2014", 60, 280),
    ]


def test_a_title_wrapped_in_its_card_is_one_title():
    resume = resume_from_lines(_page()).resume
    assert [(c["name"].upper(), c.get("issuer"), c.get("date")) for c in resume["certificates"]] == [
        ("CONFINED SPACE ENTRY SUPERVISOR", "Harbour Safety Board", "2021-06"),
        ("FIRST AID AT WORK (LEVEL 3)", "Red Cross Training", "2022-01")]


def test_a_title_with_room_left_or_a_school_over_its_degree_stays_two_lines():
    lines = _page()
    texts = [line.text for line in wrapped_titles(lines)]
    assert "NORTHGATE COLLEGE" in texts and "DIPLOMA IN WELDING" in texts
    wide = [_title("ACME", 60, 130, gap=True), _title("LOGISTICS", 60, 145),
            _body("Ran the night shift for a warehouse of forty people and six loading docks", 60, 160)]
    assert [line.text for line in wrapped_titles(wide)] == ["ACME", "LOGISTICS", wide[2].text]


def test_a_town_and_its_country_in_brackets_after_the_employer_is_the_jobs_place():
    assert employer_cut("Brauerei Kessler GmbH (Bamberg, Germany)", Line("x")) == ["Brauerei Kessler GmbH",
                                                                                   "Bamberg, Germany"]
    assert employer_cut("Kessler (Bamberg, Germany)", Line("x"), "volunteer") == ["Kessler (Bamberg, Germany)"]
    assert employer_cut("Smith (Jones, Partners)", Line("x")) == ["Smith (Jones, Partners)"]
    lines = [Line("Jane Doe", size=20), Line("jane@example.com"), Line("Experience", bold=True, heading=True),
             Line("Head Brewer"), Line("Brauerei Kessler GmbH (Bamberg, Germany) | 2019-04 to 2023-08")]
    job = resume_from_lines(lines).resume["work"][0]
    assert (job["name"], job["location"]) == ("Brauerei Kessler GmbH", "Bamberg, Germany")
