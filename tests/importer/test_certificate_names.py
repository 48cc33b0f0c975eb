"""`certificate_names.py`: a certificate's name told from an issuer, and a licence listed under
an education heading told from a degree."""
from tailor.importer.build import resume_from_lines
from tailor.importer.certificate_names import another_certificate, certificates_apart, names_certificate, skills_apart
from tailor.importer.lines import Line
from tailor.importer.sections import Section


def _resume(*body: str) -> dict:
    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"), *(Line(text) for text in body)]
    return resume_from_lines(lines).resume


def test_a_certificate_by_its_words_its_body_or_its_level_and_an_issuer_by_an_organisations_words():
    for text in ("PRINCE2 Foundation", "White Card (construction induction)", "RTITB Counterbalance Forklift Licence",
                 "IOSH Managing Safely", "First Aid at Work", "Certified Kubernetes Administrator"):
        assert names_certificate(text), text
    for text in ("Amazon Web Services", "Cloud Native Computing Foundation", "AACN Certification Corporation",
                 "Google / Coursera", "Tableau", "OSHA Training Institute"):
        assert not names_certificate(text), text


def test_a_second_certificate_name_opens_the_next_certificate_an_issuer_does_not():
    assert another_certificate(Line("White Card (construction induction)"), [Line("PRINCE2 Foundation")])
    assert not another_certificate(Line("Cloud Native Computing Foundation"),
                                   [Line("Certified Kubernetes Administrator")])
    assert not another_certificate(Line("Certified Kubernetes Administrator"), [Line("Google / Coursera")])
    assert _resume("CERTIFICATIONS", "PRINCE2 Foundation", "White Card (construction induction)")["certificates"] \
        == [{"name": "PRINCE2 Foundation"}, {"name": "White Card (construction induction)"}]
    assert _resume("CERTIFICATIONS", "Certified Kubernetes Administrator", "The Linux Foundation")["certificates"] \
        == [{"name": "Certified Kubernetes Administrator", "issuer": "The Linux Foundation"}]


def test_licences_under_an_education_heading_are_certificates_degrees_stay():
    lines = [Line("NVQ Level 3 Warehousing and Storage, Leicester College (2018–2019)"),
             Line("RTITB Counterbalance Forklift Licence"), Line("Licence en Droit, Université de Lyon"),
             Line("IOSH Managing Safely", bullet="-", list_item=True), Line("Coursework: Food Safety, Nutrition")]
    education, certificates = certificates_apart([Section("education", "Qualifications", lines)])
    assert [line.text for line in education.lines] == [lines[0].text, lines[2].text, lines[4].text]
    assert certificates.key == "certificates" and [line.text for line in certificates.lines] == \
        ["RTITB Counterbalance Forklift Licence", "IOSH Managing Safely"]
    resume = _resume("QUALIFICATIONS", "NVQ Level 3 Warehousing and Storage, Leicester College (2018–2019)",
                     "RTITB Counterbalance Forklift Licence", "IOSH Managing Safely")
    assert resume["certificates"] == [{"name": "RTITB Counterbalance Forklift Licence"},
                                      {"name": "IOSH Managing Safely"}]
    assert resume["education"] == [{"institution": "Leicester College", "studyType": "NVQ Level 3",
                                    "area": "Warehousing and Storage", "startDate": "2018", "endDate": "2019"}]


def test_a_certifications_and_skills_section_gives_certificates_one_each_and_its_lists_as_skills():
    resume = _resume("CERTIFICATIONS & SKILLS", "OSHA 10 (2019); Forklift certified (2015)",
                     "Excel, SAP, MercuryGate, Outlook | LTL/FTL, EDI, freight claims, dock scheduling")
    assert resume["certificates"] == [{"name": "OSHA 10", "date": "2019"},
                                      {"name": "Forklift certified", "date": "2015"}]
    assert resume["skills"][0]["keywords"] == ["Excel", "SAP", "MercuryGate", "Outlook", "LTL/FTL", "EDI",
                                               "freight claims", "dock scheduling"]


