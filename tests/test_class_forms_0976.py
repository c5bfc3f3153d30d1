"""Decision 0976: a dosage form is a product's, never a drug class's ("X is a Y that comes as Z" gives X the form; "Ys
given by injection" gives none); a lone form after up to three words of size, colour or shape is the bare form ("comes
as a small white tablet"); a drug's class in apposition after "the" ("Rifampicin, the antibiotic, ...") is its class.
"X is what the doctors call a Y" makes X a Y. The sentences are invented; the whole set of claims of each is
asserted."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.class_forms import class_forms
from graph_build.text.extract import extract_document
from graph_build.text.units import Found, Unit


def claims(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


A = "Asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class is the drug's predicate noun, the relative clause after it the drug's: the form is the drug's
        (
            "Olopatadine is an antihistamine that comes as eye drops.",
            {
                ("olopatadine", "isA", "antihistamine", False, A),
                ("olopatadine", "hasFormulation", "eye-drops", False, A),
            },
        ),
        (
            "Azelastine is an antihistamine which comes as a nasal spray.",
            {
                ("azelastine", "isA", "antihistamine", False, A),
                ("azelastine", "hasFormulation", "nasal-spray", False, A),
            },
        ),
        # a class named for itself owns no form
        ("It is quicker than strong painkillers given by injection.", set()),
        ("Unlike antihistamines sold as syrups, it does not make children drowsy.", set()),
        # a denied membership gives the drug no form through the class
        ("Olopatadine is not an antihistamine that comes as eye drops.", set()),
        # size, colour and shape before a lone form: the bare form
        ("Perindopril comes as a small white tablet.", {("perindopril", "hasFormulation", "tablet", False, A)}),
        ("Perindopril comes as a round, pink tablet.", {("perindopril", "hasFormulation", "tablet", False, A)}),
        # ... only where the text speaks of forms: how many to take is no form
        ("Perindopril: take one small white tablet a day.", set()),
        # "X, the Y,": the class in apposition after the definite article
        (
            "Erythromycin, the antibiotic, can raise the level of simvastatin.",
            {
                ("erythromycin", "interactsWith", "simvastatin", False, A),
                ("erythromycin", "isA", "antibiotic", False, A),
            },
        ),
        # ... not a lay class named after its use ("the epilepsy medicine": what it is for, as the golds read it)
        (
            "Metyrapone interacts with phenytoin, the epilepsy medicine, because both are cleared by the liver.",
            {("metyrapone", "interactsWith", "phenytoin", False, A)},
        ),
        # ... not a list going on, nor a class that is the next drug's
        ("Doxycycline, the antibiotics and the painkillers are in the box.", set()),
        (
            "Simvastatin is taken with ezetimibe, the antibiotic clarithromycin and food.",
            {("clarithromycin", "isA", "antibiotic", False, A)},
        ),
        # "X is what someone calls a Y", "X is what's called a Y": the copula's subject is a member
        (
            "Teriflunomide is what the doctors call a prodrug: the liver makes it active.",
            {("teriflunomide", "isA", "prodrug", False, A)},
        ),
        ("Warfarin is what's called an anticoagulant.", {("warfarin", "isA", "anticoagulant", False, A)}),
        # ... a condition so named is no drug's class
        ("A bruise is what doctors call a haematoma.", set()),
    ],
)
def test_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_class_forms_keeps_a_drugs_form() -> None:
    unit = Unit("It comes as a tablet.", [(14, 20, "tablet", "Formulation")])
    found = [Found("x", "hasFormulation", "tablet", "formulation")]
    assert class_forms(unit, found) == found
