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
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_postings import clean

SEED, N, FIRST, MINCHARS = 20261205, 30, 31, 800

def render(it):
    m = it["MatchedObjectDescriptor"]; d = m.get("UserArea", {}).get("Details", {})
    pay = m.get("PositionRemuneration", [{}])[0]
    locs = "; ".join(l.get("LocationName", "") for l in m.get("PositionLocation", []))
    grade = (m.get("JobGrade") or [{}])[0].get("Code", "")
    return "\n".join([
        f"Job title: {m['PositionTitle']}",
        f"Organization: {m.get('OrganizationName','')}" + (f" ({m['DepartmentName']})" if m.get('DepartmentName') else ""),
        f"Location: {locs}",
        f"Occupational category: {', '.join(c['Name'] for c in m.get('JobCategory', []))}",
        f"Pay plan/grade: {grade} {d.get('LowGrade','')}-{d.get('HighGrade','')}",
        f"Salary: {pay.get('MinimumRange','')} - {pay.get('MaximumRange','')} {pay.get('Description','')}",
        f"Schedule: {', '.join(s['Name'] for s in m.get('PositionSchedule', []))}; {', '.join(s['Name'] for s in m.get('PositionOfferingType', []))}",
        f"Who may apply: {d.get('WhoMayApply',{}).get('Name','')}",
        f"Open: {m.get('PositionStartDate','')[:10]}  Close: {m.get('ApplicationCloseDate','')[:10]}",
        f"Announcement: {m.get('PositionID','')}  USAJOBS control number: {it['MatchedObjectId']}",
        f"Source URL: {m.get('PositionURI','')}",
        "", "JOB SUMMARY", clean(d.get("JobSummary", "")),
        "", "QUALIFICATIONS", clean(m.get("QualificationSummary", "")), ""])

def slug(title):
    return re.sub(r"[^a-z0-9]", "_", title.lower())[:50].strip("_")

def main(f1, f2, index, out):
    items, seen = [], set()
    for f in (f1, f2):
        for it in json.load(open(f, encoding="utf-8"))["SearchResult"]["SearchResultItems"]:
            if it["MatchedObjectId"] not in seen:
                seen.add(it["MatchedObjectId"]); items.append(it)
    print(f"# unique items: {len(items)}", file=sys.stderr)
    lines = open(index, encoding="utf-8").read().splitlines()
    col = lines[0].split("\t").index("usajobs_control_number")
    used_ids = {l.split("\t")[col] for l in lines[1:] if l.strip()}
    key = lambda it: (it["MatchedObjectDescriptor"]["PositionTitle"], it["MatchedObjectDescriptor"].get("OrganizationName", ""))
    used_keys = {key(it) for it in items if it["MatchedObjectId"] in used_ids}
    assert len(used_ids) == 30 and len([i for i in items if i["MatchedObjectId"] in used_ids]) == 30
    c = [it for it in items if it["MatchedObjectId"] not in used_ids and key(it) not in used_keys]
    print(f"# after excluding used: {len(c)}", file=sys.stderr)
    def body_len(it):
        m = it["MatchedObjectDescriptor"]
        return len(clean(m.get("UserArea", {}).get("Details", {}).get("JobSummary", ""))) + len(clean(m.get("QualificationSummary", "")))
    c = [it for it in c if body_len(it) >= MINCHARS]
    print(f"# after >= {MINCHARS} chars: {len(c)}", file=sys.stderr)
    dk, seen2 = [], set()
    for it in c:
        k = (it["MatchedObjectDescriptor"]["PositionTitle"].lower(), it["MatchedObjectDescriptor"].get("OrganizationName", ""))
        if k not in seen2:
            seen2.add(k); dk.append(it)
    print(f"# after title/org dedupe: {len(dk)}", file=sys.stderr)
    dk.sort(key=lambda it: str(it["MatchedObjectId"]))
    picks = sorted(random.Random(SEED).sample(dk, N), key=lambda it: str(it["MatchedObjectId"]))
    os.makedirs(out, exist_ok=True)
    print("file\tposition_title\torganization\tusajobs_control_number\tchars")
    for n, it in enumerate(picks, FIRST):
        m = it["MatchedObjectDescriptor"]; text = render(it)
        fn = f"{n:02d}_{slug(m['PositionTitle'])}.txt"
        open(os.path.join(out, fn), "w", encoding="utf-8").write(text)
        print("\t".join(map(str, (fn, m["PositionTitle"], m.get("OrganizationName", ""), it["MatchedObjectId"], len(text)))))

if __name__ == "__main__":
    main(*sys.argv[1:5])
