from tailor.cli.score import short_names


def test_files_of_the_same_name_are_told_apart_by_their_folders():
    names = short_names(["/home/a/experiences.json", "/home/b/experiences.json", "/home/c/other.json",
                         "jobs.jsonl#2", "jobs.jsonl#3"])
    assert names == {"/home/a/experiences.json": "a/experiences.json",
                     "/home/b/experiences.json": "b/experiences.json",
                     "/home/c/other.json": "other.json", "jobs.jsonl#2": "jobs.jsonl#2",
                     "jobs.jsonl#3": "jobs.jsonl#3"}
