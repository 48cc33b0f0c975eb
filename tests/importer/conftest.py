"""Fixtures of the importer tests (inputs in importer_helpers)."""
from pathlib import Path

import pytest

from tests.importer.importer_helpers import MESSY_TXT


@pytest.fixture
def messy_txt(tmp_path) -> Path:
    path = tmp_path / "messy.txt"
    path.write_text(MESSY_TXT, encoding="utf-8")
    return path
