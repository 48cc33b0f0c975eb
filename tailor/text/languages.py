"""Does the languages section meet a requirement that asks for a language?

Why: "Bilingual English/Spanish preferred" is met, or not, by what the person lists under
languages, never by a bullet that happens to sit close in meaning ("Bilingual: Polish" read as
covering "Spanish a plus"). A requirement asks for a language when it names one and either says
so ("fluent", "bilingual", "speak", "written and spoken") or says little else ("Spanish a plus").
It is met when every language it names other than English is listed (a resume written in English
shows English; English itself counts only when listed; "Spanish or Portuguese" asks one), at a
fluency no lower than it asks: a posting that wants someone fluent or bilingual is not met by
"Conversational" or "Basic", and the gap note says so rather than "no evidence". See docs/ARCHITECTURE.md, "Report".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from tailor.schemas.models import Language

# Languages a posting may ask for, as written in English (capitalised: "polish the floors" and
# "turkish towels" are not languages).
NAMES = (
    "Afrikaans Albanian Amharic Arabic Armenian Bengali Bosnian Bulgarian Burmese Cantonese Catalan "
    "Chinese Croatian Czech Danish Dari Dutch English Estonian Farsi Filipino Finnish French German "
    "Greek Gujarati Haitian Hausa Hebrew Hindi Hmong Hungarian Icelandic Igbo Indonesian Italian "
    "Japanese Kannada Kazakh Khmer Korean Kurdish Lao Latvian Lithuanian Malay Malayalam Mandarin "
    "Marathi Mongolian Nepali Norwegian Pashto Persian Polish Portuguese Punjabi Romanian Russian "
    "Serbian Slovak Slovenian Somali Spanish Swahili Swedish Tagalog Tamil Telugu Thai Tigrinya "
    "Turkish Ukrainian Urdu Uzbek Vietnamese Welsh Yoruba Zulu").split()
# Spelled-out names of one language (the key is how the posting may write it)
ALIASES = {"American Sign Language": "ASL", "ASL": "ASL", "Haitian Creole": "Haitian",
           "Farsi": "Persian", "Tagalog": "Filipino", "Mandarin Chinese": "Mandarin"}
_NAME = re.compile(r"\b(" + "|".join(sorted([*NAMES, *ALIASES], key=len, reverse=True)) + r")\b")
# Words that say the requirement is about using a language
_ASKS = re.compile(r"\b(fluen\w*|bilingual|multilingual|speak\w*|spoken|language|native|proficien\w*|"
                   r"read|write|written|verbal|oral|conversational|interpret\w*|translat\w*)\b", re.I)
# Words that say nothing of what is asked ("Spanish a plus", "Spanish is strongly preferred")
_FILLER = re.compile(r"\b(a|an|the|is|are|in|of|and|or|plus|bonus|preferred|required|desired|desirable|"
                     r"strongly|highly|nice|to|have|must|asset|helpful|skills?|ability|also)\b", re.I)
_EITHER = re.compile(r"\bor\b|\beither\b", re.I)
_DEGREE = re.compile(r"\b(degree|bachelor|master|major|B\.?A\.?|B\.?S\.?|M\.?A\.?|literature|studies)\b", re.I)
# Asked fluency: anything short of it in the list does not meet the requirement
_FLUENT = re.compile(r"\b(fluen\w*|bilingual|native|professional(?: working)? proficiency|full proficiency)\b", re.I)
_BELOW_FLUENT = re.compile(r"\b(basic|beginner|elementary|limited|conversational|intermediate|some|"
                           r"learning|A1|A2|B1|B2)\b", re.I)


def _canonical(name: str) -> str:
    return ALIASES.get(name, name)


def languages_named(text: str) -> list[str]:
    """The languages `text` asks for, each once, in order; [] when it is not about a language
    (names none, or names one only as a degree's subject or in passing)."""
    names = list(dict.fromkeys(_canonical(m) for m in _NAME.findall(text)))
    if not names or _DEGREE.search(text):
        return []
    rest = _FILLER.sub(" ", _NAME.sub(" ", text))
    if _ASKS.search(text) or len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2:
        return names
    return []


def _listed(languages: Sequence[Language]) -> dict[str, Language]:
    found = {}
    for language in languages:
        for name in _NAME.findall(language.language) or [language.language.strip()]:
            found.setdefault(_canonical(name), language)
    return found


def language_meets(text: str, languages: Sequence[Language]) -> bool:
    """Is the language requirement `text` met by the languages section `languages`?"""
    return bool(languages_named(text)) and language_shortfall(text, languages) is None


def language_shortfall(text: str, languages: Sequence[Language]) -> str | None:
    """Why the languages section does not meet the language requirement `text` ("" when `text`
    asks for no language it lists at all, so there is nothing to say beyond the usual gap), or
    None when it is met or asks for no language."""
    named = languages_named(text)
    if not named:
        return None
    listed = _listed(languages)
    wanted = [name for name in named if name != "English" or name in listed or len(named) == 1]
    missing = [name for name in wanted if name not in listed]
    if _EITHER.search(text) and len(missing) < len(wanted):   # "Spanish or Portuguese": one will do
        wanted = [name for name in wanted if name in listed]
        missing = []
    if missing:
        return ""
    if _FLUENT.search(text):
        below = [listed[name] for name in wanted if _BELOW_FLUENT.search(listed[name].fluency)]
        if below:
            shown = ", ".join(f"{item.language} ({item.fluency})" for item in below)
            return (f"Your languages section lists {shown}; this asks for a fluent or bilingual "
                    "speaker (if you are one, say so in your resume's languages)")
    return None
