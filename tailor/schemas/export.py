"""Export the JSON Schema files from the pydantic models: `python -m tailor.schemas.export`.

The files are committed so other tools can validate Tailor's documents without Python; a test
fails when they drift from the models. `validate_document` checks a document against its
exported schema with jsonschema, the same check any outside consumer would run.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema

from tailor.errors import ValidationFailed
from tailor.schemas import application, models, native

HERE = Path(__file__).parent
EXPORTED = {
    "corpus": models.Corpus,
    "job": models.JobPosting,
    "plan": models.Plan,
    "tailored-resume": models.TailoredResume,
    "critique": models.Critique,
    "report": models.Report,
    "application": application.ApplicationDocument,
    "experiences": native.NativeCorpus,
}


def schema_text(name: str) -> str:
    schema = EXPORTED[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def schema_path(name: str) -> Path:
    return HERE / f"{name}.schema.json"


@lru_cache(maxsize=None)
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(schema_path(name).read_text()))


def validate_document(name: str, document: dict, file: str) -> None:
    """Raise ValidationFailed listing every problem of `document` against schema `name`."""
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        raise ValidationFailed(file, [(".".join(map(str, e.path)), e.message) for e in errors])


def main() -> None:
    for name in EXPORTED:
        schema_path(name).write_text(schema_text(name))
        print(f"wrote {schema_path(name)}")


if __name__ == "__main__":
    main()
