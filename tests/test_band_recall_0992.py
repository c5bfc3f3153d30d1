"""Decision 0992: the recall of the top band, round 44. A denied interaction names its partner in apposition after a
gloss ("with her thyroid tablet, B"), repeats "with" or a possessive ("with A or with B", "my A or my B"), goes on in
", and it doesn't interact with C", says "it" for the one medicine named in the clause before, has its subject right
after a colon, or names a class with its examples ("painkillers such as A or B"); a cue ending in "with" keeps its
partner when a later clause has another "with". value-range reads a half-life "of X", "there", "as", after a colon,
after a comma and "about", "under N", "N or M", "an hour (and a half)" and "a day". The sentences and documents are
invented."""

from decimal import Decimal
from pathlib import Path

import pytest
from extracting import rule_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

claims = rule_claims


CANDESARTAN = "# Candesartan notes\n\nCandesartan is taken once a day. "
PREGABALIN = "# Pregabalin notes\n\nPregabalin is taken twice a day. "
DENIED = "rule:interaction-denied"


def denied(*partners: str) -> set[tuple]:
    return {("candesartan", "interactsWith", p, True, "Asserted", DENIED) for p in partners}


def half_life() -> set[tuple]:
    return {("pregabalin", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range")}


CASES = [
    # the partner named in apposition after a gloss of what it is for
    (CANDESARTAN + "Candesartan does not interact with her thyroid tablet, levothyroxine.\n", denied("levothyroxine")),
    (
        CANDESARTAN + "It doesn't interact with Sunil's reflux capsule, lansoprazole, so he carries on.\n",
        denied("lansoprazole"),
    ),
    # near misses: a list after the gloss is no apposition; an interaction stated; a question
    (CANDESARTAN + "Candesartan does not interact with her thyroid tablet, levothyroxine or lansoprazole.\n", set()),
    (
        CANDESARTAN + "Candesartan interacts with her heart tablet, digoxin.\n",
        {("candesartan", "interactsWith", "digoxin", False, "Asserted", "rule:combined-with")},
    ),
    (CANDESARTAN + "Does candesartan interact with her thyroid tablet, levothyroxine?\n", set()),
    # a later clause's "with" makes no "A with B"
    (
        CANDESARTAN + "It doesn't interact with lansoprazole, so she can keep it, which with her reflux is a mercy.\n",
        denied("lansoprazole"),
    ),
    # the subject right after a colon; a pronoun there is the document's drug
    (
        CANDESARTAN + "Her levothyroxine is no worry: candesartan does not interact with levothyroxine.\n",
        denied("levothyroxine"),
    ),
    (CANDESARTAN + "Good news for Mo: it does not interact with levothyroxine.\n", denied("levothyroxine")),
    # a repeated "with" or possessive
    (
        CANDESARTAN + "Candesartan does not interact with sertraline or with lansoprazole.\n",
        denied("sertraline", "lansoprazole"),
    ),
    (
        CANDESARTAN + "It doesn't interact with my sertraline or my lansoprazole.\n",
        denied("sertraline", "lansoprazole"),
    ),
    # ", and it doesn't interact with C"; near miss: ", and it may interact with C" stays a hedged interaction
    (
        CANDESARTAN + "Candesartan does not interact with sertraline, which Mo asked about, and it doesn't interact "
        "with lansoprazole either.\n",
        denied("sertraline", "lansoprazole"),
    ),
    (
        CANDESARTAN + "Candesartan does not interact with sertraline, and it may interact with lithium.\n",
        denied("sertraline") | {("candesartan", "interactsWith", "lithium", False, "Possible", "rule:combined-with")},
    ),
    # "it" for the one medicine named before the cue's clause; near misses: two named, one compared
    (
        CANDESARTAN + "Mo takes sertraline for his mood, and candesartan does not interact with it.\n",
        denied("sertraline"),
    ),
    (CANDESARTAN + "Mo takes sertraline and lansoprazole, and candesartan does not interact with it.\n", set()),
    (CANDESARTAN + "Unlike lithium, candesartan does not interact with it.\n", set()),
    # a class with its examples: each example too; near miss: the class alone
    (
        CANDESARTAN + "It does not interact with painkillers such as paracetamol or ibuprofen.\n",
        denied("analgesic", "acetaminophen", "ibuprofen")
        | {
            ("acetaminophen", "isA", "analgesic", False, "Asserted", "rule:hyponym-such-as"),
            ("ibuprofen", "isA", "analgesic", False, "Asserted", "rule:hyponym-such-as"),
        },
    ),
    (CANDESARTAN + "Candesartan does not interact with antihistamines.\n", denied("antihistamine")),
    # value-range: the shapes of a stated half-life
    (PREGABALIN + "The half-life of pregabalin is about six hours.\n", half_life()),
    (PREGABALIN + "Its half-life there is roughly six hours.\n", half_life()),
    (PREGABALIN + "Its half-life is under seven hours.\n", half_life()),
    (PREGABALIN + "Its half-life is about five or six hours.\n", half_life()),
    (PREGABALIN + "It leaves quickly, with a half-life of about an hour and a half.\n", half_life()),
    (PREGABALIN + "It has a short half-life, about six hours.\n", half_life()),
    ("# Pregabalin notes\n\nPregabalin is taken twice a day.\n\n- **Half-life:** about 6 hours\n", half_life()),
    # near misses: a quarter is not read as a whole hour; a breakdown product's value; a question
    (PREGABALIN + "Its half-life is about an hour and a quarter.\n", set()),
    (PREGABALIN + "The half-life of its breakdown product is about six hours.\n", set()),
    (PREGABALIN + "Is its half-life about six hours?\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


VALUES = [
    (
        "The half-life of pregabalin is about six hours.\n",
        (("maxValue", (6,)), ("minValue", (6,)), ("unit", ("unit:HR",))),
    ),
    ("Its half-life is under seven hours.\n", (("maxValue", (7,)), ("unit", ("unit:HR",)))),
    ("Its half-life is about five or six hours.\n", (("maxValue", (6,)), ("minValue", (5,)), ("unit", ("unit:HR",)))),
    (
        "It leaves quickly, with a half-life of about an hour and a half.\n",
        (("maxValue", (Decimal("1.5"),)), ("minValue", (Decimal("1.5"),)), ("unit", ("unit:HR",))),
    ),
    ("Its half-life is roughly a day.\n", (("maxValue", (1,)), ("minValue", (1,)), ("unit", ("unit:DAY",)))),
]


@pytest.mark.parametrize(("sentence", "qualifiers"), VALUES)
def test_values(sentence, qualifiers, lexicon):
    doc = Document("case", "case", "case.txt", "", PREGABALIN + sentence, Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasPharmacokineticValue"]
    assert [c.qualifiers for c in found] == [qualifiers]
