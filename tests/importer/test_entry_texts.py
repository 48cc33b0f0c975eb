"""`entry_texts.py`: which field each text part of an entry header goes to."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.entry_texts import assign_texts
from tailor.importer.lines import Line


def _jobs(*texts: str) -> list[dict]:
    lines = [Line(text) for text in texts]
    return [parse_entry("work", raw, i)[0] for i, raw in enumerate(group_entries(lines, "work"))]


def test_role_and_employer_by_role_words_and_by_order():
    entry: dict = {}
    assert assign_texts("work", ["Acme Corp", "Senior Engineer"], [], False, entry) == []
    assert entry == {"position": "Senior Engineer", "name": "Acme Corp"}
    entry = {}
    assert assign_texts("work", ["Burnage Academy", "Second in Mathematics"], [], True, entry) == []
    assert entry == {"position": "Second in Mathematics", "name": "Burnage Academy"}


def test_a_dated_first_line_that_names_a_role_is_the_role_over_its_employer():
    # "Chef de Cuisine  Mar 2019 – Present" over "Restaurante Alma Ibérica": a title-first layout
    # whose dates share the role's row; the employer under it names no role
    for section, key in (("work", "name"), ("volunteer", "organization")):
        entry: dict = {}
        assert assign_texts(section, ["Chef de Cuisine", "Restaurante Alma Ibérica"], [], True, entry) == []
        assert entry == {"position": "Chef de Cuisine", key: "Restaurante Alma Ibérica"}
    entry = {}
    assign_texts("work", ["Hawksmoor", "Sommelier"], [], True, entry)  # no role word: the dated line's employer
    assert entry == {"position": "Sommelier", "name": "Hawksmoor"}


def test_a_one_line_job_with_no_role_word_reads_role_employer_city():
    entry: dict = {"location": "Manchester"}
    assert assign_texts("work", ["Sommelier, Hawksmoor"], [], False, entry, one_line=True) == []
    assert entry == {"location": "Manchester", "position": "Sommelier", "name": "Hawksmoor"}
    entry = {"location": "Manchester"}
    assign_texts("work", ["Sommelier, Hawksmoor"], [], False, entry)  # not one line: nothing says which is which
    assert entry == {"location": "Manchester", "name": "Sommelier, Hawksmoor"}


def test_one_line_jobs_with_the_dates_in_brackets_after_the_place():
    jobs = _jobs("Front of House Supervisor, The Refuge, Manchester (2021 – present)",
                 "Bar Supervisor, Albert's Schloss, Manchester (2018 – 2021)",
                 "Sommelier, Hawksmoor, Manchester (2016 – 2018)")
    assert [(j.get("position"), j.get("name"), j.get("location")) for j in jobs] == [
        ("Front of House Supervisor", "The Refuge", "Manchester"),
        ("Bar Supervisor", "Albert's Schloss", "Manchester"),
        ("Sommelier", "Hawksmoor", "Manchester")]
    assert [(j.get("startDate"), j.get("endDate")) for j in jobs] == [("2021", None), ("2018", "2021"),
                                                                      ("2016", "2018")]
    [job] = _jobs("Sommelier, Hawksmoor, Manchester", "2016 – 2018")  # the dates on a line of their own
    assert (job.get("position"), job.get("name"), job.get("location")) == ("Sommelier", "Hawksmoor", "Manchester")


def test_a_proper_name_in_brackets_ending_a_certificate_is_its_issuer():
    entry: dict = {}
    assert assign_texts("certificates", ["Basic Life Support (BLS) (American Heart Association)"], [], False,
                        entry) == []
    assert entry == {"name": "Basic Life Support (BLS)", "issuer": "American Heart Association"}
    entry = {}
    assign_texts("certificates", ["Registered Nurse License", "Texas (Compact) (Texas Board of Nursing)"], [],
                 False, entry)
    assert entry == {"name": "Registered Nurse License, Texas (Compact)", "issuer": "Texas Board of Nursing"}
    entry = {}
    assign_texts("certificates", ["Data Analytics Certificate (Google / Coursera)"], [], False, entry)
    assert entry == {"name": "Data Analytics Certificate", "issuer": "Google / Coursera"}
    for kept in ("Basic Life Support (BLS)", "White Card (construction induction)", "Food Hygiene (Level 2)"):
        entry = {}
        assign_texts("certificates", [kept], [], False, entry)
        assert entry == {"name": kept}
