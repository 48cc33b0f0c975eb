"""`pdf._is_bold`: TeX's Computer Modern names its bold faces by "bx" (CMBX10, CMSSBX10), not
by the word "Bold"; a name set in them is bold as a "NotoSans-Bold" one is."""
from tailor.importer.pdf import _is_bold


def test_computer_modern_bold_faces_are_bold():
    assert _is_bold("EVIJMV+CMBX10") and _is_bold("ABCDEF+CMSSBX10") and _is_bold("NotoSans-Bold")
    assert not _is_bold("MILZFH+CMTI10") and not _is_bold("TUHCAW+CMR10")
