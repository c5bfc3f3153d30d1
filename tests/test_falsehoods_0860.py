"""Falsehoods of sealed51-54's measurement (decision 0860): owners of clauses, glosses, groundings and a hedge's
scope, on invented sentences with other drugs and wording (exact claim sets, polarity and certainty included).

1. "Xs such as A raise Y when taken with it, and so does B": A and B are partners of the drug "it" names; A and B
   never interact with each other, and "A interacts with B, and so does C" gives A no partner C.
2. "stop / prevent A (from) causing Y" prevents A's effect: no medicine is stopped, no withdrawal effect.
3. "Ys, such as the pain of X": the example is a pain, X its cause: no kind of Y, and the use's context, not treated.
4. "A, an older kind of B" glosses the partner A: B is no partner of its own.
5. "A, which is given for Y, can also make you Z": the relative clause's use ends where the main clause's verb
   resumes (Z is no use of A). ("for the itch of X" itself is left as it was: the golds read "the pain and stiffness
   of X" as a use for X.)
6. "a knock / fall / small cut could cause Y" after an instruction: the event's effect, no side effect, no denial.
7. A generic head ("isomerase") alone or after a code is no one protein; "two enzymes" is no part of a name.
8. A hedge governs its own clause: "should not be taken with it, as together they may raise Y" asserts the
   interaction; "does not bring on withdrawal symptoms, but Z may get worse again ..., so ..." denies, unhedged.
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims


def _claims(lexicon, text: str) -> set[tuple]:
    return polarity_claims(text, lexicon)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Apixaban is a tablet that thins the blood.\n\nAnti-inflammatory medicines such as naproxen raise the risk"
            " of bleeding when taken with it, and so does clopidogrel.",
            {
                ("apixaban", "interactsWith", "naproxen", False, False),
                ("apixaban", "interactsWith", "clopidogrel", False, False),
            },
        ),
        (
            "Edoxaban is a tablet that thins the blood.\n\nPainkillers such as diclofenac raise the risk of bleeding"
            " when taken with it, and so does ticagrelor.",
            {
                ("diclofenac", "isA", "analgesic", False, False),
                ("edoxaban", "interactsWith", "diclofenac", False, False),
                ("edoxaban", "interactsWith", "ticagrelor", False, False),
            },
        ),
        (
            "Rivaroxaban is a tablet.\n\nNaproxen can cause bleeding when taken with it, as can prasugrel.",
            {
                ("rivaroxaban", "hasFormulation", "tablet", False, False),
                ("rivaroxaban", "interactsWith", "naproxen", False, False),
                ("rivaroxaban", "interactsWith", "prasugrel", False, False),
            },
        ),
        (
            "Phenytoin is a tablet.\n\nPhenytoin interacts with fluconazole, and so does carbamazepine.",
            {
                ("phenytoin", "hasFormulation", "tablet", False, False),
                ("phenytoin", "interactsWith", "fluconazole", False, False),
            },
        ),
    ],
)
def test_partners_of_it_and_a_repeated_predicate(lexicon, text: str, expected: set) -> None:
    assert _claims(lexicon, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lansoprazole is a capsule.\n\nIt is given to stop anti-inflammatory painkillers causing ulcers in the"
            " stomach.",
            set(),
        ),
        (
            "Esomeprazole is a capsule.\n\nIt can prevent aspirin from causing a stomach ulcer, and it can stop"
            " naproxen from causing one too.",
            set(),
        ),
        # (a stopped medicine and a finite cause stay a withdrawal effect)
        (
            "Esomeprazole is a capsule.\n\nStopping esomeprazole suddenly may cause heartburn.",
            {("esomeprazole", "hasWithdrawalEffect", "heartburn", False, True)},
        ),
    ],
)
def test_stopping_an_effect_is_no_withdrawal(lexicon, text: str, expected: set) -> None:
    found = {c for c in _claims(lexicon, text) if c[1] != "hasFormulation"}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Oxycodone is a strong painkiller.\n\nIt is used for severe pain, such as the pain of a broken bone, when"
            " weaker painkillers have not worked.",
            {("oxycodone", "isA", "analgesic", False, False), ("oxycodone", "treats", "pain", False, False)},
        ),
        (
            "Pregabalin is a capsule.\n\nIt is used for nerve pain, such as the pain of shingles.",
            {
                ("pregabalin", "hasFormulation", "capsule", False, False),
                ("pregabalin", "treats", "neuropathic-pain", False, False),
                ("pregabalin", "treats", "pain", False, False),
            },
        ),
        # (a relative clause's use ends where the main clause's verb resumes: sleepiness is no use)
        (
            "Naltrexone is a tablet.\n\nVenlafaxine, which is sometimes given for hot flushes, can also make you"
            " sleepy.",
            {
                ("naltrexone", "hasFormulation", "tablet", False, False),
                ("venlafaxine", "hasAdverseEffect", "somnolence", False, True),
                ("venlafaxine", "treats", "hot-flashes", False, True),
            },
        ),
    ],
)
def test_the_example_pain_of_an_illness_is_treated_not_the_illness(lexicon, text: str, expected: set) -> None:
    assert _claims(lexicon, text) == expected


def test_the_illness_is_the_context_of_its_pain(lexicon) -> None:
    from pathlib import Path

    from graph_build.read import Document
    from graph_build.text.extract import extract_document

    doc = Document(
        "c",
        "c",
        "c.txt",
        "",
        "Morphine is a painkiller.\n\nIt is used for severe pain, such as the pain of cancer.\n",
        Path("c"),
    )
    treats = [c for c in extract_document(doc, lexicon).claims if c.predicate == "treats"]
    assert [(c.object, dict(c.qualifiers).get("contextCondition")) for c in treats] == [("pain", ("cancer",))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Linezolid is an antibiotic.\n\nLinezolid must not be taken with phenelzine, an older kind of"
            " antidepressant.",
            {
                ("linezolid", "isA", "antibiotic", False, False),
                ("linezolid", "interactsWith", "phenelzine", False, False),
            },
        ),
        (
            "Methylene blue is an injection.\n\nIt should not be given with moclobemide, a type of antidepressant.",
            {
                ("moclobemide", "isA", "antidepressant", False, False),
                ("methylene-blue", "interactsWith", "moclobemide", False, False),
            },
        ),
    ],
)
def test_a_kind_gloss_is_no_partner(lexicon, text: str, expected: set) -> None:
    assert _claims(lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dabigatran is a capsule that thins the blood.\n\nWHAT WE CAN DO\n- Priya should not carry the heavy boxes"
        " this month: a knock could cause a bad bruise or a bleed.",
        "Heparin is an injection that thins the blood.\n\nEven a small cut may lead to heavy bleeding.",
    ],
)
def test_an_events_effect_is_no_side_effect(lexicon, text: str) -> None:
    assert not any(c[1] == "hasAdverseEffect" for c in _claims(lexicon, text))


def test_a_generic_head_is_no_one_protein(lexicon) -> None:
    text = (
        "Nystatin is a cream.\n\nIt blocks two enzymes, alpha-9 reductase and beta-3,4 isomerase, that the yeast needs."
    )
    found = {c[:3] for c in _claims(lexicon, text) if c[1] == "bindsTo"}
    assert found == {("nystatin", "bindsTo", "alpha-9-reductase")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Citalopram is a tablet.\n\nSt John's wort should not be taken alongside it, as together they may raise"
            " the risk of side effects.",
            {("citalopram", "interactsWith", "st-johns-wort", False, False)},
        ),
        (
            "Citalopram is a tablet.\n\nStopping the tablets does not bring on withdrawal symptoms, but your mood may"
            " get worse again over the next few weeks, so please do not stop without asking your doctor.",
            {("citalopram", "hasWithdrawalEffect", "withdrawal-syndrome", True, False)},
        ),
        # (a hedge of the claim's own clause still hedges it)
        (
            "Citalopram is a tablet.\n\nSt John's wort and citalopram together may raise the risk of side effects.",
            {("citalopram", "interactsWith", "st-johns-wort", False, True)},
        ),
    ],
)
def test_a_hedge_governs_its_own_clause(lexicon, text: str, expected: set) -> None:
    found = {c for c in _claims(lexicon, text) if c[1] != "hasFormulation"}
    assert found == expected
