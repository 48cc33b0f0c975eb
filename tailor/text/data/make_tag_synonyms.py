"""Derive `tag_synonyms.tsv` from Stack Overflow's tag-synonym table (see SOURCE.md).

    python -m tailor.text.data.make_tag_synonyms path/to/TagSynonyms.csv

Stack Overflow's moderators approve a synonym when two tags name the same thing, but many
approved pairs are topic merges rather than other names ("decrypt" -> "encryption",
"javascript-alert" -> "javascript", "workbook" -> "excel"): fine for filing questions, wrong for
saying a resume has a posting's keyword. A pair is kept only when both sides are names a posting
or a resume would use for the same thing:

* another spelling of the same letters ("nodejs" / "node.js", "vue" / "vue.js", "css3" / "css"),
* an acronym, a numeronym or a vendor-prefixed form ("gcp", "k8s", "apache-airflow"),
* else an abbreviation, both sides names rather than ordinary English words ("postgres",
  "sklearn", "tsql"); a side made only of ordinary words ("text-analysis" -> "nlp", "money" ->
  "currency") is a topic, and unrelated letters ("tsv" -> "csv", "webpage" -> "html") or a part
  ("lubuntu" -> "ubuntu") are other things;
* never a subtopic ("php-cli" -> "php"), a plural (matching accepts plurals anyway), a tag of one
  or two characters outside SHORT_OK (their meaning depends on case: "ms", "ml"), or a tag in
  RESERVED (the hand-written `variants.txt` decides those).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from lemminflect import getAllLemmas

HERE = Path(__file__).resolve().parent
OUT = HERE / "tag_synonyms.tsv"
# Words that may be added to a name without making it another thing ("google-cloud-platform").
NAME_EXTRAS = frozenset("platform framework language lang js io google amazon aws microsoft ms apache "
                        "adobe ibm oracle".split())
VENDORS = frozenset("google amazon aws microsoft ms apache adobe ibm oracle".split())
# Tags of one or two characters that are names when written in capitals (matching is then exact).
SHORT_OK = frozenset("js ai qa ie ef vb d3 c3 r go c# c++ f#".split())
# "pubsub" is Google's Pub/Sub in postings, not the publish-subscribe pattern it is filed under.
RESERVED = frozenset(["pubsub"])


def norm(tag: str) -> str:
    return tag.strip().lower().replace("-", " ")


def _compact(term: str) -> str:
    return re.sub(r"[\s.]+", "", term)


def _ordinary(word: str) -> bool:
    word = word.strip(".")
    return bool(getAllLemmas(word) or (word.endswith("s") and getAllLemmas(word[:-1])))


def _all_ordinary(term: str) -> bool:
    words = re.findall(r"[a-z][a-z']*|\S+", term)
    return bool(words) and all(_ordinary(w) for w in words)


def _acronym(short: str, long: str) -> bool:
    words = long.split()
    return len(words) > 1 and short.replace(" ", "") == "".join(w[0] for w in words)


def _numeronym(short: str, long: str) -> bool:           # "k8s", "i18n"
    found = re.fullmatch(r"([a-z])(\d+)([a-z])", short)
    return bool(found) and long[0] == found[1] and long[-1] == found[3] and len(long) == int(found[2]) + 2


def _same_letters(a: str, b: str) -> bool:
    """"nodejs" / "node.js", "vue" / "vue.js", "css3" / "css", "golang" / "go"."""
    ca, cb = _compact(a), _compact(b)
    if ca == cb or ca in (cb + "lang", cb + "language") or cb in (ca + "lang", ca + "language"):
        return True
    strip = [re.sub(r"(js|[\d.x]+)$", "", c) for c in (ca, cb)]
    return strip[0] == strip[1] and len(strip[0]) >= 3


def _plural(a: str, b: str) -> bool:
    ca, cb = _compact(a), _compact(b)
    return ca != cb and (ca.rstrip("s") == cb.rstrip("s") or ca + "es" == cb or cb + "es" == ca)


def _extends(a: str, b: str) -> bool | None:
    """Is `a` `b` plus words: another thing ("php-cli" / "php": True), or the same thing with
    only NAME_EXTRAS added ("google-cloud-platform" / "google-cloud": False)? None if neither."""
    wa, wb = a.split(), b.split()
    if not set(wb) < set(wa):
        return None
    return not set(wa) - set(wb) <= NAME_EXTRAS


def _vendor_form(a: str, b: str) -> bool:
    """"apache-airflow" / "airflow", "aws-athena" / "amazon-athena"."""
    wa, wb = a.split(), b.split()
    if (wa[0] in VENDORS and wa[1:] == wb) or (wb[0] in VENDORS and wb[1:] == wa):
        return True
    return len(wa) > 1 and len(wb) > 1 and wa[0] in VENDORS and wb[0] in VENDORS and wa[1:] == wb[1:]


def _abbreviation(short: str, long: str) -> bool:
    """The letters of `short` in order in `long`, from its first: "postgres", "sklearn", "tsql"."""
    rest = iter(long)
    return short[:1] == long[:1] and all(c in rest for c in short)


def keep(source: str, target: str) -> bool:
    """Whether an approved synonym pair (tags already `norm`ed) names one thing both ways."""
    if source in RESERVED or target in RESERVED or _plural(source, target):
        return False
    if any(len(re.sub(r"\W", "", t)) <= 2 and t not in SHORT_OK for t in (source, target)):
        return False
    extends = {_extends(source, target), _extends(target, source)}
    if True in extends:
        return False                                     # a subtopic: "php-cli" -> "php"
    if False in extends or _same_letters(source, target) or _vendor_form(source, target):
        return True
    if any(_acronym(x, y) or _numeronym(x, y) for x, y in ((source, target), (target, source))):
        return True
    if _all_ordinary(source) or _all_ordinary(target):
        return False                                     # a topic: "text-analysis" -> "nlp"
    short, long = sorted((_compact(source), _compact(target)), key=len)
    if short in long and not long.startswith(short):
        return False                                     # a part: "lubuntu" -> "ubuntu"
    if long.startswith(short) and _ordinary(long[len(short):]):
        return False                                     # a subtopic: "usbdevice" -> "usb"
    return _abbreviation(short, long)


def main(csv_path: str) -> None:
    kept = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["ApprovalDate"]:
                continue                                 # suggested, never approved
            source, target = row["SourceTagName"], row["TargetTagName"]
            if keep(norm(source), norm(target)):
                kept.append((source, target))
    kept.sort(key=lambda p: (p[1], p[0]))
    lines = ["# Derived from Stack Overflow tag synonyms (CC BY-SA 4.0): see SOURCE.md",
             "# source tag\ttarget tag"] + [f"{s}\t{t}" for s, t in kept]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} pairs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
