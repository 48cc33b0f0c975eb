"""Years a requirement asks for, judged by the roles on the page: their titles and dates.

Why: "2+ years AP experience" is met, for a recruiter, by "Accounts Payable Clerk, 2019-2023"
on the page even when no bullet says "accounts payable"; and "5+ years of Python" is not met
by a close bullet when the page's jobs add up to two years. The report used only bullets, so the
first read as a gap ("No evidence") and the second as covered. Only work roles count, by their
dates (`corpus.dates`: overlapping roles once; a role without readable dates counts as nothing,
so a page whose work dates cannot all be read is never said to fall short). See
docs/ARCHITECTURE.md ("The report").
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tailor.corpus.dates import work_span, years_worked
from tailor.schemas import TailoredRole
from tailor.text.years_asked import asked_subjects, title_names, years_asked

__all__ = ["RoleYears", "roles_meeting", "work_years_short"]


@dataclass(frozen=True)
class RoleYears:
    """The work roles whose titles name what a requirement asks years of, and their years."""
    asked: int
    role_ids: tuple[str, ...]
    titles: tuple[str, ...]
    years: float

    @property
    def met(self) -> bool:
        return self.years >= self.asked


def roles_meeting(requirement: str, roles: Sequence[TailoredRole], today: dt.date) -> RoleYears | None:
    """The page's work roles whose titles name the subject of the requirement's years ("3+ years
    of payroll experience": "Payroll Specialist"), with the years their dates cover; None when the
    requirement asks no years, names no subject, or no title names it."""
    asked = years_asked(requirement)
    routes = asked_subjects(requirement)
    if asked is None or not routes:
        return None
    named = [role for role in _work(roles) if any(title_names(role.title, r) for r in routes)]
    if not named:
        return None
    spans = [work_span(role.start_date, role.end_date) for role in named]
    return RoleYears(asked, tuple(role.experience_id for role in named),
                     tuple(dict.fromkeys(role.title for role in named)), round(years_worked(spans, today), 1))


def work_years_short(requirement: str, roles: Sequence[TailoredRole], today: dt.date) -> tuple[float, int] | None:
    """(years the page's work dates cover, years asked) when a requirement with one route asks
    more years than every work role on the page covers together; else None (no years asked,
    another route such as "or a degree", or a work role whose dates cannot be read)."""
    asked = years_asked(requirement)
    if asked is None or " or " in f" {requirement.lower()} " or "/or" in requirement.lower():
        return None
    spans = [work_span(role.start_date, role.end_date) for role in _work(roles)]
    if not spans or None in spans:
        return None
    years = round(years_worked(spans, today), 1)
    return (years, asked) if years < asked else None


def _work(roles: Sequence[TailoredRole]) -> list[TailoredRole]:
    return [role for role in roles if role.kind == "work"]
