"""Years of experience come from work dates only (what a requirement asks: tests/text/test_years_asked.py)."""
import datetime as dt

import pytest

from tailor.corpus.dates import work_span, years_worked

TODAY = dt.date(2026, 12, 1)


def test_overlapping_and_current_roles_count_once():
    spans = (work_span("2020-01", "2021-12"), work_span("2021-01", "2022-12"), work_span("2024-12-01", ""))
    assert years_worked(spans, TODAY) == pytest.approx(5.0, abs=0.02)


def test_unreadable_dates_count_as_nothing():
    assert work_span("May 2020", "") is None
    assert work_span("2022", "2020") is None
    assert years_worked((None, work_span("2025-12-01", "")), TODAY) == pytest.approx(1.0, abs=0.01)
