"""Sections without dated entries: summary, skills, languages, interests, references.

Each returns JSON Resume items plus the lines it could not place, so nothing is dropped.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.heading_words import FOREIGN_LANGUAGE_NAMES, FOREIGN_LEVELS, plain
from tailor.importer.lines import Line

_GROUP = re.compile(r"^([^:,;|]{1,40}):\s*(.+)$")
_FLUENCY = re.compile(r"^(.+?)\s*(?:\((.+)\)|[:\-–—]\s*(.+))$")


def parse_summary(lines: list[Line]) -> str:
    """The paragraph(s) of a Summary section as one string (paragraphs on their own lines)."""
    return "\n".join(line.text for line in lines)


# A level may stand in brackets after its group's name: "**Data Analysis** (Intermediate)"
_LEVEL = re.compile(r"^\(?(beginner|novice|basic|elementary|intermediate|advanced|expert|master|proficient|"
                    r"fluent|native|working knowledge)\)?$", re.I)


def parse_skills(lines: list[Line]) -> list[dict]:
    """"Group: a, b" lines -> one skill group each; plain lists merge into one "Skills" group.

    Themes also lay a group out as its name over its keywords (bold, or with the keywords
    indented under it, in one or more columns) and may print a level ("Intermediate") on a line
    of its own: names open groups, levels are kept as levels, neither becomes a keyword."""
    if bars := _bar_skills(lines):
        return bars
    groups: list[dict] = []
    plain: dict = {"name": "Skills", "keywords": []}
    current: dict | None = None
    opened = Line("")  # the line that named the current group
    row: list[tuple[Line, dict]] = []  # group names set side by side in one row, left to right
    columns: dict[int, tuple[dict, list[Line]]] = {}  # each group's keyword lines: its column
    for index, line in enumerate(lines):
        match = _GROUP.match(line.text)
        if match:
            groups.append({"name": match[1].strip(), "keywords": _keywords(match[2])})
        elif named := _name_and_level(line):
            if current and not current["keywords"] and "level" not in current and not line.gap_before \
                    and index and lines[index - 1].text.strip() == current["name"]:
                current.update(name=f"{current['name']} {named[0]}", level=named[1])  # a bold name wrapped
            else:
                current, opened = {"name": named[0], "level": named[1], "keywords": []}, line
                groups.append(current)
        elif _LEVEL.match(line.text.strip()):
            if current is not None:
                current.setdefault("level", line.text.strip().strip("()"))
        elif _names_group(line, lines, index) or _leveled(line, lines, index) or _beside_list(line, lines, index) \
                or _over_marked(line, lines, index) or _over_list(lines, index) \
                or current is not None and not current["keywords"] and _name_beside(line, opened):
            if current is None or current["keywords"] or not _name_beside(line, opened):
                row = []
            current, opened = {"name": line.text.strip(), "keywords": []}, line
            groups.append(current)
            row.append((line, current))
        elif len(row) > 1:  # a row of names over their columns: no later line is one beside them
            _column_group(line, lines, row)["keywords"].extend(_keywords(line.text))
            opened = Line("")
        else:
            group = _own_column(line, current, list(columns.values()), lines) or current or plain
            group["keywords"].extend(_keywords(line.text))
            columns.setdefault(id(group), (group, []))[1].append(line)
    if plain["keywords"]:
        groups.insert(0, plain) if not groups else groups.append(plain)
    return groups


# "75%" over a skill's bar; "NaN%" where a web page's script had no number to print
_PERCENT = re.compile(r"(\d{1,3}|NaN)\s?%")


def _bar_skills(lines: list[Line]) -> list[dict]:
    """Skills drawn as bars with a percentage over each ("DATA ANALYSIS" and a bubble "75%", as
    portfolio pages and infographic resumes draw them): each name is one skill and the nearest
    percentage its level, not two keywords. Only when the section is names and percentages
    alone, as many of each, the names short and no list; a percentage that is no number
    ("NaN%") is a level the page failed to print, so none is kept."""
    levels = [line for line in lines if _PERCENT.fullmatch(line.text.strip())]
    names = [line for line in lines if not _PERCENT.fullmatch(line.text.strip())]
    if not levels or not names or abs(len(levels) - len(names)) > 1 \
            or any(len(line.text.split()) > 5 or "," in line.text or line.is_bullet for line in names):
        return []
    out = []
    for line in names:
        near = min(levels, key=lambda level: (level.page != line.page, abs(level.y - line.y)))
        value = near.text.strip().replace(" ", "")
        out.append({"name": line.text.strip(), **({"level": value} if value[0].isdigit() else {})})
    return out


def _keywords(text: str) -> list[str]:
    """"Go, Rust, Java." -> ["Go", "Rust", "Java"]: a list of short names set as a sentence
    ends on a full stop that is no part of its last name."""
    items = fields.split_list(text)
    if items and items[-1].endswith(".") and not items[-1].endswith("..") and all(len(i.split()) <= 5 for i in items):
        items[-1] = items[-1][:-1]
    return items


def _names_group(line: Line, lines: list[Line], index: int) -> bool:
    """A short line set apart from the keywords: bold among plain lines (or among bold lines
    only, when a layout prints group names without their keywords), or with the next line of
    its column indented close under it (not a line of another group far down). A word
    processor's file knows no positions: there a bold line among plain ones names a group."""
    if line.is_bullet or len(line.text.split()) > 5 or "," in line.text:
        return False
    if not line.size:
        return line.bold and any(not other.bold for other in lines)
    if _an_item(line, lines, index):
        return False
    if line.bold and len(lines) > 1:  # bold among plain lines, or every line bold: names whose
        return True                   # keywords the layout left out (levels drawn as bars)
    following = lines[index + 1:]  # up to a line in larger type: another group's name, its lines its own
    following = following[:next((at for at, other in enumerate(following) if other.size > line.size + 0.5),
                                len(following))]
    below = next((other for other in following if not _LEVEL.match(other.text.strip())
                  and -0.5 * line.size < other.x - line.x <= 4 * line.size), None)  # next in its column
    near = below is not None and (not line.y or below.page != line.page or below.y - line.y <= 6 * line.size)
    return near and below.x - line.x >= 0.5 * line.size  # a line far down the page is another group's