def test_a_certificates_section_alone_keeps_its_lines_and_a_semicolon_inside_a_name_stays():
    section = Section("certificates", "Certifications", [
        Line("Excel, SAP, Outlook, Word"), Line("Food Hygiene Level 2; renewed yearly")])
    (kept,) = skills_apart([section])  # no skills named in the heading: no skills section
    assert [line.text for line in kept.lines] == ["Excel, SAP, Outlook, Word", "Food Hygiene Level 2; renewed yearly"]


def test_a_line_with_a_date_of_its_own_under_a_dated_certificate_opens_the_next_one():
    assert another_certificate(Line("Rigging Fundamentals (8-hour course), 2021"), [Line("Crane Signal Card, 2018")])
    assert not another_certificate(Line("Expires Jan 2023"), [Line("Crane Signal Card, 2018")])
    assert not another_certificate(Line("Harbor Safety Council"), [Line("Crane Signal Card, 2018")])
    resume = _resume("CERTIFICATIONS", "Crane Signal Card, 2018", "Rigging Fundamentals (8-hour course), 2021",
                     "Aerial Lift Operator (boom and scissor), 2022")
    assert resume["certificates"] == [{"name": "Crane Signal Card", "date": "2018"},
                                      {"name": "Rigging Fundamentals (8-hour course)", "date": "2021"},
                                      {"name": "Aerial Lift Operator (boom and scissor)", "date": "2022"}]


def test_a_second_part_that_names_another_credential_is_no_issuer():
    from tailor.importer.certificate_names import one_credential

    assert one_credential(["Food Hygiene", "Level 2"]) == ["Food Hygiene, Level 2"]
    assert one_credential(["Pediatric CPR", "First Aid", "2021"]) == ["Pediatric CPR, First Aid", "2021"]
    assert one_credential(["Security+", "CompTIA"]) == ["Security+", "CompTIA"]
    assert one_credential(["Lifeguard Training", "American Red Cross"]) == ["Lifeguard Training", "American Red Cross"]
    assert _resume("CERTIFICATIONS", "Pediatric CPR, First Aid (2021)")["certificates"] == \
        [{"name": "Pediatric CPR, First Aid", "date": "2021"}]
    assert one_credential(["Tableau", "Tableau Desktop Specialist"]) == ["Tableau", "Tableau Desktop Specialist"]
    assert one_credential(["Azure Certified Developer", "Associate"], [("Azure Certified Developer", "Associate",
                                                                       "Azure Certified Developer - Associate")]) \
        == ["Azure Certified Developer", "Associate"]  # the level after a dash: `certificate_level` joins it
    assert _resume("CERTIFICATIONS", "Azure Certified Developer - Associate, Microsoft")["certificates"] == \
        [{"name": "Azure Certified Developer - Associate", "issuer": "Microsoft"}]


def test_a_state_after_a_licence_name_is_where_it_holds_not_its_issuer():
    from tailor.importer.header_parts import certificate_split

    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"), Line("CERTIFICATIONS", heading=True)]
    for name, issuer in (("Registered Nurse – Ohio (RN.123456)", "2019"), ("Pharmacist License", "Oregon | 2018")):
        lines += [Line(name, bold=True, gap_before=True), Line(issuer)]
    certificates = resume_from_lines(lines).resume["certificates"]
    assert [c["name"] for c in certificates] == ["Registered Nurse – Ohio (RN.123456)", "Pharmacist License, Oregon"]
    assert not any("issuer" in c for c in certificates)
    assert certificate_split("certificates", "PHARMACIST LICENSE, OREGON (MULTISTATE)") is None
    assert certificate_split("certificates", "PHARMACIST LICENSE, OREGON BOARD OF PHARMACY") \
        == ["PHARMACIST LICENSE", "OREGON BOARD OF PHARMACY"]
