"""`tailor import` on the committed third-party layouts (tests/testdata/import_corpus/, made by
bench/import_corpus.py): per-layout field accuracy may not fall below what was measured, so a
change that makes the importer worse on layouts it did not make fails here, not in a user's hands.

The floors are the accuracies measured after the round that last moved a layout, less two points
(rounded down; never lowered), counting exactly the fields and dates each layout printed
(shown.json; bench/import_roundtrip.py --corpus prints the same numbers); held-out layouts
(bench/data/import_layout_split.json) are checked the same way.
Contact fields must stay exact on the layouts where they were exact on every resume.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tailor.importer import import_resume
from tailor.importer.corpus_score import corpus_report
from tailor.importer.field_shown import printed_paths
from tailor.importer.page_text import page_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/testdata/import_corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text("utf-8"))["layouts"]
# which fields each layout printed, from marked renders (bench/import_corpus.py --shown); a file
# with no answer there is judged by the words on its page
SHOWN = json.loads((CORPUS / "shown.json").read_text("utf-8")) if (CORPUS / "shown.json").exists() else None
# layout -> (overall accuracy floor, name/email/phone exact on every resume)
FLOORS = {
    # measured 2026-12-06 after round 14 with the exact counting (shown.json), less two points
    # the first layouts; theme-macchiato, theme-stackoverflow and latex-jake were held out until
    # 2026-12-06 (55.1 / 31.4 / 85.6 at their last read) and are dev since the rotation
    "theme-even": (0.98, True), "theme-elegant": (0.96, True), "theme-flat": (0.98, True),
    "theme-kendall": (0.97, True), "theme-macchiato": (0.95, True), "theme-stackoverflow": (0.96, True),
    "theme-paper": (0.97, True), "theme-class": (0.95, True), "theme-spartan": (0.96, True),
    "theme-onepage": (0.94, True), "latex-jake": (0.98, True), "docx-table": (0.98, True),
    "docx-table-pdf": (0.98, True),
    # sidebar/card dev layouts added for issue 15 (unseen: 16.1 / 24.2 / 68.3)
    "theme-orbit": (0.97, True), "theme-autumn": (0.97, True), "theme-minyma": (0.97, True),
    # unseen layouts added for issue 15, measured once with the importer as it was (68.8 / 92.2 / 86.0)
    "theme-crisp": (0.98, True), "theme-short": (0.97, True), "theme-sceptile": (0.97, True),
    # dev layouts of the 2026-12-06 rotation (bench/data/import_layout_split.json), unseen: 86.5 /
    # 96.6 / 96.3 / 93.9
    "theme-kwan": (0.97, True), "theme-onepage-plus": (0.96, True), "theme-jacrys": (0.97, True),
    "theme-compact": (0.97, True),
    # extra dev layouts of 2026-12-06 (extra_dev_2026_12_06), unseen: 36.3 / 40.0; caffeine sets its
    # text in capitals (CSS), which casing.py gives back in the document's own case where it can
    "theme-caffeine": (0.91, True), "theme-cora": (0.98, True),
    # extra dev layouts of 2026-12-07 (extra_dev_2026_12_07), unseen: 90.0 / 77.4 / 68.4 / 62.8 / 86.7
    "theme-dinesh": (0.96, True), "theme-dave": (0.97, True), "theme-foxyboxy": (0.97, True),
    "theme-hydejack": (0.95, True), "theme-contempo": (0.97, True),
    # dev emulation of LinkedIn's "Save to PDF" profile export (linkedin_pdf_2026_12_06), unseen: 57.3
    "linkedin-pdf": (0.97, True),
    # moderncv (classic, banking) and hand-made Word with tab stops (extra_dev_2026_12_06_s8),
    # unseen: 46.6 / 70.4 / 89.5 / 90.4 (the page header's contact line of five Word files is
    # counted since round 10: page_text reads Word's page headers)
    "latex-moderncv-classic": (0.97, True), "latex-moderncv-banking": (0.95, True),
    "docx-word-tabs": (0.97, True), "docx-word-tabs-pdf": (0.97, True),
    # emulations of a Europass CV and Google Docs' Serif and Swiss templates (extra_dev_2026_12_06_s8b),
    # unseen: 75.6 / 73.6 / 94.7; europass since day-first dates and "Phone number:": 92.5
    "europass-pdf": (0.97, True), "gdocs-serif-pdf": (0.97, True), "gdocs-swiss-pdf": (0.98, True),
    # extra dev layouts of s9 (extra_dev_2026_12_06_s9), unseen: 53.5 / 79.8 / 91.4 / 78.8
    # (at first contact fullmoon's name and ace's email and phone were not exact on 9/9; both are since round 12)
    "theme-fullmoon": (0.95, True), "theme-direct": (0.96, True), "theme-fresh": (0.95, True),
    "theme-ace": (0.96, True),
    # extra dev layouts of s10 (extra_dev_2026_12_06_s10), unseen at 1fdf93c: theme-kards 13.0 /
    # theme-boilerplate 94.9 / docx-word-sidebar 89.0 / docx-word-sidebar-pdf 96.6 / latex-twocol 89.7
    # (kards: name and email were not exact on 9/9 until round 14; it prints no phone; 71.5 -> 96.5 in
    # session 13: a broken grid's rows paired in reading order, flush-right roles read as blocks,
    # "Bachelor of Science Degree" no field of study)
    "theme-kards": (0.94, True), "theme-boilerplate": (0.95, True), "docx-word-sidebar": (0.98, True),
    "docx-word-sidebar-pdf": (0.94, True), "latex-twocol": (0.96, True),
    # extra dev layouts of s11 (extra_dev_2026_12_06_s11), unseen at 324939a: linkedin-profile-pdf 95.0 /
    # gdocs-spearmint-pdf 99.5 / gdocs-modernwriter-pdf 99.1 (the chef's email wrapped in LinkedIn's narrow
    # column and a Vietnamese name whose "ễ" the monospace export writes as "ê" + a combining tilde were not exact)
    "linkedin-profile-pdf": (0.96, True), "gdocs-spearmint-pdf": (0.98, True),
    "gdocs-modernwriter-pdf": (0.98, True),
    # dev layouts of rotation_2026_12_07, unseen at 08fdda7: 89.6 / 27.2 (section labels floated past
    # the text's right edge after a page break, floated_labels.py; 100.0 and 96.1 after session 14)
    "theme-onepageresume": (0.98, True), "theme-rocketspacer": (0.94, True),
    # held out in round 16 (read 99.6 / 35.5 / 75.6), dev since rotation_2026_12_07b; after round 17:
    # 99.6 / 99.4 (a heading in the top corner, glued dates) / 98.7 (cards pushed past a page break)
    "theme-printclassy": (0.97, True), "theme-riga": (0.97, True), "theme-moon": (0.96, True),
    # held out in round 17 (read once: 94.4 / 45.2 / 99.4), dev since rotation_2026_12_07c; after
    # round 18: 98.8 (a degree under a "Study type:" label) / 89.2 (a card with its points in a cell
    # beside it, lists_beside.py) / 99.4; simple 99.1 after round 20 (levels in brackets, simple.py)
    "theme-print-flexbox": (0.98, True), "theme-simple": (0.98, True), "theme-classy": (0.97, True),
    # dev layout of rotation_2026_12_07c, unseen at 3b139b7: 96.1 (skill group names over columns
    # read as keywords; a heading set between a degree's lines)
    "theme-rnord": (0.94, True),
    # held out in round 18 (read once: 39.3 / 91.3 / 49.4, techlead's phone missed on every resume),
    # dev since rotation_2026_12_07d; after round 19: 96.1 (employers and schools set in the heading's
    # type, titled_entries.py) / 99.1 / 99.2 (details set apart by " / ", slashed_details.py)
    "theme-srt": (0.96, True), "theme-standard-resume": (0.97, True), "theme-techlead": (0.97, True),
    # held out in round 19 (read once: 65.3 / 96.3), dev since rotation_2026_12_07e; after round 20:
    # 97.0 (labelled term lists under the header, card grids: labelled_lists.py, card_rows.py) / 96.3
    "theme-elementary": (0.96, True), "theme-creative-confidence": (0.95, True),
    # RenderCV's Typst themes, dev layouts of rotation_2026_12_07e (near copies of held-out sb2nov by
    # printed words), unseen at c60c254: 60.5 (teacher's phone missed) / 81.9 / 98.6; after round 20:
    # 99.6 / 99.1 / 99.3 (degrees hyphenated in a narrow column, stacked_cells.py)
    "rendercv-classic": (0.98, True), "rendercv-engineeringclassic": (0.98, True),
    "rendercv-engineeringresumes": (0.98, True),
    # held out in round 20 (rotation_2026_12_07e), read once after it: 98.3 / 99.7 (sb2nov flattered:
    # the three dev RenderCV themes print near copies of its words); floors against regressions only
    "rendercv-moderncv": (0.97, True), "rendercv-sb2nov": (0.98, True),
    # simple-resume's HTML templates (rotation_2026_12_07f): no_bars, dev, unseen at e967c09: 43.4
    # (work 5.3; contact missed), 91.1 after round 21 (dates stacked in a column, date_stacks.py);
    # with_bars held out in round 21 (a near copy of no_bars by words), read before / after: 41.4 / 90.4;
    # dev in round 22: 93.5 and 94.3 (overprint.py)
    "simpleresume-no_bars": (0.93, True), "simpleresume-with_bars": (0.93, True),
    # Word files written by two PyPI packages' own layouts (rotation_2026_12_07f_fill), held out in
    # round 21, read before / after it: 86.4 / 86.4 and 33.0 / 33.0 (no round-21 cue reached them);
    # dev in round 22: 99.7 and 100.0 (two-cell entry tables, dotted dates; corpus_score.py's counting)
    "resumecraft-docx": (0.97, True), "jsonresumedocx-docx": (0.98, True),
    # round 22's held-out Word files (rotation_2026_12_07g), floors from their first read (99.6 under
    # the counting of corpus_score.py, 99.8)
    "ats-resume-docx": (0.97, True), "honest-cv-docx": (0.97, True),
    # round 22's held-out PDFs of rotation_2026_12_07g_more, floors from their first read (84.5, 81.4);
    # cvclaw-classic dev since, 100.0 after session 21 (a name wrapped in its box, stacked_name.py; a
    # role over its employer; addresses broken after a hyphen, url_wraps.py; item_labels.py);
    # cvcreatorats-pdf dev since, 96.9 after session 21 (a title over a bold row of its own, wraps.cell_wrap;
    # undated projects by their bold names)
    "cvclaw-classic": (0.98, True), "cvcreatorats-pdf": (0.94, True),
    # round 23's held-out PDFs (rotation_2026_12_07h), floors from their first read (93.5, 95.9)
    "luxresume-pdf": (0.98, True), "cvrenderer-general": (0.98, True),
    # round 23's dev PDFs (rotation_2026_12_07h), unseen at c51eed5: 99.7 and 98.3; 99.7 and 99.0 after it
    "resumecli-pdf": (0.97, True), "yamltoresume-default": (0.97, True),
    # round 24's held-out PDFs (rotation_2026_12_08), floors from their first read with the session's
    # starting importer (69.2, 30.1; cvparser-pdf prints no email or phone)
    "cvgen-pdf": (0.67, True), "cvparser-pdf": (0.28, False),
    # round 24's dev PDFs (rotation_2026_12_08), unseen at eb64c58 (importer of 30f6207): 93.6 and 96.6
    "cvforge-ats": (0.97, True), "cvcli-default": (0.98, True),
    # round 22's dev Word files, unseen at 13aaa15: 92.0 and 68.1; 99.7 and 99.7 after round 22
    # (spaced_ranges.py, heading_levels.py, and corpus_score.py's counting of a summary printed as a point)
    "ats-resume-generator-docx": (0.97, True), "resume-tailor-mcp-docx": (0.97, True),
    # sync-cv-formatter's product templates (rotation_2026_12_07f_more): bold, academic, portfolio
    # held out in round 21 (near copies of dev ones by words), read before / after: 79.4 / 86.5,
    # 91.6 / 98.6, 79.4 / 86.5; the 17 dev ones unseen at 57ca6fa: 44.0-91.0% (certificates 25.8 on
    # all), 84.7-98.6 after round 21 (shared_headings.py, lone_markers.py, header_rows.py); all 20 are
    # 98.2-99.7 after round 22, whose counting (corpus_score.py) credits a job summary read as the first
    # point the template prints it as (ten templates were stuck near 86 by that alone)
    "synccv-bold": (0.97, True), "synccv-academic": (0.97, True), "synccv-portfolio": (0.97, True),
    "synccv-aurora": (0.97, True), "synccv-classic": (0.97, True), "synccv-compact": (0.96, True),
    "synccv-consulting": (0.97, True), "synccv-creative": (0.97, True), "synccv-editorial": (0.97, True),
    "synccv-executive": (0.97, True), "synccv-finance": (0.97, True), "synccv-healthcare": (0.97, True),
    "synccv-minimal": (0.97, True), "synccv-modern": (0.97, True), "synccv-noir": (0.97, True),
    "synccv-professional": (0.97, True), "synccv-sidebar": (0.97, True), "synccv-studio": (0.97, True),
    "synccv-tech": (0.97, True), "synccv-timeline": (0.97, True),
    # dev layouts of rotation_2026_12_07b, unseen at d2458e7: 97.4 / 51.4 (spartacus: a job's
    # position right-aligned on its employer's line, its dates right-aligned on the line below)
    "theme-slick": (0.97, True), "theme-spartacus": (0.96, True),   # after round 17: 99.2 / 98.8
    # held out 2026-12-06 to 2026-12-07 (last reads: eloquent 86.2, github 12.4, straightforward 95.9),
    # dev since rotation_2026_12_07; after session 14: 97.3 / 95.1 (a profile page's activity feed,
    # activity_feed.py) / 97.0 (contact exact since non-breaking hyphens are read as hyphens)
    "theme-eloquent": (0.95, True), "theme-github": (0.93, True), "theme-straightforward": (0.95, True),
}
CONTACT = ("basics.name", "basics.email", "basics.phone")


def test_every_layout_has_a_floor():
    assert set(FLOORS) == set(MANIFEST)
    assert len(MANIFEST) >= 8


@pytest.mark.parametrize("layout", sorted(MANIFEST))
def test_layout_accuracy_stays_above_its_floor(layout):
    floor, contact_exact = FLOORS[layout]
    exact = total = 0
    misses = []
    for item in MANIFEST[layout]["files"]:
        path = CORPUS / item["file"]
        source = json.loads((ROOT / item["source"]).read_text("utf-8"))
        printed = printed_paths(SHOWN, layout, path.stem, source)
        report = corpus_report(source, import_resume(path).resume, page_text(path), printed,
                               MANIFEST[layout].get("points_lead"))
        exact += sum(f.exact for f in report.fields)
        total += len(report.fields)
        misses += [f"{item['file']}: {field}" for field in CONTACT if not report.is_exact(field)]
    assert exact / total >= floor, f"{layout}: {exact}/{total} = {exact / total:.3f} < {floor}"
    if contact_exact:
        assert not misses, misses
