"""An entry set as one grid row, role | dates | first point (grid_rows.py): cells that wrapped
show their wrapped part a row lower, the role's under the role and the point's in the dates
column. Hand-built lines, so a failure names the cue."""
from tailor.importer.entries import RawEntry, parse_entry
from tailor.importer.grid_rows import grid_row, school_row
from tailor.importer.lines import Line


def _at(text, x, y, **more):
    return Line(text, x=x, y=y, size=10.0, **more)


def _row_entry():
    header = [_at("Acme Tools", 60, 80, bold=True, heading=True),
              _at("Purchasing Manager, Industrial", 60, 100), _at("2019-01 - 2022-06", 200, 100),
              _at("Ran purchasing for three plants across the", 350, 100),
              _at("Supplies", 60, 122), _at("north of the country.", 200, 122),
              _at("Cut supplier count from 90 to 40 in two years.", 200, 134)]
    return RawEntry(header, [_at("Trained four junior buyers.", 90, 146)])


def test_wrapped_cells_of_a_grid_row_are_read_back_into_their_cells():
    entry, left = parse_entry("work", _row_entry(), 0)
    assert entry["position"] == "Purchasing Manager, Industrial Supplies"
    assert entry["highlights"] == ["Ran purchasing for three plants across the north of the country.",
                                   "Cut supplier count from 90 to 40 in two years.",
                                   "Trained four junior buyers."]
    assert "summary" not in entry and not left


def test_dates_at_the_end_of_the_row_are_no_grid():
    """"Role .... dates" with the employer under the role: nothing is joined."""
    header = [_at("Senior Buyer", 60, 100), _at("2019-01 - 2022-06", 400, 100), _at("Acme Tools", 60, 112)]
    assert grid_row("work", header, []) == (header, [])


def test_two_schools_in_one_grid_row_are_two_entries():
    from tailor.importer.build import resume_from_lines

    lines = [Line("Ana Souza", size=20.0, bold=True, heading=True, level=1), _at("ana@example.com", 60, 40),
             Line("Education", x=60, y=70, size=16.0, bold=True, heading=True, level=2),
             _at("Lakeside Community College", 60, 100), _at("2014-08 - 2016-05", 200, 100),
             _at("Riverside High School,", 350, 100), _at("Tacoma", 350, 112), _at("- 2012-06", 200, 118)]
    education = resume_from_lines(lines).resume["education"]
    assert [(e["institution"], e.get("startDate"), e["endDate"]) for e in education] == [
        ("Lakeside Community College", "2014-08", "2016-05"), ("Riverside High School, Tacoma", None, "2012-06")]
    # one school per row, its dates beside it: one entry
    one = [_at("Lakeside Community College", 60, 100), _at("2014-08 - 2016-05", 200, 100),
           _at("Associate of Arts", 350, 100)]
    assert school_row("education", one, []) == [(one, [])]


def test_a_lone_sentence_beside_the_dates_is_a_point_where_the_other_entries_have_points_there():
    from tailor.importer.grid_rows import lone_points

    def entry(y, points):
        header = [_at("Shift Lead", 60, y), _at("2019-01 - 2020-01", 200, y),
                  _at("Opened the store on weekdays for a team of six.", 350, y)]
        return header, [_at(f"Point {n} of the entry.", 90, y + 12 * (n + 1)) for n in range(points)]

    entries = [entry(100, 2), entry(200, 1), entry(300, 0)]
    raws = [RawEntry(*cells) for cells in lone_points("work", entries)]
    assert [parse_entry("work", raw, 0)[0]["highlights"][0] for raw in raws] == \
        ["Opened the store on weekdays for a team of six."] * 3
    # alone in its section the sentence stays the entry's description
    alone = parse_entry("work", RawEntry(*lone_points("work", [entry(300, 0)])[0]), 0)[0]
    assert alone["summary"] == "Opened the store on weekdays for a team of six."


def test_a_short_role_keeps_the_line_under_it():
    header = [_at("Acme Corp", 60, 100), _at("2019-01 - 2022-06", 200, 100), _at("Seattle, WA", 350, 100),
              _at("Data Analyst", 60, 112)]
    assert grid_row("work", header, []) == (header, [])
