"""The one shape every input format is reduced to: a list of `Line`s with layout attributes.

PDF, DOCX and text files differ in what they know about a line (a PDF knows positions and
fonts, a DOCX knows style names and list paragraphs, Markdown knows `#` and `-`), so every
reader fills in what it knows and the parsers downstream only look at `Line`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from tailor.importer.fields import is_email, is_url

# Glyphs people (and Tailor's template) start a bullet with. "-", "*", "+" and "–" count only
# when followed by a space, so "-5% churn" or "*nix" are not bullets.
# List-marker glyphs; "-", "*", "–" and "+" count as markers only before a space.
MARKER_GLYPHS = "•▪·◦‣●○■□➢➤►▸✓✔"
# "{ Built ...": a symbol font's bullet (marvosym's, which LaTeX's moderncv uses for its list
# points) has no Unicode name of its own and lands in the text layer as "{". Typed text opens a
# brace before a group it closes, so an opening brace before a space, with no closing brace on
# the line, is the marker (docs/ARCHITECTURE.md, "Resume import", step 1).
# Before a space only: Word's second-level "o", the arrows and diamonds of other bullet styles,
# "§" and "Ø" (Wingdings' square and arrow bullets, pasted as text in another font), ">" and a
# number or letter of a numbered list ("1.", "2)").
# arrows and diamonds that open a point when a space follows them ("→ Led ...", "◆ Built ...")
ARROW_MARKERS = "→➔⇒❖◆♦"
_MARKER_WORDS = rf"[-*–+o>§Ø{ARROW_MARKERS}]|\d{{1,2}}[.)]"
_BULLET = re.compile(rf"^\s*([{MARKER_GLYPHS}]|(?:{_MARKER_WORDS})(?=\s)|\{{(?=\s+\S)(?=[^}}]*$))\s*")
# Inside a line, a tab or a wide run of spaces separates columns ("Acme Corp<TAB>2019 - 2021").
_COLUMN_GAP = re.compile(r"(?<=\S)(?:\s*\t\s*|\s{3,})(?=\S)")


@dataclass(frozen=True)
class Line:
    """One logical line of the resume (wrapped lines already joined back together).

    `heading` is a style signal only (Word heading style, Markdown `#`, a font clearly larger
    than the body); `sections.py` decides what is a section heading. `bold_prefix` is the text
    of the line's leading bold run, which in most templates is the role title or employer.
    `gap_before` says a blank line (or extra vertical space) precedes it: entries split there.
    """
    text: str
    page: int = 0
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    bold: bool = False
    bold_prefix: str = ""
    heading: bool = False
    level: int = 0  # Markdown/Word heading level (1 = the name), 0 when unknown
    bullet: str = ""  # the glyph the line started with, stripped from `text`
    list_item: bool = False  # a bullet glyph or a list paragraph (DOCX)
    gap_before: bool = False
    link: str = ""  # the web address a PDF links the line's text to (`links.py`)
    bold_tail: str = ""  # the trailing bold run of a line that does not open in bold
    # every bold run of a line set partly in bold, in order ("Chef at **Casa Lucio** Madrid,
    # Spain": the employer's run ends where its place begins); empty when no font is known
    bold_runs: tuple[str, ...] = ()
    # a PDF line's right edge and the foot of its last wrapped row (0: not known), which tell
    # a column of right-aligned lines ("ragged left") and how far below one line the next is
    right: float = 0.0
    bottom: float = 0.0

    @property
    def is_bullet(self) -> bool:
        return self.list_item or bool(self.bullet)


def just_under(above: Line, line: Line, room: float) -> bool:
    """`line` starts on `above`'s page below its foot by at most `room` of its font size: the next
    row of one block, where a wrap or a title's second line stands."""
    return line.page == above.page and 0 <= line.y - (above.bottom or above.y + above.size) <= room * above.size


def text_tail(text: str, glyphs: int) -> str:
    """The end of `text` that holds its last `glyphs` visible characters (a run of glyphs counted
    on the page, found again in the line after its wraps were joined)."""
    at = len(text)
    while glyphs > 0 and at > 0:
        at -= 1
        glyphs -= bool(text[at].strip())
    return text[at:].strip() if glyphs <= 0 else ""


