"""Draw a batch of USAJOBS postings by a fixed rule, decided before drawing, as TRAINING data for
the learned statement filter (`tailor/text/statement_filter.py`). They are dev data: nothing here
is ever scored as held out.
 1. load items from data1 then data2, dedupe by MatchedObjectId keeping first;
 2. drop every item already used (every posting numbered below FIRST: the control number printed
    in each posting file here) and any item whose (PositionTitle, OrganizationName) equals that
    of a used one;
 3.-4. the length filter and title/org dedupe of make_postings_fresh.py;
 5. sort by MatchedObjectId (string), random.Random(SEED).sample(candidates, N), sort the picks
    by MatchedObjectId and number them FIRST, FIRST+1, ...
Batches drawn so far (SEED N FIRST): 20261206 40 61 (postings 61-100, INDEX_train.tsv) and
20261207 60 101 (postings 101-160, INDEX_train2.tsv); later 20261208 30 161 (161-190,
the test set, INDEX_test2.tsv) and 20261209 30 191 (191-220, fresh dev, INDEX_dev3.tsv);
20261210 30 221 (221-250, the check batch of session 14, INDEX_check4.tsv); 20261211 30 251
(251-280, the check batch of session 15, INDEX_check5.tsv); 20261212 30 281 (281-310, the check batch
of session 16, INDEX_check6.tsv); 20261213 30 311 (311-340, the check batch of session 17,
INDEX_check7.tsv).
Usage: python3 make_postings_train.py raw/usajobs_data1.json raw/usajobs_data2.json OUTDIR
       [SEED N FIRST]"""
import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_postings import load_items, render  # noqa: E402
from make_postings_fresh import MINCHARS, body_len, key, slug  # noqa: E402

SEED, N, FIRST = 20261206, 40, 61  # the first batch; later batches pass their own on the command line
HERE = os.path.dirname(os.path.abspath(__file__))


def used_control_numbers(first):
    found = set()
    for path in glob.glob(os.path.join(HERE, "[0-9]*_*.txt")):
        if int(os.path.basename(path).split("_")[0]) < first:
            match = re.search(r"USAJOBS control number: (\d+)", open(path, encoding="utf-8").read())
            found.add(match.group(1))
    assert len(found) == first - 1, len(found)
    return found


def main(f1, f2, out, seed=SEED, n=N, first=FIRST):
    items = load_items(f1, f2)
    used = used_control_numbers(first)
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
    picks = sorted(random.Random(seed).sample(dk, n), key=lambda it: str(it["MatchedObjectId"]))
    os.makedirs(out, exist_ok=True)
    print("file\tposition_title\torganization\tusajobs_control_number\tchars")
    for number, it in enumerate(picks, first):
        m = it["MatchedObjectDescriptor"]
        text = render(it)
        fn = f"{number:02d}_{slug(m['PositionTitle'])}.txt"
        open(os.path.join(out, fn), "w", encoding="utf-8").write(text)
        row = (fn, m["PositionTitle"], m.get("OrganizationName", ""), it["MatchedObjectId"], len(text))
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(*sys.argv[1:4], *map(int, sys.argv[4:7]))
