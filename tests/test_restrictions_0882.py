"""A contraindication keeps the restriction its sentence states (decision 0882): a severity ("serious"), a recent
event, an acute or active phase, an age limit; a weight limit no qualifier carries gives no claim. Invented
sentences, exact claim sets with polarity and qualifiers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from graph_build.assemble import assemble_graph
from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.validate import shacl_violations


def _doc(text: str) -> Document:
    digest = hashlib.sha256((text + "\n").encode()).hexdigest()
    return Document("case", "case", "case.txt", digest, text + "\n", Path("case.txt"))


def _contraindications(text: str, lexicon: dict) -> set[tuple]:
    return {
        (c.subject, c.object, c.negated, tuple(sorted(c.qualifiers)))
        for c in extract_document(_doc(text), lexicon).claims
        if c.predicate == "contraindicatedIn"
    }


RECENT = (("temporalContext", ("recent",)),)
SEVERE = (("severity", ("severe",)),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recent event: the adjective, the verb, and a condition coordinated after it
        (
            "Naproxen must not be taken by anyone with a recent heart attack.",
            {("naproxen", "myocardial-infarction", False, RECENT)},
        ),
        ("People who have recently had a stroke must not take naproxen.", {("naproxen", "stroke", False, RECENT)}),
        (
            "Naproxen should not be taken by people who have recently had a heart attack or stroke.",
            {("naproxen", "myocardial-infarction", False, RECENT), ("naproxen", "stroke", False, RECENT)},
        ),
        (
            "Naproxen should not be taken by people who have recently had a heart attack or who have heart failure.",
            {("naproxen", "myocardial-infarction", False, RECENT), ("naproxen", "heart-failure", False, ())},
        ),
        (
            "Sildenafil should not be used by men who have had a stroke or heart attack in the last six months.",
            {
                ("sildenafil", "stroke", False, (("temporalContext", ("in the last six months",)),)),
                ("sildenafil", "myocardial-infarction", False, (("temporalContext", ("in the last six months",)),)),
            },
        ),
        (
            "Naproxen is not suitable for people who have had a heart attack recently.",
            {("naproxen", "myocardial-infarction", False, RECENT)},
        ),
        # seriousness is severity, and so is "badly" or "very" before the condition
        (
            "Methenamine should not be taken by people who are badly dehydrated.",
            {("methenamine", "dehydration", False, SEVERE)},
        ),
        (
            "Tadalafil should not be used by men with very low blood pressure.",
            {("tadalafil", "hypotension", False, SEVERE)},
        ),
        ("Tadalafil should not be used by men with low blood pressure.", {("tadalafil", "hypotension", False, ())}),
        # ... but "very" before a sign tells how it felt
        (
            "Tamsulosin is not for people who have felt very dizzy when standing up.",
            {("tamsulosin", "postural-dizziness", False, ())},
        ),
        (
            "Ibuprofen is not suitable for people with serious kidney disease.",
            {("ibuprofen", "kidney-diseases", False, SEVERE)},
        ),
        # an acute or active phase, when the vocabulary has no narrower concept
        (
            "Nebivolol should not be used in acute heart failure.",
            {("nebivolol", "heart-failure", False, (("temporalContext", ("acute",)),))},
        ),
        (
            "Warfarin must not be used by anyone who is actively bleeding.",
            {("warfarin", "hemorrhage", False, (("temporalContext", ("active",)),))},
        ),
        (
            "Etanercept should not be started in people with an active, serious infection.",
            {("etanercept", "infections", False, (("severity", ("severe",)), ("temporalContext", ("active",))))},
        ),
        (
            "Naproxen is unsuitable for anyone with acute pancreatitis.",
            {("naproxen", "pancreatitis", False, (("temporalContext", ("acute",)),))},
        ),
        # ... and none where the vocabulary names the acute kind itself
        (
            "Naltrexone must not be taken by people with acute hepatitis.",
            {("naltrexone", "acute-hepatitis", False, ())},
        ),
        # a phase coordinated with another ("chronic or active") restricts nothing
        (
            "Terbinafine should not be taken by anyone with chronic or active liver disease.",
            {("terbinafine", "liver-disease", False, ())},
        ),
        # a serious allergic reaction shows the allergy; the allergy itself is forbidden
        (
            "Alogliptin must not be taken by anyone who has had a serious allergic reaction to it.",
            {("alogliptin", "alogliptin-hypersensitivity", False, ())},
        ),
        # no restriction, no qualifier
        ("Naproxen must not be taken by anyone with heart failure.", {("naproxen", "heart-failure", False, ())}),
    ],
)
def test_a_forbidden_condition_keeps_its_restriction(text: str, expected: set, lexicon: dict) -> None:
    assert _contraindications(text, lexicon) == expected


def _under(age: str) -> tuple:
    return (("temporalContext", (age,)),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zolmitriptan should not be given to children under 10.",
            {("zolmitriptan", "children", False, _under("under 10 years"))},
        ),
        (
            "Cetirizine should not be given to children under the age of 2.",
            {("cetirizine", "children", False, _under("under 2 years"))},
        ),
        (
            "Cetirizine is not suitable for children aged under 12 years.",
            {("cetirizine", "children", False, _under("under 12 years"))},
        ),
        (
            "Cetirizine should not be given to babies under 6 months old.",
            {("cetirizine", "infants", False, _under("under 6 months"))},
        ),
        (
            "Cetirizine is not suitable for children and teenagers under 16.",
            {
                ("cetirizine", "children", False, _under("under 16 years")),
                ("cetirizine", "adolescents", False, _under("under 16 years")),
            },
        ),
        # an age of 18 or more takes in all of childhood: nothing to keep
        (
            "Cetirizine is not for children under 18.",
            {("cetirizine", "children", False, ()), ("cetirizine", "adolescents", False, ())},
        ),
        # the group named again without a limit: the plain claim
        (
            "Mebeverine isn't suitable for children under 10, and the stronger tablet is not for under-18s.",
            {("mebeverine", "children", False, ()), ("mebeverine", "adolescents", False, ())},
        ),
        # a weight limit has no qualifier: no claim rather than one for every child
        ("Cetirizine must not be given to children weighing less than 15 kg.", set()),
        ("Cetirizine must not be given to children under 15 kg.", set()),
    ],
)
def test_a_forbidden_group_keeps_its_age_limit(text: str, expected: set, lexicon: dict) -> None:
    assert _contraindications(text, lexicon) == expected


def test_a_document_with_kept_restrictions_builds_a_conforming_graph(lexicon: dict) -> None:
    text = (
        "Fenoprofen is a painkiller. It should not be given to children under 6. People who have recently had a "
        "heart attack must not take it, and it is not suitable for anyone with acute heart failure or serious "
        "kidney disease."
    )
    doc = _doc(text)
    extraction = extract_document(doc, lexicon)
    qualifiers = {q for c in extraction.claims if c.predicate == "contraindicatedIn" for q in c.qualifiers}
    assert ("temporalContext", ("under 6 years",)) in qualifiers and ("temporalContext", ("recent",)) in qualifiers
    graph = assemble_graph([doc], extraction.claims, {**lexicon, **extraction.entities})
    assert shacl_violations(graph) == []


def _denials(text: str, lexicon: dict) -> set[tuple]:
    return {
        (c.subject, c.object, c.negated, tuple(sorted((k, v) for k, v in c.qualifiers if k != "useStatus")))
        for c in extract_document(_doc(text), lexicon).claims
        if c.predicate == "treats"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Codeine is not used for coughs in children under 12.",
            {("codeine", "cough", True, (("population", ("children",)), ("temporalContext", ("under 12 years",))))},
        ),
        ("Codeine is not used for coughs in children.", {("codeine", "cough", True, (("population", ("children",)),))}),
        ("Codeine is not used for pain in children under 15 kg.", set()),
    ],
)
def test_a_use_denied_to_a_group_keeps_its_age_limit(text: str, expected: set, lexicon: dict) -> None:
    assert _denials(text, lexicon) == expected
