"""A writer that inflates claims (every bullet opens with "Spearheaded") through the whole graph:
the critic sends each inflated draft back, nothing inflated ships, and report.json and
`tailor trace --diff` say which claim was raised and how the repair lowered it."""
import io

from fakes import ScriptedModel
from rich.console import Console

from tailor.cli.trace import print_diff
from tailor.corpus.loader import load_corpus
from tailor.schemas import TailoredResume
from tailor.text.claims import claim_changes, raised
from tailor.trace.view import read_run
from tests.graph.test_graph import CORPUS, evidence_of, honest, run


def inflating(chat) -> str:
    """First drafts put "Spearheaded" in front of the bullet's object; repairs answer with the
    person's own words."""
    ask = chat[-1]["content"]
    evidence = evidence_of(chat)
    if "Facts:" in ask or "Do not write:" in ask or len(evidence.split()) < 3:
        return honest(chat)
    return "Spearheaded " + evidence.split(" ", 1)[1]


def test_inflated_drafts_are_sent_back_and_explained(tmp_path):
    result = run(tmp_path, ScriptedModel(inflating))
    report = result.report
    inflated = [r for r in report.claims if not r.passed]
    assert inflated, "no draft was caught raising a claim"
    for record in inflated:
        assert record.round == 0 and record.text.startswith("Spearheaded ")
        kinds = {c.kind for c in record.changes if c.raised}
        assert "ownership" in kinds and any(c.draft == "spearheaded" for c in record.changes)
    # every inflated draft went back with the claim as its reason, and none shipped
    reasons = {r.item_id: r.reasons for r in report.repairs if r.outcome == "retry"}
    assert all(any(x.startswith("claims: ownership") for x in reasons[r.item_id])
               for r in inflated)
    assert report.metrics.truth_score == 1.0
    evidence = {b.id: b.text for e in load_corpus(CORPUS).experiences for b in e.bullets}
    shipped = TailoredResume.model_validate_json((result.out_dir / "tailored.json").read_text())
    for role in shipped.roles:
        for bullet in role.bullets:
            cited = [evidence[s] for s in bullet.source_ids]
            assert not raised(claim_changes(bullet.text, cited)), bullet.text

    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_diff(read_run(result.out_dir), console)
    shown = console.file.getvalue()
    assert "claim ✗ raised: ownership: the draft says 'spearheaded'" in shown

