"""`employer_place.py`: where an employer's name ends, before its place or after an "at"."""
from tailor.importer.build import resume_from_lines
from tailor.importer.employer_place import company_title, employer_cut, place_after_text, place_over_dates
from tailor.importer.lines import Line


def _line(text: str, *runs: str) -> Line:
    return Line(text, bold_runs=runs)


def test_the_end_of_the_employers_bold_run_cuts_off_its_place():
    line = _line("Staff Software Engineer at Confluent Mountain View, CA", "Staff Software Engineer", "Confluent")
    assert employer_cut("Confluent Mountain View, CA", line) == ["Confluent", "Mountain View, CA"]
    chef = _line("Chef de Cuisine at Restaurante Alma Ibérica São Paulo, Brazil", "Chef de Cuisine",
                 "Restaurante Alma Ibérica")
    assert employer_cut("Restaurante Alma Ibérica São Paulo, Brazil", chef) == ["Restaurante Alma Ibérica",
                                                                                 "São Paulo, Brazil"]
    bold_place = _line("Acme Robotics Austin, TX", "Austin, TX")
    assert employer_cut("Acme Robotics Austin, TX", bold_place) == ["Acme Robotics", "Austin, TX"]


def test_an_employer_with_a_dash_keeps_its_name_when_its_place_is_cut_off():
    line = _line("Sous Chef at Mercado de San Miguel – Grupo Gastronómico Sanmi Madrid, Spain", "Sous Chef",
                 "Mercado de San Miguel – Grupo Gastronómico Sanmi")
    assert employer_cut("Grupo Gastronómico Sanmi Madrid, Spain", line) == ["Grupo Gastronómico Sanmi",
                                                                             "Madrid, Spain"]
    assert employer_cut("Mercado de San Miguel", line) == ["Mercado de San Miguel"]


def test_without_a_font_change_or_a_company_suffix_the_place_stays_on():
    """"Dropbox San Francisco, CA": no cue says where the name ends, so nothing is guessed."""
    assert employer_cut("Dropbox San Francisco, CA", Line("Dropbox San Francisco, CA")) == ["Dropbox San Francisco, CA"]
    whole = _line("Dropbox San Francisco, CA", "Dropbox San Francisco, CA")  # one run over all of it
    assert employer_cut("Dropbox San Francisco, CA", whole) == ["Dropbox San Francisco, CA"]


def test_a_company_suffix_ends_the_employer_before_its_place():
    plain = Line("Midwest Logistics Inc. Chicago, IL")
    assert employer_cut(plain.text, plain) == ["Midwest Logistics Inc.", "Chicago, IL"]
    assert employer_cut("Bühler AG Uzwil, Switzerland", Line("x")) == ["Bühler AG", "Uzwil, Switzerland"]
    assert employer_cut("Canadian Tire Corporation Mississauga, ON", Line("x")) == ["Canadian Tire Corporation",
                                                                                      "Mississauga, ON"]


def test_an_at_before_a_bold_employer_splits_a_title_no_role_word_names():
    line = _line("Sommelier at Le Bernardin", "Le Bernardin")
    assert employer_cut(line.text, line) == ["Sommelier", "Le Bernardin"]
    sentence = _line("Led the launch at Acme Robotics", "Acme Robotics")
    assert employer_cut(sentence.text, sentence) == [sentence.text]
    school = _line("University of Texas at Austin, Biology", "University of Texas at Austin")
    assert employer_cut("University of Texas at Austin", school) == ["University of Texas at Austin"]


def test_a_role_and_an_employer_ending_in_a_company_suffix_is_no_sentence():
    assert company_title("Operations Manager, Midwest Logistics Inc.")
    assert company_title("Operations Manager at Midwest Logistics Inc.")
    assert not company_title("Negotiated freight contracts with Midwest Logistics Inc.")
    assert not company_title("Operations Manager, Midwest Logistics")


def test_a_known_city_after_the_employers_comma_or_in_brackets_is_cut_off():
    """`places.trailing_place`: the gazetteer says the last comma part is a city."""
    assert employer_cut("Beaumont Hospital, Dublin", Line("x")) == ["Beaumont Hospital", "Dublin"]
    assert employer_cut("Chin Chin (Melbourne)", Line("x")) == ["Chin Chin", "Melbourne"]
    assert employer_cut("Beaumont Hospital, Dublin", Line("x"), "volunteer") == ["Beaumont Hospital, Dublin"]
    for whole in ("Bank of America", "London Stock Exchange", "Boston Scientific", "Dublin City Council", "Amazon"):
        assert employer_cut(whole, Line(whole)) == [whole]


