"""Build a TRAINING set of 40 more USAJOBS postings (61..100) by a fixed rule, decided before
drawing, for the learned statement filter (`tailor/text/statement_filter.py`). They are dev data:
nothing here is ever scored as held out.
 1. load items from data1 then data2, dedupe by MatchedObjectId keeping first;
 2. drop every item already used (01..60: the control number printed in each posting file here)
    and any item whose (PositionTitle, OrganizationName) equals that of a used one;
 3.-4. the length filter and title/org dedupe of make_postings_fresh.py;
 5. sort by MatchedObjectId (string), random.Random(20261206).sample(candidates, 40), sort the
    picks by MatchedObjectId and number them 61..100.
Usage: python3 make_postings_train.py raw/usajobs_data1.json raw/usajobs_data2.json OUTDIR"""
import glob
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_postings import clean
from make_postings_fresh import MINCHARS, render, slug

SEED, N, FIRST = 20261206, 40, 61
HERE = os.path.dirname(os.path.abspath(__file__))


def used_control_numbers():
    found = set()
    for path in glob.glob(os.path.join(HERE, "[0-9][0-9]_*.txt")):
        if int(os.path.basename(path)[:2]) <= 60:
            match = re.search(r"USAJOBS control number: (\d+)", open(path, encoding="utf-8").read())
            found.add(match.group(1))
    assert len(found) == 60, len(found)
    return found


def key(it):
    m = it["MatchedObjectDescriptor"]
    return m["PositionTitle"], m.get("OrganizationName", "")


def body_len(it):
    m = it["MatchedObjectDescriptor"]
    summary = m.get("UserArea", {}).get("Details", {}).get("JobSummary", "")
    return len(clean(summary)) + len(clean(m.get("QualificationSummary", "")))


def main(f1, f2, out):
    items, seen = [], set()
    for f in (f1, f2):
        for it in json.load(open(f, encoding="utf-8"))["SearchResult"]["SearchResultItems"]:
            if it["MatchedObjectId"] not in seen:
                seen.add(it["MatchedObjectId"])
                items.append(it)
    used = used_control_numbers()
    used_keys = {key(it) for it in items if str(it["MatchedObjectId"]) in used}
    c = [it for it in items if str(it["MatchedObjectId"]) not in used and key(it) not in used_keys]
    c = [it for it in c if body_len(it) >= MINCHARS]
    dk, seen2 = [], set()
    for it in c:
        k = (key(it)[0].lower(), key(it)[1])
        if k not in seen2:
            seen2.add(k)
            dk.append(it)
    print(f"# candidates: {len(dk)}", file=sys.stderr)
    dk.sort(key=lambda it: str(it["MatchedObjectId"]))
    picks = sorted(random.Random(SEED).sample(dk, N), key=lambda it: str(it["MatchedObjectId"]))
    os.makedirs(out, exist_ok=True)
    print("file\tposition_title\torganization\tusajobs_control_number\tchars")
    for n, it in enumerate(picks, FIRST):
        m = it["MatchedObjectDescriptor"]
        text = render(it)
        fn = f"{n:02d}_{slug(m['PositionTitle'])}.txt"
        open(os.path.join(out, fn), "w", encoding="utf-8").write(text)
        row = (fn, m["PositionTitle"], m.get("OrganizationName", ""), it["MatchedObjectId"], len(text))
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
