"""The optional model pass (scripted fake: classification only, never text) and `tailor import`."""
import json
from pathlib import Path

from fakes import ScriptedModel
from typer.testing import CliRunner

from tailor.cli import app, main
from tailor.importer import ImportResult, Unparsed, import_resume
from tailor.importer.classify import classify_unparsed


def _result() -> ImportResult:
    resume = {"basics": {"name": "Jane"}, "work": [{"name": "Acme", "highlights": ["Did A"]}]}
    return ImportResult(resume, [Unparsed("work", "Shipped B to 3 teams", "extra", 0),
                                 Unparsed("header", "Platform Engineer", "not recognised"),
                                 Unparsed("work", "Kept as is", "extra", 0),
                                 Unparsed("unknown: Hobbies", "Chess", "section")])


def test_model_only_classifies_and_bad_answers_are_ignored():
    model = ScriptedModel(["highlight", "label: Platform Engineer", "highlight: Kept as is, improved", "summary"])
    out = classify_unparsed(_result(), model)
    assert out.resume["work"][0]["highlights"] == ["Did A", "Shipped B to 3 teams"]
    assert out.resume["basics"]["label"] == "Platform Engineer"
    # a rewritten line and a label not allowed in that section are refused: the lines stay unparsed
    assert [u.text for u in out.unparsed] == ["Kept as is", "Chess"]
    assert model.stats.calls == 1 and len(model.seen) == 4
    assert "Line: Chess" in model.seen[3][-1]["content"] and "- summary" not in model.seen[3][-1]["content"]


def test_page_furniture_is_never_offered_to_the_model():
    furniture = [Unparsed("footer", "Page 1 of 2", "a page number"),
                 Unparsed("page header", "jo@example.com | 555-0100", "printed again on every page")]
    result = ImportResult({"basics": {"name": "Jane"}}, [*furniture, Unparsed("header", "Chef", "not recognised")])
    model = ScriptedModel(["label"])
    out = classify_unparsed(result, model)
    assert len(model.seen) == 1 and "Line: Chef" in model.seen[0][-1]["content"]
    assert out.resume["basics"]["label"] == "Chef" and out.unparsed == furniture


def test_model_pass_through_import(messy_txt):
    model = ScriptedModel(lambda chat: "skill")
    result = import_resume(messy_txt, model=model)
    assert result.unparsed == []
    assert result.resume["skills"][-1] == {"name": "Skills", "keywords": ["Marathon running", "Film photography"]}


def test_cli_writes_json_and_lists_unparsed(messy_txt, tmp_path):
    out = tmp_path / "me.json"
    runner = CliRunner()
    result = runner.invoke(app, ["import", str(messy_txt), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["basics"]["email"] == "alex.chen@example.org"
    assert "Wrote" in result.stdout and "2 jobs" in result.stdout
    assert "Marathon running" in result.output


def test_cli_help_names_the_resume_alike_and_shows_force_as_a_flag():
    """The usage line and the arguments table name the resume the same way (RESUME, as the help
    text does), and --force takes no value, so it shows none."""
    result = CliRunner().invoke(app, ["import", "--help"], terminal_width=100)
    assert result.exit_code == 0
    usage = next(line for line in result.output.splitlines() if "Usage:" in line)
    assert "RESUME" in usage and "{resume}" not in usage
    force = next(line for line in result.output.splitlines() if "--force" in line)
    assert "<bool>" not in force


def test_cli_counts_say_what_they_count():
    from tailor.cli.import_ import counted
    assert counted({"basics": 6, "work": 2, "education": 2, "skills": 2}) == \
        "6 basics fields, 2 jobs, 2 schools, 2 skill groups"
    assert counted({"basics": 1, "work": 1, "languages": 1}) == "1 basics field, 1 job, 1 language"


def test_cli_default_out_and_refuses_overwrite(messy_txt, capsys):
    main(["import", str(messy_txt)])
    target = messy_txt.with_suffix(".json")
    assert target.exists()
    before = target.read_text()
    try:
        main(["import", str(messy_txt)])
    except SystemExit as exit_:
        assert exit_.code == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and "Traceback" not in err
    assert target.read_text() == before
    main(["import", str(messy_txt), "--force"])


def test_cli_refuses_an_out_that_would_lose_data_or_is_no_json_file(messy_txt, tmp_path, capsys):
    before = messy_txt.read_text()
    folder = tmp_path / "adir"
    folder.mkdir()
    for out, says in ((messy_txt, "is the resume being imported"), (folder, "is a folder"),
                      (tmp_path / "out.txt", "is not a .json file")):
        try:
            main(["import", str(messy_txt), "--out", str(out), "--force"])
        except SystemExit as exit_:
            assert exit_.code == 1
        err = capsys.readouterr().err
        assert says in err and "Traceback" not in err, err
    assert messy_txt.read_text() == before and not (tmp_path / "out.txt").exists()
    same = messy_txt.with_suffix(".json")  # a .json resume named as its own --out: refused, never replaced
    same.write_text("{}")
    try:
        main(["import", str(same), "--out", str(same), "--force"])
    except SystemExit as exit_:
        assert exit_.code == 1
    # the input is named first (a JSON Resume needs no import), and the file is never replaced
    assert "needs no import" in capsys.readouterr().err and same.read_text() == "{}"


def test_cli_bad_input_exits_1_without_traceback(tmp_path, capsys):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\nnothing\n")
    try:
        main(["import", str(bad), "--out", str(tmp_path / "o.json")])
    except SystemExit as exit_:
        assert exit_.code == 1
    err = capsys.readouterr().err
    assert "cannot read this PDF" in err and "Traceback" not in err
    assert not (tmp_path / "o.json").exists()


def test_cli_loads_the_model_only_for_leftover_lines(messy_txt, tmp_path, monkeypatch):
    from tailor.llm.spec import ModelSpec

    loads = []

    def fake_load(spec, cache_dir=None):
        loads.append(cache_dir)
        return ScriptedModel(lambda chat: "skill")
    monkeypatch.setattr(ModelSpec, "load", fake_load)
    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path / "cache"))
    clean = tmp_path / "clean.md"
    clean.write_text("# Jo Doe\njo@example.com\n\n## Experience\n**Clerk**, Acme\n- Filed 30 forms a day\n")
    runner = CliRunner()
    args = ["--model", "openai:tiny", "--base-url", "http://127.0.0.1:9/v1"]
    result = runner.invoke(app, ["import", str(clean), "--out", str(tmp_path / "a.json"), *args])
    assert result.exit_code == 0, result.output
    assert loads == []  # nothing left over: no model loaded
    result = runner.invoke(app, ["import", str(messy_txt), "--out", str(tmp_path / "b.json"), *args])
    assert result.exit_code == 0, result.output
    assert loads == [tmp_path / "cache" / "models"]  # the same model cache as tailor run


