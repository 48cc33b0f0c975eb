"""The words the posting rules share: which verbs open a duty, which capitalised words open a
requirement item, which words carry no meaning of their own.

Repairing lost line breaks, recognising headings, cutting items, classifying them and choosing
keywords all ask the same questions about a word ("is 'Develops' a form of a duty verb?"). One
list per question keeps the answers the same everywhere; `Section` and `Kind` name the places and
the kinds of requirement those rules speak of.
"""
from __future__ import annotations

from typing import Literal

Kind = Literal["must_have", "nice_to_have", "responsibility"]
# Where a sentence sits: under a requirements heading, a "nice to have" one, a duties one, an
# unlabelled part (intro, "Job Description", "Overview": judged sentence by sentence), or a part
# that is never requirements (benefits, about us, EEO).
Section = Literal["must", "nice", "resp", "neutral", "boiler"]


# Verbs that open a duty ("Maintain...", "Develops...", "Answering..."). Used both to recognise
# responsibilities in unlabelled text and to find item boundaries lost when a list was pasted as
# one line ("...whatever else they may need Dispatch necessary resources...").
DUTY_VERBS = frozenset("""
accompany achieve act administer advise advocate align analyze analyse answer anticipate arrange
assess assign assist attend audit balance book build calculate call carry champion check clean
coach collaborate collect communicate compile complete comply compose conduct configure confirm
contribute convert coordinate create cultivate debug define deliver deploy design determine develop
devise direct dispatch document draft drive educate elevate enhance ensure enter establish
estimate evaluate evangelize examine execute facilitate file follow forecast foster fuel gather generate read
greet guide handle help hire hold identify implement improve incorporate influence inform input
inspect install integrate interface interpret investigate keep label lead liaise load log maintain make
manage maximize measure meet mentor mix monitor motivate negotiate notify onboard operate optimize
organize oversee own participate partner perform pick plan play prepare present prioritize
process procure produce program promote propose provide publish pursue receive recommend reconcile
record recruit reduce refine reject report represent research resolve respond review route run
schedule screen secure select serve service set share solve source specify staff stay stock store
streamline supervise support take teach test track train translate troubleshoot understand undertake unload
unpack update upload utilize use validate verify weigh work write
""".split())

ADVERBS = frozenset("accurately actively proactively regularly routinely safely directly "
                    "continuously promptly closely effectively independently".split())

# Capitalised words that start a requirement item; a lost line break before them is restored.
ITEM_STARTERS = frozenset("""
Ability Able Must Experience Knowledge Proficient Proficiency Familiarity Familiar Strong Excellent
Possess Possesses Requires Proven Demonstrated Previous Prior Working Solid Understanding Minimum
Basic Advanced Intermediate Comprehensive Extensive Outstanding Willingness Bachelor Bachelor's
Bachelors Master's Degree Clean Valid Confident Heavy Good Great Effective Exceptional One Two
Skill Skills Demonstrate
""".split())
NOUN_LIKE = frozenset("Services Processes Reports Records Plans Programs Tests Designs Files "
                       "Sources Reviews Schedules Logs Labels Stocks Supports Sales".split())

FUNCTION_WORDS = frozenset("""
a an the and or nor of to in on for with by at from as our your their its his her into via per
than is are be been all any both each other new such including about over under within without
&amp; & / - this that these those my we you they it not
""".split())


def is_verb(word: str) -> bool:
    """Base, -s, -ies, -ing forms of a duty verb: "Maintain", "Develops", "Identifies", "Serving"."""
    return verb_lemma(word) is not None


def verb_lemma(word: str) -> str | None:
    """The duty verb a word is a form of ("Identifies" -> "identify"), or None."""
    w = word.lower().strip(",.:;")
    if w in DUTY_VERBS:
        return w
    candidates = []
    if w.endswith("ies"):
        candidates.append(w[:-3] + "y")
    if w.endswith("es"):
        candidates.append(w[:-2])
    if w.endswith("s"):
        candidates.append(w[:-1])
    if w.endswith("ing"):
        stem = w[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    return next((c for c in candidates if c in DUTY_VERBS), None)
