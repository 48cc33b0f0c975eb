"""The blind view of a resume: the only view of a person the fit scorer ever sees.

Why: a fit score ranks people. Anything in it that moves with a person's name, gender, age,
origin, photo or family status is discrimination, whatever the intent, and embedding models
carry the associations of the text they were trained on (a "she" or a "Jamal" shifts a vector).
Removing those signals *before* scoring is the only guarantee that they cannot leak in, so the
scorer's functions take a `BlindResume`, never a `Corpus`:

* **basics are dropped**: name, email, phone, url, location, profiles, image, and any extra
  fields (maritalStatus, nationality, dateOfBirth, gender...) never reach a `Corpus` to begin
  with, and the summary survives only as its neutralised sentences;
* **education without dates** (and without institution or grade): a graduation year is a proxy
  for age, a school's name for origin and class;
* **carried sections are dropped** (languages, interests, references, awards): they add little to
  fit and much to bias (a mother-tongue or a club says where someone is from);
* **organisation names are dropped**: only a role's title and description are kept, and the
  person's own employers and schools are also cut where a bullet names them (an HBCU or a
  women's network as employer is not a skill), unless the name is one of their skills;
* **pronouns are neutralised** (he/she/him/her/his/hers/himself/herself -> they/them/their/
  theirs/themselves, keeping case) and the person's own name tokens are removed from the text.

Work dates are kept apart from the text (`work_spans`): they are the only source for a "N+ years
of experience" requirement, so graduation years and age never are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tailor.corpus.dates import Span, work_span
from tailor.schemas.models import Corpus


@dataclass(frozen=True)
class Unit:
    """A piece of resume text the scorer may cite: `cite_id` is an evidence id (`w0.3-9f86d0`),
    an experience id (`w0`, its title and description) or a field path (`skills[1]`)."""
    cite_id: str
    text: str


@dataclass(frozen=True)
class BlindResume:
    source: str                                   # the file it came from, for reports only
    units: tuple[Unit, ...]
    skills: tuple[str, ...] = ()
    work_spans: tuple[Span | None, ...] = field(default=())

    def text(self) -> str:
        """All of the blind resume as one text (what the baselines compare)."""
        return "\n".join(u.text for u in self.units)


# he/she and friends -> they; "her" is object (them) or possessive (their) by what follows.
_SIMPLE = {"he": "they", "she": "they", "him": "them", "his": "their", "hers": "theirs",
           "himself": "themselves", "herself": "themselves"}
_PRONOUN = re.compile(r"\b(he|she|him|his|hers|her|himself|herself)\b", re.I)
# After "her", these words start a new phrase: "gave her the award" -> them; otherwise "her
# team" -> their. A possessive "his" before them is standalone: "the idea was his." -> theirs.
_PHRASE_START = frozenset("""
a an the this that these those and or but as at by for from in into of on to with about after
before over under up down out off again so than then when while who which is was were are be
""".split())
_VERB_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
                   "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}


def _with_case(word: str, template: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[0].isupper():
        return word[0].upper() + word[1:]
    return word


def neutralise_pronouns(text: str) -> str:
    """Gendered third-person pronouns -> they/them/their/theirs/themselves, case-preserving.

    "she is" becomes "they are" (is/was/has/does only: other verbs keep their form, so "she
    leads" reads "they leads"; the words a scorer compares are the same either way).
    """
    out: list[str] = []
    pos = 0
    for match in _PRONOUN.finditer(text):
        word = match.group(0)
        low = word.lower()
        after = text[match.end():]
        following = re.match(r"\s+([A-Za-z']+)", after)
        next_word = following.group(1).lower() if following else ""
        if low == "her":
            replacement = "them" if (not next_word or next_word in _PHRASE_START
                                     or not re.match(r"\s+[A-Za-z]", after)) else "their"
        elif low == "his" and (not next_word or not re.match(r"\s+[A-Za-z]", after)):
            replacement = "theirs"
        else:
            replacement = _SIMPLE[low]
        out.append(text[pos:match.start()])
        out.append(_with_case(replacement, word))
        pos = match.end()
        if low in ("he", "she") and next_word in _VERB_AGREEMENT and following:
            verb = following.group(1)
            out.append(after[:following.start(1)])
            out.append(_with_case(_VERB_AGREEMENT[next_word], verb))
            pos = match.end() + following.end(1)
    out.append(text[pos:])
    return "".join(out)


def name_tokens(name: str) -> list[str]:
    """The words of a person's name ("José García" -> José, García; "Al-Farsi" also -> Farsi)."""
    tokens = []
    for word in name.split():
        word = word.strip(".,()\"'")
        if len(word) >= 2:
            tokens.append(word)
        tokens += [part for part in word.split("-") if len(part) >= 3 and part != word]
    return sorted(set(tokens), key=len, reverse=True)


def remove_name(text: str, tokens: list[str]) -> str:
    """Drop the name's words where they appear capitalised as in the name (a surname that is
    also a common word, "Baker" or "Rose", stays when written in lower case: "a rose garden")."""
    for token in tokens:
        for form in dict.fromkeys((token, token.upper())):
            text = re.sub(r"(?<![\w-])" + re.escape(form) + r"(?:['’]s)?(?![\w-])", "", text)
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"\s+([,.;:!?])", r"\1", text)).strip()


