"""Years of experience: asked for by requirements ("3+ years of accounts payable experience"),
judged from work dates only.

Why only work dates: graduation years and birth dates say how old someone is, not what they
have done; a scorer that read them would be an age filter. Work roles' spans are merged so two
jobs held at once count once. A role without readable dates counts as nothing (the score can
then understate experience, never invent it).
"""
from __future__ import annotations

import datetime as dt

from tailor.corpus.dates import Span, work_span, years_worked
from tailor.text.years_asked import years_asked

__all__ = ["Span", "work_span", "work_years", "years_asked"]   # Span, work_span: for fit.blind;
# years_asked: what the requirement asks is read in `text.years_asked`, shared with the report


def work_years(spans: tuple[Span | None, ...], today: dt.date) -> float:
    """Years covered by at least one work role up to `today`; a role without readable dates
    (None) counts as nothing."""
    return years_worked((span for span in spans if span is not None), today)