def _over_list(lines: list[Line], index: int) -> bool:
    """"Cuisine" over "Spanish, Brazilian, Charcuterie", each group a block of its own: a short
    line that opens a block (the section's first line, or one set a gap apart) with a list of
    keywords right under it, ending the block, names the list's group, when two blocks of the
    section or more are so set (one such block may be a plain list whose first row wrapped)."""
    def opens(at: int) -> bool:
        line, below = lines[at], lines[at + 1] if at + 1 < len(lines) else None
        after = lines[at + 2] if at + 2 < len(lines) else None
        return (at == 0 or line.gap_before) and below is not None and not below.gap_before \
            and not line.is_bullet and len(line.text.split()) <= 5 and "," not in line.text \
            and not _LEVEL.match(line.text.strip()) and len(fields.split_list(below.text)) >= 2 \
            and (after is None or after.gap_before)
    return opens(index) and sum(1 for at in range(len(lines)) if opens(at)) >= 2


def _over_marked(line: Line, lines: list[Line], index: int) -> bool:
    """"Programming Languages" over "• Go", "• Rust": a short unmarked line set larger than the
    marked keywords right under it, in its column, names their group (a theme that sets group
    names in plain weight, a little larger, over a bulleted list). Names set side by side in
    one row ("Teaching" beside "Subjects", each over its own column of keywords) are passed
    over: the line under the first name is the first line below that row."""
    below = next((other for other in lines[index + 1:] if not _level_mate(other, line)), None)
    return below is not None and bool(line.size and below.size) and below.is_bullet and not line.is_bullet \
        and len(line.text.split()) <= 5 and "," not in line.text and line.size >= below.size + 0.3 \
        and below.page == line.page and abs(below.x - line.x) <= 2 * line.size \
        and 0 < below.y - line.y <= 6 * line.size


def _column_group(line: Line, lines: list[Line], row: list[tuple[Line, dict]]) -> dict:
    """The group of a row of names side by side whose column `line` is in: the name nearest
    its left edge on the row's page; on a later page (columns may sit elsewhere there), the
    name in the same place, counted from the left, as the line's among that page's columns."""
    first = row[0][0]
    if line.page == first.page:
        return min(row, key=lambda named: abs(named[0].x - line.x))[1]
    columns = sorted({round(other.x) for other in lines if other.page == line.page and other.is_bullet})
    at = next((n for n, x in enumerate(columns) if abs(x - line.x) < 1), 0)
    return row[min(at, len(row) - 1)][1]


