"""Decision 0986: a partner added by "and so does B" ("Some antifungal medicines raise its level, and so does grapefruit
juice") interacts with the drug the clause before it related its opening agents to, as certain as that clause ("and
so may B" hedges it). Nothing when that clause's subject is the drug itself ("It raises the level of A, and so does
B": B raises A's level), when the clause stated no interaction or denied one, for "so do not ..." (an imperative), or
for a class narrowed by "some". The second step: level-of reads the particle after the level ("A and B push its level
up", "A pushes X levels right up") as "push the level of X up" already was. The sentences are invented; each case
asserts the whole set of interaction claims (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """The interaction claims of `text` read as one markdown document."""
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "interactsWith"
    }


LEAFLET = "# Maraviroc for HIV\n\nMaraviroc is a tablet taken twice a day.\n\n"


def ix(partner: str, negated: bool = False, certainty: str = "Asserted") -> tuple[str, str, str, bool, str]:
    """An interaction claim of maraviroc with `partner`."""
    return ("maraviroc", "interactsWith", partner, negated, certainty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after "and so does" joins the clause's agents
        (
            "Clarithromycin raises its level, and so does grapefruit juice.",
            {ix("clarithromycin"), ix("grapefruit-juice")},
        ),
        (
            "The antibiotic clarithromycin raises the level of maraviroc in the blood, and so does ritonavir.",
            {ix("clarithromycin"), ix("ritonavir")},
        ),
        # a modal after "so" hedges the added partner; the clause's own modal carries over
        (
            "Clarithromycin raises its level, and so may ritonavir.",
            {ix("clarithromycin"), ix("ritonavir", certainty="Possible")},
        ),
        (
            "Clarithromycin may raise its level, and so does ritonavir.",
            {ix("clarithromycin", certainty="Possible"), ix("ritonavir", certainty="Possible")},
        ),
        # the drug is the clause's subject: the added agent does what the drug does, to the other drug
        ("It raises the level of warfarin, and so does aspirin.", {ix("warfarin")}),
        ("Maraviroc raises the level of warfarin, and so does aspirin.", {ix("warfarin")}),
        # no interaction in the clause before: nothing
        ("Tiredness is common, and so does ritonavir.", set()),
        # "so do not ...": an imperative, no agent
        ("Clarithromycin raises its level, so do not take ritonavir without asking.", {ix("clarithromycin")}),
        # a class narrowed by "some" is broader than the text says
        ("Clarithromycin raises its level, and so do some antibiotics.", {ix("clarithromycin")}),
    ],
)
def test_so_does(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ritonavir and clarithromycin push its level up.", {ix("ritonavir"), ix("clarithromycin")}),
        ("Ritonavir pushes maraviroc levels right up, so the dose is halved.", {ix("ritonavir")}),
        # a level that is no drug's: nothing
        ("A cold can push his blood pressure up.", set()),
        ("Salty food pushes blood sugar levels up.", set()),
    ],
)
def test_pushed_level(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected
