"""`drugkg review`: list machine-read claims, accept, reject and correct them; the next build follows.

The corpus is a tmp folder with one short document and no curated claims, so every claim the extractor reads
in it is machine-read: "Klonopin is used to treat seizures" (clonazepam treats seizure), "It is not
appropriate for acute pain" (clonazepam NOT treats acute pain, the subject resolved from the context),
"Baclofen is used to treat spasticity".
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rdflib import Graph, Literal
from reviewsample import DOC, TEXT, sample_corpus

from base.paths import DEFAULT_CORPUS
from drugkg.cli import main
from graph_build.build import build_graph
from graph_build.claims import Claim, Evidence
from graph_build.curated import load_curated
from graph_build.read import read_corpus
from graph_build.review import readings
from graph_build.review_store import drop_rejected, load_decisions, record, reviewed_precision
from graph_build.text.confidence import THRESHOLD, top_band_open
from ontology.lexicon import load_lexicon
from ontology.vocab import DKG, ENT


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return sample_corpus(tmp_path)


def run(*args: str):
    return CliRunner().invoke(main, ["review", *args])


def number_of(corpus: Path, statement: str) -> str:
    found = [r for r in readings(corpus, DOC) if r.statement() == statement]
    assert len(found) == 1, [r.statement() for r in readings(corpus, DOC)]
    return str(found[0].number)


def claims_in(graph: Graph, s: str, p: str, o: str) -> list:
    return [
        c
        for c in graph.subjects(DKG.subject, ENT[s])
        if (c, DKG.predicate, DKG[p]) in graph and (c, DKG.object, ENT[o]) in graph
    ]


def test_list_shows_each_machine_read_claim_with_its_sentence_and_marked_names(corpus):
    result = run("--corpus", str(corpus), DOC, "--list")
    assert result.exit_code == 0, result.output
    assert "clonazepam treats seizure" in result.output
    assert "“[S: Klonopin] is used to treat [O: seizures].”" in result.output
    assert "clonazepam NOT treats acute-pain" in result.output
    # "It" is not a name: the reviewer is told the subject was read from the context
    assert "not named in the sentence (read from the context): subject" in result.output
    # a candidate is a machine-read claim below the build's threshold, or any machine-read claim while the top band
    # is closed (decision 0690)
    for reading in readings(corpus, DOC):
        below = reading.confidence < THRESHOLD or not top_band_open()
        assert reading.source == ("candidate" if below else "machine-read")
        assert f"{reading.source}, rule {reading.rule}, confidence {reading.confidence};" in result.output
    overview = run("--corpus", str(corpus))
    assert overview.exit_code == 0 and f"{DOC}\t3 to review" in overview.output


def test_accepted_claim_is_curated_with_its_quote_and_the_next_build_carries_it(corpus, tmp_path):
    result = run("--corpus", str(corpus), DOC, "--accept", number_of(corpus, "clonazepam treats seizure"))
    assert result.exit_code == 0, result.output
    curated = load_curated(corpus, read_corpus(corpus), load_lexicon())
    assert [(c.subject, c.predicate, c.object, c.negated) for c in curated] == [
        ("clonazepam", "treats", "seizure", False)
    ]
    (evidence,) = curated[0].evidence
    assert TEXT[evidence.start : evidence.end] == evidence.quote == "Klonopin is used to treat seizures."
    graph = build_graph(corpus, tmp_path / "out", extract=True).graph
    (claim,) = claims_in(graph, "clonazepam", "treats", "seizure")
    # curated evidence joined the text-mined one: a curator checked it, it is no longer machine-read
    assert graph.value(claim, DKG.agentType) == Literal("manual_validation_of_automated_agent")
    assert (ENT.clonazepam, DKG.treats, ENT.seizure) in graph
    assert "clonazepam treats seizure" not in [r.statement() for r in readings(corpus, DOC)]


def test_rejected_claim_never_returns_for_the_sentence(corpus, tmp_path):
    result = run("--corpus", str(corpus), DOC, "--reject", number_of(corpus, "baclofen treats spasticity"))
    assert result.exit_code == 0, result.output
    assert "baclofen treats spasticity" not in run("--corpus", str(corpus), DOC, "--list").output
    (decision,) = load_decisions(corpus, DOC)
    assert (decision.decision, TEXT[decision.start : decision.end]) == (
        "rejected",
        "Baclofen is used to treat spasticity.",
    )
    for attempt in ("first", "second"):  # the second build is served from the caches: still dropped
        graph = build_graph(corpus, tmp_path / attempt, extract=True).graph
        assert claims_in(graph, "baclofen", "treats", "spasticity") == []
        assert (ENT.baclofen, DKG.treats, ENT.spasticity) not in graph
        assert claims_in(graph, "clonazepam", "treats", "seizure")  # the others stay


def test_the_build_hook_drops_a_rejected_reading_whatever_its_qualifiers(corpus):
    (reading,) = [r for r in readings(corpus, DOC) if r.claim.subject == "baclofen"]
    run("--corpus", str(corpus), DOC, "--reject", reading.ident)
    documents = read_corpus(corpus)
    ev = reading.claim.evidence[0]
    same = Claim("baclofen", "treats", "spasticity", qualifiers=(("useStatus", ("PrimaryUse",)),), evidence=[ev])
    elsewhere = Claim("baclofen", "treats", "spasticity", evidence=[Evidence(DOC, "x", 0, 10, "rule:x")])
    assert drop_rejected([same, elsewhere], documents) == [elsewhere]


def test_corrected_claim_replaces_the_reading(corpus, tmp_path):
    result = run(
        "--corpus", str(corpus), DOC, "--correct", number_of(corpus, "clonazepam treats seizure"),
        "--certainty", "Possible", "--qualifier", "useStatus=SecondaryUse",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((corpus / "claims" / f"{DOC}.yaml").read_text(encoding="utf-8"))
    (claim,) = data["claims"]
    assert (claim["certainty"], claim["qualifiers"]) == ("Possible", {"useStatus": ["SecondaryUse"]})
    assert [d["decision"] for d in data["review"]] == ["corrected"]
    graph = build_graph(corpus, tmp_path / "out", extract=True).graph
    (node,) = claims_in(graph, "clonazepam", "treats", "seizure")
    assert graph.value(node, DKG.certainty) == DKG.Possible
    assert graph.value(node, DKG.agentType) == Literal("manual_agent")  # the machine's asserted reading is gone
    assert (ENT.clonazepam, DKG.treats, ENT.seizure) not in graph  # hedged: no direct triple


def test_polarity_and_entities_can_be_corrected(corpus):
    number = number_of(corpus, "clonazepam NOT treats acute-pain")
    result = run("--corpus", str(corpus), DOC, "--correct", number, "--predicate", "decreases", "--clear-qualifiers")
    assert result.exit_code == 0, result.output
    (claim,) = load_curated(corpus, read_corpus(corpus), load_lexicon())
    assert (claim.predicate, claim.negated, claim.qualifiers) == ("decreases", True, ())
    number = number_of(corpus, "baclofen treats spasticity")
    assert run("--corpus", str(corpus), DOC, "--correct", number, "--asserted").exit_code == 1  # changes nothing
    result = run("--corpus", str(corpus), DOC, "--correct", number, "--negated", "--subject", "clonazepam")
    assert result.exit_code == 0, result.output
    facts = {
        (c.subject, c.predicate, c.object, c.negated) for c in load_curated(corpus, read_corpus(corpus), load_lexicon())
    }
    assert ("clonazepam", "treats", "spasticity", True) in facts


def test_interactive_prompts_decide_claim_by_claim(corpus):
    # reading 1 (seizure): skip; 2 (acute pain): reject; 3 (spasticity): accept
    result = CliRunner().invoke(main, ["review", "--corpus", str(corpus), DOC], input="s\nr\na\n")
    assert result.exit_code == 0, result.output
    assert [d.decision for d in load_decisions(corpus, DOC)] == ["rejected", "accepted"]
    assert "nothing left to review" in result.output


def test_interactive_correction_asks_for_each_field_with_the_reading_as_default(corpus):
    # reading 1 (clonazepam treats seizure): correct; keep predicate, polarity, subject, object and
    # qualifiers (Enter), make it Possible; then quit
    answers = "c\n\n\nPossible\n\n\n\nq\n"
    result = CliRunner().invoke(main, ["review", "--corpus", str(corpus), DOC], input=answers)
    assert result.exit_code == 0, result.output
    (claim,) = load_curated(corpus, read_corpus(corpus), load_lexicon())
    assert (claim.subject, claim.predicate, claim.object, claim.negated, claim.certainty) == (
        "clonazepam", "treats", "seizure", False, "Possible",
    )  # fmt: skip
    assert [d.decision for d in load_decisions(corpus, DOC)] == ["corrected"]


def test_an_entity_only_a_broad_vocabulary_knows_cannot_be_curated(tmp_path):
    # valproate is not in ontology/lexicon.yaml: the extractor's vocabularies add it as valproic-acid
    folder = tmp_path / "vocab"
    folder.mkdir()
    (folder / "vocab-sample.txt").write_text("Notes\n\nValproate is used to treat epilepsy.\n", encoding="utf-8")
    (reading,) = readings(folder, "vocab-sample")
    assert reading.claim.subject not in load_lexicon()
    result = run("--corpus", str(folder), "vocab-sample", "--accept", "1")
    assert result.exit_code == 1
    assert f"'{reading.claim.subject}' (subject) was added by a broad vocabulary" in result.output
    assert not (folder / "claims").exists()
    assert run("--corpus", str(folder), "vocab-sample", "--reject", "1").exit_code == 0  # rejecting needs no entry


def test_reviewed_precision_counts_corrections_as_wrong(corpus):
    run("--corpus", str(corpus), DOC, "--accept", number_of(corpus, "clonazepam treats seizure"))
    run("--corpus", str(corpus), DOC, "--reject", number_of(corpus, "baclofen treats spasticity"))
    run("--corpus", str(corpus), DOC, "--correct", "1", "--certainty", "Possible")
    counts = reviewed_precision(corpus)
    assert (counts.accepted, counts.rejected, counts.corrected, counts.precision) == (1, 1, 1, 1 / 3)
    result = CliRunner().invoke(main, ["evaluate", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "reviewed machine-read claims: 3 (1 accepted, 1 rejected, 1 corrected); precision 0.333" in result.output


def test_bad_requests_are_one_line_and_write_nothing(corpus):
    for args, message in (
        ([DOC, "--accept", "9"], "no reading '9' to review"),
        ([DOC, "--reject", "1", "--accept", "2"], "one of --list, --accept, --reject, --correct"),
        ([DOC, "--predicate", "treats"], "need --correct N"),
        ([DOC, "--correct", "1"], "a correction needs at least one change"),
        ([DOC, "--correct", "1", "--object", "no-such-thing"], "unknown entity 'no-such-thing' as object"),
        ([DOC, "--correct", "1", "--qualifier", "useStatus"], "bad qualifier 'useStatus'"),
        (["nothing-here", "--list"], "no document 'nothing-here'"),
    ):
        result = run("--corpus", str(corpus), *args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output and "Traceback" not in result.output
    assert not (corpus / "claims").exists()


def test_writing_keeps_every_line_of_an_existing_claims_file(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, corpus)
    path = corpus / "claims" / "klonopin-pain.yaml"
    before = "# kept: a curator's note\n" + path.read_text(encoding="utf-8")
    path.write_text(before, encoding="utf-8")
    quote = "Klonopin belongs to a class of drugs known as benzodiazepines."
    start = read_corpus(corpus)[2].text.index(quote)
    evidence = [{"quote": quote, "start": start, "end": start + len(quote)}]
    claim = {"subject": "clonazepam", "predicate": "isA", "object": "cns-depressant", "evidence": evidence}
    decision = {"decision": "accepted", "start": start, "end": start + len(quote), "subject": "clonazepam",
                "predicate": "isA", "object": "cns-depressant", "negated": False, "certainty": "Asserted"}  # fmt: skip
    assert record(corpus, "klonopin-pain", decision, claim) == "clonazepam-is-a-cns-depressant"
    after = path.read_text(encoding="utf-8")
    changes = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False).get_opcodes()
    assert {op for op, *_ in changes} == {"equal", "insert"}  # nothing removed or rewritten
    old = yaml.safe_load(before)
    new = yaml.safe_load(after)
    assert new["claims"][: len(old["claims"])] == old["claims"]
    assert new["claims"][-1]["id"] == "clonazepam-is-a-cns-depressant"
    assert load_curated(corpus, read_corpus(corpus), load_lexicon())  # the build still reads every claim


def test_a_broken_claims_file_is_one_clear_line_and_stays_as_it_was(corpus):
    folder = corpus / "claims"
    folder.mkdir()
    path = folder / f"{DOC}.yaml"
    for text, message in (
        (f"document: {DOC}\nclaims: [\n", "malformed YAML"),
        (f"document: {DOC}\nclaims: []\nreview: 3\n", "'review' must be a list of decisions"),
    ):
        path.write_text(text, encoding="utf-8")
        result = run("--corpus", str(corpus), DOC, "--reject", "1")
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
        assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("path", sorted((DEFAULT_CORPUS / "claims").glob("*.yaml")), ids=lambda p: p.stem)
def test_the_emitter_writes_each_seed_claims_file_back_byte_for_byte(path):
    import io

    from graph_build.review_store import _yaml

    yaml_rt = _yaml()
    buffer = io.StringIO()
    yaml_rt.dump(yaml_rt.load(path.read_text(encoding="utf-8")), buffer)
    assert buffer.getvalue() == path.read_text(encoding="utf-8")