def _own_column(line: Line, current: dict | None, columns: list[tuple[dict, list[Line]]],
                lines: list[Line]) -> dict | None:
    """Groups read column by column (a name and its keywords, then the name beside it and its
    own) where one column runs longer than the one read last: its extra lines come after that
    column's, yet stand under their own. A line at the left edge of an earlier group's last
    keyword, the next row down on its page (within two lines of its type), in its type, is that
    group's, not the group read last, whose column ends elsewhere. A page break carries on only
    the columns that ran to the foot of the page before (their last lines level, within half a
    line); on the next page they come back left to right, so a line there is the group of the
    cut column in its place among that page's columns, counted from the left."""
    own = next((kept for group, kept in columns if group is current), None)
    if not line.size or not own or abs(own[-1].x - line.x) < 1 and own[-1].page == line.page:
        return None
    if own[-1].page == line.page:
        return next((group for group, kept in columns if kept[-1].page == line.page and abs(kept[-1].x - line.x) < 1
                     and abs(kept[-1].size - line.size) < 0.3 and 0 < line.y - kept[-1].y <= 2 * line.size), None)
    ends = [(group, [k for k in kept if k.page == own[-1].page][-1]) for group, kept in columns
            if any(k.page == own[-1].page for k in kept)]
    foot = max(end.y for _, end in ends)
    cut = [group for group, end in sorted(ends, key=lambda pair: pair[1].x) if foot - end.y < 0.5 * end.size]
    places = sorted({round(other.x) for other in lines if other.page == line.page and other.size
                     and abs(other.size - line.size) < 0.3})
    at = next((n for n, x in enumerate(places) if abs(x - line.x) < 1), len(cut))
    return cut[at] if len(cut) > 1 and at < len(cut) else None


def _level_mate(other: Line, line: Line) -> bool:
    """An unmarked line on `line`'s row, in its type: another name of a row of group names."""
    return bool(line.size) and other.page == line.page and abs(other.y - line.y) < 0.3 * line.size \
        and abs(other.size - line.size) < 0.3 and other.x > line.x and not other.is_bullet


def _name_beside(line: Line, opened: Line) -> bool:
    """"People" and "Systems" side by side in one row of group names, their keywords under them:
    a short line level with the name that opened the group, in its type, names a group too."""
    return bool(line.size and opened.size) and line.page == opened.page and abs(line.y - opened.y) < 0.3 * line.size \
        and abs(line.size - opened.size) < 0.3 and line.x > opened.x and len(line.text.split()) <= 5 \
        and "," not in line.text


def _name_and_level(line: Line) -> tuple[str, str] | None:
    """"Infrastructure, Advanced" with the name in bold: a group's name and its level set on one
    row (read as one line), not two keywords; so is "**Clinical** Advanced", the level after the
    bold name with only a space between them (the end of a bold name wrapped over two lines,
    "**Distributed**" over "**Systems** Master", is its group's name)."""
    items = fields.split_list(line.text)
    if len(items) == 2 and _LEVEL.match(items[1]) and line.bold_prefix.rstrip(", ") == items[0]:
        return items[0], items[1].strip("()")
    name = line.bold_prefix.strip()
    rest = line.text[len(line.bold_prefix):].strip() if name and line.text.startswith(line.bold_prefix) else ""
    return (name, rest.strip("()")) if _LEVEL.match(rest) else None


