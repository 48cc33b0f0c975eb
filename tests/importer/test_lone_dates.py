"""`lone_dates.py`: a month alone on the latest job, over jobs printed with ranges, is its start."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line


def _work(*jobs: tuple[str, str]) -> list[dict]:
    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"), Line("Work", heading=True, bold=True)]
    for header, point in jobs:
        lines += [Line(header, bold=True, gap_before=True), Line(point, bullet="•")]
    return resume_from_lines(lines).resume["work"]


def test_a_month_alone_on_the_latest_job_over_ranges_is_its_start():
    work = _work(("Tidewater Freight | 2021-04", "Runs the night dock."),
                 ("Bluegate Stores | 2016-03 to 2021-02", "Stocked the floor."))
    assert work[0]["startDate"] == "2021-04" and "endDate" not in work[0]
    assert work[1]["endDate"] == "2021-02"


def test_a_year_alone_or_a_month_alone_further_down_keeps_its_end():
    work = _work(("Tidewater Freight | 2021", "Ran a contract."), ("Bluegate Stores | 2016-03 to 2020-02", "Stocked."))
    assert work[0]["endDate"] == "2021"
    work = _work(("Tidewater Freight | 2021-04 to 2023-01", "Ran the dock."), ("Bluegate Stores | 2020-02", "Cover."))
    assert work[1]["endDate"] == "2020-02"
    work = _work(("Tidewater Freight | 2015-04", "Ran the dock."), ("Bluegate Stores | 2016-03 to 2020-02", "Stocked."))
    assert work[0]["endDate"] == "2015-04"  # older than the job under it: not the current one
