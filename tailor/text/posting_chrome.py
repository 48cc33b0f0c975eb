"""Job-board page chrome: the lines a posting copied from a job board's page carries that the
employer never wrote (see docs/ARCHITECTURE.md, text layer).

A posting copied from LinkedIn, Indeed, Glassdoor or ZipRecruiter brings the page with it: its
controls ("Easy Apply", "Save", "Show more"), applicant counts and activity ("Over 100
applicants", "Reposted 2 weeks ago"), the board's prompts to the reader ("Am I a good fit for
this job?", "Try Premium for $0") and its recommendation text ("Set alert for similar jobs").
None of it asks anything of the candidate, so none of it may become a requirement, a title or a
company. The cues are written as those kinds, whole lines only: a requirement that happens to
use one of the words ("save costs", "message queues") is never a whole line of chrome.
"""
from __future__ import annotations

import re

# A careers site's navigation and accessibility links: the skip link a screen reader announces
# first ("Skip to main content", "Jump to search"), the way back to the listing ("Back to search
# results"), the site's account and search links ("Search Jobs", "My Profile", "Log in").
_LISTING = r"(?:(?:all|open|current)\s+)?(?:jobs|openings|positions|results|listings?|careers?|vacancies)"
_NAVIGATION = (r"(?:skip|jump)\s+to\s*:?\s*(?:the\s+)?(?:main\s+|page\s+)?(?:content|navigation|nav|menu|"
               r"search|footer|header|main|section|results|job\s+(?:details|description|search|list))\b.{0,30}|"
               r"(?:back|return)\s+to\s+(?:the\s+)?(?:top|(?:job\s+)?search(?:\s+results)?|" + _LISTING + r"|"
               r"(?:careers?|jobs)\s+(?:home|site|page))|(?:search|view|browse|see)\s+" + _LISTING + r"|"
               r"job\s+search|careers?\s+home|my\s+(?:profile|account|applications?|jobs|saved\s+jobs|dashboard)|"
               r"sign\s+(?:up|out)|log\s*(?:in|on|out)|create\s+(?:an\s+)?account|"
               r"(?:print|email)(?:\s+(?:this\s+)?job)?|refer\s+a\s+friend|send\s+to\s+a\s+friend")
# A page control: a button or link alone on its line.
_CONTROL = (r"(?:easy\s+)?apply(?:\s+now)?|apply\s+on\s+(?:the\s+)?company(?:'s)?\s+(?:website|site)|"
            r"save(?:d)?(?:\s+job)?|share|follow|message|report\s+(?:this\s+)?job|show\s+(?:more|less)|"
            r"see\s+(?:more|less)|show\s+more\s*/\s*show\s+less|dismiss|sign\s+in(?:\s+to\s+\w+(?:\s+\w+)?)?|"
            r"(?:set|create)\s+(?:a\s+)?(?:job\s+)?alert(?:\s+for\s+(?:similar|these|this)\s+jobs?)?|"
            r"get\s+notified\s+(?:about|of|when)\b.{0,40}|promoted(?:\s+by\s+(?:hirer|the\s+employer))?|"
            r"(?:urgently|actively)\s+(?:hiring|recruiting|reviewing\s+applicants)|"
            r"hiring\s+multiple\s+candidates|be\s+an\s+early\s+applicant|"
            r"responses\s+managed\s+off\s+\w+|job\s+details|profile\s+insights|meet\s+the\s+hiring\s+team|"
            r"full\s+job\s+description|pay\s+found\s+in\s+job\s+post|"
            r"benefits\s+pulled\s+from\s+the\s+full\s+job\s+description|"
            r"\w+(?:'s|’s)\s+salary\s+guide|(?:see\s+)?(?:similar|more)\s+jobs(?:\s+like\s+this)?|"
            r"people\s+also\s+viewed|jobs\s+you\s+may\s+be\s+interested\s+in|" + _NAVIGATION)
# An applicant count, a follower or employee count, or when the job was posted.
_COUNT = (r"(?:over\s+|fewer\s+than\s+)?\d[\d,]*\+?\s+(?:applicants?|followers?|employees?|"
          r"people\s+clicked\s+apply)(?:\s+on\s+\w+)?|\d[\d,]*(?:\s*-\s*\d[\d,]*|\+)?\s+employees|"
          r"(?:re)?posted\s+(?:\d+\s+\w+|an?\s+\w+)\s+ago|\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|"
          r"(?:an?\s+)(?:hour|day|week|month)\s+ago|just\s+posted|today")
# The board talking to its reader about their profile, its premium plan or who was hired.
_PROMPT = re.compile(
    r"^(?:your\s+profile\s+matches\b|am\s+i\s+a\s+good\s+fit\b|see\s+how\s+you\s+compare\b|"
    r"try\s+premium\b|see\s+who\s+.{1,60}\s+has\s+hired\b|here(?:'s|’s|\s+is)\s+how\s+the\s+job\b|"
    r"(?:access|unlock)\s+(?:exclusive\s+)?(?:applicant\s+)?insights\b|"
    r"(?:get|reactivate)\s+premium\b|job\s+search\s+faster\s+with\s+premium\b)", re.I)
_PART = re.compile(r"^(?:" + _CONTROL + "|" + _COUNT + r")$", re.I)
# Controls in a row: "·" or "|" between them, or the wide gaps a page's buttons leave when copied
# ("Apply Now    Save Job    Share").
_SEPARATOR = re.compile(r"\s+[·•|]\s+|\s{3,}|\t+")
_TRAILING_MORE = re.compile(r",?\s*\+\d+\s+more\s*$", re.I)


def is_page_chrome(line: str) -> bool:
    """A whole line a job board's page adds: a control, a count, a prompt to the reader, or a run
    of such parts joined by "·" ("2 weeks ago · Over 100 applicants"). A line mixing them with
    words of the posting (a place, a sector) is chrome only when each part is."""
    text = line.strip().strip("*_#>-–—•·").strip()
    if not text or len(text) > 160:
        return False
    if _PROMPT.match(text):
        return True
    parts = [p.strip().rstrip(".!") for p in _SEPARATOR.split(text)]
    return all(_PART.match(p) for p in parts if p)


def chrome_part(part: str) -> bool:
    """One "·"-separated part of a header line that is chrome ("2 weeks ago", "Over 100
    applicants"), so a line such as "Worthington, OH · 2 weeks ago" still gives its place."""
    return bool(_PART.match(part.strip().rstrip(".!")))


def without_chrome(text: str) -> str:
    """The posting with each chrome line emptied (kept as a blank line, so the paragraphs and
    sections around it stay apart) and a chip list's "+8 more" taken off its line."""
    lines = text.split("\n")
    return "\n".join("" if is_page_chrome(line) else _TRAILING_MORE.sub("", line) for line in lines)
