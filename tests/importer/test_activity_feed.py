"""An activity feed (activity_feed.py): a profile page prints one timeline of events, each a
date line over "Joined X" / "Volunteered" / "Finished 1 degree at X" / "Started 1 project" /
"Earned 1 award" and the entry itself; every event is read into the section its verb names."""
from tailor.importer.activity_feed import event, read_feed, split_feed
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line


def _line(text, y, x=40.0, size=10.5, page=0, **more):
    return Line(text, page=page, y=y, x=x, size=size, **more)


def _feed():
    """Dates at the left, the event line indented, the title further in, points further still."""
    return [
        _line("Experience activity", 300, size=12, heading=True, level=2),
        _line("March 2021", 320, size=9, bold=True),
        _line("Joined Harbor Logistics", 340, x=70, size=12),
        _line("Operations Lead", 360, x=100, size=15, bold=True, link="https://harbor.example"),
        _line("Ran the night shift of a 200-person cross-dock.", 380, x=100),
        _line("Cut mis-picks by 30% with a two-scan rule", 400, x=112, size=9),
        _line("Trained 12 new team leads", 420, x=112, size=9),
        _line("May 2019", 440, size=9, bold=True),
        _line("Volunteered at Food Bank North", 460, x=70, size=12),
        _line("Driver", 480, x=100, size=15, bold=True),
        _line("January 2019", 500, size=9, bold=True),
        _line("Started 1 project", 520, x=70, size=12),
        _line("Route Planner", 540, x=100, size=15, bold=True),
        _line("A spreadsheet that plans delivery routes.", 560, x=100),
        _line("Used by three depots", 580, x=112, size=9),
        _line("June 2018", 600, size=9, bold=True),
        _line("Finished 1 degree at Northfield College", 620, x=70, size=12),
        _line("Associate of Science · Supply Chain Management", 640, x=82),
        _line("April 2017", 660, size=9, bold=True),
        _line("Earned 1 award", 680, x=70, size=12),
        _line("Employee of the Year", 700, x=82),
    ]


def test_event_lines_name_their_section_and_organisation():
    assert event("Joined Harbor Logistics") == ("work", "Harbor Logistics")
    assert event("Started at Acme Corp") == ("work", "Acme Corp")
    assert event("Volunteered") == ("volunteer", "")
    assert event("Volunteered at Food Bank North") == ("volunteer", "Food Bank North")
    assert event("Finished 2 degrees at University of Texas at Austin") == ("education",
                                                                            "University of Texas at Austin")
    assert event("Graduated from Northfield College") == ("education", "Northfield College")
    assert event("Started 1 project") == ("projects", "")
    assert event("Earned 2 awards") == ("awards", "")
    # a description that opens with the same verb reads as one too: only a date line alone over it makes it an event
    assert event("Joined the platform infrastructure team to improve internal developer tooling") is not None
    assert event("Managed a team of five") is None


def test_every_event_of_a_feed_is_read_into_its_section():
    lines = [_line("Sam Carter", 40, size=20, bold=True, heading=True, level=1), _line("sam@example.com", 70)]
    kept, feed = split_feed(lines + _feed())
    assert kept == lines + _feed()[:1] and feed == _feed()[1:]
    resume: dict = {}
    assert read_feed(feed, resume) == []
    assert resume["work"] == [{"name": "Harbor Logistics", "position": "Operations Lead", "url": "https://harbor.example",
                               "startDate": "2021-03", "summary": "Ran the night shift of a 200-person cross-dock.",
                               "highlights": ["Cut mis-picks by 30% with a two-scan rule",
                                              "Trained 12 new team leads"]}]
    assert resume["volunteer"] == [{"organization": "Food Bank North", "position": "Driver", "startDate": "2019-05"}]
    assert resume["projects"] == [{"name": "Route Planner", "startDate": "2019-01",
                                   "description": "A spreadsheet that plans delivery routes.",
                                   "highlights": ["Used by three depots"]}]
    assert resume["education"] == [{"institution": "Northfield College", "area": "Supply Chain Management",
                                     "studyType": "Associate of Science", "endDate": "2018-06"}]
    assert resume["awards"] == [{"title": "Employee of the Year", "date": "2017-04"}]


def test_a_feed_in_a_whole_resume_gives_its_jobs_and_keeps_the_other_sections():
    lines = [_line("Sam Carter", 40, size=20, bold=True, heading=True, level=1), _line("sam@example.com", 70),
             *_feed(), _line("Skills", 740, size=12, heading=True, level=2),
             _line("Forklift, WMS, Excel", 760)]
    result = resume_from_lines(lines)
    assert [job["name"] for job in result.resume["work"]] == ["Harbor Logistics"]
    assert result.resume["education"][0]["institution"] == "Northfield College"
    assert result.resume["skills"][0]["keywords"] == ["Forklift", "WMS", "Excel"]
    assert not [u for u in result.unparsed if "Forklift" in u.text or "Joined" in u.text]


def test_one_dated_event_line_is_no_feed():
    """"Joined Acme" under a date once is a job's own header, for the sections to read."""
    lines = [_line("Sam Carter", 40, size=20), _line("Experience", 100, size=12, heading=True, level=2),
             _line("March 2021", 120), _line("Joined Acme as a picker", 140), _line("Picked 300 lines a shift", 160)]
    assert split_feed(lines) == (lines, [])
