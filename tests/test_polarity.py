"""The polarity test set (tests/fixtures/polarity/sentences.yaml): general patterns of health writing whose reading
(asserted, negated, hedged, or no claim at all) the extractor must keep. Zero flipped claims: a claim the set says is
asserted is never extracted negated, and the other way round; absence of evidence, questions and aims never give an
asserted claim."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph_build.claims import Claim
from graph_build.read import Document
from graph_build.text.extract import extract_document

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "polarity" / "sentences.yaml").read_text(encoding="utf-8"))


def _claims(text: str, lexicon) -> list[Claim]:
    document = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return extract_document(document, lexicon).claims


def _reading(claim: Claim) -> str:
    if claim.negated:
        return "negated"
    return "hedged" if claim.hedged else "asserted"


def _of(claims: list[Claim], s: str, p: str, o: str) -> list[Claim]:
    return [c for c in claims if (c.subject, c.predicate, c.object) == (s, p, o)]


@pytest.mark.parametrize("case", CASES, ids=[c["pattern"] for c in CASES])
def test_polarity_case(case: dict, lexicon) -> None:
    claims = _claims(case["text"], lexicon)
    for s, p, o, reading in case.get("claims", []):
        found = _of(claims, s, p, o)
        assert found, f"{s} {p} {o} not extracted from {case['text']!r}"
        assert {_reading(c) for c in found} == {reading}, f"{s} {p} {o}: {[_reading(c) for c in found]}"
    for s, p, o in case.get("never", []):
        assert not _of(claims, s, p, o), f"{s} {p} {o} extracted from {case['text']!r}"
    for s, p, o in case.get("hedged_or_absent", []):
        assert {_reading(c) for c in _of(claims, s, p, o)} <= {"hedged"}
    for s, p, o in case.get("never_negated", []):
        assert "negated" not in {_reading(c) for c in _of(claims, s, p, o)}, f"{s} {p} {o} negated"
    for s, p, o, name, value in case.get("qualifiers", []):
        assert all(value in c.qualifier(name) for c in _of(claims, s, p, o)) and _of(claims, s, p, o)
    for s, p, o, name, value in case.get("without", []):
        assert all(value not in c.qualifier(name) for c in _of(claims, s, p, o))
    for s, p, o, words in case.get("resolved", []):
        assert {e.resolved_from for c in _of(claims, s, p, o) for e in c.evidence} == {words}
    for s, p, o, value in case.get("certainty", []):
        assert {c.certainty for c in _of(claims, s, p, o)} == {value}, f"{s} {p} {o}"
    if case.get("exact"):  # the listed claims are all the claims the text gives
        got = {(c.subject, c.predicate, c.object, _reading(c)) for c in claims}
        assert got == {tuple(c) for c in case["claims"]}, f"{case['text']!r}: {sorted(got)}"


def test_no_flipped_claim_over_the_whole_set(lexicon) -> None:
    """Count the claims whose polarity is the opposite of the set's: must be zero."""
    flipped = []
    for case in CASES:
        claims = _claims(case["text"], lexicon)
        for s, p, o, reading in case.get("claims", []):
            want_negated = reading == "negated"
            flipped += [(case["pattern"], s, p, o) for c in _of(claims, s, p, o) if c.negated != want_negated]
        for s, p, o in case.get("hedged_or_absent", []):
            flipped += [(case["pattern"], s, p, o) for c in _of(claims, s, p, o) if not c.hedged]
        for s, p, o in case.get("never_negated", []):
            flipped += [(case["pattern"], s, p, o) for c in _of(claims, s, p, o) if c.negated]
    assert flipped == []


