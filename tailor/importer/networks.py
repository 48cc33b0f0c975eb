"""Profiles on networks: which network an address belongs to, the handle in it, and the lines
that stand for a profile wherever they are printed (a network's name, a handle linked to its
page, a short icon before a handle). `contact.py` reads the header with these; see the importer
steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from tailor.importer import fields
from tailor.importer.lines import Line

NETWORKS = {"github.com": "GitHub", "linkedin.com": "LinkedIn", "twitter.com": "Twitter", "x.com": "X",
            "gitlab.com": "GitLab", "stackoverflow.com": "Stack Overflow", "medium.com": "Medium",
            "dribbble.com": "Dribbble", "behance.net": "Behance", "kaggle.com": "Kaggle",
            "bitbucket.org": "Bitbucket", "facebook.com": "Facebook", "instagram.com": "Instagram",
            "youtube.com": "YouTube", "scholar.google.com": "Google Scholar", "orcid.org": "ORCID",
            "xing.com": "XING", "bsky.app": "Bluesky", "researchgate.net": "ResearchGate", "codepen.io": "CodePen",
            "dev.to": "DEV", "leetcode.com": "LeetCode", "hackerrank.com": "HackerRank", "wellfound.com": "Wellfound",
            "huggingface.co": "Hugging Face", "npmjs.com": "npm", "pypi.org": "PyPI", "substack.com": "Substack"}
NETWORK_NAMES = frozenset(name.casefold() for name in NETWORKS.values()) | {"xing", "bluesky", "mastodon"}


# A letter (or a network's short name) set as the icon before a contact detail where a symbol font
# is not used (moderncv's letters, plain text): "M (415) 555-0117", "E jo@example.com", "gh jodoe".
_ICON = re.compile(r"([A-Z]|in|li|gh|gl|tw|so)\s+(\S.*)")
_ICON_NETWORKS = {"in": "linkedin.com/in/", "li": "linkedin.com/in/", "gh": "github.com/", "gl": "gitlab.com/",
                  "tw": "twitter.com/", "so": "stackoverflow.com/users/"}
_HANDLE = re.compile(r"@?(?=[\w.-]*[a-z])(?![A-Z][a-z]+$)\w[\w.-]{1,38}")  # "jo-doe", not "Austin" or "2019"


def icon_value(part: str) -> str | None:
    """The detail after a letter icon, or the profile a network's short name and a handle stand
    for ("gh jodoe" -> "github.com/jodoe"); else None. After one capital the rest must be an
    email, phone or web address, so "A Smith" stays text; "F" (fax) is no phone: left as it is."""
    match = _ICON.fullmatch(part.strip())
    icon, value = (match[1], match[2].strip()) if match else ("", "")
    if icon in _ICON_NETWORKS:
        return _ICON_NETWORKS[icon] + value.lstrip("@") if _HANDLE.fullmatch(value) else None
    detail = fields.is_email(value) or fields.is_url(value) or fields.is_phone(value)
    return value if match and detail and icon != "F" else None


def profile_line(line: Line) -> bool:
    """A network's name on its own ("GitHub") or a one-word handle linked to a profile: what a
    layout prints under "About" after the summary's prose, which is contact, not summary."""
    text = line.text.strip()
    return text.casefold() in NETWORK_NAMES or (" " not in text and bool(network_of(line.link)))


PATH_WORDS = ("in", "u", "user", "users", "pub", "profile")  # path words before a handle


def profile_handle(line: Line) -> bool:
    """A line that is nothing but the person's handle, linked to that handle's profile page on a
    network ("dreyes-data" -> github.com/dreyes-data): contact, in whatever section a column
    layout's reading order put it. A repository or post link (more than the handle in its path)
    is a project's or a publication's, not the person's."""
    text = line.text.strip().lstrip("@")
    if " " in text or not text or not network_of(line.link):
        return False
    path = urlsplit(line.link if "://" in line.link else "https://" + line.link).path
    segments = [s for s in path.split("/") if s and s not in PATH_WORDS]
    return len(segments) == 1 and segments[0].lstrip("@").casefold() == text.casefold()


def network_of(url: str) -> str:
    """The network a profile URL belongs to ("" for a personal site)."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = parts.netloc.lower().removeprefix("www.")
    return next((name for domain, name in NETWORKS.items() if host == domain or host.endswith("." + domain)),
                "Mastodon" if parts.path.startswith("/@") else "")


def username_of(url: str) -> str:
    path = urlsplit(url if "://" in url else "https://" + url).path
    segments = [s for s in path.split("/") if s and s not in PATH_WORDS]
    return segments[-1].lstrip("@") if segments else ""


def home_page(url: str) -> bool:
    """A network's own home page with no handle in it ("https://github.com/", "linkedin.com/in/"):
    what a template links a network's name to when the person left that handle empty, so it
    names no profile of theirs."""
    return bool(network_of(url)) and not username_of(url)
