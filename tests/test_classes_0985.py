"""Decision 0985: a class other people only believe the drug has is no class of it ("People sometimes assume X is a
Y", "that" left out); "X, one of the Ys," names X's class in apposition, and so do "X, a Y for Z," and "X, the Y
often used for Z,"; "steroid" written alone in a class statement is the lay name of the corticosteroids ("X is not a
steroid", "Y, a steroid,"). The sentences are invented; the whole set of claims of each is asserted."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.class_names import LAY_CLASS_NAMES
from graph_build.text.extract import extract_document
from graph_build.text.framed_claims import BELIEF_CLAUSE


def claims(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


A = "Asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a belief of other people, "that" left out: the clause asserts nothing
        ("Some patients assume lisinopril is a diuretic.", set()),
        ("Many people believe that lisinopril is a diuretic.", set()),
        # ... the writer's own clause before it is read
        (
            "Lisinopril is an ACE inhibitor, and people assume it is a diuretic.",
            {("lisinopril", "isA", "ace-inhibitor", False, A)},
        ),
        # ... what people say is a report the writer may pass on: read as before
        ("Some people say lisinopril is a diuretic.", {("lisinopril", "isA", "diuretic", False, A)}),
        # "X, one of the Ys,": X is a member of the class
        (
            "Her consultant switched her to nicardipine, one of the calcium channel blockers.",
            {("nicardipine", "isA", "calcium-channel-blocker", False, A)},
        ),
        # ... not a lay class named after its use
        ("Avoid phenytoin, one of the epilepsy medicines, with it.", set()),
        # the class in apposition followed by what it is for, or by a relative clause without "that"
        (
            "Codeine, the painkiller some of you are given after an injury, is kept in the locked cupboard.",
            {("codeine", "isA", "analgesic", False, A)},
        ),
        (
            "Doxycycline, an antibiotic often prescribed by dentists, is kept in the fridge.",
            {("doxycycline", "isA", "antibiotic", False, A)},
        ),
        (
            "Rifampicin, an antibiotic for tuberculosis, is kept in the fridge.",
            {("rifampin", "isA", "antibiotic", False, A), ("rifampin", "treats", "tuberculosis", False, A)},
        ),
        # ... still not a lay class named after its use, nor a class that modifies a form
        ("Phenytoin, the epilepsy medicine many of us know, is kept in the fridge.", set()),
        ("Doxycycline, an antibiotic cream, is kept in the fridge.", set()),
        # "steroid" alone in a class statement: the corticosteroids, asserted or denied
        ("Apremilast is not a steroid.", {("apremilast", "isA", "corticosteroid", True, A)}),
        ("Prednisolone is a steroid.", {("prednisolone", "isA", "corticosteroid", False, A)}),
        ("Budesonide, a steroid, is breathed in.", {("budesonide", "isA", "corticosteroid", False, A)}),
        (
            "Montelukast is not a steroid, so it will not thin the bones.",
            {("montelukast", "isA", "corticosteroid", True, A)},
        ),
        # ... never with a modifier that names another kind, nor as a modifier of a form
        ("Nandrolone is an anabolic steroid.", set()),
        ("Montelukast is not a steroid inhaler.", set()),
        ("Use a steroid cream only when the doctor says so.", set()),
    ],
)
def test_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_belief_without_that_needs_a_clause() -> None:
    assert BELIEF_CLAUSE.search("People sometimes assume it is a beta-blocker.")
    assert BELIEF_CLAUSE.search("Many patients think it's harmless.")
    # (a belief about a person or a thing with no clause of its own is no frame)
    assert not BELIEF_CLAUSE.search("People think carefully before taking it.")


def test_lay_class_names() -> None:
    assert LAY_CLASS_NAMES == {"steroid": "corticosteroid"}
