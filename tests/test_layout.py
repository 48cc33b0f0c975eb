"""The tests mirror the package, and modules stay a readable size.

`tailor/<package>/<module>.py` is tested by `tests/<package>/test_<module>.py` (top-level modules
by `tests/test_<module>.py`). A module whose tests live in another file (one test file over a few
small modules, or a command tested end to end) is listed in COVERED_ELSEWHERE with that file and
why; so is data with no behaviour of its own. Both lists are checked against the tree, so an entry
cannot outlive a rename or stay once the module has a test module of its own.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tailor"
TESTS = ROOT / "tests"

# module -> "test file: why its tests are there (or why it has none)"
COVERED_ELSEWHERE = {
    "tailor/text/role_nouns.py": "tests/text/test_posting_opening.py: the opening's reader picks the title line "
                                 "by names_a_role (a leaf table of job-title head nouns)",
    "tailor/agents/critic_settings.py": "tests/agents/test_critic.py: the critic's thresholds (a dataclass), "
                                        "checked where the critic applies them (test_minilm_threshold)",
    "tailor/agents/exporter.py": "tests/render/test_rendering.py: fit_to_pages and drop_order are tested with the "
                                 "rendering they measure (test_exporter_fit_to_pages_*, test_exporter_drop_order_*)",
    "tailor/agents/rubric.py": "tests/agents/test_critic.py: impact, rubric_score and truth_score are scored on the "
                               "critic's verdicts (test_impact, test_rubric_ranks_variants, test_truth_score_*)",
    "tailor/batch/options.py": "tests/batch/test_runner.py: BatchOptions is data (the defaults `tailor batch` "
                               "reads); every batch test runs with it",
    "tailor/cli/batch.py": "tests/batch/test_runner.py: every test runs `tailor batch` as a process (summary, "
                           "exit codes, a bad corpus or --out stopping before any work)",
    "tailor/cli/graph.py": "tests/cli/test_cli.py: test_graph_and_help (a ten-line command printing the Mermaid "
                           "diagram)",
    "tailor/cli/import_.py": "tests/importer/test_classify.py: the test_cli_* tests run `tailor import` with the "
                             "importer's fixtures (--out, --force, exit codes, --model loaded only for leftovers)",
    "tailor/cli/ledger_rows.py": "tests/cli/test_ledger.py: the rows `tailor ledger` lists and exports (filters, "
                                 "tables, CSV, JSON); split from cli/ledger.py for size only",
    "tailor/cli/options.py": "tests/cli/test_template_option.py: the --template choices; the environment defaults "
                             "in tests/cli/test_ledger.py::test_default_ledger_location",
    "tailor/cli/root.py": "tests/cli/test_cli.py: `tailor JOB` read as `tailor run JOB`, a mistyped command "
                          "named, known failures as one message and exit code without a traceback",
    "tailor/cli/run.py": "tests/cli/test_cli.py: `tailor run` as a person uses it (files, --json report, "
                         "summary table, bad inputs); --template in tests/cli/test_template_option.py",
    "tailor/cli/train.py": "tests/cli/test_cli.py: test_train_*_is_reachable_from_the_cli (a pass-through group; "
                           "the scripts are tested in tests/training/)",
    "tailor/corpus/dates.py": "tests/corpus/test_loader_warnings.py: date_problem, end_before_start and "
                              "impossible_dates, with the loader warnings they become",
    "tailor/corpus/evidence.py": "tests/corpus/test_loader.py: stable ids, content_hash and split_sentences",
    "tailor/fit/features.py": "tests/fit/test_calibration.py: the features the calibrated mapping reads",
    "tailor/fit/inputs.py": "tests/fit/test_scorer.py: read_postings and Posting; unreadable inputs in "
                            "tests/cli/test_score.py",
    "tailor/fit/keywords.py": "tests/fit/test_scorer.py: test_keyword_index_agrees_with_terms_mentions",
    "tailor/fit/models.py": "tests/cli/test_score.py: the pydantic models of the score report (test_json_shape)",
    "tailor/fit/rationale.py": "tests/fit/test_scorer.py: rationale format and citations, "
                               "test_rationale_variants",
    "tailor/fit/run.py": "tests/cli/test_score.py: `tailor score` as one library call, run by every command test",
    "tailor/fit/similarity.py": "tests/fit/test_long_evidence.py: ChunkSearch finds the best chunk; every scoring "
                                "test searches through it (tests/fit/fit_helpers.py)",
    "tailor/graph/build.py": "tests/graph/test_graph.py: the whole graph, its repair loop and mermaid; NODE_ORDER "
                             "in tests/graph/test_app.py",
    "tailor/graph/context.py": "tests/graph/test_graph.py: data (RunContext, RunSettings, RunInput, RunOutput) "
                               "that every graph test builds",
    "tailor/graph/nodes.py": "tests/graph/test_graph.py: every node runs in the whole-graph tests",
    "tailor/graph/state.py": "tests/graph/test_generation.py: add_generation; add_timings in "
                             "tests/graph/test_routing.py",
    "tailor/importer/build.py": "tests/importer/test_files.py: every import is assembled here; the conservation "
                                "tests (no line silently dropped)",
    "tailor/importer/contact.py": "tests/importer/test_units.py: parse_header",
    "tailor/importer/dates.py": "tests/importer/test_units.py: parse_dates and trailing_dates; seasons in "
                                "tests/importer/test_qa_misparses.py",
    "tailor/importer/entries.py": "tests/importer/test_units.py: group_entries, parse_entry, split_degree",
    "tailor/importer/extract.py": "tests/importer/test_files.py: PDF, DOCX, TXT and Markdown files, and the "
                                  "unusable ones",
    "tailor/importer/field_compare.py": "tests/importer/test_roundtrip.py: the comparison against the source and "
                                        "against damaged copies",
    "tailor/importer/fields.py": "tests/importer/test_units.py: the field recognisers and split_parts",
    "tailor/importer/page_text.py": "tests/importer/test_roundtrip.py: PDF text and DOCX table cells",
    "tailor/importer/header_parts.py": "tests/importer/test_layout_cues.py: certificates and dated headers; "
                                       "tests/importer/test_units.py: bold runs",
    "tailor/importer/lines.py": "tests/importer/test_units.py: bullets and wrapped hyphens",
    "tailor/importer/output.py": "tests/importer/test_classify.py: test_cli_default_out_and_refuses_overwrite",
    "tailor/importer/pdf.py": "tests/importer/test_files.py: real WeasyPrint PDFs, the sidebar layout put back "
                              "in order, scanned and encrypted PDFs refused",
    "tailor/importer/result.py": "tests/importer/test_classify.py: data (ImportResult, Unparsed), built there "
                                 "by hand",
    "tailor/importer/sections.py": "tests/importer/test_units.py: section_key and split_sections; "
                                   "inline_sections in tests/importer/test_qa_misparses.py",
    "tailor/importer/floated_labels.py": "tests/importer/test_label_column_cues.py: section labels floated past "
                                         "the text's right edge, moved to the section they name",
    "tailor/importer/header_block.py": "tests/importer/test_label_column_cues.py: where a two-column header "
                                       "ends (a line far under its side belongs to the body)",
    "tailor/importer/volunteer_roles.py": "tests/importer/test_theme_fields_in_order.py: a Projects section of "
                                         "volunteer roles read as volunteering",
    "tailor/importer/simple.py": "tests/importer/test_qa_misparses.py: languages, hobbies and skills typed inline",
    "tailor/index/embeddings.py": "tests/index/test_evidence.py: the real MiniLM ranks the relevant bullet first; "
                                  "its threshold in tests/agents/test_critic.py::test_minilm_threshold",
    "tailor/index/matches.py": "tests/interview/test_sources.py: gap_notes; evidence_strength through "
                               "tests/agents/test_planner.py",
    "tailor/interview/models.py": "tests/interview/test_generate.py: data (the documents `tailor questions` "
                                  "writes), built in the question tests",
    "tailor/interview/prompts.py": "tests/interview/test_validate.py: its few-shot EXAMPLES pass validation",
    "tailor/interview/templates.py": "tests/interview/test_sources.py: the template wording "
                                     "(test_gap_template_says_the_resume_does_not_show_it); fallbacks in "
                                     "tests/interview/test_generate.py",
    "tailor/interview/themes.py": "tests/interview/test_sources.py: theme_cues of behavioural questions",
    "tailor/llm/base.py": "tests/llm/test_spec.py: trivial, the LanguageModel protocol every backend implements "
                          "(no code to test)",
    "tailor/llm/extractive.py": "tests/llm/test_spec.py: test_extractive_means_no_model; the writer with it in "
                                "tests/agents/test_writer.py",
    "tailor/llm/prompts.py": "tests/agents/test_writer.py: clean_line and the writer's prompts; the training rows "
                             "built from them in tests/training/test_dataset.py",
    "tailor/render/check.py": "tests/render/test_glyphs.py: undrawable characters, right-to-left text, emoji; "
                              "missing_in_pdf in tests/render/test_rendering.py",
    "tailor/render/html.py": "tests/render/test_rendering.py: dates, autoescaping, the golden HTML of both "
                             "templates",
    "tailor/render/pdf.py": "tests/render/test_rendering.py: the fetcher's refusals, embedded fonts, no ligatures, "
                            "the text read back",
    "tailor/run/pipeline.py": "tests/graph/test_graph.py: run_tailor end to end, outputs and a readable trace, "
                              "no output folder after a failed run",
    "tailor/run/session.py": "tests/graph/test_generation.py: two runs of one session; the real local session in "
                             "tests/test_end_to_end.py",
    "tailor/schemas/application.py": "tests/batch/test_application.py: data (application.json's models), validated "
                                     "against its exported schema there; the schema file kept in step in "
                                     "tests/schemas/test_export.py",
    "tailor/schemas/models.py": "tests/schemas/test_export.py: data (the pydantic models); their schema files are "
                                "kept in step there",
    "tailor/schemas/native.py": "tests/corpus/test_loader.py: the native format's validation (every invalid "
                                "field listed with its path, required fields)",
    "tailor/text/posting_chrome.py": "tests/text/test_posting_board_copy.py: each kind of job-board page line, "
                                     "lines that only share a word with one, on a board-style copy",
    "tailor/text/claim_cues.py": "tests/text/test_claims.py: data (the cue ladders), one case or more per kind",
    "tailor/text/cue_matching.py": "tests/text/test_claims.py: the cues found in hand-written drafts",
    "tailor/text/data/make_tag_synonyms.py": "tests/text/test_keyword_variants.py: keep() on pairs it must keep and "
                                             "topic merges it must drop; the file it built loads with its licence note",
    "tailor/text/keywords.py": "tests/text/test_posting.py: every real posting's keywords; keyword_hits in "
                               "tests/agents/test_report.py",
    "tailor/text/names.py": "tests/agents/test_critic.py: test_tech_name_shapes and the critic's unsupported terms",
    "tailor/text/normalise.py": "tests/render/test_rendering.py: "
                                "test_exporter_missing_in_pdf_tolerates_wraps_and_artefacts",
    "tailor/text/numbers.py": "tests/agents/test_critic.py: test_number_words_and_digits, "
                              "test_number_formats_match, test_different_numbers_never_match",
    "tailor/text/posting_company.py": "tests/text/test_posting.py: the company heuristics",
    "tailor/text/posting_items.py": "tests/text/test_posting.py: split_items and long items cut at clauses",
    "tailor/text/posting_layout.py": "tests/text/test_posting.py: titles, header fields and headings of real and "
                                     "Markdown postings",
    "tailor/text/posting_repair.py": "tests/text/test_posting.py: repair_joins and clean_raw_text",
    "tailor/text/posting_requirements.py": "tests/text/test_posting.py: the cap with must-haves kept; its warning "
                                           "in tests/text/test_ingest_warnings.py",
    "tailor/text/posting_vocabulary.py": "tests/text/test_posting.py: data (the word lists the posting rules "
                                         "share)",
    "tailor/text/requirement_kinds.py": "tests/text/test_posting.py: headings and sentence cues deciding the kinds",
    "tailor/text/skill_terms.py": "tests/text/test_posting.py: the keywords and skill terms of every real posting",
    "tailor/text/style.py": "tests/agents/test_critic.py: the style checks (loops, injection leftovers, format, "
                            "duplicates)",
    "tailor/text/terms.py": "tests/agents/test_critic.py: extract_terms, unsupported_terms and AllowedText; "
                            "first_person_words and novel_words in tests/text/test_voice.py",
    "tailor/text/tokens.py": "tests/agents/test_critic.py: the tokens and terms under every truth check",
    "tailor/training/data/build_data.py": "tests/training/test_dataset.py: the dataset it builds (size, schema, "
                                          "truth, splits, PII)",
    "tailor/training/data/people.py": "tests/training/test_dataset.py: data (the hand-written people), held to the "
                                      "dataset's quality gate",
    "tailor/training/retrieval_data.py": "tests/training/test_embed.py: labels, training pairs and the held-out "
                                         "set",
    "tailor/training/retrieval_metrics.py": "tests/training/test_embed.py: the metrics on hand-made rankings",
}

MAX_LINES = 400
MAX_CLI_LINES = 200
LONG_DATA = {
    "tailor/training/data/people.py": "the curated training data: hand-written people, their evidence and "
                                      "tailored outputs, one literal per person",
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name not in ("__init__.py", "__main__.py"))


def mirror(module: Path) -> Path:
    inner = module.relative_to(PACKAGE)
    return TESTS / inner.parent / f"test_{inner.name}"


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_module_has_its_test_module():
    missing = [f"{rel(m)}: add {rel(mirror(m))} (or list it in COVERED_ELSEWHERE with the file that tests it)"
               for m in modules() if rel(m) not in COVERED_ELSEWHERE and not mirror(m).is_file()]
    assert not missing, "\n".join(missing)


def test_covered_elsewhere_names_real_modules_and_test_files():
    problems = []
    for module, why in COVERED_ELSEWHERE.items():
        test_file, _, reason = why.partition(": ")
        if not (ROOT / module).is_file():
            problems.append(f"{module}: no such module")
        elif mirror(ROOT / module).is_file():
            problems.append(f"{module}: has {rel(mirror(ROOT / module))} now, drop it from COVERED_ELSEWHERE")
        if not (test_file.startswith("tests/") and test_file.endswith(".py") and (ROOT / test_file).is_file()):
            problems.append(f"{module}: no test file {test_file!r}")
        if not reason.strip():
            problems.append(f"{module}: say why {test_file} covers it")
    assert not problems, "\n".join(problems)


def test_every_test_folder_is_a_package():
    """Mirrors share names (tests/index/test_store.py, tests/trace/test_store.py): pytest's default
    import mode tells them apart only inside packages."""
    folders = {p.parent for p in TESTS.rglob("*.py")}
    bare = sorted(rel(f) for f in folders if not (f / "__init__.py").is_file())
    assert not bare, "add an __init__.py to: " + ", ".join(bare)


def test_modules_stay_a_readable_size():
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        limit = MAX_CLI_LINES if path.parent == PACKAGE / "cli" else MAX_LINES
        lines = len(path.read_text("utf-8").splitlines())
        if lines > limit and rel(path) not in LONG_DATA:
            too_long.append(f"{rel(path)}: {lines} lines (at most {limit})")
    for name in LONG_DATA:
        if not (ROOT / name).is_file() or len((ROOT / name).read_text("utf-8").splitlines()) <= MAX_LINES:
            too_long.append(f"{name}: no longer needs its LONG_DATA exemption")
    assert not too_long, "\n".join(too_long)
