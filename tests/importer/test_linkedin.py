"""LinkedIn's data export (tailor/importer/linkedin.py): an archive built here in LinkedIn's
documented CSV format -> a valid JSON Resume holding every item; broken archives -> one message."""
import json
import zipfile

import pytest
from typer.testing import CliRunner

from tailor.cli import app, main
from tailor.corpus.jsonresume import validate_json_resume
from tailor.importer.linkedin import bullets, import_linkedin, is_linkedin_export

FILES = {
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
        "Twitter Handles,Websites,Instant Messengers\n"
        "Zoë,Okafor,,,,Platform Engineer,\"I build reliable platforms.\",Software,,\"Berlin, Germany\","
        "[zoeo],\"[PORTFOLIO:https://zoe.example.org,OTHER:https://github.com/zoeo]\",\n"),
    "Positions.csv": (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme Cloud,Senior Platform Engineer,\"• Migrated 40 services to Kubernetes\n"
        "• Cut deploy time from 2 hours to 10 minutes\n- Mentored 4 engineers. Ran the on-call rota.\","
        "\"Berlin, Germany\",Mar 2021,\n"
        "Globex,Software Engineer,Built billing APIs in Go,Hamburg,Jan 2017,Feb 2021\n"),
    "Education.csv": (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "TU Berlin,2014,2016,Thesis on schedulers,Master of Science - MS,\n"
        "University of Lagos,2010,2014,,Bachelor of Science - BS,Robotics club\n"),
    "Skills.csv": "Name\nKubernetes\nGo\nTerraform\n",
    "Certifications.csv": ("Name,Url,Authority,Started On,Finished On,License Number\n"
                           "Certified Kubernetes Administrator,https://cncf.io/cert/123,CNCF,Jun 2022,,LF-123\n"),
    "Languages.csv": "Name,Proficiency\nGerman,Professional working proficiency\n",
    "Projects.csv": ("Title,Description,Url,Started On,Finished On\n"
                     "kube-lint,A linter for manifests. Used by 300 teams.,https://github.com/zoeo/kube-lint,"
                     "Jan 2020,Dec 2020\n"),
    "Email Addresses.csv": ("Email Address,Confirmed,Primary,Updated On\n"
                            "old@example.org,Yes,No,1/1/20\nzoe@example.org,Yes,Yes,1/1/21\n"),
    "Connections.csv": ("Notes:\n\"When exporting your connection data, you may notice that some of the email "
                        "addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                        "Connected On\nJane,Doe,,,,,01 Jan 2020\n"),
}