def inked_end(chars: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A line's glyphs ((text, bold) each) without the space or line end pdfminer leaves after
    its last one: what another line's glyphs are joined on to."""
    end = len(chars)
    while end and not chars[end - 1][0].strip():
        end -= 1
    return list(chars[:end])


def chains_joined(pieces: list, next_of, join) -> list:
    """`pieces` (a PDF's `pdf._Phys`) with each chain of pieces that go on one another read as one
    piece, on the row where the chain starts: `next_of(piece, first)` is the piece that goes on
    `piece` (`first`: `piece` opens the chain), else None; `join(head, rest)` is the two as one.
    A wrapped address, a name floated right and wrapped under itself, and a point's label with its
    value beside it are such chains."""
    taken: set[int] = set()
    joined: dict[int, object] = {}
    for upper in sorted(pieces, key=lambda p: (p.page, p.top)):
        if id(upper) in taken:
            continue
        rest = next_of(upper, True)
        while rest is not None and id(rest) not in taken:  # a chain may run over three rows
            taken.add(id(rest))
            joined[id(upper)] = join(joined.get(id(upper), upper), rest)
            rest = next_of(rest, False)
    return [joined.get(id(p), p) for p in pieces if id(p) not in taken]


def bold_runs(chars: list[tuple[str, bool]]) -> tuple[str, ...]:
    """The bold runs of a line's glyphs ((text, bold) each), in order, when the line mixes bold
    and regular type. A run may hold spaces between its bold words; a font change inside a line
    is where a layout ends one field and starts the next ("Role at **Employer** City, ST"),
    which no separator may mark (docs/ARCHITECTURE.md, "Resume import", step 1)."""
    inked = [bold for text, bold in chars if text.strip()]
    if all(inked) or not any(inked):
        return ()
    runs: list[str] = []
    current = ""
    for text, bold in chars:
        if text.strip() and not bold:
            runs.append(current)
            current = ""
        elif bold or current:
            current += text
    return tuple(run for run in (clean(r) for r in [*runs, current]) if run)


def strip_bullet(line: Line) -> Line:
    """Move a leading bullet glyph from `text` into `bullet`."""
    match = _BULLET.match(line.text)
    if not match or not line.text[match.end():].strip():
        return line
    rest = line.text[match.end():].strip()
    prefix = line.bold_prefix
    if prefix.startswith(match[0].strip()):
        prefix = prefix[len(match[0].strip()):].strip()
    return replace(line, text=rest, bullet=match[1], list_item=True, bold_prefix=prefix,
                   bold=line.bold and prefix == rest)


def clean(text: str, columns: bool = False) -> str:
    """Collapse whitespace and drop invisible characters; with `columns`, a tab or a wide run
    of spaces (a typed column gap in a text or Word file) becomes " | ". A typesetter's
    ligatures ("ﬀ", "ﬁ") are the letters typed, and so is an apostrophe LaTeX or a word
    processor curled ("group’s", "O’Neill"), and the hyphen a page set as non-breaking to keep a
    phone number on one line ("555‑0142", U+2011): the text as the person wrote it. A letter and its
    accent drawn as two glyphs ("e" + U+0302 + U+0303, as PDF writers often set "ễ") are the one
    letter typed (Unicode NFC), so "Nguyễn" reads the same whatever file it came from."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u00ad\u200b\u2060\ufeff]", "", text).replace("\u00a0", " ")
    text = re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m[0]), text)  # "ﬀ" -> "ff"
    text = re.sub(r"(?<=\w)\u2019(?=\w)", "'", text)  # "O’Neill": the apostrophe typed, not the one typeset
    text = re.sub("[\u2010\u2011]", "-", text)  # "555‑0142": a non-breaking hyphen is the hyphen typed
    if columns:
        text = _COLUMN_GAP.sub(" | ", text.strip())
    return " ".join(text.split())


def join_wrapped(first: str, second: str, vocabulary: set[str] | None = None, cut: bool = False) -> str:
    """Join a line and its wrapped continuation.

    A break after a hyphen or an en dash keeps it and adds no space ("tiered-" + "storage" gives
    "tiered-storage", never "tiered- storage"; "Years 7–" + "11" gives "Years 7–11"). The
    hyphen is dropped when the joined word appears unhyphenated elsewhere in the document
    (`vocabulary`), or when it was a typesetter's break inside a word (`_syllable_break`). An
    email or web address broken where a narrow column ends goes on with no space
    (`address_goes_on`; `cut`: `first` ends where its column does).
    """
    if address_goes_on(first, second, cut):
        return first + second.strip()
    if re.search(r"\w[-–]$", first) and second[:1].isalnum():
        head = re.search(r"(\w+)-$", first)
        tail = re.match(r"\w+", second)
        if vocabulary and head and tail and (head[1] + tail[0]).lower() in vocabulary \
                and f"{head[1]}-{tail[0]}".lower() not in vocabulary or head and tail and tail[0].islower() \
                and _syllable_break(head[1], tail[0]) and f"{head[1]}-{tail[0]}".lower() not in (vocabulary or ()):
            return first[:-1] + second
        return first + second
    if _cut_word(first, second):
        return first + second.strip()
    return f"{first} {second}"


def _cut_word(first: str, second: str) -> bool:
    """"Manufacturin" / "g", "Transmission" / "s": a browser breaks a word too long for a narrow
    column anywhere, with no hyphen (CSS overflow-wrap). The next line then opens with a lower-case
    piece that is no word, and the two together are one."""
    from lemminflect import getAllLemmas

    head = re.search(r"(?<![\w-])([A-Za-z]{2,})$", first)
    tail = re.match(r"([a-z]+)(?=$|[\s,;)])", second)
    return bool(head and tail and not getAllLemmas(tail[1]) and tail[1] not in FUNCTION_WORDS
                and head[1].lower() not in FUNCTION_WORDS and getAllLemmas((head[1] + tail[1]).lower()))


# words with no lemma of their own that are words all the same ("for" / "a" is no "fora")
FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "or", "and", "as", "if", "so", "for", "nor",
                   "but", "yet", "my", "me", "we", "us", "he", "she", "it", "its", "his", "her", "our", "you", "your",
                   "i", "is", "am", "are", "was", "be", "do", "no", "not", "up", "off", "out", "via", "per", "vs",
                   "etc", "than", "then", "this", "that", "with", "from", "into", "onto", "who", "all", "any"}


def _syllable_break(head: str, tail: str) -> bool:
    """"Learn-" / "ing", "Insti-" / "tute": a typesetter's break inside a word (TeX hyphenates
    on its own): the whole is an English word and the rest is none. "co-" / "operative" and
    "South-" / "west" keep their hyphen: both halves are words, so the person may have typed it.
    A rest that is a word by chance ("Pas-" / "try", "Inven-" / "tory") after a head of three
    letters or more that is none, nor a prefix written with its hyphen ("multi-", "non-"), is a
    break too: nobody types "Pas-try"; and so is a rest that is a suffix as well as a word
    ("intern-" / "ships", "care-" / "less"): English writes such words whole, while the rest of a
    compound typed with a hyphen ("co-op", "re-sign", "South-west") is no suffix."""
    from lemminflect import getAllLemmas

    if not getAllLemmas((head + tail).lower()):
        return False
    long_head = len(head) >= 3 and head.isalpha() and head.lower() not in _TYPED_PREFIXES
    return not getAllLemmas(tail.lower()) or long_head and (not getAllLemmas(head.lower())
                                                            or tail.lower() in _SUFFIX_WORDS)


# suffixes that are words too: a typesetter's break before one leaves two words ("intern-ships")
_SUFFIX_WORDS = frozenset("ship ships less able ably".split())


# prefixes a writer joins with a hyphen on purpose ("multi-site", "non-profit", "pre-order")
_TYPED_PREFIXES = frozenset("""pre non anti multi semi sub inter post mid tri pro counter mega micro macro ultra
extra infra intra hyper super trans quasi pseudo neo""".split())


def address_goes_on(first: str, second: str, cut: bool = False) -> bool:
    """"maya.okonkwo@exampl" / "e.com", "jo.exam" / "ple.ca": an address too long for its column
    is broken anywhere, with no hyphen. The next line is one token that makes the address whole:
    an email where there was none yet (or only one with a one-letter ending: "jo@example.c" /
    "om"), or a web address where there was none, or after a line that broke it at a dot or
    slash, or at a hyphen, which ends no host name ("https://huongnguyen-" / "rn.example.org"), or
    with its last letter or two cut off ("jo.example.co" / "m"; an email's too when they complete a
    common ending: "jo@example.co" / "m", "jo@example.or" / "g"). In a layout's capitals the
    next line is in capitals too ("JO@EXAMPLE.C" / "OM"). A line `cut` where its column ends (no
    room left there for one more letter: the layout broke the address, not the person) goes on
    even when what it holds looks whole ("jose.nunez.garcia@example.co" / "m.br"), unless the next
    line is an address of its own, a name of two letters or more before a dot ("github.com/jo")."""
    words, rest = first.split(), second.strip()
    shouted = words and words[-1].isupper() and rest.isupper()  # "JO@EXAMPLE.C" / "OM": capitals by CSS
    if not words or not rest or " " in rest or not (rest[:1].islower() or shouted) and rest[:1] not in "./":
        return False
    tail, joined = words[-1], words[-1] + rest
    cut = cut and re.match(r"[\w-]{2,}\.", rest) is None
    if "@" in tail:
        ending = tail.rsplit(".", 1)[-1]
        return is_email(joined) and (cut or not is_email(tail) or len(ending) < 2
                                     or len(rest) < len(ending) and (ending + rest).lower() in _ENDINGS)
    if not any(c.isalpha() for c in tail) or not ("." in tail or tail.endswith("-")):
        return False  # "901.555.0187" is a phone, not the start of an address
    return is_url(joined) and (cut or not is_url(tail) or tail.endswith((".", "/", "-"))
                               or rest.startswith((".", "/")) or len(rest) <= 2 and rest.isalpha())


# common endings of an email's domain: "jo@example.co" / "m" is cut, though ".co" is one of its own
_ENDINGS = {"com", "org", "net", "edu", "gov", "info"}


def words_of(texts: list[str]) -> set[str]:
    """Lower-cased words and hyphenated compounds of `texts` (lines in reading order), for
    `join_wrapped`; in a document whose typesetter hyphenates (a break that only a typesetter
    makes: "Learn-" / "ing", `_syllable_break`), also the whole of each English word it broke
    between two words ("Out-" / "standing", "South-" / "west"): the person typed one word, which
    a document set without such breaks keeps as printed. A short head ("co-", "re-") or a prefix
    written with its hyphen ("multi-") stays as typed."""
    from lemminflect import getAllLemmas

    found: set[str] = set()
    for text in texts:
        for word in re.findall(r"\w+(?:-\w+)*", text):
            found.add(word.lower())
    broken = [(head[1], tail[0]) for first, second in zip(texts, texts[1:])
              if (head := re.search(r"(?<![\w-])([A-Za-z]+)-$", first.rstrip()))
              and (tail := re.match(r"[a-z]+", second.strip()))]
    if any(_syllable_break(head, tail) for head, tail in broken):
        found |= {(head + tail).lower() for head, tail in broken
                  if len(head) > 2 and head.lower() not in _TYPED_PREFIXES
                  and f"{head}-{tail}".lower() not in found and getAllLemmas((head + tail).lower())}
    return found


def trimmed_chars(chars) -> list[tuple[str, bool]]:
    """A run's (glyph, bold) pairs without the spaces at either end, so pieces joined by a
    separator of their own do not carry the page's padding into a field."""
    glyphs = list(chars)
    while glyphs and not glyphs[0][0].strip():
        glyphs.pop(0)
    while glyphs and not glyphs[-1][0].strip():
        glyphs.pop()
    return glyphs
