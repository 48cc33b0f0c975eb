"""The text of a posting a browser saved as a web page ("Save Page As..." gives .html).

Why: read as text, a saved page is markup: a new user's run made "<!DOCTYPE html>" the title and
"<script src=...>" a must-have. What a reader sees is the text of the page's body, one line per
block (paragraph, heading, list item, table row), list items marked "- " as a posting pasted by
hand would have them; scripts, styles and the head are not text. The standard library's parser
is enough for this and never fetches anything. See docs/ARCHITECTURE.md, "Ingest".
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset("p div section article header footer main aside h1 h2 h3 h4 h5 h6 ul ol li "
                    "tr table br hr dl dt dd blockquote pre form".split())
_HIDDEN = frozenset("script style noscript head template svg nav".split())   # nav: the site's menus
_HTML = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Does `text` open as a web page does (a doctype or an <html> tag, after comments)?"""
    return bool(_HTML.match(text))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.lines.append("- " if tag == "li" else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1] += data


def html_to_text(html: str) -> str:
    """The page's visible text, a line per block, blank lines between paragraphs kept single."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in parser.lines]
    text = "\n".join(line for line in lines if line not in ("", "-"))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
