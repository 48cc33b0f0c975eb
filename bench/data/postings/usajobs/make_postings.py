"""Rebuild the 30 posting .txt files from the USAJOBS search-API dump in
github:bcarothers19/usajobs_json_parser (usajobs_data1.json, usajobs_data2.json).
Usage: python3 make_postings.py uj1.json uj2.json OUTDIR"""
import html
import json
import os
import re
import sys

PICKS = [  # (file slug, exact PositionTitle)
 ("nursing_registered_nurse_med_surg", "Registered Nurse - Medical/Surgical/Telemetry Unit"),
 ("nursing_licensed_practical_nurse", "Licensed Practical Nurse (LPN) - Specialty Clinic"),
 ("healthcare_dental_assistant", "Dental Assistant (Expanded Function)"),
 ("healthcare_physical_therapy_assistant", "PHYSICAL THERAPY ASSISTANT"),
 ("healthcare_pharmacy_chief", "Chief, Pharmacy Service"),
 ("healthcare_psychology_technician", "Psychology Technician"),
 ("public_safety_police_officer", "POLICE OFFICER"),
 ("public_safety_wildland_fire_engine_operator", "Forestry Technician (Fire Engine Operator)"),
 ("public_safety_security_assistant", "Security Assistant"),
 ("finance_payroll_technician", "Civilian Payroll Technician (Payroll)"),
 ("finance_budget_analyst", "Budget Analyst"),
 ("finance_auditor", "Auditor (Recent Graduates)"),
 ("childcare_child_youth_program_assistant", "Child and Youth Program Assistant CY-01/02"),
 ("teaching_instructor_social_science", "Instructor (Social Science), GS-1701-11 (DEU)"),
 ("admin_administrative_support_assistant", "Administrative Support Assistant"),
 ("social_services_assistant", "Social Services Assistant"),
 ("food_service_nutrition_assistant_chief", "Assistant Chief, Nutrition and Food Service"),
 ("food_safety_specialist", "Food Safety Specialist"),
 ("agriculture_poultry_grader", "Agricultural Commodity Grader (Poultry)"),
 ("engineering_technician_civil", "ENGINEERING TECHNICIAN (CIVIL), GS-0802-9/10/11"),
 ("trades_electronics_technician", "Electronics Technician"),
 ("outdoor_forestry_technician_trails", "Forestry Technician (Trails)"),
 ("facilities_management_specialist", "Sr. Facility Management Specialist"),
 ("logistics_transportation_specialist",
  "PATHWAYS RECENT GRADUATE (Transportation Specialist ), GS-2101-9 (Open to U.S. citizens) MJ"),
 ("science_meteorological_technician", "METEOROLOGICAL TECHNICIAN"),
 ("software_it_specialist_appsw", "IT Specialist (APPSW)"),
 ("library_supervisory_librarian", "Supervisory Librarian"),
 ("writing_technical_writer_editor", "TECHNICAL WRITER-EDITOR"),
 ("legal_healthcare_fraud_attorney", "Healthcare Fraud Attorney"),
 ("veterinary_medical_officer", "Veterinary Medical Officer"),
]


def clean(s):
    s = re.sub(r"</?c0>", "", s or "")
    s = re.sub(r"<br\s*/?>|</p>|</li>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s).replace("\r", "")
    s = re.sub(r"[ \t]+", " ", s)
    return re.sub(r"\n\s*\n+", "\n\n", s).strip()


def load_items(f1, f2):
    """The API dump's items, data1 then data2, deduplicated by MatchedObjectId (first kept)."""
    items, seen = [], set()
    for f in (f1, f2):
        for it in json.load(open(f, encoding="utf-8"))["SearchResult"]["SearchResultItems"]:
            if it["MatchedObjectId"] not in seen:
                seen.add(it["MatchedObjectId"])
                items.append(it)
    return items


def render(it):
    """One posting file: the header lines, then the job summary and the qualifications."""
    m = it["MatchedObjectDescriptor"]
    d = m.get("UserArea", {}).get("Details", {})
    pay = m.get("PositionRemuneration", [{}])[0]
    locs = "; ".join(place.get("LocationName", "") for place in m.get("PositionLocation", []))
    grade = (m.get("JobGrade") or [{}])[0].get("Code", "")
    department = f" ({m['DepartmentName']})" if m.get("DepartmentName") else ""
    schedule = ", ".join(s["Name"] for s in m.get("PositionSchedule", []))
    offering = ", ".join(s["Name"] for s in m.get("PositionOfferingType", []))
    return "\n".join([
        f"Job title: {m['PositionTitle']}",
        f"Organization: {m.get('OrganizationName', '')}" + department,
        f"Location: {locs}",
        f"Occupational category: {', '.join(c['Name'] for c in m.get('JobCategory', []))}",
        f"Pay plan/grade: {grade} {d.get('LowGrade', '')}-{d.get('HighGrade', '')}",
        f"Salary: {pay.get('MinimumRange', '')} - {pay.get('MaximumRange', '')} {pay.get('Description', '')}",
        f"Schedule: {schedule}; {offering}",
        f"Who may apply: {d.get('WhoMayApply', {}).get('Name', '')}",
        f"Open: {m.get('PositionStartDate', '')[:10]}  Close: {m.get('ApplicationCloseDate', '')[:10]}",
        f"Announcement: {m.get('PositionID', '')}  USAJOBS control number: {it['MatchedObjectId']}",
        f"Source URL: {m.get('PositionURI', '')}",
        "", "JOB SUMMARY", clean(d.get("JobSummary", "")),
        "", "QUALIFICATIONS", clean(m.get("QualificationSummary", "")), ""])


def main(f1, f2, out):
    items = load_items(f1, f2)
    os.makedirs(out, exist_ok=True)
    rows = []
    for n, (slug, title) in enumerate(PICKS, 1):
        it = next(i for i in items if i["MatchedObjectDescriptor"]["PositionTitle"] == title)
        text = render(it)
        fn = f"{n:02d}_{slug}.txt"
        open(os.path.join(out, fn), "w", encoding="utf-8").write(text)
        m = it["MatchedObjectDescriptor"]
        rows.append((fn, m["PositionTitle"], m.get("OrganizationName", ""), it["MatchedObjectId"], len(text)))
    for row in rows:
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
