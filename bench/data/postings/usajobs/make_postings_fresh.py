"""Build the FRESH held-out set of 30 USAJOBS postings (31..60) by a fixed rule, decided in advance:
 1. load items from data1 then data2, dedupe by MatchedObjectId keeping first;
 2. drop the 30 control numbers already used (INDEX.tsv usajobs_control_number) and any item whose
    (PositionTitle, OrganizationName) equals that of a used one;
 3. drop items whose clean(JobSummary) + clean(QualificationSummary) is < 800 chars in total;
 4. dedupe by (PositionTitle.lower(), OrganizationName) keeping the first;
 5. sort by MatchedObjectId (string), random.Random(20261205).sample(candidates, 30), sort the
    picks by MatchedObjectId and number them 31..60.
 File name NN_<slug>.txt, slug = title lowercased, non-alphanumerics -> "_", trimmed to 50 chars,
 stripped of "_" at ends. File format and clean() are those of make_postings.py.
Usage: python3 make_postings_fresh.py raw/usajobs_data1.json raw/usajobs_data2.json INDEX.tsv OUTDIR"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_postings import clean, load_items, render  # noqa: E402

SEED, N, FIRST, MINCHARS = 20261205, 30, 31, 800


def slug(title):
    return re.sub(r"[^a-z0-9]", "_", title.lower())[:50].strip("_")


def key(it):
    m = it["MatchedObjectDescriptor"]
    return m["PositionTitle"], m.get("OrganizationName", "")


def body_len(it):
    m = it["MatchedObjectDescriptor"]
    summary = m.get("UserArea", {}).get("Details", {}).get("JobSummary", "")
    return len(clean(summary)) + len(clean(m.get("QualificationSummary", "")))


def main(f1, f2, index, out):
    items = load_items(f1, f2)
    print(f"# unique items: {len(items)}", file=sys.stderr)
    lines = open(index, encoding="utf-8").read().splitlines()
    col = lines[0].split("\t").index("usajobs_control_number")
    used_ids = {line.split("\t")[col] for line in lines[1:] if line.strip()}
    used_keys = {key(it) for it in items if it["MatchedObjectId"] in used_ids}
    assert len(used_ids) == 30 and len([i for i in items if i["MatchedObjectId"] in used_ids]) == 30
    c = [it for it in items if it["MatchedObjectId"] not in used_ids and key(it) not in used_keys]
    print(f"# after excluding used: {len(c)}", file=sys.stderr)
    c = [it for it in c if body_len(it) >= MINCHARS]
    print(f"# after >= {MINCHARS} chars: {len(c)}", file=sys.stderr)
    dk, seen2 = [], set()
    for it in c:
        k = (key(it)[0].lower(), key(it)[1])
        if k not in seen2:
            seen2.add(k)
            dk.append(it)
    print(f"# after title/org dedupe: {len(dk)}", file=sys.stderr)
    dk.sort(key=lambda it: str(it["MatchedObjectId"]))
    picks = sorted(random.Random(SEED).sample(dk, N), key=lambda it: str(it["MatchedObjectId"]))
    os.makedirs(out, exist_ok=True)
    print("file\tposition_title\torganization\tusajobs_control_number\tchars")
    for n, it in enumerate(picks, FIRST):
        m = it["MatchedObjectDescriptor"]
        text = render(it)
        fn = f"{n:02d}_{slug(m['PositionTitle'])}.txt"
        open(os.path.join(out, fn), "w", encoding="utf-8").write(text)
        print("\t".join(map(str, (fn, m["PositionTitle"], m.get("OrganizationName", ""), it["MatchedObjectId"],
                                  len(text)))))


if __name__ == "__main__":
    main(*sys.argv[1:5])
