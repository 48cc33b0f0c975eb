"""Several roles at one employer, grouped under its name (as LinkedIn's profile export and
some resumes set a promotion): the employer's name, a line with only the total time there
("10 years 8 months") or none, then each role with its title, dates, place and points. Only the
first role sits under the name; `employer_over_roles` gives the others the employer's line too, so
each reads as a role at that employer (see the importer steps in docs/ARCHITECTURE.md).
"""
from __future__ import annotations

from tailor.importer import fields
from tailor.importer.dates import is_duration, parse_dates
from tailor.importer.lines import Line
from tailor.importer.list_items import is_meta_only, line_dates
from tailor.importer.roles import is_role


def employer_over_roles(headers: list[list[Line]], section: str) -> list[list[Line]]:
    """The entries' headers, each role of a group given its employer's line first.

    A group opens with an entry whose header has a line of total time alone right under a
    text line (the employer) and a text line after it (the first role's title), or, with no
    total time, with the employer set larger or bolder over a role (`_employer_over_title`).
    The entries after it are roles of that employer while each opens with a line set like that
    title and unlike the employer (an employer's name is set apart from its roles' titles) and
    is dated; the first entry that is not ends the group."""
    if section not in ("work", "volunteer"):
        return headers
    out: list[list[Line]] = []
    group: tuple[Line, Line, bool] | None = None
    for header in headers:
        opened = _group_opening(header) or _employer_over_title(header)
        if opened:
            group = opened
        elif group and header and _set_like(header[0], group[1]) and not _set_like(header[0], group[0]) \
                and not is_meta_only(header[0]) and any(line_dates(h) for h in header) \
                and (group[2] or is_role(header[0].text) and not line_dates(header[0])):
            header = [group[0], *header]
        else:
            group = None
        out.append(header)
    return out


def _group_opening(header: list[Line]) -> tuple[Line, Line, bool] | None:
    """(employer line, first title line, True) of a header that holds a total time alone between them."""
    for index, line in enumerate(header[1:-1], start=1):
        if _total_time(line):
            employer, title = header[index - 1], header[index + 1]
            if not (is_meta_only(employer) or is_meta_only(title)):
                return employer, title, True
            return None
    return None


def _employer_over_title(header: list[Line]) -> tuple[Line, Line, bool] | None:
    """(employer line, title line, False) of a header that opens with an employer's name set
    larger or bolder than the role under it, both undated, the dates after them: a layout that
    sets a promotion's roles under one employer name may print no total time. Without one, a
    role of the group must name a role by its words (`is_role`) and have no dates on its line,
    so an employer line set like a title elsewhere (an entry with no role) is never taken for one."""
    if len(header) < 3 or is_meta_only(header[0]) or is_meta_only(header[1]):
        return None
    employer, title = header[0], header[1]
    larger = employer.size > title.size + 0.3
    bolder = employer.bold and not title.bold and employer.size > title.size - 0.3
    if not (employer.size and title.size) or not (larger or bolder) or line_dates(employer) or line_dates(title) \
            or is_role(employer.text) or not is_role(title.text):
        return None
    return employer, title, False


def _total_time(line: Line) -> bool:
    """"10 years 8 months" alone on its line: how long the person was at the employer, with no dates."""
    return all(is_duration(p) and not parse_dates(p) for p in fields.split_parts(line.text)) and line.text.strip() != ""


def _set_like(line: Line, other: Line) -> bool:
    """Same type size and weight; lines with no size (text files) are never told apart this way."""
    return bool(line.size and other.size) and abs(line.size - other.size) < 0.3 and line.bold == other.bold