def test_the_set_covers_the_patterns_of_the_issue() -> None:
    """Each kind of construction the set must pin is present (a set that lost its cases could not fail)."""
    patterns = " ".join(c["pattern"] for c in CASES)
    for kind in (
        "not only",
        "not just",
        "first-line",
        "denied use",
        "contraindication",
        "absence of evidence",
        "question",
        "aim",
        "incidence",
        "apposition",
        "comparison",
        "context",
        "pronoun",
        "compatibility",
        "epistemic",
        "relative clause",
        "markdown",
        "bullets",
        "heading",
        "parentheses",
        "dash",
        "unless",
        "except",
        "only if",
        "no longer",
        "never",
        "neither",
        "double negation",
        "fails to",
        "without",
        "contrast",
        "hedge",
        "table",
        # (decision 0793)
        "reassurance",
        "improbability",
        "condition of use",
        "restricted denied use",
        "frequency",
        "could not show",
    ):
        assert kind in patterns, kind


# Error classes read on the development sets (issue 12, decision 0606): each case is an invented sentence of the
# general pattern, with drugs other than the development texts' where the vocabulary allows.
CLASSES = [
    {
        "pattern": '"without" denies its noun phrase, not a later clause\'s use',
        "text": "A woman without any history of liver disease developed jaundice after naproxen was prescribed for "
        "her arthritis.",
        "claims": [["naproxen", "treats", "arthritis", "asserted"]],
    },
    {
        "pattern": '"without the risk of Y" still denies Y (the cue is inside the noun phrase)',
        "text": "Loratadine may help with hay fever without the risk of drowsiness.",
        "never_asserted": [["loratadine", "hasAdverseEffect", "somnolence"]],
    },
    {
        "pattern": "a combination's effect is not one drug's adverse effect",
        "text": "Both are opioids, and together they can cause severe drowsiness. "
        "Codeine and tramadol are painkillers.",
        "never": [["codeine", "hasAdverseEffect", "somnolence"], ["tramadol", "hasAdverseEffect", "somnolence"]],
    },
    {
        "pattern": '"did not affect the incidence of Y" states no direction (absence of evidence)',
        "text": "A change of the dose of naproxen did not affect the incidence of headache.",
        "never": [["naproxen", "hasAdverseEffect", "headache"]],
    },
    {
        "pattern": "side effects whose owner is stated belong to that owner, not the drug in focus",
        "text": "Naproxen is an anti-inflammatory medicine. "
        "The side effects of zorbatine (an invented name), such as tinnitus and nausea, "
        "are well known.",
        "never": [["naproxen", "hasAdverseEffect", "tinnitus"], ["naproxen", "hasAdverseEffect", "nausea"]],
    },
    {
        "pattern": "an unstated owner is still the drug in focus",
        "text": "Naproxen is an anti-inflammatory medicine. Common side effects include nausea and headache.",
        "claims": [["naproxen", "hasAdverseEffect", "nausea", "asserted"]],
    },
    {
        "pattern": "what a causative relative clause names is not the object of the cue",
        "text": "Cetirizine also reduces the inflammation that makes the eyes itch in hay fever.",
        "claims": [["cetirizine", "decreases", "inflammation", "asserted"]],
        "never": [["cetirizine", "decreases", "rhinitis-allergic-seasonal"]],
    },
    {
        "pattern": "a drug named as the owner of a level is not the agent",
        "text": "The lowering of tacrolimus levels led to relief of the headache.",
        "never": [["tacrolimus", "treats", "headache"]],
    },
    {
        "pattern": "a condition word modifying a signal or pathway is not the object",
        "text": "Naproxen also reduces the pain signals sent from the joints.",
        "never": [["naproxen", "decreases", "pain"]],
    },
]


@pytest.mark.parametrize("case", CLASSES, ids=[c["pattern"] for c in CLASSES])
def test_error_class(case: dict, lexicon) -> None:
    claims = _claims(case["text"], lexicon)
    for s, p, o, reading in case.get("claims", []):
        found = _of(claims, s, p, o)
        assert found, f"{s} {p} {o} not extracted from {case['text']!r}"
        assert {_reading(c) for c in found} == {reading}
    for s, p, o in case.get("never", []):
        assert not _of(claims, s, p, o), f"{s} {p} {o} extracted from {case['text']!r}"
    for s, p, o in case.get("never_asserted", []):
        assert all(c.negated or c.hedged for c in _of(claims, s, p, o))