def test_a_known_city_is_the_jobs_place_only_after_other_text():
    assert place_after_text("Kraków", ["Senior Product Designer", "Allegro"])
    assert place_after_text("Melbourne VIC", ["Chin Chin"])
    assert not place_after_text("Dublin", [])  # the header's first text: the employer's name
    assert not place_after_text("Amazon", ["Forklift Operator"])


def test_a_city_after_the_employer_becomes_the_jobs_location_and_the_employer_stays_whole():
    def work(*texts: str) -> list[dict]:
        lines = [Line("Jane Doe", size=20), Line("jane@example.com"), Line("Experience", bold=True, heading=True),
                 *(Line(t) for t in texts)]
        return resume_from_lines(lines).resume["work"]

    [job] = work("Staff Nurse", "Beaumont Hospital, Dublin | Sep 2014 – Feb 2019")
    assert (job["name"], job.get("location")) == ("Beaumont Hospital", "Dublin")
    [job] = work("Forklift Operator — Amazon, Coalville", "11/2016 - 04/2020")
    assert (job["position"], job["name"], job.get("location")) == ("Forklift Operator", "Amazon", "Coalville")
    [job] = work("Head Chef, Chin Chin (Melbourne)", "Apr 2015 - Dec 2022")
    assert (job["position"], job["name"], job.get("location")) == ("Head Chef", "Chin Chin", "Melbourne")
    [job] = work("Senior Product Designer\tJun 2021 — Present", "Allegro · Kraków")
    assert (job["name"], job.get("location")) == ("Allegro", "Kraków")
    for employer in ("Bank of America", "London Stock Exchange", "Boston Scientific", "Dublin City Council"):
        [job] = work(f"Analyst | {employer} | Jan 2019 - Dec 2020")
        assert (job["name"], job.get("location")) == (employer, None), employer
    [job] = work("Amazon", "Jan 2019 - Dec 2020")
    assert job.get("name") == "Amazon" and "location" not in job


def test_the_row_with_the_place_names_the_employer_and_the_dated_row_the_role():
    """"PwC | Birmingham" over "Audit Senior | Sep 2017 – Dec 2020": no role word names either text."""
    assert place_over_dates([Line("PwC | Birmingham"), Line("Audit Senior | Sep 2017 – Dec 2020")])
    assert place_over_dates([Line("Beaumont Hospital, Dublin"), Line("Audit Senior | 2017 – 2020")])
    assert not place_over_dates([Line("Audit Senior | Sep 2017 – Dec 2020"), Line("PwC | Birmingham")])
    assert not place_over_dates([Line("PwC | Sep 2017 – Dec 2020"), Line("Audit Senior | Birmingham")])
    assert not place_over_dates([Line("Staff Nurse | Dublin"), Line("Beaumont Hospital | 2014 – 2019")])  # a role
    # a PDF prints the parts of a row side by side, as lines of their own on one baseline
    pdf = [Line("PwC", y=100, x=50, size=11, bold=True), Line("Birmingham", y=100, x=400, size=11),
           Line("Audit Senior", y=114, x=50, size=11), Line("Sep 2017 – Dec 2020", y=114, x=400, size=11)]
    assert place_over_dates(pdf)


def test_an_employer_first_title_with_no_role_word_gives_the_role_its_place():
    def work(*texts: str) -> list[dict]:
        lines = [Line("Jane Doe", size=20), Line("jane@example.com"), Line("Experience", bold=True, heading=True),
                 *(Line(t[2:], bullet="-") if t.startswith("- ") else Line(t) for t in texts)]
        return resume_from_lines(lines).resume["work"]

    [job] = work("PwC | Birmingham", "Audit Senior | Sep 2017 – Dec 2020", "- Led audits")
    assert (job["position"], job["name"], job.get("location")) == ("Audit Senior", "PwC", "Birmingham")
    [job] = work("Audit Senior | Sep 2017 – Dec 2020", "PwC | Birmingham", "- Led audits")
    assert (job["position"], job["name"], job.get("location")) == ("Audit Senior", "PwC", "Birmingham")


def test_a_spaced_em_dash_inside_one_bold_run_parts_the_role_from_the_employer():
    text = "Adjointe au chef d'entrepôt — Geodis, Saint-Priest"
    assert employer_cut(text, _line(text, text)) == ["Adjointe au chef d'entrepôt", "Geodis", "Saint-Priest"]
    assert employer_cut("Mercado de San Miguel – Grupo Sanmi", Line("Mercado de San Miguel – Grupo Sanmi")) == [
        "Mercado de San Miguel – Grupo Sanmi"]  # an en dash may be the employer's own
    assert employer_cut("2018-03-01 — 2024-07-01", Line("2018-03-01 — 2024-07-01")) == ["2018-03-01 — 2024-07-01"]
