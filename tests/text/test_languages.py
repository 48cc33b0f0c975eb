"""A language requirement is met by the languages section, at the fluency it asks, and by nothing
that only mentions a language."""
import pytest

from tailor.schemas.models import Language
from tailor.text.languages import language_meets, language_shortfall, languages_named

SPANISH_FLUENT = [Language(language="Spanish", fluency="Native speaker")]
SPANISH_CONVERSATIONAL = [Language(language="Spanish", fluency="Conversational")]
POLISH = [Language(language="Polish", fluency="Fluent")]


@pytest.mark.parametrize("text, named", [
    ("Bilingual English/Spanish preferred", ["English", "Spanish"]),
    ("Spanish a plus", ["Spanish"]),
    ("Fluency in American Sign Language", ["ASL"]),
    ("Ability to speak Mandarin Chinese with clients", ["Mandarin"]),
    ("Bachelor's degree in English or Communications", []),         # a subject, not a language asked
    ("Polish the showroom floors and restock displays", []),        # a verb
    ("Experience selling to French and German retailers across the EU region", []),   # in passing
])
def test_languages_named_only_when_the_requirement_asks_for_one(text, named):
    assert languages_named(text) == named


@pytest.mark.parametrize("text, languages, met", [
    ("Bilingual English/Spanish preferred", SPANISH_FLUENT, True),      # English: the resume is in it
    ("Spanish a plus", SPANISH_CONVERSATIONAL, True),                   # no fluency asked
    ("Spanish a plus", POLISH, False),                                  # another language
    ("Bilingual English/Spanish preferred", SPANISH_CONVERSATIONAL, False),   # fluency short of asked
    ("Excellent written and verbal English", [], False),                # English asked alone: listed or not
    ("Excellent written and verbal English", [Language(language="English", fluency="Native")], True),
    ("Bachelor's degree in Spanish", SPANISH_FLUENT, False),
    ("Fluent in Spanish or Portuguese", SPANISH_FLUENT, True),          # one of them will do
    ("Fluent in Spanish and Portuguese", SPANISH_FLUENT, False),
])
def test_language_meets(text, languages, met):
    assert language_meets(text, languages) is met


def test_the_shortfall_says_what_is_listed_and_what_is_asked():
    note = language_shortfall("Bilingual English/Spanish preferred", SPANISH_CONVERSATIONAL)
    assert note and "Spanish (Conversational)" in note and "fluent or bilingual" in note
    assert language_shortfall("Spanish a plus", POLISH) == ""           # not listed: the usual gap
    assert language_shortfall("Bilingual English/Spanish preferred", SPANISH_FLUENT) is None
    assert language_shortfall("Five years of bookkeeping", SPANISH_FLUENT) is None
