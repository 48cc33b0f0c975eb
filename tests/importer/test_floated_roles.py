"""A role floated right on its employer's row with the dates alone under it (floated_roles.py): one
entry header, not a lone dates line that opens the next entry."""
from tailor.importer.floated_roles import roles_floated_right
from tailor.importer.lines import Line


def _line(text, x, y, right, size=10.0, **kw):
    return Line(text, page=0, x=x, y=y, size=size, right=right, bottom=y + size, **kw)


def _job(employer, role, dates, points, top, wrapped=""):
    """The employer at the column's left edge, the role flush right on its row, the dates flush
    right alone on the row under it, then the points."""
    lines = [_line(employer, 230, top, 230 + 6 * len(employer), gap_before=True)]
    if wrapped:
        lines.append(_line(wrapped, 230, top + 11, 230 + 6 * len(wrapped)))
    lines.append(_line(role, 560 - 6 * len(role), top, 560))
    below = top + 11 * (2 if wrapped else 1) + 2
    lines.append(_line(dates, 560 - 5.5 * len(dates), below, 560))
    lines += [_line(point, 240, below + 15 * (i + 1), 520, bullet="•", list_item=True)
              for i, point in enumerate(points)]
    return lines


def _page():
    head = [_line("Priya Sandoval", 60, 30, 200, size=26, heading=True), _line("priya@example.org", 60, 70, 160),
            _line("Experience", 230, 100, 300, size=13, heading=True, gap_before=True)]
    return head + _job("Bramble Books", "Store Manager", "Apr 2019 - Present",
                       ["Opened a second shop", "Hired six booksellers"], 120) \
        + _job("Harbour Lights Cinema", "Box Office Supervisor", "Jun 2015 - Mar 2019", ["Ran the 35mm booth"], 200)


def test_the_role_beside_its_employer_joins_it_and_the_dates_stay_under_them():
    texts = [line.text for line in roles_floated_right(_page())]
    assert "Bramble Books | Store Manager" in texts
    assert texts[texts.index("Bramble Books | Store Manager") + 1] == "Apr 2019 - Present"
    assert "Harbour Lights Cinema | Box Office Supervisor" in texts


def test_an_employer_wrapped_over_two_rows_is_joined_before_its_role():
    lines = _job("Tidewater Regional", "Night Nurse", "Jan 2020 - Present", ["Charge nurse"], 120,
                 wrapped="Medical Center")
    assert [line.text for line in roles_floated_right(lines)][0] == "Tidewater Regional Medical Center | Night Nurse"


def test_each_job_keeps_its_own_employer_role_dates_and_points():
    from tailor.importer.build import resume_from_lines

    work = resume_from_lines(_page()).resume["work"]
    assert [(job.get("name"), job.get("position"), job.get("startDate"), job.get("highlights")) for job in work] == [
        ("Bramble Books", "Store Manager", "2019-04", ["Opened a second shop", "Hired six booksellers"]),
        ("Harbour Lights Cinema", "Box Office Supervisor", "2015-06", ["Ran the 35mm booth"])]


def test_dates_sharing_their_row_with_a_role_at_the_left_are_no_floated_role():
    # the two-row header of many LaTeX templates: employer | place, then role | dates
    lines = [_line("Bramble Books", 60, 100, 140), _line("Leeds, UK", 500, 100, 560),
             _line("Store Manager", 60, 112, 135), _line("Apr 2019 - Present", 470, 112, 560)]
    assert roles_floated_right(lines) == lines


def test_a_row_with_a_date_in_it_or_no_dates_under_it_is_left_alone():
    dated = [_line("Bramble Books", 230, 100, 310), _line("2019", 530, 100, 560),
             _line("Apr 2019 - Present", 470, 112, 560)]
    assert roles_floated_right(dated) == dated
    undated = [_line("Bramble Books", 230, 100, 310), _line("Store Manager", 480, 100, 560),
               _line("Opened a second shop", 230, 112, 400)]
    assert roles_floated_right(undated) == undated
