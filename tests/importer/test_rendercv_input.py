"""bench/import_corpus_rendercv.py, the JSON Resume -> RenderCV mapping behind the rendercv-* layouts
of the import corpus: one mapping for every theme, text escaped so that RenderCV's Markdown prints it as
written, profiles only on networks RenderCV knows, and an open end written as RenderCV's "present".
RenderCV itself is not needed (no phone, so its phonenumbers is not asked)."""
from tests.bench_scripts import bench_script


def load():
    return bench_script("import_corpus_rendercv")


RESUME = {
    "basics": {"name": "Ana Díaz", "email": "ana@example.com", "url": "https://ana.example.com",
               "location": {"city": "Austin", "region": "TX", "countryCode": "US"},
               "profiles": [{"network": "github", "username": "anad", "url": "https://github.com/anad"},
                            {"network": "Mastodon", "username": "ana", "url": "https://hachyderm.io/@ana"},
                            {"network": "Bluesky", "username": "ana.bsky.social"}],
               "summary": "Builds C# *and* [C++] services."},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-02", "highlights": ["Cut costs_by 10%"]}],
    "education": [{"institution": "State U", "studyType": "BS", "endDate": "2019-05"}],
    "skills": [{"name": "Languages", "keywords": ["Go", "Rust"]}],
}


def test_one_mapping_gives_every_theme_the_same_cv():
    rcv = load()
    inputs = [rcv.cv_input(RESUME, theme) for theme in rcv.THEMES]
    assert all(i["cv"] == inputs[0]["cv"] for i in inputs)
    assert [i["design"] for i in inputs] == [{"theme": t} for t in rcv.THEMES]


def test_markdown_specials_are_escaped_and_dates_follow_renderCV():
    cv = load().cv_input(RESUME, "classic")["cv"]
    assert cv["sections"]["Summary"] == [r"Builds C\# \*and\* \[C++\] services."]
    job = cv["sections"]["Experience"][0]
    assert (job["start_date"], job["end_date"]) == ("2020-02", "present")
    assert job["highlights"] == [r"Cut costs\_by 10%"]
    school = cv["sections"]["Education"][0]
    assert school["date"] == "2019-05" and "start_date" not in school and school["area"] == ""
    assert cv["sections"]["Skills"] == [{"label": "Languages", "details": "Go, Rust"}]
    assert cv["location"] == "Austin, TX" and "phone" not in cv


def test_profiles_keep_renderCVs_networks_only_and_mastodon_gets_its_handle_form():
    cv = load().cv_input(RESUME, "classic")["cv"]
    assert cv["social_networks"] == [{"network": "GitHub", "username": "anad"},
                                     {"network": "Mastodon", "username": "@ana@hachyderm.io"}]