def _archive(tmp_path, files=FILES, name="Basic_LinkedInDataExport_12-05-2026.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for file, text in files.items():
            archive.writestr(file, text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _check(resume):
    validate_json_resume(resume, "linkedin")  # the project's JSON Resume validation
    basics = resume["basics"]
    assert basics["name"] == "Zoë Okafor" and basics["label"] == "Platform Engineer"
    assert basics["email"] == "zoe@example.org"  # the primary address, not the first
    assert basics["url"] == "https://zoe.example.org" and basics["location"]["city"] == "Berlin"
    assert [(w["name"], w["position"]) for w in resume["work"]] == [
        ("Acme Cloud", "Senior Platform Engineer"), ("Globex", "Software Engineer")]
    acme, globex = resume["work"]
    assert acme["startDate"] == "2021-03" and "endDate" not in acme
    assert acme["highlights"] == ["Migrated 40 services to Kubernetes", "Cut deploy time from 2 hours to 10 minutes",
                                  "Mentored 4 engineers.", "Ran the on-call rota."]
    assert globex["highlights"] == ["Built billing APIs in Go"] and globex["endDate"] == "2021-02"
    assert [(e["institution"], e["studyType"], e["startDate"]) for e in resume["education"]] == [
        ("TU Berlin", "Master of Science - MS", "2014"), ("University of Lagos", "Bachelor of Science - BS", "2010")]
    assert resume["skills"] == [{"name": "Skills", "keywords": ["Kubernetes", "Go", "Terraform"]}]
    assert resume["certificates"] == [{"name": "Certified Kubernetes Administrator", "issuer": "CNCF",
                                       "date": "2022-06", "url": "https://cncf.io/cert/123"}]
    assert resume["languages"] == [{"language": "German", "fluency": "Professional working proficiency"}]
    assert resume["projects"][0]["name"] == "kube-lint"
    assert resume["projects"][0]["highlights"] == ["A linter for manifests.", "Used by 300 teams."]


def test_archive_becomes_a_valid_resume_with_every_item(tmp_path):
    result, warnings = import_linkedin(_archive(tmp_path))
    _check(result.resume)
    # values with no JSON Resume field are listed, not dropped
    assert {u.text for u in result.unparsed} == {"Thesis on schedulers", "Robotics club", "LF-123"}
    # Connections.csv (with its "Notes:" preamble) is not resume data: reported, not read
    assert any("Connections.csv" in w for w in warnings)


def test_unzipped_folder_and_a_subfolder_in_the_zip(tmp_path):
    folder = _folder(tmp_path, FILES)
    assert is_linkedin_export(folder) and not is_linkedin_export(tmp_path / "me.pdf")
    _check(import_linkedin(folder)[0].resume)
    nested = {f"Basic_LinkedInDataExport/{name.upper()}": text for name, text in FILES.items()}
    _check(import_linkedin(_archive(tmp_path, nested, "nested.zip"))[0].resume)


def test_the_import_loads_as_a_corpus_with_one_evidence_bullet_per_item(tmp_path):
    from tailor.corpus.loader import load_corpus_with_warnings

    path = tmp_path / "me.json"
    path.write_text(json.dumps(import_linkedin(_archive(tmp_path))[0].resume), encoding="utf-8")
    corpus, warnings = load_corpus_with_warnings(path)
    assert warnings == []
    acme = corpus.experiences[0]
    assert (acme.organization, len(acme.bullets)) == ("Acme Cloud", 4)
    assert acme.bullets[1].text == "Cut deploy time from 2 hours to 10 minutes"


def test_header_variations_and_missing_optional_files(tmp_path):
    files = {"Profile.csv": "\ufefffirst_name , LAST NAME,Headline\nAda,Lovelace,Analyst\n",
             "Skills.csv": "Notes:\nsome preamble\n\nname\nMaths\n", "Ad_Targeting.csv": "Member Age\n30\n"}
    result, warnings = import_linkedin(_archive(tmp_path, files))
    assert result.resume["basics"]["name"] == "Ada Lovelace"
    assert result.resume["skills"][0]["keywords"] == ["Maths"]
    assert "work" not in result.resume
    assert any("Positions.csv" in w for w in warnings) and any("Education.csv" in w for w in warnings)
    assert any("Ad_Targeting.csv" in w for w in warnings)


def test_bullets_split_lines_glyphs_and_sentences():
    assert bullets("• One thing\r\n\n2) Two things. Three things\n") == ["One thing", "Two things.", "Three things"]
    assert bullets("") == []


def test_cli_writes_the_resume_and_lists_warnings(tmp_path):
    out = tmp_path / "me.json"
    result = CliRunner().invoke(app, ["import", str(_archive(tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    _check(json.loads(out.read_text("utf-8")))
    assert "2 jobs" in result.stdout and "2 schools" in result.stdout
    assert "Connections.csv" in result.output  # the warning


BAD = {
    "not a zip": (lambda tmp: _file(tmp / "export.zip", b"PK? this is not a zip"), "not a zip archive"),
    "truncated zip": (lambda tmp: _truncated(tmp), "cannot read the zip archive"),
    "folder without Profile.csv": (lambda tmp: _folder(tmp, {"Skills.csv": "Name\nGo\n"}), "no Profile.csv"),
    "no Profile.csv": (lambda tmp: _archive(tmp, {"Positions.csv": FILES["Positions.csv"]}), "no Profile.csv"),
    "invalid UTF-8": (lambda tmp: _archive(tmp, {**FILES, "Skills.csv": b"Name\n\xff\xfeGo\n"}),
                      "Skills.csv: not valid UTF-8"),
    "ragged row": (lambda tmp: _archive(tmp, {**FILES, "Positions.csv": "Company Name,Title\nAcme,Eng,x,y\n"}),
                   "Positions.csv: row 2 has 4 values"),
    "short row": (lambda tmp: _archive(tmp, {**FILES, "Positions.csv": "Company Name,Title,Started On\nOops,Two\n"}),
                  "Positions.csv: row 2 has 2 values"),
    "bad quoting": (lambda tmp: _archive(tmp, {**FILES, "Skills.csv": 'Name\n"Go"x\n'}),
                    "Skills.csv: not a readable CSV file"),
}


def _folder(tmp, files):
    folder = tmp / "export"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _file(path, data):
    path.write_bytes(data)
    return path


def _truncated(tmp):
    good = _archive(tmp, name="good.zip").read_bytes()
    bad = tmp / "cut.zip"
    bad.write_bytes(good[: len(good) // 2] + good[-22:])  # the end record survives, the entries do not
    return bad


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_archives_exit_1_with_one_message(case, tmp_path, capsys):
    make, expected = BAD[case]
    path, out = make(tmp_path), tmp_path / "o.json"
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(path), "--out", str(out)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    flat = "".join(err.split())  # the terminal wraps long paths
    assert "".join(expected.split()) in flat and path.name in flat, err
    assert err.count("error:") == 1 and "Traceback" not in err
    assert not out.exists()
