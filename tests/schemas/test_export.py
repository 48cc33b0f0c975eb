import pytest

from tailor.errors import ValidationFailed
from tailor.schemas.export import EXPORTED, schema_path, schema_text, validate_document


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_exported_schema_file_is_up_to_date(name):
    assert schema_path(name).read_text() == schema_text(name), (
        f"{schema_path(name).name} is stale: run `python -m tailor.schemas.export`")


def test_validate_document_lists_every_problem_with_its_path():
    bad = {"title": 3, "requirements": [{"id": "r1", "text": "x", "kind": "maybe"}], "extra": 1}
    with pytest.raises(ValidationFailed) as info:
        validate_document("job", bad, "job.json")
    paths = [p for p, _ in info.value.problems]
    assert "title" in paths and "requirements.0.kind" in paths and "" in paths  # extra key at root


def test_a_valid_document_passes():
    validate_document("job", {"title": "Machinist", "requirements": []}, "job.json")