def _beside_list(line: Line, lines: list[Line], index: int) -> bool:
    """A short name level with a list of keywords to its right ("Distributed Systems" in a left
    column, "Consensus, Replication, ..." beside it): a group's name set in a column of labels,
    as LaTeX CV classes and two-column tables print skills."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    return after is not None and not line.is_bullet and bool(line.size) and len(line.text.split()) <= 5 \
        and "," not in line.text and after.page == line.page and abs(after.y - line.y) <= 0.5 * line.size \
        and after.x > line.x + line.size and len(fields.split_list(after.text)) >= 2


def _leveled(line: Line, lines: list[Line], index: int) -> bool:
    """A short line with a level right after it ("Leadership", then "Intermediate"): a skill's
    name and its level, as JSON Resume holds them, wherever the layout put its keywords (a
    page break can carry them to another column)."""
    return index + 1 < len(lines) and bool(_LEVEL.match(lines[index + 1].text.strip())) \
        and not line.is_bullet and len(line.text.split()) <= 5 and "," not in line.text


def _an_item(line: Line, lines: list[Line], index: int) -> bool:
    """Set level with two or more other lines of the list in its type (one chip of a row of
    chips; group names stand alone on their row, two side by side, or a row of bold names over
    plain keywords in a grid, level with or indented under each, or of names over smaller keywords
    indented under each), or set
    smaller than a bold group name above it: an item, not a group name."""
    mates = [other for other in lines if other is not line and other.page == line.page
             and abs(other.y - line.y) < 0.3 * line.size and abs(other.size - line.size) < 0.3]
    grid = all(m.bold and any(not o.bold and (abs(o.x - m.x) < 1.5 or 0.5 * m.size <= o.x - m.x <= 4 * m.size)
                              and (o.page, o.y) > (m.page, m.y) for o in lines)
               or any(o.size < m.size - 0.5 and 0 <= o.x - m.x <= 4 * m.size and (o.page, o.y) > (m.page, m.y)
                      for o in lines)
               for m in [line, *mates])  # each name over plain (or smaller, indented) lines of its own column
    return bool(line.y) and len(mates) >= 2 and not grid \
        or any(o.bold and o.size > line.size + 0.5 for o in lines[:index])


_FLUENCY_LINE = re.compile(r"^[-–(\s]*((?:native|fluent|bilingual|full professional|professional|limited|elementary|"
                           r"conversational|intermediate|advanced|basic|beginner|mother tongue|[ABC][12]|"
                           rf"{FOREIGN_LEVELS})\b"
                           r"[^()]{0,40}?)\)?$", re.I)


_WITH_FLUENCY = re.compile(r"^([^\W\d][\w'’ -]*?)\s*\(([^()]+)\)$")


# Human languages a resume lists most ("Languages: English, Tamil, Hindi"); no programming
# language shares one of these names, so a list of them alone is the person's languages.
_HUMAN_LANGUAGES = frozenset(
    "english spanish french german italian portuguese dutch polish russian ukrainian czech slovak hungarian "
    "romanian bulgarian greek turkish arabic hebrew persian farsi urdu hindi bengali bangla punjabi gujarati "
    "marathi tamil telugu kannada malayalam sinhala nepali mandarin cantonese chinese japanese korean "
    "vietnamese thai indonesian malay tagalog filipino swahili amharic yoruba igbo hausa zulu afrikaans "
    "swedish norwegian danish finnish icelandic estonian latvian lithuanian serbian croatian bosnian "
    "slovenian albanian macedonian armenian georgian kazakh uzbek catalan basque galician welsh irish "
    "somali pashto dari kurdish".split())
_HUMAN_LANGUAGES |= FOREIGN_LANGUAGE_NAMES  # "Français, Anglais", "Inglés", "Englisch": in their own words


def spoken_languages(items: list[str]) -> bool:
    """"English (Native speaker), Spanish (Fluent)": languages with their fluency in brackets,
    not skills; levels a skill also has ("Java (Advanced)") alone do not tell. A list of
    human languages' names ("English, Tamil (native), Hindi") is the person's languages too."""
    if items and all(plain(re.sub(r"\s*\([^()]*\)$", "", item.strip()).lower()) in _HUMAN_LANGUAGES
                     for item in items):
        return True
    matches = [_WITH_FLUENCY.match(item.strip()) for item in items]
    return bool(items) and all(m and _FLUENCY_LINE.match(m[2]) for m in matches) \
        and any(not _LEVEL.match(m[2].strip()) for m in matches if m)


def parse_languages(lines: list[Line]) -> list[dict]:
    """"English (Native), Spanish: Fluent" -> [{language, fluency}, ...]. Layouts also set the
    fluency on a line of its own under the language ("English", then "- Native speaker")."""
    out: list[dict] = []
    for line in lines:
        level = _FLUENCY_LINE.match(line.text.strip())
        if level and out and "fluency" not in out[-1] and "," not in line.text:
            out[-1]["fluency"] = level[1].strip()
            continue
        for item in fields.split_list(line.text):
            match = _FLUENCY.match(item)
            if match:
                out.append({"language": match[1].strip(), "fluency": (match[2] or match[3]).strip()})
            else:
                out.append({"language": item})
    return out


def parse_interests(lines: list[Line]) -> list[dict]:
    """"Cycling: gravel, commuting" -> {name, keywords}; a plain list -> one item per interest."""
    out = []
    for line in lines:
        match = _GROUP.match(line.text)
        if match:
            out.append({"name": match[1].strip(), "keywords": fields.split_list(match[2])})
        else:
            out += [{"name": item} for item in fields.split_list(line.text)]
    return out


def parse_references(lines: list[Line]) -> list[dict]:
    """Each paragraph is a reference; a short line after it ("— Jane Doe, CTO") is its name."""
    out: list[dict] = []
    for line in lines:
        text = line.text
        if out and "name" not in out[-1] and len(text.split()) <= 10 and re.match(r"^[-–—~]\s*\S", text):
            out[-1]["name"] = text.lstrip("-–—~ ").strip()
        else:
            out.append({"reference": text})
    return out
