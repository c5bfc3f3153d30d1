"""Decision 0916: a class the sentence narrows by the words right after it gives no claim of the whole class. A
condition defined by a class and where or to what it is ("Cystitis is an infection of the bladder", "Hay fever is an
allergic reaction to pollen") is no kind of the whole class (infections, hypersensitivity); a kind named as one
("a type of arthritis"), a definition by cause ("an infection caused by parasites") and a class with a group of
people after it ("a common infection in women") keep their reading. A class denied with the use it is denied for
("not a painkiller for headaches") denies the use, not the class; an illness given as a sign's example ("pain, such
as arthritis") is no kind of the sign. The sentences are invented; each case asserts the whole set of claims of the
predicates it is about (subject, predicate, object, negated, certainty, qualifiers)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

PREDICATES = ("isA", "treats")
NOT_APPROPRIATE = (("useStatus", ("NotAppropriate",)),)


def claims(text: str, lexicon: dict, predicates: tuple = PREDICATES) -> set[tuple]:
    """The classes and uses of `text` read as one text document, with their qualifiers."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, tuple(sorted(c.qualifiers)))
        for c in extract_document(doc, lexicon).claims
        if c.predicate in predicates
    }


def kind(subject: str, cls: str, negated: bool = False) -> tuple:
    return (subject, "isA", cls, negated, "Asserted", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where or to what the condition is: a narrower class than the whole
        ("Cystitis is an infection of the bladder.", set()),
        ("Hay fever is an allergic reaction to pollen.", set()),
        ("Cystitis is an infection of the bladder, and it is very common.", set()),
        # a kind named as one keeps its reading, even with a place after it
        ("Gout is a type of arthritis of the joints.", {kind("gout", "arthritis")}),
        # a definition by its cause, and a group of people after the class, narrow nothing
        ("Malaria is a serious infection caused by parasites.", {kind("malaria", "infections")}),
        ("Cystitis is a common infection in women.", {kind("cystitis", "infections")}),
        # an illness as a sign's example is the sign's cause, no kind of it; examples of one kind are kinds
        ("It is not a treatment for long-term pain, such as arthritis.", set()),
        # ... but an example named by the head's own noun is a kind by its name
        ("Naproxen is not used for severe acne, such as cystic acne.", {kind("cystic-acne", "acne-vulgaris")}),
        (
            "Tremors come with neurological conditions like Parkinson's disease and multiple sclerosis.",
            {kind("parkinsons-disease", "neurological-disorder"), kind("multiple-sclerosis", "neurological-disorder")},
        ),
        # a drug's class with a family after it is not a condition's definition: read as before
        ("Amoxicillin is an antibiotic of the penicillin family.", {kind("amoxicillin", "penicillin-antibiotic")}),
    ],
)
def test_a_condition_defined_by_a_narrowed_class_is_no_kind_of_the_whole(
    text: str, expected: set, lexicon: dict
) -> None:
    assert claims(text, lexicon, ("isA",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the use after a denied class: the use is denied, the class is not
        (
            "Naproxen is not a painkiller for headaches.",
            {("naproxen", "treats", "headache", True, "Asserted", NOT_APPROPRIATE)},
        ),
        (
            "Naproxen is **not a painkiller for headaches**.",
            {("naproxen", "treats", "headache", True, "Asserted", NOT_APPROPRIATE)},
        ),
        # a denied class without a use stays denied
        ("Naproxen is not a painkiller in the usual sense.", {kind("naproxen", "analgesic", negated=True)}),
        (
            "Naproxen is not an antibiotic, and it is not a treatment for infections.",
            {
                kind("naproxen", "antibiotic", negated=True),
                ("naproxen", "treats", "infections", True, "Asserted", NOT_APPROPRIATE),
            },
        ),
    ],
)
def test_a_class_denied_for_a_use_denies_the_use(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