def test_cli_bad_model_spec_fails_before_parsing(messy_txt, tmp_path, capsys):
    try:
        main(["import", str(messy_txt), "--out", str(tmp_path / "o.json"), "--model", "gpt5"])
    except SystemExit as exit_:
        assert exit_.code == 1
    assert "unknown model spec" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_cli_counts_only_lines_a_person_can_place_and_lists_furniture_apart(tmp_path, monkeypatch):
    import tailor.importer
    furniture = [Unparsed("page header", f"12/6/26, 11:22 AM {n}", "the browser's print header") for n in range(5)]
    result = ImportResult({"basics": {"name": "Jane"}}, [*furniture, Unparsed("header", "Chef", "not recognised")])
    monkeypatch.setattr(tailor.importer, "import_resume", lambda path, model=None: result)
    resume = tmp_path / "cv.txt"
    resume.write_text("Jane\n")
    out = CliRunner().invoke(app, ["import", str(resume), "--out", str(tmp_path / "a.json")])
    assert out.exit_code == 0, out.output
    assert "1 line(s) found no field" in out.output and "unparsed [header] Chef" in out.output
    assert "unparsed [page header]" not in out.output  # furniture is on record, not a line to place
    assert "left out 5 line(s)" in out.output and "12/6/26, 11:22 AM 0" in out.output and "(2 more)" in out.output
    result.unparsed = furniture  # furniture only: nothing to place, no closing sentence
    out = CliRunner().invoke(app, ["import", str(resume), "--out", str(tmp_path / "b.json")])
    assert "found no field" not in out.output and "left out 5 line(s)" in out.output


def test_cli_a_path_with_no_name_of_its_own_is_a_clear_error_not_a_traceback(tmp_path, capsys, monkeypatch):
    """`tailor import .` in a folder that is no LinkedIn export: the folder is refused in words."""
    from tailor.importer.output import default_out

    monkeypatch.chdir(tmp_path)
    try:
        main(["import", "."])
    except SystemExit as exit_:
        assert exit_.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "folder" in err, err
    resume = tmp_path / "cv.txt"
    resume.write_text("Jane Doe\njane@example.com\n")
    main(["import", str(resume), "-o", str(tmp_path / "short.json")])  # -o as people type it
    assert json.loads((tmp_path / "short.json").read_text())["basics"]["name"] == "Jane Doe"
    assert default_out(Path("/")) == Path("/resume.json") and default_out(Path(".")) == tmp_path.with_suffix(".json")