def organisation_names(corpus: Corpus) -> list[str]:
    """The person's employers and schools as whole phrases, longest first; a name that is also
    one of their skills ("Kubernetes" as a project's organisation) is kept in the text."""
    skills = {k.casefold() for g in corpus.skills for k in (g.name, *g.keywords)}
    names = [e.organization for e in corpus.experiences] + [e.institution for e in corpus.education]
    names = {" ".join(n.split()) for n in names if len(n.strip()) >= 2}
    return sorted((n for n in names if n.casefold() not in skills), key=len, reverse=True)


def blind_text(text: str, tokens: list[str]) -> str:
    return remove_name(neutralise_pronouns(text), tokens)


def blind_view(corpus: Corpus, source: str = "", blind: bool = True) -> BlindResume:
    """The blind view of `corpus`. `blind=False` keeps pronouns and names in the text: only for
    tests that show the blinding is what keeps the score fair."""
    tokens = organisation_names(corpus) + name_tokens(corpus.basics.name) if blind else []

    def clean(text: str) -> str:
        return blind_text(text, tokens) if blind else " ".join(text.split())

    units = [Unit(b.id, clean(b.text)) for b in corpus.summary_evidence]
    for exp in corpus.experiences:
        headline = ". ".join(part.strip().rstrip(".") for part in (exp.title, exp.summary) if part.strip())
        if headline:
            units.append(Unit(exp.id, clean(headline)))
        units += [Unit(b.id, clean(b.text)) for b in exp.bullets]
    for i, edu in enumerate(corpus.education):
        degree = " in ".join(p.strip() for p in (edu.study_type, edu.area) if p.strip())
        courses = ", ".join(c for c in edu.courses if c.strip())
        text = degree + (f". Courses: {courses}" if courses else "")
        if text.strip():
            units.append(Unit(f"education[{i}]", clean(text)))
    skills: list[str] = []
    for i, group in enumerate(corpus.skills):
        names = [k for k in group.keywords if k.strip()] or [group.name]
        skills += names
        units.append(Unit(f"skills[{i}]", clean(f"{group.name}: {', '.join(names)}")))
    for i, cert in enumerate(corpus.certificates):
        units.append(Unit(f"certificates[{i}]", clean(" ".join(p for p in (cert.name, cert.issuer) if p))))
    spans = tuple(work_span(e.start_date, e.end_date) for e in corpus.experiences if e.kind == "work")
    return BlindResume(source=source, units=tuple(u for u in units if u.text),
                       skills=tuple(clean(s) for s in skills if s.strip()), work_spans=spans)
