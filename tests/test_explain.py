"""`drugkg explain`: mechanism paths from a drug to a condition, in order, each step with its evidence."""

from __future__ import annotations

import re

import pytest

from ontology.vocab import ENT
from queries.explain import explain, explanation_text, explanation_view
from queries.viz_model import Claim, Entity, Evidence, Model, read_model

# The chain of the article clonazepam-pain-management: GABA-A modulation -> chloride channel -> influx ->
# hyperpolarisation -> less excitable neurons -> stabilised nerves -> relief of trigeminal neuralgia.
TRIGEMINAL_CHAIN = [
    "clonazepam",
    "gaba-a-receptor",
    "chloride-channel-opening",
    "chloride-influx",
    "hyperpolarization",
    "reduced-neuronal-excitability",
    "nerve-stabilisation",
    "trigeminal-neuralgia",
]


@pytest.fixture(scope="module")
def model(graph):
    return read_model(graph)


def _slugs(path: list[Claim]) -> list[str]:
    return [path[0].subject.rsplit("/", 1)[1]] + [c.object.rsplit("/", 1)[1] for c in path]


@pytest.mark.parametrize("drug", ["clonazepam", "Klonopin"])
def test_trigeminal_neuralgia_path_is_the_articles_chain_in_order(model, drug):
    ex = explain(model, drug, "trigeminal neuralgia")
    assert ex.verdict == "stated"
    assert _slugs(ex.paths[0]) == TRIGEMINAL_CHAIN
    assert [c.step for c in ex.paths[0]] == list(range(1, 8))


def test_the_text_gives_every_step_with_its_quote_and_article(model):
    ex = explain(model, "clonazepam", "trigeminal neuralgia")
    text = explanation_text(model, ex)
    assert "mechanism path from clonazepam to trigeminal neuralgia, every step stated" in text
    for step in ex.paths[0]:
        assert all(f"“{e.quote}”" in text for e in step.evidence)
    assert "positive allosteric modulator" in text  # step 1, as the article words it
    assert "Can Clonazepam Help With Pain Management?" in text
    assert text.index("1. clonazepam positively modulates GABA-A receptor") < text.index(
        "7. stabilisation of hyperexcitable nerves alleviates trigeminal neuralgia"
    )


def test_a_link_the_article_denies_is_said_to_be_negated(model):
    # "It is not appropriate for common acute pain, such as post-surgical pain or minor injuries"
    ex = explain(model, "clonazepam", "acute pain")
    assert ex.verdict == "negated"
    assert [c.negated for c in ex.direct] == [True]
    assert "the source says this is NOT so" in explanation_text(model, ex)


def test_no_path_is_said_plainly(model):
    ex = explain(model, "baclofen", "trigeminal neuralgia")
    assert (ex.verdict, ex.paths, ex.direct) == ("none", [], [])
    assert "No mechanism path from baclofen to trigeminal neuralgia" in explanation_text(model, ex)


def _claim(key, s, o, predicate="causes", certainty="Asserted", step=None, mechanism="ent:d"):
    claim = Claim(
        key,
        s,
        predicate,
        o,
        False,
        certainty,
        mechanism_of=mechanism if step else None,
        step=step,
        agent="manual_agent",
    )
    claim.evidence.append(Evidence(f"quote of {key}", "doc", 0, 1))
    return claim


def _toy(*claims: Claim) -> Model:
    names = {n for c in claims for n in (c.subject, c.object)}
    return Model({n: Entity(n, n.split(":")[1], "Drug") for n in sorted(names)}, {c.iri: c for c in claims}, {})


def test_a_path_through_a_hedged_step_is_said_to_be_only_hedged():
    m = _toy(_claim("c1", "ent:d", "ent:x", step=1), _claim("c2", "ent:x", "ent:y", "alleviates", "Possible", step=2))
    ex = explain(m, "d", "y")
    assert ex.verdict == "hedged"
    assert "only hedged" in explanation_text(m, ex)


def test_a_path_can_end_at_a_kind_of_the_condition():
    m = _toy(
        _claim("c1", "ent:d", "ent:x", step=1),
        _claim("c2", "ent:x", "ent:child", "alleviates", step=2),
        _claim("c3", "ent:child", "ent:parent", "isA"),
    )
    ex = explain(m, "d", "parent")
    assert [[c.iri for c in p] for p in ex.paths] == [["c1", "c2", "c3"]]


def test_steps_must_follow_the_mechanism_order():
    m = _toy(_claim("c1", "ent:d", "ent:x", step=2), _claim("c2", "ent:x", "ent:y", step=1))
    assert explain(m, "d", "y").paths == []


def test_the_explanation_view_highlights_the_path(model):
    ex = explain(model, "clonazepam", "trigeminal neuralgia")
    view = explanation_view(model, ex)
    assert set(view.highlight) == {c.iri for p in ex.paths for c in p}
    assert {str(ENT[s]) for s in TRIGEMINAL_CHAIN} <= set(view.entities)
    assert view.text == explanation_text(model, ex)


def _read(claim: Claim, confidence: str, candidate: bool = False) -> Claim:
    """The claim as only the text miner made it (agent type text_mining_agent), at this confidence."""
    claim.agent, claim.candidate = "text_mining_agent", candidate
    claim.evidence[0].method, claim.evidence[0].confidence = "rule:x", confidence
    return claim


def test_every_claim_says_who_said_it(model):
    text = explanation_text(model, explain(model, "clonazepam", "trigeminal neuralgia"))
    steps = [line for line in text.splitlines() if re.match(r"\s+\d+\. ", line)]
    assert len(steps) >= 7 and all(line.endswith(("[curated]", "not checked by a person]")) for line in steps)


def test_a_machine_read_step_is_marked_with_its_confidence():
    m = _toy(_claim("c1", "ent:d", "ent:x", step=1), _read(_claim("c2", "ent:x", "ent:y", step=2), "0.7"))
    text = explanation_text(m, explain(m, "d", "y"))
    assert "2. x causes y  [machine-read, confidence 0.7, not checked by a person]" in text
    assert "1. d causes x  [curated]" in text
    assert "(1 of the first path's steps only the text miner read" in text


def test_a_candidate_is_never_presented_as_a_fact():
    # the only step to y is a candidate: no path, no verdict from it; it is listed apart as a candidate
    m = _toy(_claim("c1", "ent:d", "ent:x", step=1), _read(_claim("c2", "ent:x", "ent:y", step=2), "0.4", True))
    ex = explain(m, "d", "y")
    assert (ex.verdict, ex.paths) == ("none", [])
    # a candidate that denies the link directly is no denial either
    denial = _read(_claim("c3", "ent:d", "ent:y", "treats"), "0.3", True)
    denial.negated = True
    m = _toy(denial)
    ex = explain(m, "d", "y")
    assert (ex.verdict, ex.direct, [c.iri for c in ex.candidates]) == ("none", [], ["c3"])
    text = explanation_text(m, ex)
    assert "a source says the link does NOT hold" not in text
    assert "Candidates the text miner read with low confidence (NOT facts" in text
    assert "? d not treats y  [CANDIDATE, not a fact: machine-read, confidence 0.3, awaiting review]" in text
    # nor does a candidate make something a kind of the condition
    m = _toy(_claim("c1", "ent:d", "ent:x", step=1), _read(_claim("c2", "ent:x", "ent:y", "isA"), "0.4", True))
    assert explain(m, "d", "y").paths == []
