"""Decision 1022: "the contraceptive pill" (or "contraceptive pills", "oral contraceptive pills") with no make-up named
is the oral contraceptive, the partner most golds name for it; an interaction with it is read by the rules that read
any named partner, with their negation and hedges. "The combined (contraceptive) pill" stays the combined oral
contraceptive (0723) and an emergency contraceptive pill the emergency contraceptive. The sentences and documents are
invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`: (subject, predicate, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


DRUG = "# Modafinil notes\n\nModafinil is taken once a day. "
PILL = ("modafinil", "interactsWith", "oral-contraceptive")

CASES = [
    # the document's drug as "It", asserted, hedged and denied
    (DRUG + "It can make the contraceptive pill less effective.\n", {(*PILL, False, "Asserted")}),
    (DRUG + "It may make the contraceptive pill less reliable.\n", {(*PILL, False, "Possible")}),
    (DRUG + "It does not stop the contraceptive pill from working.\n", {(*PILL, True, "Asserted")}),
    # "do not take with X" asserts the interaction
    (DRUG + "Do not take it with the contraceptive pill.\n", {(*PILL, False, "Asserted")}),
    # the plural and the "oral" form are the same partner
    (DRUG + "It makes oral contraceptive pills less reliable.\n", {(*PILL, False, "Asserted")}),
    # another drug's interaction is that drug's
    (
        DRUG + "Carbamazepine makes the contraceptive pill less effective.\n",
        {("oral-contraceptive", "interactsWith", "carbamazepine", False, "Asserted")},
    ),
    # a question and a heading assert nothing
    (DRUG + "Is it safe with the contraceptive pill?\n", set()),
    (
        "# Modafinil notes\n\nModafinil is taken once a day.\n\n## The contraceptive pill\n\nUse condoms as well.\n",
        set(),
    ),
    # an emergency contraceptive pill is another product
    (
        DRUG + "Ulipristal is an emergency contraceptive pill.\n",
        {("ulipristal", "isA", "postcoital-contraceptive", False, "Asserted")},
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, slug",
    [
        ("It weakens the contraceptive pill.", "oral-contraceptive"),
        ("Contraceptive pills are affected.", "oral-contraceptive"),
        ("It weakens the combined contraceptive pill.", "combined-oral-contraceptive"),
        ("It weakens the combined pill.", "combined-oral-contraceptive"),
        ("It weakens hormonal contraception.", "hormonal-contraceptive"),
    ],
)
def test_pill_mentions(text, slug, lexicon):
    assert slug in {m.slug for m in recognise(text, lexicon)[0]}


def test_emergency_pill_is_not_the_oral_contraceptive(lexicon):
    assert "oral-contraceptive" not in {m.slug for m in recognise("an emergency contraceptive pill", lexicon)[0]}
