"""Entries set as rows of a timeline (timeline_rows.py): the role and dates on the left, level with
the employer on the right, read as one entry's header whatever order the columns came in."""
from tailor.importer.lines import Line
from tailor.importer.timeline_rows import timeline_rows


def _line(text, x, y, size=12.7, bold=False, page=0):
    return Line(text, page=page, x=x, y=y, size=size, bold=bold)


def _row(role, dates, employer, about, top, page=0):
    left = [_line(part, 64 + 20 * i, top + 22.5 * i, size=15, bold=True) for i, part in enumerate(role)]
    left += [_line(part, 73, top + 22.5 * (len(role) + i), size=12) for i, part in enumerate(dates)]
    return left, [_line(employer, 277, top + 1, bold=True, page=page), _line(about, 277, top + 50, page=page)]


def test_a_timeline_read_column_by_column_gets_each_role_and_its_dates_back():
    first = _row(["Data Analyst", "(Contract)"], ["Aug 2024 - Apr", "2025"], "Freelance", "Took on small jobs.", 440)
    second = _row(["General", "Manager"], ["Mar 2018 - Jul 2024"], "Salt & Cedar", "Ran daily operations.", 590)
    lines = [_line("Work Experience", 229, 376, size=18, bold=True)] + first[1] + second[1] + first[0] + second[0]
    assert [line.text for line in timeline_rows(lines)] == [
        "Work Experience", "Freelance", "Data Analyst (Contract)", "Aug 2024 - Apr 2025", "Took on small jobs.",
        "Salt & Cedar", "General Manager", "Mar 2018 - Jul 2024", "Ran daily operations."]


def test_a_header_with_a_place_or_a_level_beside_it_is_no_timeline():
    # one row alone: a bold name beside a bold title is a header
    one = _row(["Data Analyst"], ["2024 - 2025"], "Freelance", "Took on small jobs.", 440)
    assert timeline_rows(one[1] + one[0]) == one[1] + one[0]
    # a place floated right of each employer (no column of text starts there), no dates on the left
    rows = [_line("Freelance", 60, 335, bold=True), _line("Austin, TX", 481, 335, bold=True),
            _line("Took on small jobs.", 60, 350), _line("Café Lumen", 60, 492, bold=True),
            _line("Austin, TX", 481, 492, bold=True), _line("Led shifts.", 60, 507)]
    assert timeline_rows(rows) == rows


def test_each_row_becomes_a_job_with_its_role_and_dates():
    from tailor.importer.build import resume_from_lines

    first = _row(["Data Analyst", "(Contract)"], ["Aug 2024 - Apr", "2025"], "Freelance", "Took on small jobs.", 440)
    second = _row(["General", "Manager"], ["Mar 2018 - Jul 2024"], "Salt & Cedar", "Ran daily operations.", 590)
    lines = [_line("Daniel Reyes", 100, 60, size=40, bold=True), _line("daniel@example.com", 100, 120),
             _line("Work Experience", 229, 376, size=18, bold=True)] + first[1] + second[1] + first[0] + second[0]
    work = resume_from_lines(lines).resume["work"]
    assert [(job.get("name"), job.get("position"), job.get("startDate")) for job in work] == [
        ("Freelance", "Data Analyst (Contract)", "2024-08"), ("Salt & Cedar", "General Manager", "2018-03")]
