"""The writer's prompts: what a writer model is asked, and how its answer is cleaned.

They live beside the model backends because a trained adapter is tied to them: the adapter's
metadata records `PROMPT_SHA256`, and every run's model fingerprint carries it, so a prompt
change is visible in each report and ledger row. The writer (`tailor.agents.writer`) fills them;
training (`tailor.training.dataset`) builds its rows from the same text.
"""
from __future__ import annotations

import hashlib
import re

SYSTEM = ("You rewrite one resume bullet. Keep its facts, numbers and names exactly. Add "
          "nothing that is not in the evidence. Write one line in the past tense, no first person.")
# The model sees the job only as keywords its evidence already supports: given requirement
# sentences, a small model copies them into the bullet ("...to ensure optimal scalability").
EXAMPLES: list[tuple[str, str]] = [
    ("Evidence: I did the month-end close for 3 entities and reconciled 40 bank accounts in Excel\n"
     "Keywords: month-end close, Excel",
     "Completed the month-end close for 3 entities and reconciled 40 bank accounts in Excel"),
    ("Evidence: drove forklift daily, zero safety incidents in 2 years, loaded 30 trucks a shift\n"
     "Keywords: forklift, safety",
     "Drove a forklift daily with zero safety incidents in 2 years, loading 30 trucks a shift"),
    ("Evidence: Answered phones and greeted about 60 patients a day at the front desk\n"
     "Keywords: front desk",
     "Greeted about 60 patients a day at the front desk and answered phones"),
]
BULLET_ASK = "Evidence: {evidence}\nKeywords: {keywords}"
REPAIR_ASK = "{base}\nDo not write: {draft}\nProblem: {problem}"
SUMMARY_SYSTEM = ("You write the two-sentence summary at the top of a resume. Use only the facts "
                  "given. Keep names and numbers exactly. No first person, no invented claims.")
SUMMARY_ASK = "Target role: {title}\nFacts:\n{facts}\nWrite the summary."
MAX_NEW_TOKENS = 64  # a 40-word bullet is about 55 tokens
PROMPT_SHA256 = hashlib.sha256(
    "\n".join([SYSTEM, repr(EXAMPLES), BULLET_ASK, REPAIR_ASK, SUMMARY_SYSTEM, SUMMARY_ASK])
    .encode()).hexdigest()
_LABEL_ONLY = re.compile(r"^[\w \-]{0,40}:$")
_PREFIX = re.compile(r"^\s*(?:[-*•·]+|\d+[.)]|bullet\s*:|summary\s*:|rewritten\s*:)\s*", re.I)



def clean_line(text: str) -> str:
    """First line of a completion that says something, without list markers, labels or quotes.

    Small models often open with a bare label line ("Synthesized:", "Rewritten bullet:"); the
    answer is on the next line.
    """
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    line = next((ln for ln in lines if not _LABEL_ONLY.match(ln)), "")
    line = _PREFIX.sub("", line).strip().strip('"“”').strip()
    return re.sub(r"\s+", " ", line)
